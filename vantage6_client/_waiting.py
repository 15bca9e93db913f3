"""Waiting for a task: until it is done (``_watching.py`` follows it), with a
progress bar per organization, failures and timeouts as errors that say why."""

from __future__ import annotations

import functools
import logging
import sys
import warnings
from types import TracebackType
from typing import TYPE_CHECKING, Protocol

from vantage6_client._exceptions import (
    FailedRun,
    TaskFailedError,
    TimeoutError,
    Vantage6Error,
)
from vantage6_client._watching import RUNNING, TaskFollower

if TYPE_CHECKING:
    from vantage6_client._client import Client

log = logging.getLogger("vantage6_client.wait")

Progress = bool | None


class _Bar(Protocol):
    total: float | None
    n: float

    def refresh(self) -> None: ...
    def set_postfix_str(self, text: str, refresh: bool = True) -> None: ...
    def close(self) -> None: ...


def wait_for_task(
    client: Client,
    task_id: int,
    *,
    interval: float,
    timeout: float | None,
    progress: Progress,
    events: bool | None = None,
) -> None:
    """Return when ``task_id`` has completed; raise when it failed or took too long.

    Raises
    ------
    TaskFailedError
        A run failed, crashed or was killed.
    TimeoutError
        Not finished within ``timeout`` seconds.
    """
    follower = TaskFollower(client, task_id, interval=interval, events=events)
    with _progress(task_id, progress) as bar:
        if bar is not None:
            follower.on_read = functools.partial(_show, bar)
        try:
            for _ in follower.follow(timeout):
                pass
        except TimeoutError as exc:
            raise TimeoutError(str(exc) + _what_keeps(client, follower)) from None
    if follower.done is not None and not follower.done.ok:
        raise TaskFailedError(task_id, _failed_runs(client, task_id))


def _show(bar: _Bar, follower: TaskFollower) -> None:
    """Finished runs as the bar's count; every organization's state beside it
    (``completed: 2, 5 · active: 3 · pending: 4``)."""
    runs = follower.runs.values()
    bar.total = len(runs)
    bar.n = sum(run.status not in RUNNING for run in runs)
    states: dict[str, list[int]] = {}
    for run in runs:
        if run.organization_id is not None:
            states.setdefault(run.status, []).append(run.organization_id)
    bar.set_postfix_str(
        " · ".join(
            f"{status}: {', '.join(map(str, sorted(organizations)))}"
            for status, organizations in sorted(states.items())
        ),
        refresh=False,
    )
    bar.refresh()


def _what_keeps(client: Client, follower: TaskFollower) -> str:
    """Why a task is still running, as the end of a timeout's message: what
    its runs were doing when last read and which of their organizations have
    no node online (their runs cannot start). Empty when it cannot be found
    out."""
    task_id = follower.task_id
    try:
        waiting: dict[str, list[int]] = {}
        for run in follower.runs.values():
            if run.status in RUNNING and run.organization_id is not None:
                waiting.setdefault(run.status, []).append(run.organization_id)
        if not waiting:
            return ""
        said = [
            f"{_count(len(orgs), 'run')} {status} ({_named(orgs, 'organization')})"
            for status, orgs in sorted(waiting.items())
        ]
        offline = _without_a_node_online(client, follower, waiting.get("pending", []))
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
    client: Client, follower: TaskFollower, organizations: list[int]
) -> list[int]:
    """Those of ``organizations`` whose node in the task's collaboration is
    not online."""
    if not organizations:
        return []
    collaboration_id = follower.collaboration_id
    if collaboration_id is None:  # no read embedded the task
        collaboration = client.task.get(follower.task_id).collaboration
        if collaboration is None:
            return []
        collaboration_id = collaboration.id
    nodes = client.node.list(collaboration=collaboration_id, per_page=100).all()
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

    def __init__(self, task_id: int, wanted: Progress) -> None:
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

            self.bar = tqdm(total=None, desc=f"task {task_id}", unit="run")

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
