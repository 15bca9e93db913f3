"""Waiting for a task: polling with backoff, progress, failures as errors."""

from __future__ import annotations

import logging
import sys
import time
import warnings
from types import TracebackType
from typing import TYPE_CHECKING, Protocol

from vantage6_client._exceptions import (
    FailedRun,
    InvalidArgumentError,
    ServerError,
    TaskFailedError,
    TimeoutError,
    TransportError,
    Vantage6Error,
)

if TYPE_CHECKING:
    from vantage6_client._client import Client

log = logging.getLogger("vantage6_client.wait")

Progress = bool | None
# A run's states before it ends; a 5.x HQ says of a whole task "awaiting"
# until every run has ended (then "completed" or "failed").
RUNNING = frozenset({"pending", "initializing", "active", "awaiting"})
MAX_POLL_INTERVAL = 1.5  # a finished task waits ~0.75 s on average to be seen
BACKOFF = 1.5


class _Bar(Protocol):
    total: float | None
    n: float

    def refresh(self) -> None: ...
    def close(self) -> None: ...


def wait_for_task(
    client: Client,
    task_id: int,
    *,
    interval: float,
    timeout: float | None,
    progress: Progress,
) -> None:
    """Return when ``task_id`` has completed; raise when it failed or took too long.

    Raises
    ------
    TaskFailedError
        A run failed, crashed or was killed.
    TimeoutError
        Not finished within ``timeout`` seconds.
    """
    _require_positive("interval", interval)
    if timeout is not None:
        _require_positive("timeout", timeout)
    deadline = None if timeout is None else time.monotonic() + timeout
    delay = float(interval)
    cap = max(float(interval), MAX_POLL_INTERVAL)
    with _progress(client, task_id, progress) as bar:
        while True:
            status = _poll(client, task_id, bar)
            if status is not None and status not in RUNNING:
                break
            if deadline is not None and time.monotonic() + delay > deadline:
                raise TimeoutError(
                    f"task {task_id} did not finish within {timeout} s"
                    + _what_keeps(client, task_id)
                )
            time.sleep(delay)
            delay = min(delay * BACKOFF, cap)
    if status != "completed":
        raise TaskFailedError(task_id, _failed_runs(client, task_id))


def _require_positive(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise InvalidArgumentError(f"{name} must be a positive number, not {value!r}")


def _poll(client: Client, task_id: int, bar: _Bar | None) -> str | None:
    """The task's status, or None while the server cannot be reached."""
    try:
        status = client.task.get_status(task_id)
        if bar is not None:
            bar.n = (bar.total or 0) - client.run.count(task=task_id, state="open")
            bar.refresh()
    except (TransportError, ServerError) as exc:
        # A restart or a proxy hiccup must not end a long wait.
        log.warning("task %d: status unavailable (%s); still waiting", task_id, exc)
        return None
    return status


def _what_keeps(client: Client, task_id: int) -> str:
    """Why a task is still running, as the end of a timeout's message: what
    its runs are doing and which of their organizations have no node online
    (their runs cannot start). Empty when it cannot be found out."""
    try:
        runs = client.run.from_task(task_id, decrypt_input=False)
        waiting: dict[str, list[int]] = {}
        for run in runs:
            if run.status in RUNNING and run.organization_id is not None:
                waiting.setdefault(run.status, []).append(run.organization_id)
        if not waiting:
            return ""
        said = [
            f"{_count(len(orgs), 'run')} {status} ({_named(orgs, 'organization')})"
            for status, orgs in sorted(waiting.items())
        ]
        offline = _without_a_node_online(client, task_id, waiting.get("pending", []))
    except Vantage6Error as exc:
        log.debug("task %d: cannot say what keeps it (%s)", task_id, exc)
        return ""
    text = ": " + "; ".join(said)
    if offline:
        text += (
            f"; no node online for {_named(offline, 'organization')}, so their "
            "runs cannot start"
        )
    return text


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}{'' if number == 1 else 's'}"


def _named(ids: list[int], thing: str) -> str:
    """``organization 3`` or ``organizations 2, 3``."""
    return f"{thing}{'' if len(ids) == 1 else 's'} {', '.join(map(str, sorted(ids)))}"


def _without_a_node_online(
    client: Client, task_id: int, organizations: list[int]
) -> list[int]:
    """Those of ``organizations`` whose node in the task's collaboration is
    not online."""
    if not organizations:
        return []
    collaboration = client.task.get(task_id).collaboration
    if collaboration is None:
        return []
    nodes = client.node.list(collaboration=collaboration.id, per_page=100).all()
    online = {
        node.organization.id
        for node in nodes
        if node.organization is not None and node.status == "online"
    }
    return sorted(set(organizations) - online)


def _failed_runs(client: Client, task_id: int) -> list[FailedRun]:
    runs = client.run.from_task(task_id, decrypt_input=False)
    return [
        FailedRun(run.id, run.organization_id, run.status or "unknown", run.log)
        for run in runs
        if run.status not in RUNNING and run.status != "completed"
    ]


class _progress:  # noqa: N801 - used as a context manager, like open()
    """A tqdm bar of finished runs, when wanted (and closed on any exit)."""

    def __init__(self, client: Client, task_id: int, wanted: Progress) -> None:
        self.bar: _Bar | None = None
        if wanted is None:
            wanted = _interactive()
        if wanted:
            from tqdm.std import TqdmWarning

            with warnings.catch_warnings():
                # a notebook without ipywidgets: tqdm warns, then falls back to
                # a text bar, which is all we want
                warnings.simplefilter("ignore", TqdmWarning)
                from tqdm.auto import tqdm

            total = client.run.count(task=task_id)
            self.bar = tqdm(total=total, desc=f"task {task_id}", unit="run")

    def __enter__(self) -> _Bar | None:
        return self.bar

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self.bar is not None:
            self.bar.close()


def _interactive() -> bool:
    """A notebook, or a terminal on standard error."""
    if "ipykernel" in sys.modules:
        return True
    return bool(getattr(sys.stderr, "isatty", lambda: False)())
