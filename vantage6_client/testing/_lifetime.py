"""Keep the local tools from outliving the program that started them.

A tool can be left behind in two ways, and each has its remedy here:

* **The program is asked to stop with SIGTERM** (``kill``, a CI runner giving
  up, ``make`` passing on the SIGTERM it got) rather than with Ctrl-C. Python
  leaves SIGTERM at the operating system's default, which ends the process on
  the spot: no ``finally`` block and no ``with`` exit runs, so the server
  (started in a session of its own, so that Ctrl-C in a terminal does not
  reach it before we stop it in order) keeps running, and its folder stays.
  :func:`hold_as_interrupt` makes SIGTERM raise
  :class:`KeyboardInterrupt`, as SIGINT does, for as long as a tool runs.
* **The program dies without a chance to clean up** (SIGKILL, a crash, the
  out-of-memory killer). Its children are then handed to init and carry on.
  :func:`spawn` starts each child so that, on Linux, the kernel sends it
  SIGTERM when its parent dies (``prctl(PR_SET_PDEATHSIG)``). SIGTERM, not
  SIGKILL: the uWSGI master runs with ``--die-on-term`` and takes its workers
  down with it, where SIGKILL would end the master alone. Only the kernel can
  do this, as nothing in the dying program runs; for the same reason the
  folder of a program killed that way stays (in the system's temporary
  directory).

(The launcher, ``python -m vantage6_client.testing.server``, also stops when
the program that started it exits: see its ``main``.)
"""

from __future__ import annotations

import concurrent.futures
import ctypes
import functools
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_SIGTERM = int(signal.SIGTERM)


def _load_prctl() -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    prctl.argtypes = [ctypes.c_int, *[ctypes.c_ulong] * 4]
    prctl.restype = ctypes.c_int
    return prctl


# Looked up once, here: the child runs the pre-exec function between fork and
# exec, where it should do as little as possible.
_prctl = _load_prctl()


# -- children that die with their parent --------------------------------------
def spawn(args: list[str], **options: Any) -> subprocess.Popen[bytes]:
    """``subprocess.Popen(args, **options)``, the child tied to this process.

    On Linux the child gets SIGTERM from the kernel when this process ends,
    however it ends (SIGKILL included). Elsewhere this is plain ``Popen``.

    Parameters
    ----------
    args : list[str]
        The command.
    **options
        As for :class:`subprocess.Popen` (not ``preexec_fn``).

    Returns
    -------
    subprocess.Popen[bytes]
        The started child.
    """
    if _prctl is None:
        return subprocess.Popen(args, **options)
    return _spawner().run(args, options)


def _die_with_parent(parent: int) -> None:
    """Runs in the child, after fork and before exec: SIGTERM on parent death.

    Python warns that a ``preexec_fn`` can deadlock in a program with threads:
    the child is a copy of a moment at which another thread may have held a
    lock (the import lock, a logging handler's). This one takes none: a
    foreign call looked up beforehand, with small integers, and ``getppid``.
    (The alternative, a helper program that sets the signal and then execs
    uWSGI, costs a Python start per server and has the same race to check.)
    """
    assert _prctl is not None
    if _prctl(_PR_SET_PDEATHSIG, _SIGTERM, 0, 0, 0) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"prctl(PR_SET_PDEATHSIG): {os.strerror(errno)}")
    if os.getppid() != parent:  # the parent died before the call above
        os._exit(1)


