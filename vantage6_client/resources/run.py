"""``client.run``: each organization's part of a task."""

from __future__ import annotations

import datetime
import functools
from typing import Any, Literal, NamedTuple

from vantage6_hq_api.models import Run as HQRun
from vantage6_hq_api.models import RunPage as HQRunPage
from vantage6_server_api.models import Run, RunPage
from vantage6_server_api.types import UNSET

from vantage6_client._exceptions import InvalidArgumentError
from vantage6_client._pagination import Page
from vantage6_client._results import AlgorithmRun, TaskRuns
from vantage6_client.resources import _sortable as sortable
from vantage6_client.resources._base import (
    ALL_PAGES,
    ServerApiGroup,
    given,
    optional_id,
    page_number,
    require_id,
    sort_fields,
)
from vantage6_client.resources._paged import paged
from vantage6_client.resources._post_filters import post_filtering

# (from, till): written out in signatures, where help() shows it
Period = tuple[str | None, str | None]
_INCLUDE_TASK: list[Literal["task"]] = ["task"]


class _RunLine(NamedTuple):
    """A line's run model, its page (of runs of that model) and the
    operations that answer with them."""

    run: type[Run] | type[HQRun]
    page: Any  # RunPage | HQRunPage: a union would lose the item type
    ops: Any  # the server's Operations or HQ's, both with run_get/run_list


