"""Waiting for a task: polls, backoff, deadline, progress, failures."""

from __future__ import annotations

import logging
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
