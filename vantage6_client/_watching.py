"""Following a task's runs: typed events from REST reads, woken by the server's
Socket.IO events where they come (``_events.py``), by polling where not.

A hint names a run: that run is read again, and what changed becomes an event.
4.15.2 sends its hint before it commits, so a read that still shows the old
state is tried again a few times, quickly. When a run ends, the task's status
(which the server computes from all its runs) says whether the task is done:
the server stops sibling runs of a failed one, and kills runs, without a hint.
Without hints, or when none came for a while, every run is read (one request
per page of runs), with backoff.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from vantage6_client._exceptions import (
    InvalidArgumentError,
    MissingDependencyError,
    ServerError,
    TimeoutError,
    TransportError,
)

if TYPE_CHECKING:
    from vantage6_client._client import Client
    from vantage6_client._events import Hint, Subscription
    from vantage6_client._results import AlgorithmRun

log = logging.getLogger("vantage6_client.wait")

# A run's states before it ends; a 5.x HQ says of a whole task "awaiting"
# until every run has ended (then "completed" or "failed").
RUNNING = frozenset({"pending", "initializing", "active", "awaiting"})
MAX_POLL_INTERVAL = 1.5  # without events a finished task waits ~0.75 s to be seen
BACKOFF = 1.5
# With events: a read of every run when none came for this long (a hint lost
# without the connection dropping: a dropped one is noticed by Engine.IO's
# pings, and the wait polls until it is back), and the re-reads of a run whose
# hint came before its new state was committed.
QUIET = 60.0
RETRIES = (0.05, 0.1, 0.2, 0.4, 0.8)
# after a kill (announced before the server marks the runs killed)
KILL_REREADS = (0.1, 0.5, 1.5)


# -- what a watcher sees ----------------------------------------------------------
@dataclass(frozen=True)
class TaskEvent:
    """Something that happened to a task (see :meth:`TaskGroup.watch`).

    Attributes
    ----------
    task_id : int
        The task.
    """

    task_id: int


@dataclass(frozen=True)
class RunStarted(TaskEvent):
    """A run left ``pending``: its node took it up.

    Attributes
    ----------
    run_id : int
        The run.
    organization_id : int | None
        Whose node runs it.
    status : str
        Its state now, e.g. ``"initializing"`` or ``"active"``.
    """

    run_id: int
    organization_id: int | None
    status: str


@dataclass(frozen=True)
class RunFinished(TaskEvent):
    """A run ended, well or not.

    Attributes
    ----------
    run_id : int
        The run.
    organization_id : int | None
        Whose node ran it.
    status : str
        ``"completed"``, or how it failed (``"failed"``, ``"crashed"``,
        ``"killed by user"``, ...).
    log : str | None
        The node's log of it (left out of the repr).
    """

    run_id: int
    organization_id: int | None
    status: str
    log: str | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        """Whether it completed."""
        return self.status == "completed"


@dataclass(frozen=True)
class RunLog(TaskEvent):
    """Lines of a run's log, as its node sent them (only real nodes send
    them, and only where the server passes them on).

    Attributes
    ----------
    run_id : int
        The run.
    organization_id : int | None
        Whose node runs it.
    text : str
        The lines.
    """

    run_id: int
    organization_id: int | None
    text: str = field(repr=False)


@dataclass(frozen=True)
class TaskDone(TaskEvent):
    """The task ended: every run did; always the last event.

    Attributes
    ----------
    status : str
        The task's status as the server computes it: ``"completed"`` when
        every run completed, else ``"failed"`` (or the 4.x status of the run
        that failed).
    """

    status: str

    @property
    def ok(self) -> bool:
        """Whether every run completed."""
        return self.status == "completed"


@dataclass
class _Run:
    organization_id: int | None
    status: str


# -- the follower -----------------------------------------------------------------
class TaskFollower:
    """The state of a task's runs, kept from reads, and the events it yields.

    Parameters
    ----------
    client : Client
        The logged-in client.
    task_id : int
        The task.
    interval : float
        Seconds between the first polls when there are no events.
    events : bool | None
        Listen to the server's events: None where the events extra is
        installed and the socket connects, True the same (a missing extra is
        an error), False never.
    """

    def __init__(
        self, client: Client, task_id: int, *, interval: float, events: bool | None
    ) -> None:
        check_wait(interval, None, events)
        self.client = client
        self.task_id = task_id
        self.interval = float(interval)
        self.events = events
        self.runs: dict[int, _Run] = {}
        # called after every read (a progress bar)
        self.on_read: Callable[[TaskFollower], None] | None = None
        self.done: TaskDone | None = None
        self.collaboration_id: int | None = None  # once a read embedded the task
        self._delay = self.interval
        self._due: dict[int | None, list[float]] = {}  # run (None: all) -> re-reads

    # -- the loop ------------------------------------------------------------
    def follow(self, timeout: float | None) -> Iterator[TaskEvent]:
        """Events until the task is done (``TaskDone`` last).

        Raises
        ------
        TimeoutError
            Not done within ``timeout`` seconds.
        """
        if timeout is not None:
            require_positive("timeout", timeout)
        deadline = None if timeout is None else time.monotonic() + timeout
        # subscribed before the first read, so that no change falls between
        hints = self._subscribe()
        try:
            yield from self._read_all(with_task=hints is not None)
            if hints is not None and not self._in_room(hints):
                # the login's connection predates the task's collaboration
                hints.close()
                hints = self._subscribe(self.collaboration_id)
                yield from self._read_all()
            while self.done is None:
                yield from self._next(hints, deadline, timeout)
        finally:
            if hints is not None:
                hints.close()

    def _next(
        self, hints: Subscription | None, deadline: float | None, timeout: float | None
    ) -> Iterator[TaskEvent]:
        listening = hints is not None and hints.listening
        wait, run_id = self._next_read(listening)
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0 or (not listening and wait > left):
                raise TimeoutError(
                    f"task {self.task_id} did not finish within {timeout} s"
                )
            wait = min(wait, left)
        hint = hints.next(wait) if listening and hints is not None else None
        if hint is None:
            if not listening:
                time.sleep(wait)
            elif deadline is not None and time.monotonic() >= deadline:
                return  # nothing came in time: raised on the next turn
            self._done_with(run_id)
            if run_id is None:
                self._delay = min(self._delay * BACKOFF, self._poll_cap())
                yield from self._read_all()
            else:
                yield from self._read_one(run_id)
            return
        yield from self._on_hint(hint)

    def _next_read(self, listening: bool) -> tuple[float, int | None]:
        """How long to wait for a hint, and what to read if none comes: the
        re-read due first, else every run (after a quiet spell, or a poll's
        delay)."""
        if self._due:
            run_id, when = min(
                ((run, times[0]) for run, times in self._due.items()),
                key=lambda pair: pair[1],
            )
            return max(when - time.monotonic(), 0.0), run_id
        return (QUIET if listening else self._delay), None

    def _done_with(self, run_id: int | None) -> None:
        """The re-read of ``run_id`` (None: of every run) that was due first
        is being done."""
        times = self._due.get(run_id)
        if times:
            times.pop(0)
            if not times:
                del self._due[run_id]

    def _poll_cap(self) -> float:
        return max(self.interval, MAX_POLL_INTERVAL)

    def _schedule(self, run_id: int | None, delays: tuple[float, ...]) -> None:
        now = time.monotonic()
        self._due[run_id] = [now + delay for delay in delays]

    # -- hints -----------------------------------------------------------------
    def _subscribe(self, collaboration_id: int | None = None) -> Subscription | None:
        """Hints of the collaboration (None: of any: which one is learnt from
        the first read, which embeds the task), or None: poll."""
        client = self.client
        if self.events is False or (
            self.events is None and client._transport.custom_transport
        ):
            return None
        hub = client._session.events(client.path)
        if hub.unavailable:
            if self.events:
                raise MissingDependencyError(
                    "events=True needs python-socketio: "
                    "pip install 'vantage6-sdk[events]'"
                )
            return None
        return hub.subscribe(collaboration_id)

    def _in_room(self, hints: Subscription) -> bool:
        """Whether the hints come from the task's collaboration (the rooms of
        a connection are those of the collaborations it had when it opened)."""
        return self.collaboration_id is None or hints.hears(self.collaboration_id)

    def _on_hint(self, hint: Hint) -> Iterator[TaskEvent]:
        run_id = hint.run_id
        if hint.name == "kill_containers":
            killed = hint.data.get("kill_list")
            if isinstance(killed, list) and any(
                isinstance(item, dict) and item.get("task_id") == self.task_id
                for item in killed
            ):
                self._schedule(None, KILL_REREADS)
            return
        if run_id is None or run_id not in self.runs:
            return  # another task's (a user hears the whole collaboration)
        if hint.name == "algorithm_log":
            text = hint.data.get("log")
            if isinstance(text, str) and text:
                run = self.runs[run_id]
                yield RunLog(self.task_id, run_id, run.organization_id, text)
            return
        before = self.runs[run_id].status
        yield from self._read_one(run_id)
        if self.runs[run_id].status == before and self.done is None:
            # 4.15.2 says so before it commits: read again shortly
            self._schedule(run_id, RETRIES)

    # -- reads -----------------------------------------------------------------
    def _read_all(self, *, with_task: bool = False) -> Iterator[TaskEvent]:
        try:
            options = {"include_task": True} if with_task else {}
            runs = self.client.run.from_task(
                self.task_id, decrypt_input=False, **options
            )
        except (TransportError, ServerError) as exc:
            # A restart or a proxy hiccup must not end a long wait.
            log.warning(
                "task %d: runs unavailable (%s); still waiting", self.task_id, exc
            )
            return
        for run in runs:
            if run.task is not None and run.task.collaboration is not None:
                self.collaboration_id = run.task.collaboration.id
            yield from self._seen(run)
        self._tell()
        yield from self._check_done()

    def _read_one(self, run_id: int) -> Iterator[TaskEvent]:
        try:
            run = self.client.run.get(run_id, decrypt_input=False)
        except (TransportError, ServerError) as exc:
            log.warning("run %d: unavailable (%s); still waiting", run_id, exc)
            return
        yield from self._seen(run)
        self._tell()
        status = self.runs[run_id].status
        if status in RUNNING:
            return
        if status != "completed" and self._running():
            # the server stops the siblings of a failed run without a word
            # (4.15.2 after it said so: read them again shortly, too)
            yield from self._read_all()
            if self._running():
                self._schedule(None, RETRIES)
            return
        yield from self._check_done()

    def _tell(self) -> None:
        if self.on_read is not None:
            self.on_read(self)

    def _running(self) -> bool:
        return any(run.status in RUNNING for run in self.runs.values())

    def _seen(self, run: AlgorithmRun) -> Iterator[TaskEvent]:
        status = run.status or "unknown"
        known = self.runs.get(run.id)
        self.runs[run.id] = _Run(run.organization_id, status)
        # A run first read counts as having been pending. Both events need the
        # state to have moved (out of pending; out of RUNNING), so a run read
        # again unchanged makes none.
        was = known.status if known is not None else "pending"
        if was == "pending" and status in RUNNING and status != "pending":
            yield RunStarted(self.task_id, run.id, run.organization_id, status)
        if status not in RUNNING and was in RUNNING:
            yield RunFinished(
                self.task_id, run.id, run.organization_id, status, run.log
            )

    def _check_done(self) -> Iterator[TaskEvent]:
        """``TaskDone`` once every run read has ended and the server agrees."""
        if self._running():
            return
        try:
            status = self.client.task.get_status(self.task_id)
        except (TransportError, ServerError) as exc:
            log.warning("task %d: status unavailable (%s)", self.task_id, exc)
            return
        if status in RUNNING:  # the runs' reads and the server's disagree
            self._schedule(None, RETRIES)
            return
        self.done = TaskDone(self.task_id, status)
        yield self.done


def check_wait(interval: float, timeout: float | None, events: object) -> None:
    """A wait's settings, checked before anything is sent."""
    require_positive("interval", interval)
    if timeout is not None:
        require_positive("timeout", timeout)
    if not (events is None or isinstance(events, bool)):
        raise InvalidArgumentError(
            f"events must be True, False or None, not {events!r}"
        )


def require_positive(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise InvalidArgumentError(f"{name} must be a positive number, not {value!r}")