class RunGroup(ServerApiGroup):
    """Algorithm runs: list, get, all runs of a task; input decrypted."""

    # A 5.x HQ answers with runs of its own form (``arguments`` where 4.x has
    # ``input``), from operations of its own with the same parameters: the
    # only difference between the lines here, chosen in one place.
    @property
    def _line(self) -> _RunLine:
        if self._on_hq:
            return _RunLine(HQRun, HQRunPage, self._hq_ops)
        return _RunLine(Run, RunPage, self._ops)

    @post_filtering
    def get(
        self, id_: int, include_task: bool = False, decrypt_input: bool = True
    ) -> AlgorithmRun:
        """One run.

        Parameters
        ----------
        id_ : int
            The run.
        include_task : bool
            Embed its task.
        decrypt_input : bool
            Decrypt and parse the input (when it is for your organization), by
            default True.

        Returns
        -------
        AlgorithmRun
            The run, ``input`` parsed when readable.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no run ``id_``.
        PermissionDeniedError
            You may not see it.
        DecryptionError
            Its input is for your organization and cannot be read with this
            client's key.
        """
        model, _, ops = self._line
        run = self._transport.call(
            model,
            ops.run_get,
            require_id(id_, "id_"),
            include="task" if include_task else UNSET,
        )
        return self._decoded(run, decrypt_input=decrypt_input)

    @post_filtering
    def from_task(
        self, task_id: int, include_task: bool = False, *, decrypt_input: bool = True
    ) -> list[AlgorithmRun]:
        """Every run of a task (all pages; the official client gave only 10).

        Parameters
        ----------
        task_id : int
            The task.
        include_task : bool
            Embed the task in each run.
        decrypt_input : bool
            Decrypt and parse the inputs meant for your organization, by
            default True.

        Returns
        -------
        list[AlgorithmRun]
            The runs, newest first. It also reads like the official
            ``{"data": [...]}``: ``runs["data"]`` is the same runs.

        Raises
        ------
        InvalidArgumentError
            ``task_id`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no task ``task_id`` (the server answers 400 "Task id=N
            does not exist!", which is reported as this).
        PermissionDeniedError
            You may not see its runs.
        DecryptionError
            An input is for your organization and cannot be read with this
            client's key.

        Examples
        --------
        >>> sums = client.task.run(
        ...     organizations=organization_ids,
        ...     name="sum of ages",
        ...     image="v6/sum",
        ...     input_={"method": "partial_sum", "kwargs": {"column": "age"}},
        ...     collaboration=collaboration_id,
        ...     timeout=600,
        ... )
        >>> runs = client.run.from_task(sums.task_id)
        >>> [run.status for run in runs]
        ['completed', 'completed']

        Only the input meant for your organization can be read (the other is
        encrypted for the other organization's key):

        >>> sorted((run.organization_id, run.input_decrypted) for run in runs) == [
        ...     (organization_ids[0], True),
        ...     (organization_ids[1], False),
        ... ]
        True
        """
        _, page_model, ops = self._line
        request = functools.partial(
            ops.run_list,
            task_id=require_id(task_id, "task_id"),
            include=_INCLUDE_TASK if include_task else UNSET,
            per_page=ALL_PAGES,
        )
        decode = functools.partial(self._decoded, decrypt_input=decrypt_input)
        return TaskRuns(self._paginate_as(page_model, request, 1, decode).iter_all())

    def count(self, task: int | None = None, state: str | None = None) -> int:
        """How many runs match, without fetching them.

        Parameters
        ----------
        task : int | None
            Runs of this task.
        state : str | None
            ``"open"``: only unfinished runs.

        Returns
        -------
        int
            The number of runs.

        Raises
        ------
        InvalidArgumentError
            ``state`` is not ``"open"``, or ``task`` is not a positive
            integer id; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no task ``task``.
        """
        if state not in (None, "open"):
            raise InvalidArgumentError(f"state can only be 'open', not {state!r}")
        _, page_model, ops = self._line
        request = functools.partial(
            ops.run_list,
            task_id=given(optional_id(task, "task")),
            state="open" if state == "open" else UNSET,
            per_page=1,
        )
        page = self._paginate(page_model, request, 1)  # the runs stay encrypted
        return page.total if page.total is not None else len(page)

    def _decoded(self, run: Run | HQRun, *, decrypt_input: bool = True) -> AlgorithmRun:
        # whose inputs are readable matters only when they are to be read
        whoami = self._client.whoami if decrypt_input else None
        return AlgorithmRun.of(
            run,
            self._client.cryptor,
            decrypt_input=decrypt_input,
            own_organization_id=whoami.organization_id if whoami else None,
        )

    # Last in the class: below it, ``list`` in an annotation of this class
    # would name this method (for mypy), not the builtin.
    @post_filtering
    @paged
    def list(
        self,
        task: int | None = None,
        organization: int | None = None,
        state: str | None = None,
        node: int | None = None,
        include_task: bool = False,
        started: tuple[str | None, str | None] | None = None,
        assigned: tuple[str | None, str | None] | None = None,
        finished: tuple[str | None, str | None] | None = None,
        port: int | None = None,
        page: int | None = None,
        per_page: int | None = None,
        *,
        collaboration: int | None = None,
        sort: str | list[str] | None = None,
    ) -> Page[AlgorithmRun]:
        """Runs you may see, newest first, one page at a time.

        Parameters
        ----------
        task : int | None
            Runs of this task.
        organization : int | None
            Runs at this organization.
        state : str | None
            ``"open"``: only runs that have not finished.
        node : int | None
            Runs of this node.
        include_task : bool
            Embed each run's task.
        started, assigned, finished : tuple[str | None, str | None] | None
            ``(from, till)`` moments, e.g. ``("2024-05-01", None)``; compared
            as text with the stored timestamps. The 4.15.2 server applies the
            "from" of ``started`` and ``finished`` to the assignment time, so
            this client filters those itself: the result is then one page with
            every matching run.
        port : int | None
            Not supported: the 4.15.2 server fails on it (500).
        page : int | None
            Page number, from 1; None for the first.
        per_page : int | None
            Items per page; None for 10.
        collaboration : int | None
            Runs of this collaboration.
        sort : str | list[str] | None
            Refused (``InvalidArgumentError``): the server always lists runs
            newest first and would ignore it. Accepted in the signature for
            compatibility with the official client.

        Returns
        -------
        Page[AlgorithmRun]
            One page; ``.all()`` for every page. Input meant for other
            organizations is marked ``input_decrypted=False``.

        Raises
        ------
        InvalidArgumentError
            ``state``, ``port``, a period, an id (``task``,
            ``organization``, ``node``, ``collaboration``), ``sort``, ``page``
            or ``per_page`` is not valid; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such task or node (the server answers 400 "Task
            id=N does not exist!", which is reported as this).
        DecryptionError
            An input is for your organization and cannot be read with this
            client's key.
        """
        if state not in (None, "open"):
            raise InvalidArgumentError(f"state can only be 'open', not {state!r}")
        if port is not None:
            raise InvalidArgumentError(
                "port is not supported: the server cannot filter runs by port "
                "(vantage6-server 4.15.2 fails)"
            )
        assigned_from, assigned_till = _period(assigned, "assigned")
        started_from, started_till = _period(started, "started")
        finished_from, finished_till = _period(finished, "finished")
        _, page_model, ops = self._line
        query = functools.partial(
            ops.run_list,
            task_id=given(optional_id(task, "task")),
            organization_id=given(optional_id(organization, "organization")),
            collaboration_id=given(optional_id(collaboration, "collaboration")),
            node_id=given(optional_id(node, "node")),
            state="open" if state == "open" else UNSET,
            include=_INCLUDE_TASK if include_task else UNSET,
            assigned_from=given(assigned_from),
            assigned_till=given(assigned_till),
            started_till=given(started_till),
            finished_till=given(finished_till),
            sort=sort_fields(sort, sortable.RUNS),
        )
        request = self._listing(query, per_page, 10)
        if started_from is None and finished_from is None:
            return self._paginate_as(
                page_model, request, page_number(page), self._decoded
            )
        everything = self._paginate_as(
            page_model,
            functools.partial(request, per_page=ALL_PAGES),
            1,
            self._decoded,
        ).all()
        return Page.single(
            [
                r
                for r in everything
                if _on_or_after(r.started_at, started_from)
                and _on_or_after(r.finished_at, finished_from)
            ]
        )


def _period(value: Period | None, name: str) -> tuple[str | None, str | None]:
    if value is None:
        return None, None
    if not isinstance(value, tuple | list) or len(value) != 2:
        raise InvalidArgumentError(f"{name} must be a (from, till) pair, not {value!r}")
    start, end = value
    return start, end


def _on_or_after(moment: datetime.datetime | None, bound: str | None) -> bool:
    if bound is None:
        return True
    return moment is not None and moment.isoformat() >= bound
