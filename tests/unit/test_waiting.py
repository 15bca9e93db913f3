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
    _waiting,
)
from vantage6_client._waiting import wait_for_task


class Clock:
    """time.monotonic and time.sleep for _waiting, without waiting."""

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
    monkeypatch.setattr(_waiting.time, "monotonic", made.monotonic)
    monkeypatch.setattr(_waiting.time, "sleep", made.sleep)
    return made


class FakeClient:
    """Answers task.get_status from a script of statuses (or errors)."""

    def __init__(self, statuses: list[Any], runs: list[Any] | None = None) -> None:
        self.statuses = list(statuses)
        self.runs = runs or []
        self.polled = 0
        self.counts: list[dict[str, Any]] = []
        self.task = SimpleNamespace(get_status=self.get_status)
        self.run = SimpleNamespace(count=self.count, from_task=self.from_task)

    def get_status(self, task_id: int) -> str:
        assert task_id == 7
        self.polled += 1
        answer = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
        if isinstance(answer, Exception):
            raise answer
        return str(answer)

    def count(self, **query: Any) -> int:
        self.counts.append(query)
        return 1 if query.get("state") == "open" else 4

    def from_task(self, task_id: int, *, decrypt_input: bool) -> list[Any]:
        assert (task_id, decrypt_input) == (7, False)
        return self.runs


def wait(client: FakeClient, **options: Any) -> None:
    settings: dict[str, Any] = {"interval": 0.2, "timeout": None, "progress": False}
    wait_for_task(client, 7, **(settings | options))  # type: ignore[arg-type]


def test_returns_once_the_task_completed(clock: Clock) -> None:
    client = FakeClient(["pending", "active", "completed"])
    wait(client)
    assert client.polled == 3
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


def test_an_unreachable_server_is_polled_again(
    clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    client = FakeClient(
        [TransportError("down"), ServerError(502, "proxy"), "completed"]
    )
    with caplog.at_level(logging.WARNING, "vantage6_client.wait"):
        wait(client)
    assert client.polled == 3
    assert caplog.messages[0] == "task 7: status unavailable (down); still waiting"
    assert len(caplog.messages) == 2


def test_other_errors_end_the_wait(clock: Clock) -> None:
    with pytest.raises(InvalidArgumentError):
        wait(FakeClient([InvalidArgumentError("bad")]))


@pytest.mark.parametrize("status", ["failed", "crashed", "killed by user"])
def test_a_failed_task_raises_with_its_failed_runs_only(
    clock: Clock, status: str
) -> None:
    runs = [
        SimpleNamespace(id=1, organization_id=2, status="completed", log="ok"),
        SimpleNamespace(id=3, organization_id=4, status=status, log="boom"),
        SimpleNamespace(id=5, organization_id=6, status=None, log=None),
        SimpleNamespace(id=8, organization_id=9, status="active", log=None),
    ]
    with pytest.raises(TaskFailedError) as raised:
        wait(FakeClient([status], runs))
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


class Bar:
    instances: ClassVar[list[Bar]] = []

    def __init__(self, total: int, desc: str, unit: str) -> None:
        self.total, self.desc, self.unit = total, desc, unit
        self.n = 0
        self.shown: list[float] = []
        self.closed = False
        Bar.instances.append(self)

    def refresh(self) -> None:
        self.shown.append(self.n)

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def bars(monkeypatch: pytest.MonkeyPatch) -> list[Bar]:
    Bar.instances = []
    monkeypatch.setattr(tqdm.auto, "tqdm", Bar)
    return Bar.instances


def test_the_progress_bar_counts_finished_runs_and_closes(
    clock: Clock, bars: list[Bar]
) -> None:
    client = FakeClient(["active", "completed"])
    wait(client, progress=True)
    (bar,) = bars
    assert (bar.total, bar.desc, bar.unit) == (4, "task 7", "run")
    assert bar.shown == [3, 3]  # 4 runs, 1 still open
    assert bar.closed
    assert client.counts[0] == {"task": 7}
    assert client.counts[1] == {"task": 7, "state": "open"}


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
def run(organization: int | None, status: str) -> SimpleNamespace:
    return SimpleNamespace(organization_id=organization, status=status)


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
        super().__init__(["active"], runs)
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
        [run(2, "pending"), run(3, "active"), run(4, "pending"), run(5, "completed")],
        [node(2, "online"), node(4, "offline"), node(None, "online")],
    )
    assert said(client) == (
        "task 7 did not finish within 1 s: 1 run active (organization 3); "
        "2 runs pending (organizations 2, 4); no node online for organization 4, "
        "so their runs cannot start"
    )
    assert client.node_queries == [{"collaboration": 3, "per_page": 100}]


@pytest.mark.usefixtures("clock")
def test_a_timeout_names_every_organization_without_a_node() -> None:
    client = Diagnosed([run(9, "pending"), run(8, "pending")], [])
    assert said(client).endswith(
        "2 runs pending (organizations 8, 9); no node online for organizations "
        "8, 9, so their runs cannot start"
    )


@pytest.mark.usefixtures("clock")
def test_a_timeout_with_runs_under_way_asks_for_no_nodes() -> None:
    client = Diagnosed([run(2, "initializing"), run(None, "active")])
    assert said(client) == (
        "task 7 did not finish within 1 s: 1 run initializing (organization 2)"
    )
    assert client.node_queries == []


@pytest.mark.usefixtures("clock")
def test_a_timeout_of_a_task_without_a_collaboration_names_no_nodes() -> None:
    client = Diagnosed([run(2, "pending")], collaboration=None)
    assert said(client) == (
        "task 7 did not finish within 1 s: 1 run pending (organization 2)"
    )


@pytest.mark.usefixtures("clock")
def test_a_timeout_whose_runs_are_all_done_says_no_more() -> None:
    """The task's status lags its runs: nothing to add."""
    assert said(Diagnosed([run(2, "completed")])) == (
        "task 7 did not finish within 1 s"
    )


@pytest.mark.usefixtures("clock")
def test_a_timeout_whose_reasons_cannot_be_read_is_still_a_timeout(
    caplog: pytest.LogCaptureFixture,
) -> None:
    client = Diagnosed([run(2, "pending")])

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
client = types.SimpleNamespace(run=types.SimpleNamespace(count=lambda **query: 2))
with _waiting._progress(client, 7, None) as bar:
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
