"""The local server leaves nothing behind, however its program ends.

``make server`` in the background stopped with ``kill`` used to leave uWSGI
running under init, still answering, and its temporary folder on disk. Each
test starts its own launcher (``python -m vantage6_client.testing.server``)
and checks its uWSGI processes by their process group: other tests run
servers at the same time, so nothing here looks processes up by name.
"""

from __future__ import annotations

import contextlib
import os
import queue
import re
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

LAUNCHER = [sys.executable, "-m", "vantage6_client.testing.server", "--port", "0"]


@dataclass
class Launched:
    """A started launcher: its process, its server's address, folder, uWSGI."""

    process: subprocess.Popen[str]
    url: str
    folder: Path
    uwsgi_group: int  # the uWSGI master's process group (its own session)


def _stat(pid: int) -> tuple[str, int, int] | None:
    """State, parent and process group of ``pid``; None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses
    fields = text[text.rindex(")") + 2 :].split()
    return fields[0], int(fields[1]), int(fields[2])


def _living() -> Iterator[tuple[int, int, int]]:
    """(pid, parent, group) of every process that is not a zombie."""
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            stat = _stat(int(entry))
            if stat is not None and stat[0] != "Z":
                yield int(entry), stat[1], stat[2]


def children(pid: int) -> list[int]:
    return [child for child, parent, _ in _living() if parent == pid]


def group_members(group: int) -> list[int]:
    return [pid for pid, _, pgrp in _living() if pgrp == group]


def alive(pid: int) -> bool:
    stat = _stat(pid)
    return stat is not None and stat[0] != "Z"


def wait_until(condition: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    pytest.fail(f"not within {timeout} s: {what}")


def read_banner(process: subprocess.Popen[str], timeout: float = 60) -> list[str]:
    """The lines the launcher prints once its server answers."""
    stdout = process.stdout
    assert stdout is not None
    lines: queue.SimpleQueue[str] = queue.SimpleQueue()

    def forward() -> None:  # a read blocks: on a thread, with a deadline here
        for line in stdout:
            lines.put(line)

    threading.Thread(target=forward, daemon=True).start()
    banner: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.5)
        except queue.Empty:
            continue
        banner.append(line.rstrip("\n"))
        if line.startswith("Ctrl-C"):
            return banner
    pytest.fail(f"the launcher printed no banner: {banner}")


def launched(process: subprocess.Popen[str], launcher_pid: int) -> Launched:
    banner = "\n".join(read_banner(process))
    url = re.search(r"http://127\.0\.0\.1:\d+", banner)
    log = re.search(r"log: (\S+)", banner)  # <folder>/server.log
    assert url and log, banner
    [master] = children(launcher_pid)
    group = _stat(master)
    assert group is not None and group[2] == master  # a session of its own
    assert httpx.get(url[0] + "/api/health").status_code == 200
    assert len(group_members(master)) >= 2  # the master and its worker(s)
    return Launched(process, url[0], Path(log[1]).parent, master)


def answers(url: str) -> bool:
    try:
        httpx.get(url + "/api/health", timeout=1)
    except httpx.HTTPError:
        return False
    return True


@dataclass
class Spawned:
    """What a test started, for the clean-up should the test fail."""

    processes: list[subprocess.Popen[str]] = field(default_factory=list)
    groups: list[int] = field(default_factory=list)

    def launched(self, process: subprocess.Popen[str], launcher_pid: int) -> Launched:
        server = launched(process, launcher_pid)
        self.groups.append(server.uwsgi_group)
        return server


@pytest.fixture
def spawned() -> Iterator[Spawned]:
    """Processes a test starts; killed, uWSGI groups too, should it fail."""
    started = Spawned()
    yield started
    for process in started.processes:
        if process.poll() is None:
            process.kill()
            process.wait()
    for group in started.groups:
        if group_members(group):  # left behind: the test has failed
            with contextlib.suppress(ProcessLookupError):
                os.killpg(group, signal.SIGKILL)


def test_sigterm_stops_uwsgi_and_removes_the_folder(
    spawned: Spawned,
) -> None:
    process = subprocess.Popen(LAUNCHER, stdout=subprocess.PIPE, text=True)
    spawned.processes.append(process)
    server = spawned.launched(process, process.pid)
    assert server.folder.is_dir()

    process.send_signal(signal.SIGTERM)

    code = process.wait(timeout=15)
    assert group_members(server.uwsgi_group) == []
    assert not answers(server.url)
    assert not server.folder.exists()
    assert code == 0


def test_uwsgi_stops_when_the_launcher_is_killed(
    spawned: Spawned, tmp_path: Path
) -> None:
    process = subprocess.Popen(
        [*LAUNCHER, "--workdir", str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    spawned.processes.append(process)
    server = spawned.launched(process, process.pid)

    process.kill()  # SIGKILL: nothing of the launcher runs any more
    process.wait()

    # the kernel sends uWSGI SIGTERM (PR_SET_PDEATHSIG)
    wait_until(
        lambda: not group_members(server.uwsgi_group),
        10,
        "uWSGI processes gone after the launcher was killed",
    )
    assert not answers(server.url)


def test_the_launcher_stops_when_the_program_that_started_it_dies(
    spawned: Spawned,
) -> None:
    # a program (a CI step, a test runner) that started a server and died
    # without stopping it: it is SIGKILLed, its child lives on
    starter = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import subprocess, sys; subprocess.run(sys.argv[1:])",
            *LAUNCHER,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    spawned.processes.append(starter)
    wait_until(lambda: children(starter.pid), 10, "the launcher started")
    [launcher] = children(starter.pid)
    server = spawned.launched(starter, launcher)

    starter.kill()
    starter.wait()

    wait_until(
        lambda: not alive(launcher) and not group_members(server.uwsgi_group),
        15,
        "the orphaned launcher and its uWSGI processes gone",
    )
    assert not server.folder.exists()


def test_sigterm_stops_a_local_server_of_a_script(
    spawned: Spawned,
) -> None:
    """``with LocalServer()`` in a script: SIGTERM cleans up as Ctrl-C does."""
    script = textwrap.dedent(
        """
        import time
        from vantage6_client.testing.server import LocalServer

        with LocalServer() as server:
            print(server.url, server.workdir, flush=True)
            time.sleep(60)
        """
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True
    )
    spawned.processes.append(process)
    assert process.stdout is not None
    url, folder = process.stdout.readline().split()
    [master] = children(process.pid)
    spawned.groups.append(master)
    assert answers(url)

    process.send_signal(signal.SIGTERM)

    process.wait(timeout=15)  # KeyboardInterrupt, as on Ctrl-C
    assert group_members(master) == []
    assert not Path(folder).exists()
    assert not answers(url)