class _Spawner:
    """Starts children on a thread that lives as long as this process.

    The kernel sends the parent-death signal when the *thread* that forked the
    child ends, not the process (``man 2 prctl``). ``LocalServer.start`` may be
    called on any thread: a ``threading.Timer`` that restarts the server, a
    pool's worker; the server would die with that thread. So every child is
    forked by this one daemon thread, which ends only with the process.
    """

    def __init__(self) -> None:
        self.pid = os.getpid()
        self._jobs: queue.SimpleQueue[
            tuple[concurrent.futures.Future[subprocess.Popen[bytes]], list[str], Any]
        ] = queue.SimpleQueue()
        threading.Thread(
            target=self._serve, name="v6-local-spawner", daemon=True
        ).start()

    def run(self, args: list[str], options: dict[str, Any]) -> subprocess.Popen[bytes]:
        job: concurrent.futures.Future[subprocess.Popen[bytes]] = (
            concurrent.futures.Future()
        )
        self._jobs.put((job, args, options))
        try:
            return job.result()
        except BaseException:
            # Ctrl-C (or SIGTERM) while waiting: the child may start anyway,
            # and nobody would know to stop it.
            job.add_done_callback(_terminate_unwanted)
            raise

    def _serve(self) -> None:
        while True:
            job, args, options = self._jobs.get()
            try:
                child = subprocess.Popen(
                    args,
                    preexec_fn=functools.partial(_die_with_parent, os.getpid()),  # noqa: PLW1509 - see _die_with_parent
                    **options,
                )
            except BaseException as exc:  # the caller's to handle, not ours
                job.set_exception(exc)
            else:
                job.set_result(child)


def _terminate_unwanted(
    job: concurrent.futures.Future[subprocess.Popen[bytes]],
) -> None:
    if job.exception() is None:
        job.result().terminate()


_spawner_lock = threading.Lock()
_spawner_now: _Spawner | None = None


def _spawner() -> _Spawner:
    global _spawner_now  # noqa: PLW0603 - one per process, made on first use
    with _spawner_lock:
        # after a fork, the parent's thread is not there: make our own
        if _spawner_now is None or _spawner_now.pid != os.getpid():
            _spawner_now = _Spawner()
        return _spawner_now


# -- SIGTERM as Ctrl-C --------------------------------------------------------
_holders_lock = threading.Lock()
_holders = 0
# the signals whose handler we may have set (SIGHUP: not on Windows)
_SIGNALS = tuple(
    s for s in (signal.SIGTERM, getattr(signal, "SIGHUP", None)) if s is not None
)


def _as_interrupt(signum: int, frame: FrameType | None) -> None:
    # The next such signal ends the program at once, as a second Ctrl-C does
    # in many programs: this one is being handled, and the children keep
    # their parent-death signal should the clean-up be cut short.
    signal.signal(signum, signal.SIG_DFL)
    if _holders:
        raise KeyboardInterrupt(signal.Signals(signum).name)
    # No tool runs any more (the last one stopped on a thread other than the
    # main one, where handlers cannot be changed): the default, ending.
    os.kill(os.getpid(), signum)


def hold_as_interrupt(*signums: int) -> None:
    """While held, SIGTERM (or ``signums``) raises ``KeyboardInterrupt``.

    Each local tool holds this while it runs, so that the ``with`` blocks and
    ``finally`` clauses of a terminated program stop it and remove its folder,
    as they do on Ctrl-C. A signal keeps its handler when the program set one
    (or ignores the signal, as ``nohup`` makes SIGHUP); handlers change only
    on the main thread, the one Python runs them on.

    Parameters
    ----------
    *signums : int
        The signals; by default SIGTERM.
    """
    global _holders  # noqa: PLW0603 - process-wide, as signal handlers are
    with _holders_lock:
        _holders += 1
        if threading.current_thread() is not threading.main_thread():
            return
        for signum in signums or (signal.SIGTERM,):
            if signal.getsignal(signum) == signal.SIG_DFL:
                signal.signal(signum, _as_interrupt)


def release_as_interrupt() -> None:
    """Undo one :func:`hold_as_interrupt`; the last one restores the defaults."""
    global _holders  # noqa: PLW0603
    with _holders_lock:
        _holders = max(_holders - 1, 0)
        if _holders or threading.current_thread() is not threading.main_thread():
            return
        for signum in _SIGNALS:
            if signal.getsignal(signum) is _as_interrupt:
                signal.signal(signum, signal.SIG_DFL)
