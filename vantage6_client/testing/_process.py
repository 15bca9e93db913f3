"""What every local tool shares: a process of its own, in a folder of its
own, that answers on a port; stopped in order, and never left behind.

:class:`LocalProcess` starts the process (in a session of its own, with the
kernel told to stop it should this program die: :mod:`._lifetime`), waits
until a URL answers, and stops it (TERM, then KILL) and removes its folder.
The 4.x server and store (:mod:`.server`), Keycloak (:mod:`.keycloak`) and
the 5.x HQ (:mod:`.hq`) are each one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Self

import httpx

from vantage6_client.testing._lifetime import (
    hold_as_interrupt,
    release_as_interrupt,
    spawn,
)


class ProcessStartError(RuntimeError):
    """A local tool did not come up; the message ends with its log."""


class LocalProcess:
    """A tool's process, folder and log (see the module docstring).

    Parameters
    ----------
    workdir : str | os.PathLike | None
        Where the tool's files go; default: a new temporary directory,
        removed by :meth:`cleanup` unless ``keep_workdir``.
    startup_timeout : float
        Seconds to wait for it to answer.
    keep_workdir : bool
        Keep the temporary directory after :meth:`cleanup`.
    """

    kind = "process"

    def __init__(
        self,
        *,
        workdir: str | os.PathLike[str] | None = None,
        startup_timeout: float = 60.0,
        keep_workdir: bool = False,
    ) -> None:
        self._own_workdir = workdir is None
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix=f"v6-{self.kind}-"))
        self.workdir.mkdir(parents=True, exist_ok=True)  # a folder given may be new
        self.keep_workdir = keep_workdir
        self.startup_timeout = startup_timeout
        self.log_file = self.workdir / f"{self.kind}.log"
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._holding_signals = False

    def _launch(
        self,
        command: Sequence[str],
        *,
        env: Mapping[str, str],
        cwd: Path,
        error: type[ProcessStartError],
    ) -> None:
        """Start ``command``, its output into the log. From here on a SIGTERM
        of this program stops the tool as Ctrl-C does (released by stop)."""
        hold_as_interrupt()
        self._holding_signals = True
        try:
            self._log = self.log_file.open("ab")
            # spawn(): the kernel sends the tool SIGTERM should this process
            # die without stopping it (SIGKILL, a crash)
            self._process = spawn(
                list(command),
                cwd=cwd,
                env=dict(env),
                stdin=subprocess.DEVNULL,
                stdout=self._log,
                stderr=subprocess.STDOUT,
                # Ctrl-C in a terminal reaches this program, which then stops
                # the tool in order (and removes its folder)
                start_new_session=True,
            )
        except OSError as exc:
            self.stop()
            raise error(f"the {self.kind} could not be started: {exc}") from exc
        except BaseException:
            self.stop()
            raise

    def _wait_until_answering(self, url: str, error: type[ProcessStartError]) -> None:
        """Return once ``url`` answers 200; stop and raise ``error`` (with the
        end of the log) when the process exits or the time is up."""
        deadline = time.monotonic() + self.startup_timeout
        try:
            with httpx.Client(timeout=2.0) as http:
                while time.monotonic() < deadline:
                    if self._process is None or self._process.poll() is not None:
                        code = self._process.returncode if self._process else "?"
                        raise error(
                            f"the {self.kind} exited during start-up (code {code}); "
                            f"its log ({self.log_file}) ends with:\n{self.log_tail()}"
                        )
                    with contextlib.suppress(httpx.HTTPError):
                        if http.get(url).status_code == 200:
                            return
                    time.sleep(0.2)
            raise error(
                f"the {self.kind} did not answer {url} within "
                f"{self.startup_timeout:.0f} s; its log ends with:\n{self.log_tail()}"
            )
        except BaseException:  # the errors above, Ctrl-C or SIGTERM
            self.stop()
            raise

    def stop(self) -> None:
        """Stop the process group (TERM, then KILL after 10 s)."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        if process is not None:
            # a child that outlived its parent (a uWSGI worker, a JVM)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
        if self._log is not None:
            self._log.close()
            self._log = None
        if self._holding_signals:
            self._holding_signals = False
            release_as_interrupt()

    def cleanup(self) -> None:
        """Stop, and remove the working directory if this object made it."""
        self.stop()
        if self._own_workdir and not self.keep_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    @property
    def running(self) -> bool:
        """Whether the process runs."""
        return self._process is not None and self._process.poll() is None

    def log_tail(self, lines: int = 40) -> str:
        """The last lines the process wrote.

        Parameters
        ----------
        lines : int
            How many, by default 40.

        Returns
        -------
        str
            The lines, or a note that there is no log.
        """
        try:
            text = self.log_file.read_text(errors="replace")
        except OSError:
            return f"(no {self.kind} log)"
        return "\n".join(text.splitlines()[-lines:])

    def start(self) -> Self:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.cleanup()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
