"""Waiting for a task: polls, backoff, deadline, progress, failures."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from types import SimpleNamespace
from typing import Any, ClassVar

import pytest
import tqdm.auto

from vantage6_client import (
    InvalidArgumentError,
    ServerError,
    TaskFailedError,
    TimeoutError,
    TransportError,
    _watching,
)
from vantage6_client._waiting import wait_for_task


class Clock:
    """time.monotonic and time.sleep for _watching, without waiting."""

    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 4))
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    made = Clock()
    monkeypatch.setattr(_watching.time, "monotonic", made.monotonic)
    monkeypatch.setattr(_watching.time, "sleep", made.sleep)
    return made


def run(
    run_id: int = 1, status: str | None = "active", organization: int | None = 2
) -> SimpleNamespace:
    return SimpleNamespace(
        id=run_id, organization_id=organization, status=status, log=None, task=None
    )


def status_of(runs: list[Any]) -> str:
    """What the server computes from a task's runs."""
    states = [r.status for r in runs]
    if any(state in _watching.RUNNING for state in states):
        return "active"
    return "completed" if all(state == "completed" for state in states) else "failed"


class FakeClient:
    """A task's runs as each read finds them: a script of reads, each a status
    (of its one run), a list of runs, or an error; the last read repeats. The
    task's status is computed from the runs last read, as the server does,
    unless ``statuses`` scripts it (a status or an error)."""

    def __init__(self, reads: list[Any], statuses: list[Any] | None = None) -> None:
        self.reads = list(reads)
        self.statuses = list(statuses or [])
        self.current: list[Any] = []
        self.polled = 0
        self.asked_status = 0
        self.task = SimpleNamespace(get_status=self.get_status)
        self.run = SimpleNamespace(from_task=self.from_task)

    def from_task(self, task_id: int, *, decrypt_input: bool) -> list[Any]:
        assert (task_id, decrypt_input) == (7, False)
        self.polled += 1
        read = self.reads.pop(0) if len(self.reads) > 1 else self.reads[0]
        if isinstance(read, Exception):
            raise read
        self.current = [run(status=read)] if isinstance(read, str) else read
        return self.current

    def get_status(self, task_id: int) -> str:
        assert task_id == 7
        self.asked_status += 1
        status = self.statuses.pop(0) if self.statuses else status_of(self.current)
        if isinstance(status, Exception):
            raise status
        return str(status)


def wait(client: FakeClient, **options: Any) -> None:
    settings: dict[str, Any] = {
        "interval": 0.2,
        "timeout": None,
        "progress": False,
        "events": False,
    }
    wait_for_task(client, 7, **(settings | options))  # type: ignore[arg-type]


def test_returns_once_the_task_completed(clock: Clock) -> None:
    client = FakeClient(["pending", "active", "completed"])
    wait(client)
    assert (client.polled, client.asked_status) == (3, 1)
    assert clock.slept == [0.2, 0.3]


def test_the_interval_backs_off_by_half_up_to_a_cap(clock: Clock) -> None:
    wait(FakeClient(["active"] * 9 + ["completed"]))
    assert clock.slept == [0.2, 0.3, 0.45, 0.675, 1.0125, 1.5, 1.5, 1.5, 1.5]


def test_a_long_interval_is_its_own_cap(clock: Clock) -> None:
    wait(FakeClient(["active"] * 3 + ["completed"]), interval=4)
    assert clock.slept == [4, 4, 4]


def test_a_timeout_ends_the_wait_before_the_poll_that_would_pass_it(
    clock: Clock,
) -> None:
    with pytest.raises(TimeoutError, match="task 7 did not finish within 1 s"):
        wait(FakeClient(["active"]), timeout=1)
    # 0.2 + 0.3 + 0.45 = 0.95; the next 0.675 s would end past the deadline
    assert clock.slept == [0.2, 0.3, 0.45]
    assert clock.now <= 101


