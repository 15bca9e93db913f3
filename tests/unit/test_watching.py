"""Following a task on hints: what each hint makes the follower read, and the
events it yields (the hints are scripted; the real servers' are tested in
tests/integration/test_events.py and tests/hq/test_events.py)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest

from vantage6_client import (
    MissingDependencyError,
    RunFinished,
    RunLog,
    RunStarted,
    TaskDone,
    TaskEvent,
    TransportError,
    _watching,
)
from vantage6_client._events import Hint
from vantage6_client._watching import KILL_REREADS, QUIET, RETRIES, TaskFollower

TASK = 7


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    made = Clock()
    monkeypatch.setattr(_watching.time, "monotonic", made.monotonic)
    monkeypatch.setattr(_watching.time, "sleep", made.sleep)
    return made


def run(run_id: int, status: str, organization: int | None = None) -> Any:
    return SimpleNamespace(
        id=run_id,
        organization_id=organization or run_id + 10,
        status=status,
        log=f"log {run_id}",
        task=None,
    )


Step = tuple[Callable[[], None] | None, Hint | None]


class Server:
    """The task's runs as the server has them; hints scripted as (change,
    hint): the change happens, then the hint arrives (None: none comes
    within the wait)."""

    def __init__(self, clock: Clock, runs: list[Any], script: list[Step]) -> None:
        self.clock = clock
        self.runs = {r.id: r for r in runs}
        self.script = list(script)
        self.reads: list[str] = []
        self.waits: list[float] = []
        self.listening = True
        self.task = SimpleNamespace(
            get=lambda task_id: SimpleNamespace(collaboration=SimpleNamespace(id=3)),
            get_status=self.get_status,
        )
        self.run = SimpleNamespace(from_task=self.from_task, get=self.get)
        self.path = "/api"
        self._transport = SimpleNamespace(custom_transport=False)
        self._session = SimpleNamespace(events=lambda path: self)
        self.unavailable = False
        self.subscribed: list[int | None] = []
        self.rooms = {3}  # the connection's (the task is in collaboration 3)

    # the hub and its subscription
    def subscribe(self, collaboration: int | None) -> Server:
        self.subscribed.append(collaboration)
        return self

    def next(self, timeout: float) -> Hint | None:
        self.waits.append(round(timeout, 3))
        if not self.script:
            raise AssertionError(f"the follower waits for more: {self.reads}")
        change, hint = self.script.pop(0)
        if change is not None:
            change()
        if hint is None:
            self.clock.now += timeout
        return hint

    def close(self) -> None:
        pass

    def hears(self, collaboration: int) -> bool:
        return collaboration in self.rooms

    # the API
    def from_task(
        self, task_id: int, *, decrypt_input: bool, include_task: bool = False
    ) -> list[Any]:
        self.reads.append("runs")
        task = SimpleNamespace(collaboration=SimpleNamespace(id=3))
        return [
            SimpleNamespace(**vars(r) | {"task": task if include_task else None})
            for r in self.runs.values()
        ]

    def get(self, run_id: int, *, decrypt_input: bool) -> Any:
        # the real client decrypts (and asks whoami) when decrypt_input is truthy
        self.reads.append(f"run {run_id}" + (" decrypted" if decrypt_input else ""))
        return self.runs[run_id]

    def get_status(self, task_id: int) -> str:
        self.reads.append("status")
        states = [r.status for r in self.runs.values()]
        if any(state in _watching.RUNNING for state in states):
            return "active"
        return "completed" if set(states) == {"completed"} else "failed"

    def becomes(self, run_id: int, status: str) -> Callable[[], None]:
        def change() -> None:
            self.runs[run_id] = run(run_id, status, self.runs[run_id].organization_id)

        return change


def follow(server: Server, timeout: float | None = None) -> list[TaskEvent]:
    follower = TaskFollower(server, TASK, interval=1, events=None)  # type: ignore[arg-type]
    return list(follower.follow(timeout))


def status_update(run_id: int) -> Hint:
    return Hint("status_update", {"run_id": run_id})


def test_a_hint_makes_the_follower_read_the_run_it_names(clock: Clock) -> None:
    server = Server(clock, [run(1, "pending"), run(2, "pending")], [])
    server.script = [
        (server.becomes(1, "active"), status_update(1)),
        (server.becomes(1, "completed"), status_update(1)),
        (server.becomes(2, "completed"), status_update(2)),
    ]
    assert follow(server) == [
        RunStarted(TASK, 1, 11, "active"),
        RunFinished(TASK, 1, 11, "completed"),
        RunFinished(TASK, 2, 12, "completed"),
        TaskDone(TASK, "completed"),
    ]
    assert server.reads == ["runs", "run 1", "run 1", "run 2", "status"]
    # each hint's read saw its run move: no re-read is due, the next wait is long
    assert server.waits == [QUIET, QUIET, QUIET]
    # any room first: the first read tells the task's collaboration, whose
    # room the connection is in
    assert server.subscribed == [None]


def test_a_hint_before_the_commit_is_read_again_until_it_moves(clock: Clock) -> None:
    """4.15.2 sends ``status_update`` before it saves the run."""
    server = Server(clock, [run(1, "active")], [])
    server.script = [
        (None, status_update(1)),  # not saved yet
        (None, None),
        (server.becomes(1, "completed"), None),  # saved during the second wait
    ]
    assert follow(server)[-2:] == [
        RunFinished(TASK, 1, 11, "completed"),
        TaskDone(TASK, "completed"),
    ]
    assert server.reads == ["runs", "run 1", "run 1", "run 1", "status"]
    # re-read at RETRIES after the hint: 0.05 s, then 0.05 s later (at 0.1 s)
    assert server.waits[1:] == [RETRIES[0], RETRIES[1] - RETRIES[0]]


def test_hints_of_other_tasks_are_ignored(clock: Clock) -> None:
    server = Server(clock, [run(1, "active")], [])
    server.script = [
        (None, status_update(99)),
        (None, Hint("new_task", {"id": 8, "parent_id": None})),
        (None, Hint("algorithm_log", {"run_id": 99, "log": "not ours"})),
        (server.becomes(1, "completed"), status_update(1)),
    ]
    assert follow(server)[-1] == TaskDone(TASK, "completed")
    assert server.reads == ["runs", "run 1", "status"]


def test_log_lines_become_run_log_events(clock: Clock) -> None:
    server = Server(clock, [run(1, "active")], [])
    server.script = [
        (None, Hint("algorithm_log", {"run_id": 1, "task_id": TASK, "log": "step 1"})),
        (server.becomes(1, "completed"), status_update(1)),
    ]
    events = follow(server)
    assert events[0] == RunStarted(TASK, 1, 11, "active")  # running when read
    assert events[1] == RunLog(TASK, 1, 11, "step 1")
    assert events[1].text == "step 1"  # type: ignore[attr-defined]


def test_a_kill_makes_the_follower_read_every_run_again(clock: Clock) -> None:
    """The server announces a kill before it marks the runs killed, and
    sends nothing when it does."""
    server = Server(clock, [run(1, "active"), run(2, "pending")], [])
    kill = Hint("kill_containers", {"kill_list": [{"task_id": TASK, "run_id": 1}]})

    def killed() -> None:
        server.becomes(1, "killed by user")()
        server.becomes(2, "killed by user")()

    server.script = [(None, kill), (killed, None)]
    events = follow(server)
    assert events[-1] == TaskDone(TASK, "failed")
    assert server.reads == ["runs", "runs", "status"]
    assert server.waits[1] == KILL_REREADS[0]


def test_a_failed_run_makes_the_follower_read_its_siblings(clock: Clock) -> None:
    """The server fails the runs that have not started, without a hint."""
    server = Server(clock, [run(1, "active"), run(2, "pending")], [])

    def failed() -> None:
        server.becomes(1, "failed")()
        server.becomes(2, "failed")()

    server.script = [(failed, status_update(1))]
    events = follow(server)
    assert events[-1] == TaskDone(TASK, "failed")
    assert [e for e in events if isinstance(e, RunFinished)] == [
        RunFinished(TASK, 1, 11, "failed"),
        RunFinished(TASK, 2, 12, "failed"),
    ]
    assert server.reads == ["runs", "run 1", "runs", "status"]


def test_without_hints_for_a_while_every_run_is_read(clock: Clock) -> None:
    server = Server(clock, [run(1, "active")], [])
    server.script = [(None, None), (server.becomes(1, "completed"), None)]
    assert follow(server)[-1] == TaskDone(TASK, "completed")
    assert server.waits == [QUIET, QUIET]
    assert server.reads == ["runs", "runs", "runs", "status"]


def test_a_timeout_while_listening_ends_at_the_deadline(clock: Clock) -> None:
    server = Server(clock, [run(1, "active")], [(None, None)])
    with pytest.raises(_watching.TimeoutError, match="within 5 s"):
        follow(server, timeout=5)
    assert server.waits == [5]
    assert server.reads == ["runs"]  # no read when the wait ended at the deadline


def test_a_dropped_connection_means_polling_until_it_is_back(clock: Clock) -> None:
    server = Server(clock, [run(1, "active")], [])
    server.listening = False
    reads = iter([None, server.becomes(1, "completed")])

    def poll(task_id: int, **options: Any) -> list[Any]:
        change = next(reads, None)
        if change is not None:
            change()
        return Server.from_task(server, task_id, **options)

    server.run.from_task = poll
    assert follow(server)[-1] == TaskDone(TASK, "completed")
    assert server.waits == []  # no hint was waited for


def test_events_true_without_the_extra_is_an_error(clock: Clock) -> None:
    server = Server(clock, [run(1, "active")], [])
    server.unavailable = True
    follower = TaskFollower(server, TASK, interval=1, events=True)  # type: ignore[arg-type]
    with pytest.raises(MissingDependencyError) as missing:
        next(follower.follow(None))
    assert str(missing.value) == (
        "events=True needs python-socketio: pip install 'vantage6-sdk[events]'"
    )
    assert server.reads == []


def test_a_custom_transport_means_polling_unless_events_are_asked_for(
    clock: Clock,
) -> None:
    server = Server(clock, [run(1, "completed")], [])
    server._transport.custom_transport = True
    assert follow(server) == [
        RunFinished(TASK, 1, 11, "completed"),
        TaskDone(TASK, "completed"),
    ]
    assert server.subscribed == []
    follower = TaskFollower(server, TASK, interval=1, events=True)  # type: ignore[arg-type]
    list(follower.follow(None))
    assert server.subscribed == [None]


def test_a_due_re_read_survives_a_hint_about_another_run(clock: Clock) -> None:
    server = Server(clock, [run(1, "active"), run(2, "active")], [])
    server.script = [
        (None, status_update(1)),  # run 1 not saved yet: a re-read is due
        (None, status_update(99)),  # another task's hint comes first
        (server.becomes(1, "completed"), None),  # then the due re-read
        (server.becomes(2, "completed"), status_update(2)),
    ]
    assert follow(server)[-1] == TaskDone(TASK, "completed")
    assert server.reads == ["runs", "run 1", "run 1", "run 2", "status"]


def test_a_connection_without_the_tasks_room_is_made_anew(clock: Clock) -> None:
    """A collaboration made after the login's connection opened: its room
    needs a new connection, and what happened meanwhile a new read."""
    server = Server(clock, [run(1, "active")], [])
    server.rooms = set()
    server.script = [(server.becomes(1, "completed"), status_update(1))]
    assert follow(server)[-1] == TaskDone(TASK, "completed")
    assert server.subscribed == [None, 3]
    assert server.reads == ["runs", "runs", "run 1", "status"]


def test_the_re_read_due_first_is_done_first_whichever_run_it_is(
    clock: Clock,
) -> None:
    """Run 1's re-reads were scheduled first, run 2's later but due sooner."""
    server = Server(clock, [run(1, "active"), run(2, "active")], [])

    def later() -> None:
        clock.now += 0.02

    def both_complete() -> None:
        server.becomes(1, "completed")()
        server.becomes(2, "completed")()

    server.script = [
        (None, status_update(1)),  # at 0: run 1 due at 0.05, 0.1, 0.2, ...
        (None, None),  # its re-read at 0.05
        (None, None),  # and at 0.1; its next is at 0.2
        (later, status_update(2)),  # at 0.12: run 2 due at 0.17, ...
        (both_complete, None),  # at 0.17: run 2's re-read, before run 1's
        (None, None),  # at 0.2: run 1's
    ]
    assert follow(server)[-1] == TaskDone(TASK, "completed")
    assert server.reads == [
        "runs",
        *["run 1"] * 3,
        *["run 2"] * 2,
        "run 1",
        "status",
    ]
    assert server.waits == [QUIET, 0.05, 0.05, 0.1, 0.05, 0.03]


def test_a_kill_of_another_task_reads_nothing_again(clock: Clock) -> None:
    server = Server(clock, [run(1, "active")], [])
    server.script = [
        (None, Hint("kill_containers", {"kill_list": [{"task_id": 99, "run_id": 5}]})),
        (server.becomes(1, "completed"), status_update(1)),
    ]
    assert follow(server)[-1] == TaskDone(TASK, "completed")
    assert server.waits == [QUIET, QUIET]  # no re-read was due after the kill
    assert server.reads == ["runs", "run 1", "status"]


@pytest.mark.parametrize("text", ["", None, 5])
def test_a_log_hint_without_text_makes_no_event(clock: Clock, text: Any) -> None:
    server = Server(clock, [run(1, "active")], [])
    server.script = [
        (None, Hint("algorithm_log", {"run_id": 1, "log": text})),
        (server.becomes(1, "completed"), status_update(1)),
    ]
    assert follow(server) == [
        RunStarted(TASK, 1, 11, "active"),
        RunFinished(TASK, 1, 11, "completed"),
        TaskDone(TASK, "completed"),
    ]


def test_runs_are_read_without_decrypting_their_input(clock: Clock) -> None:
    server = Server(clock, [run(1, "active")], [])
    server.script = [(server.becomes(1, "completed"), status_update(1))]
    list(TaskFollower(server, TASK, interval=1, events=None).follow(None))  # type: ignore[arg-type]
    assert server.reads == ["runs", "run 1", "status"]


def test_a_run_that_cannot_be_read_is_read_again(
    clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    server = Server(clock, [run(1, "active")], [])
    read = server.run.get
    failures = [TransportError("down")]

    def flaky(run_id: int, *, decrypt_input: bool) -> Any:
        if failures:
            raise failures.pop()
        return read(run_id, decrypt_input=decrypt_input)

    server.run.get = flaky
    server.script = [
        (None, status_update(1)),
        (server.becomes(1, "completed"), status_update(1)),
    ]
    with caplog.at_level(logging.WARNING, "vantage6_client.wait"):
        assert follow(server)[-1] == TaskDone(TASK, "completed")
    assert caplog.messages == ["run 1: unavailable (down); still waiting"]
    # unread is unchanged: re-read shortly, as a hint before the commit is
    assert server.waits == [QUIET, RETRIES[0]]


def test_a_failed_run_whose_siblings_still_run_has_them_read_again(
    clock: Clock,
) -> None:
    """4.15.2 fails a run, says so, and only then stops its siblings."""
    server = Server(clock, [run(1, "active"), run(2, "active")], [])
    server.script = [
        (server.becomes(1, "failed"), status_update(1)),
        (server.becomes(2, "failed"), None),  # stopped without a hint
    ]
    events = follow(server)
    assert events[-2:] == [
        RunFinished(TASK, 2, 12, "failed"),
        TaskDone(TASK, "failed"),
    ]
    assert server.reads == ["runs", "run 1", "runs", "runs", "status"]
    assert server.waits == [QUIET, RETRIES[0]]


def test_a_run_without_a_status_ends_as_unknown(clock: Clock) -> None:
    server = Server(clock, [run(1, "active")], [])
    server.runs[1].status = None
    assert follow(server) == [
        RunFinished(TASK, 1, 11, "unknown"),
        TaskDone(TASK, "failed"),
    ]