def test_a_wait_that_ends_exactly_at_the_deadline_still_polls(clock: Clock) -> None:
    client = FakeClient(["active", "active", "completed"])
    wait(client, interval=1, timeout=2.5)
    assert client.polled == 3


def test_the_runs_ending_before_the_task_does_keep_the_wait_going(
    clock: Clock,
) -> None:
    """The server's status decides (a 5.x HQ's may lag its runs')."""
    client = FakeClient(["completed"], statuses=["awaiting", "completed"])
    wait(client)
    assert (client.polled, client.asked_status) == (2, 2)


def test_an_unreachable_server_is_polled_again(
    clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    client = FakeClient(
        [TransportError("down"), ServerError(502, "proxy"), "completed"]
    )
    with caplog.at_level(logging.WARNING, "vantage6_client.wait"):
        wait(client)
    assert client.polled == 3
    assert caplog.messages[0] == "task 7: runs unavailable (down); still waiting"
    assert len(caplog.messages) == 2


def test_a_status_that_cannot_be_read_is_asked_again(
    clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    client = FakeClient(["completed"], statuses=[TransportError("down"), "completed"])
    with caplog.at_level(logging.WARNING, "vantage6_client.wait"):
        wait(client)
    assert (client.polled, client.asked_status) == (2, 2)
    assert caplog.messages == ["task 7: status unavailable (down)"]


def test_other_errors_end_the_wait(clock: Clock) -> None:
    with pytest.raises(InvalidArgumentError):
        wait(FakeClient([InvalidArgumentError("bad")]))


@pytest.mark.parametrize("status", ["failed", "crashed", "killed by user"])
def test_a_failed_task_raises_with_its_failed_runs_only(
    clock: Clock, status: str
) -> None:
    runs = [
        run(1, "completed", 2),
        SimpleNamespace(id=3, organization_id=4, status=status, log="boom", task=None),
        run(5, None, 6),
    ]
    with pytest.raises(TaskFailedError) as raised:
        wait(FakeClient([runs]))
    failed = raised.value.failed_runs
    assert [(r.run_id, r.organization_id, r.status) for r in failed] == [
        (3, 4, status),
        (5, 6, "unknown"),
    ]
    assert failed[0].log == "boom"
    assert raised.value.task_id == 7


@pytest.mark.parametrize("interval", [0, -1, True, "1", None])
def test_the_interval_must_be_a_positive_number(clock: Clock, interval: Any) -> None:
    client = FakeClient(["completed"])
    with pytest.raises(InvalidArgumentError, match="interval must be a positive"):
        wait(client, interval=interval)
    assert client.polled == 0


@pytest.mark.parametrize("timeout", [0, -5, "10", True])
def test_the_timeout_must_be_a_positive_number(clock: Clock, timeout: Any) -> None:
    client = FakeClient(["completed"])
    with pytest.raises(InvalidArgumentError, match="timeout must be a positive"):
        wait(client, timeout=timeout)
    assert client.polled == 0


@pytest.mark.parametrize("events", [1, "yes"])
def test_events_must_be_a_bool_or_none(clock: Clock, events: Any) -> None:
    client = FakeClient(["completed"])
    with pytest.raises(InvalidArgumentError, match="events must be True, False"):
        wait(client, events=events)
    assert client.polled == 0


class Bar:
    instances: ClassVar[list[Bar]] = []

    def __init__(self, total: int | None, desc: str, unit: str) -> None:
        self.total, self.desc, self.unit = total, desc, unit
        self.n = 0
        self.shown: list[tuple[float, float | None, str]] = []
        self.postfix = ""
        self.closed = False
        Bar.instances.append(self)

    def set_postfix_str(self, text: str, refresh: bool = True) -> None:
        self.postfix = text
        if refresh:  # as tqdm does
            self.refresh()

    def refresh(self) -> None:
        self.shown.append((self.n, self.total, self.postfix))

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def bars(monkeypatch: pytest.MonkeyPatch) -> list[Bar]:
    Bar.instances = []
    monkeypatch.setattr(tqdm.auto, "tqdm", Bar)
    return Bar.instances


def test_the_progress_bar_shows_each_organizations_state_and_closes(
    clock: Clock, bars: list[Bar]
) -> None:
    first = [run(1, "pending", 2), run(2, "active", 3), run(3, "completed", 4)]
    then = [run(1, "active", 2), run(2, "completed", 3), run(3, "completed", 4)]
    done = [run(1, "completed", 2), run(2, "completed", 3), run(3, "completed", 4)]
    wait(FakeClient([first, then, done]), progress=True)
    (bar,) = bars
    assert (bar.desc, bar.unit) == ("task 7", "run")
    # updated after every read, drawn once each
    assert bar.shown[:2] == [
        (1, 3, "active: 3 · completed: 4 · pending: 2"),
        (2, 3, "active: 2 · completed: 3, 4"),
    ]
    assert (2, 3, "active: 2 · completed: 3, 4") in bar.shown
    assert bar.shown[-1] == (3, 3, "completed: 2, 3, 4")
    assert bar.closed


def test_the_progress_bar_closes_when_the_wait_fails(
    clock: Clock, bars: list[Bar]
) -> None:
    with pytest.raises(TimeoutError):
        wait(FakeClient(["active"]), progress=True, timeout=0.5)
    assert bars[0].closed


def test_no_bar_unless_asked_or_interactive(
    clock: Clock, bars: list[Bar], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(sys.modules, "ipykernel", raising=False)
    monkeypatch.setattr(sys, "stderr", SimpleNamespace(isatty=lambda: False))
    wait(FakeClient(["completed"]), progress=None)
    assert bars == []
    monkeypatch.setattr(sys, "stderr", SimpleNamespace(isatty=lambda: True))
    wait(FakeClient(["completed"]), progress=None)
    assert len(bars) == 1
    monkeypatch.setattr(sys, "stderr", SimpleNamespace())  # no isatty at all
    wait(FakeClient(["completed"]), progress=None)
    assert len(bars) == 1
    monkeypatch.setitem(sys.modules, "ipykernel", SimpleNamespace())
    wait(FakeClient(["completed"]), progress=None)
    assert len(bars) == 2
    wait(FakeClient(["completed"]), progress=False)
    assert len(bars) == 2


# -- what a timeout says --------------------------------------------------------
def node(organization: int | None, status: str) -> SimpleNamespace:
    link = None if organization is None else SimpleNamespace(id=organization)
    return SimpleNamespace(organization=link, status=status)


class Diagnosed(FakeClient):
    """A task that stays active; its runs, collaboration and nodes as given."""

    def __init__(
        self,
        runs: list[Any],
        nodes: list[Any] | None = None,
        collaboration: int | None = 3,
    ) -> None:
        super().__init__([runs], statuses=["active"] * 99)
        self.nodes = nodes or []
        link = None if collaboration is None else SimpleNamespace(id=collaboration)
        self.task.get = lambda task_id: (
            SimpleNamespace(collaboration=link) if task_id == 7 else None
        )
        self.node_queries: list[dict[str, Any]] = []
        self.node = SimpleNamespace(list=self.list_nodes)

    def list_nodes(self, **query: Any) -> Any:
        self.node_queries.append(query)
        return SimpleNamespace(all=lambda: self.nodes)


def said(client: FakeClient) -> str:
    with pytest.raises(TimeoutError) as late:
        wait(client, timeout=1)
    return str(late.value)


@pytest.mark.usefixtures("clock")
def test_a_timeout_says_what_the_runs_do_and_whose_nodes_are_offline() -> None:
    client = Diagnosed(
        [
            run(1, "pending", 2),
            run(2, "active", 3),
            run(3, "pending", 4),
            run(4, "completed", 5),
        ],
        [node(2, "online"), node(4, "offline"), node(None, "online")],
    )
    assert said(client) == (
        "task 7 did not finish within 1 s: 1 run active (organization 3); "
        "2 runs pending (organizations 2, 4); no node online for organization 4, "
        "so their runs cannot start"
    )
    assert client.node_queries == [{"collaboration": 3, "per_page": 100}]


@pytest.mark.usefixtures("clock")
def test_a_timeout_asks_for_no_task_when_a_read_named_its_collaboration() -> None:
    embedded = SimpleNamespace(collaboration=SimpleNamespace(id=5))
    client = Diagnosed([run(1, "pending", 2)], [node(2, "offline")])
    client.reads[0][0].task = embedded

    def no_task(task_id: int) -> Any:
        raise AssertionError("GET /task, though a read embedded the task")

    client.task.get = no_task
    assert said(client).endswith(
        "no node online for organization 2, so their runs cannot start"
    )
    assert client.node_queries == [{"collaboration": 5, "per_page": 100}]


@pytest.mark.usefixtures("clock")
def test_a_timeout_names_every_organization_without_a_node() -> None:
    client = Diagnosed([run(1, "pending", 9), run(2, "pending", 8)], [])
    assert said(client).endswith(
        "2 runs pending (organizations 8, 9); no node online for organizations "
        "8, 9, so their runs cannot start"
    )


@pytest.mark.usefixtures("clock")
def test_a_timeout_with_runs_under_way_asks_for_no_nodes() -> None:
    client = Diagnosed([run(1, "initializing", 2), run(2, "active", None)])
    assert said(client) == (
        "task 7 did not finish within 1 s: 1 run initializing (organization 2)"
    )
    assert client.node_queries == []


@pytest.mark.usefixtures("clock")
def test_a_timeout_of_a_task_without_a_collaboration_names_no_nodes() -> None:
    client = Diagnosed([run(1, "pending", 2)], collaboration=None)
    assert said(client) == (
        "task 7 did not finish within 1 s: 1 run pending (organization 2)"
    )


@pytest.mark.usefixtures("clock")
def test_a_timeout_whose_runs_are_all_done_says_no_more() -> None:
    """The task's status lags its runs: nothing to add."""
    assert said(Diagnosed([run(1, "completed", 2)])) == (
        "task 7 did not finish within 1 s"
    )


@pytest.mark.usefixtures("clock")
def test_a_timeout_whose_reasons_cannot_be_read_is_still_a_timeout(
    caplog: pytest.LogCaptureFixture,
) -> None:
    client = Diagnosed([run(1, "pending", 2)])

    def unreachable(**query: Any) -> Any:
        raise TransportError("cannot reach the server")

    client.node = SimpleNamespace(list=unreachable)
    with caplog.at_level(logging.DEBUG, logger="vantage6_client.wait"):
        assert said(client) == "task 7 did not finish within 1 s"
    assert [r.getMessage() for r in caplog.records] == [
        "task 7: cannot say what keeps it (cannot reach the server)"
    ]


def test_a_notebook_without_ipywidgets_gets_a_text_bar_and_no_warning() -> None:
    """tqdm.auto warns "IProgress not found" there; the wait must not."""
    probe = """
import sys, types, warnings
sys.modules["ipykernel"] = types.ModuleType("ipykernel")
sys.modules["ipykernel.zmqshell"] = types.ModuleType("ipykernel.zmqshell")
ipython = types.ModuleType("IPython")
ipython.get_ipython = lambda: type("ZMQInteractiveShell", (), {})()
sys.modules["IPython"] = ipython
sys.modules["ipywidgets"] = None  # not installed
warnings.simplefilter("always")  # a warning would show on stderr
from vantage6_client import _waiting
with _waiting._progress(7, None) as bar:
    assert "notebook" not in type(bar).__module__, type(bar).__module__
"""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", probe],
        check=False,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "IProgress" not in done.stderr
