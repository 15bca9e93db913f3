"""``client.task``: computations sent to the nodes of organizations."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from vantage6_hq_api.models import Task as HQTask
from vantage6_hq_api.models import TaskPage as HQTaskPage
from vantage6_server_api.models import (
    Collaboration,
    ColumnNameInput,
    ColumnNames,
    KillTaskInput,
    Link,
    Message,
    Run,
    Study,
    Task,
    TaskDatabaseInput,
    TaskInput,
    TaskOrganization,
    TaskPage,
    TaskStatus,
)
from vantage6_server_api.types import UNSET, Unset

from vantage6_client._exceptions import (
    EncryptionError,
    InvalidArgumentError,
    NotLoggedInError,
    NotOnThisServerError,
    expect,
)
from vantage6_client._lines import refuse_given
from vantage6_client._pagination import Page
from vantage6_client._payloads import dump_payload
from vantage6_client._watching import TaskEvent, TaskFollower, check_wait
from vantage6_client.resources import _hq_task
from vantage6_client.resources import _sortable as sortable
from vantage6_client.resources._arguments import arguments_for
from vantage6_client.resources._base import (
    ALL_PAGES,
    ServerApiGroup,
    given,
    id_list,
    optional_id,
    page_number,
    require_id,
    sort_fields,
    with_given,
)
from vantage6_client.resources._hq_task import OFFICIAL_HQ_ORDER, official_hq_positions
from vantage6_client.resources._limits import LONG_TEXT, require_length
from vantage6_client.resources._paged import paged
from vantage6_client.resources._post_filters import post_filtering

if TYPE_CHECKING:
    from vantage6_client._results import TaskResults

Include = Literal["results", "runs"]
# what a task's status can be on HQ 5.0.3: derived from its runs
HQ_TASK_STATUSES = frozenset({"awaiting", "completed", "failed"})
# what a task's status can be (the 4.15.2 server's TaskStatus; checked against
# it by tests/interop/test_server_facts.py)
TASK_STATUSES = frozenset(
    {
        "pending",
        "initializing",
        "active",
        "completed",
        "failed",
        "start failed",
        "non-existing Docker image",
        "crashed",
        "killed by user",
        "not allowed",
        "unknown error",
    }
)


class TaskGroup(ServerApiGroup):
    """Tasks: create (input encrypted per organization), list, get, kill, delete."""

    @post_filtering
    def get(
        self, id_: int, include_results: bool = False, *, include_runs: bool = False
    ) -> Task | HQTask:
        """One task.

        Parameters
        ----------
        id_ : int
            The task.
        include_results : bool
            Embed its results (as stored; ``client.result.from_task``
            decrypts them).
        include_runs : bool
            Embed its runs.

        Returns
        -------
        Task | HQTask
            The task, with ``status`` computed from its runs.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no task ``id_``.
        PermissionDeniedError
            You may not see it.

        Examples
        --------
        >>> task = client.task.create(
        ...     organizations=organization_ids,
        ...     name="sum of ages",
        ...     image="v6/sum",
        ...     input_={"method": "partial_sum", "kwargs": {"column": "age"}},
        ...     collaboration=collaboration_id,
        ... )
        >>> client.task.get(task.id).name
        'sum of ages'
        """
        include: list[Include] = []
        if include_results:
            include.append("results")
        if include_runs:
            include.append("runs")
        if self._on_hq:  # its own form of a task: method, session, ...
            return self._transport.call(
                HQTask,
                self._hq_ops.task_get,
                require_id(id_, "id_"),
                include=",".join(include) or UNSET,  # HQ reads "runs,results"
            )
        return self._transport.call(
            Task,
            self._ops.task_get,
            require_id(id_, "id_"),
            include=include or UNSET,
        )

    @post_filtering
    @official_hq_positions(4, OFFICIAL_HQ_ORDER)
    def create(
        self,
        organizations: Sequence[int] | None = None,
        name: str | None = None,
        image: str | None = None,
        description: str = "",
        input_: Any = None,
        collaboration: int | None = None,
        study: int | None = None,
        store: int | None = None,
        server_url: str | None = None,
        databases: Sequence[Any] | str | int | None = None,
        *,
        input: Any = None,
        data_format: str | None = None,
        database: str | None = None,
        method: str | None = None,
        arguments: Mapping[str, Any] | None = None,
        session: int | None = None,
        action: str | None = None,
        depends_on: Sequence[int] | None = None,
    ) -> Task | HQTask:
        """Create a task: run an algorithm at the nodes of some organizations.

        On 4.x the algorithm gets ``input_``; on a 5.x HQ, ``method`` with
        keyword ``arguments``, in a session, on its dataframes (the official
        5.x client's order of positional arguments works there:
        ``create(organizations, name, image, description, method, arguments,
        session, collaboration, study, store, databases, action)``).

        The input is serialised as JSON and, in an encrypted collaboration,
        encrypted separately for each organization with its public key (all
        keys fetched in one request). Nothing is sent when anything is wrong:
        arguments, a missing key, encryption not set up.

        Parameters
        ----------
        organizations : Sequence[int] | None
            Required; the default None exists for compatibility with the
            official client's signature. Ids of the organizations (in the
            collaboration) whose nodes run it.
        name : str | None
            Required; the default None exists for compatibility with the
            official client's signature. Human-readable name (not empty, not
            only digits).
        image : str | None
            Required; the default None exists for compatibility with the
            official client's signature. The algorithm's Docker image, e.g.
            ``"harbor2.vantage6.ai/demo/average"``.
        description : str
            Human-readable description, by default empty.
        input_ : Any
            Required (as ``input_`` or as ``input``); the default None exists
            for compatibility with the official client's signature. The
            algorithm input: anything JSON can hold, usually
            ``{"method": "central_average", "kwargs": {"column_name": "age"}}``.
        collaboration : int | None
            The collaboration; by default the study's, or the one set with
            ``setup_collaboration``.
        study : int | None
            Run it in this study of the collaboration.
        store : int | None
            Algorithm store to take the algorithm from; by default the one
            chosen with ``client.store.set``.
        server_url : str | None
            This server's public URL, when an algorithm store needs it and the
            server's configuration lacks it.
        databases : Sequence[Any] | str | int | None
            Databases the algorithm uses at each node: dicts with a ``label``
            (as in the node configuration) and optionally ``query``,
            ``sheet_name``, ``preprocessing``, ``arguments``; a string is one
            label. By default none. On 5.x: a dataframe id, or a list of lists
            (one per data argument of the function) of
            ``{"dataframe_id": id}`` or ``{"type": "source", "label": name}``
            (a list of dicts: one each).
        input : Any
            Same as ``input_`` (the name the vantage6 documentation uses).
        data_format : str | None
            Only ``"json"`` (vantage6 4.x sends JSON without a format prefix);
            accepted for scripts written for older clients.
        database : str | None
            One database label; same as ``databases=[{"label": database}]``.
        method : str | None
            5.x only, required there: the algorithm's function to run.
        arguments : Mapping[str, Any] | None
            5.x only: the function's keyword arguments (JSON-serialisable),
            encrypted per organization in an encrypted collaboration.
        session : int | None
            5.x only: the session to run it in; by default the one made last
            or set (``client.session_id``).
        action : str | None
            5.x only: the step, one of ``"data_extraction"``,
            ``"preprocessing"``, ``"federated_compute"``,
            ``"central_compute"``, ``"postprocessing"``; by default HQ reads
            it from the algorithm's entry in the store.
        depends_on : Sequence[int] | None
            5.x only: ids of tasks this one waits for.

        Returns
        -------
        Task | HQTask
            The created task (``task.id`` for ``wait_for_results``); on a
            5.x HQ its own model.

        Raises
        ------
        InvalidArgumentError
            A missing or malformed argument (a ``description`` is at most 1024
            characters), found before anything is sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        EncryptionError
            The collaboration is encrypted and encryption is not set up, or an
            organization has no public key; the task was not created.
        NotFoundError
            There is no such collaboration or study.
        BadRequestError
            The server refused it, e.g. an organization has no node.
        PermissionDeniedError
            You may not create tasks in this collaboration.

        Examples
        --------
        The input names the algorithm's function and its arguments; the image
        is the algorithm's Docker image:

        >>> task = client.task.create(
        ...     organizations=organization_ids,
        ...     name="sum of ages",
        ...     image="v6/sum",
        ...     input_={"method": "partial_sum", "kwargs": {"column": "age"}},
        ...     collaboration=collaboration_id,
        ... )
        >>> task
        Task(id=..., name='sum of ages', ...)

        The nodes run it in their own time: :meth:`Client.wait_for_results`
        waits for the results.
        """
        targets = (
            id_list(organizations, "organizations") if organizations is not None else []
        )
        if not targets:
            raise InvalidArgumentError(
                "organizations must list the ids of the organizations to run the task"
            )
        if not isinstance(name, str) or not name.strip() or name.isdigit():
            raise InvalidArgumentError("name must be a non-empty text, not only digits")
        if not isinstance(image, str) or not image:
            raise InvalidArgumentError("image must name the algorithm's Docker image")
        require_length("description", description, at_most=LONG_TEXT)
        if self._on_hq:
            if input_ is not None or input is not None or server_url is not None:
                raise NotOnThisServerError(
                    "input_ and server_url are vantage6 4.x's: on a 5.x HQ give "
                    "method= and arguments= (the method's keyword arguments)"
                )
            return _hq_task.create(
                self,
                targets=targets,
                name=name,
                image=image,
                description=description,
                method=method,
                arguments=arguments,
                session=session,
                collaboration=collaboration,
                study=study,
                store=store,
                databases=databases,
                action=action,
                depends_on=depends_on,
            )
        refuse_given(
            "is vantage6 5.x's: on a 4.x server give input_={'method': ..., "
            "'kwargs': {...}} (or make the client with auth_url=... for a 5.x HQ)",
            method=method,
            arguments=arguments,
            session=session,
            action=action,
            depends_on=depends_on,
        )
        payload = dump_payload(_one_input(input_, input))
        _check_data_format(data_format)
        database_list = _databases(databases, database)
        # every id checked before the lookups below send anything
        study_id = optional_id(study, "study")
        store_id = optional_id(store, "store")
        if store_id is None:
            store_id = self._client.store.store_id
        collaboration_id = self._target_collaboration(collaboration, study_id)
        inputs = self._inputs_for(collaboration_id, targets, payload)
        body = TaskInput(
            image=image,
            name=name,
            description=description,
            collaboration_id=collaboration_id,
            organizations=[TaskOrganization(id=o, input_=inputs[o]) for o in targets],
            databases=database_list,
        )
        body = with_given(
            body,
            study_id=study_id,
            store_id=store_id,
            server_url=server_url,
        )
        return self._send(Task, self._ops.task_create, body)

    @official_hq_positions(4, OFFICIAL_HQ_ORDER)  # create's positions
    def run(
        self,
        organizations: Sequence[int] | None = None,
        name: str | None = None,
        image: str | None = None,
        description: str = "",
        input_: Any = None,
        collaboration: int | None = None,
        study: int | None = None,
        store: int | None = None,
        server_url: str | None = None,
        databases: Sequence[Any] | str | int | None = None,
        *,
        input: Any = None,
        data_format: str | None = None,
        database: str | None = None,
        method: str | None = None,
        arguments: Mapping[str, Any] | None = None,
        session: int | None = None,
        action: str | None = None,
        depends_on: Sequence[int] | None = None,
        timeout: float | None = None,
        interval: float = 1,
        progress: bool | None = None,
        events: bool | None = None,
    ) -> ResultsByOrganization:
        """Create a task, wait, return each organization's result.

        The rest of this docstring is made below the class, from create's
        parameters and the wait's; the example is written here, where the
        documentation's tests find it.

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
        >>> [sums[organization] for organization in organization_ids]
        [{'sum': 131.0, 'count': 3}, {'sum': 92.0, 'count': 2}]
        """
        check_wait(interval, timeout, events)
        task = self.create(
            organizations,
            name,
            image,
            description,
            input_=input_,
            collaboration=collaboration,
            study=study,
            store=store,
            server_url=server_url,
            databases=databases,
            input=input,
            data_format=data_format,
            database=database,
            method=method,
            arguments=arguments,
            session=session,
            action=action,
            depends_on=depends_on,
        )
        results = self._client.wait_for_results(
            task.id, interval, timeout=timeout, progress=progress, events=events
        )
        return ResultsByOrganization(task.id, results)

    def watch(
        self,
        id_: int,
        timeout: float | None = None,
        *,
        interval: float = 1,
        events: bool | None = None,
    ) -> Iterator[TaskEvent]:
        """Follow a task as it happens: an event for each run that starts or
        ends (with its organization and status), the log lines the server
        passes on, and last ``TaskDone``.

        Waits as :meth:`Client.wait_for_results` does: on the server's events
        where the events extra is installed (each run read again over the API
        when an event names it), else by polling every run. Runs that have
        started or ended before the first read are reported first. The
        iterator ends after ``TaskDone``; a failed task ends it too (see
        ``TaskDone.ok``; ``RunFinished`` carries each run's log).

        Parameters
        ----------
        id_ : int
            The task.
        timeout : float | None
            Give up after this many seconds; by default follow it until it
            ends.
        interval : float
            Seconds between the first polls when there are no events, by
            default 1 (then backing off to 1.5).
        events : bool | None
            Listen to the server's events: by default (None) when the events
            extra is installed and the client was made without a
            ``transport``; True also then, and a missing extra is an error;
            False never (poll).

        Returns
        -------
        Iterator[TaskEvent]
            :class:`RunStarted`, :class:`RunFinished`, :class:`RunLog` and,
            last, :class:`TaskDone`.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer, or ``interval`` or ``timeout``
            is not a positive number; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no task ``id_`` (raised by the first ``next()``).
        TimeoutError
            The task did not end within ``timeout`` (raised by ``next()``).
        MissingDependencyError
            ``events=True`` and the events extra is not installed.

        Examples
        --------
        Each run's end as it happens; the loop ends with the task:

        >>> from vantage6_client import RunFinished
        >>> task = client.task.create(
        ...     organizations=organization_ids,
        ...     name="sum of ages",
        ...     image="v6/sum",
        ...     input_={"method": "partial_sum", "kwargs": {"column": "age"}},
        ...     collaboration=collaboration_id,
        ... )
        >>> for event in client.task.watch(task.id, timeout=600):
        ...     if isinstance(event, RunFinished):
        ...         print("a run ended:", event.status)
        a run ended: completed
        a run ended: completed
        """
        task_id = require_id(id_, "id_")
        check_wait(interval, timeout, events)
        if not self._transport.tokens.access:
            raise NotLoggedInError(
                "task.watch: not logged in; call authenticate() first"
            )
        follower = TaskFollower(self._client, task_id, interval=interval, events=events)
        return follower.follow(timeout)

    def delete(self, id_: int) -> Message:
        """Delete a task, its runs and results (and its subtasks); an unfinished
        task is killed first.

        Parameters
        ----------
        id_ : int
            The task.

        Returns
        -------
        Message
            The server's confirmation.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no task ``id_``.
        PermissionDeniedError
            You may not delete it.
        """
        return self._by_id(Message, self._ops.task_delete, id_)

    def kill(self, id_: int) -> Message:
        """Stop a task: its unfinished runs (and those of its subtasks) end as
        "killed by user".

        Parameters
        ----------
        id_ : int
            The task.

        Returns
        -------
        Message
            The server's confirmation.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no task ``id_``.
        PermissionDeniedError
            You may not kill it (it is not of your organization, or you lack
            the rule to stop tasks).
        BadRequestError
            The task has finished already.
        """
        body = KillTaskInput(id=require_id(id_, "id_"))
        return self._send(Message, self._ops.task_kill, body)

    def get_status(self, id_: int) -> str:
        """A task's status, computed from its runs.

        Parameters
        ----------
        id_ : int
            The task.

        Returns
        -------
        str
            ``"pending"``, ``"initializing"``, ``"active"``, ``"completed"``,
            or a failure: ``"failed"``, ``"crashed"``, ``"killed by user"``, ...

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no task ``id_``.
        PermissionDeniedError
            You may not see it.
        """
        answer = self._by_id(TaskStatus, self._ops.task_get_status, id_)
        return answer.status

    def get_column_names(
        self,
        database: str,
        organizations: Sequence[int],
        collaboration: int | None = None,
        *,
        sheet_name: str | None = None,
        query: str | None = None,
    ) -> list[str] | Task:
        """The column names of a database at the nodes.

        When a node has shared them already, the server answers at once;
        otherwise it creates a task that asks the nodes (wait for it, then
        ask again).

        Parameters
        ----------
        database : str
            The database's label in the node configuration.
        organizations : Sequence[int]
            Organizations whose nodes may be asked.
        collaboration : int | None
            The collaboration; None for the one set with ``setup_collaboration``.
        sheet_name : str | None
            For Excel databases.
        query : str | None
            For SQL and SPARQL databases.

        Returns
        -------
        list[str] | Task
            The names, or the task created to collect them.

        Raises
        ------
        InvalidArgumentError
            An argument is not valid (e.g. ``collaboration`` missing and none
            set up); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        EncryptionError
            The collaboration is encrypted and encryption is not set up, or an
            organization has no public key.
        NotFoundError
            There is no such collaboration.
        """
        targets = id_list(organizations, "organizations")
        collaboration_id = self._collaboration_id(collaboration)
        inputs = self._inputs_for(
            collaboration_id, targets, dump_payload({"method": "column_names"})
        )
        body = ColumnNameInput(
            db_label=database,
            collaboration_id=collaboration_id,
            organizations=[TaskOrganization(id=o, input_=inputs[o]) for o in targets],
        )
        body = with_given(body, sheet_name=sheet_name, query=query)
        response = self._transport.run(
            "task_get_column_names",
            self._transport.bind(self._ops.task_get_column_names, body=body),
        )
        answer = response.parsed
        if isinstance(answer, ColumnNames):
            return answer.columns
        return expect(Task, answer, "task_get_column_names")

    # -- input, encrypted per organization -----------------------------------
    def _target_collaboration(
        self, collaboration: int | None, study: int | None
    ) -> int:
        if collaboration is None and study is not None:
            found = self._by_id(Study, self._ops.study_get, study, "study")
            if isinstance(found.collaboration, Link):
                return found.collaboration.id
        return self._collaboration_id(collaboration)

    def _inputs_for(
        self, collaboration_id: int, targets: list[int], payload: bytes
    ) -> dict[int, str]:
        """Each organization's input field: encrypted for it, or base64."""
        collaboration = self._transport.call(
            Collaboration,
            self._ops.collaboration_get,
            collaboration_id,
        )
        try:
            return arguments_for(
                self._client, bool(collaboration.encrypted), targets, payload
            )
        except EncryptionError:
            if self._client.cryptor.encrypts:
                raise
            raise EncryptionError(
                f"collaboration {collaboration_id} is encrypted: call "
                "client.setup_encryption with your organization's private key "
                "before creating tasks"
            ) from None

    # Last in the class: below it, ``list`` in an annotation of this class
    # would name this method (for mypy), not the builtin.
    @post_filtering
    @paged
    @official_hq_positions(15, ("session", "dataframe", "page", "per_page"))
    def list(
        self,
        initiating_org: int | None = None,
        initiating_user: int | None = None,
        collaboration: int | None = None,
        study: int | None = None,
        store: int | None = None,
        image: str | None = None,
        parent: int | None = None,
        job: int | None = None,
        name: str | None = None,
        include_results: bool = False,
        description: str | None = None,
        database: str | None = None,
        run: int | None = None,
        status: str | None = None,
        user_created: bool | None = None,
        page: int = 1,
        per_page: int = 20,
        *,
        include_runs: bool = False,
        sort: str | list[str] | None = None,
        session: int | None = None,
        dataframe: int | None = None,
    ) -> Page[Task] | Page[HQTask]:
        """Tasks you may see, newest first, one page at a time.

        On a 5.x HQ the official 5.x order of positional arguments works:
        ``session`` and ``dataframe`` come after ``user_created``.

        Parameters
        ----------
        initiating_org : int | None
            Tasks created by this organization.
        initiating_user : int | None
            Tasks created by this user.
        collaboration, study : int | None
            Tasks of this collaboration / study.
        store : int | None
            Tasks whose algorithm came from this store. The 4.15.2 server
            fails with 500 when the store exists.
        image : str | None
            Image pattern (SQL LIKE: ``%`` any text, ``_`` one character).
        parent : int | None
            Subtasks of this task.
        job : int | None
            Tasks of this job (a task and its subtasks).
        name : str | None
            Name pattern (SQL LIKE).
        include_results : bool
            Embed each task's results (encrypted as stored; use
            ``client.result.from_task`` for decrypted ones).
        description : str | None
            Description pattern (SQL LIKE).
        database : str | None
            Tasks using the database with this label.
        run : int | None
            The task of this run. A 4.x server answers this filter with a 500,
            so there the run is asked for, and its task picked from the tasks
            of its job (two or three requests).
        status : str | None
            Tasks with this status, e.g. ``"completed"`` (on a 5.x HQ, a
            task is ``"awaiting"``, ``"completed"`` or ``"failed"``). The
            server cannot filter on status (4.15.2 answers 500), so this
            client lists all matching tasks and filters them itself: the
            result is one page with every such task.
        user_created : bool | None
            True: only tasks users created; False: only subtasks.
        page : int
            Page number, from 1; by default 1.
        per_page : int
            Items per page; by default 20.
        include_runs : bool
            Embed each task's runs.
        sort : str | list[str] | None
            Refused (``InvalidArgumentError``): the server always lists tasks
            newest first and would ignore it. Accepted in the signature for
            compatibility with the official client.
        session : int | None
            5.x only: tasks of this session.
        dataframe : int | None
            5.x only: tasks on this dataframe.

        Raises
        ------
        InvalidArgumentError
            ``status`` is not a task status, ``sort`` is given, an id filter
            (``initiating_org``, ``collaboration``, ``parent``, ...) is not a
            positive integer id, or ``page`` or ``per_page`` is not a whole
            number from 1; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotOnThisServerError
            ``session`` or ``dataframe`` on a 4.x server; nothing was sent.
        """
        statuses = HQ_TASK_STATUSES if self._on_hq else TASK_STATUSES
        if status is not None and status not in statuses:
            raise InvalidArgumentError(
                f"no task has the status {status!r}: it is one of "
                + ", ".join(repr(known) for known in sorted(statuses))
            )
        if not self._on_hq:
            refuse_given(
                "is vantage6 5.x's: a 4.x server has no sessions or dataframes",
                session=session,
                dataframe=dataframe,
            )
        include: list[Include] = []
        if include_results:
            include.append("results")
        if include_runs:
            include.append("runs")
        # HQ answers with its own tasks, and filters by session and dataframe
        page_model: Any = TaskPage
        ops: Any = self._ops
        hq_filters: dict[str, Any] = {}
        if self._on_hq:
            page_model, ops = HQTaskPage, self._hq_ops
            hq_filters = {
                "session_id": given(optional_id(session, "session")),
                "dataframe_id": given(optional_id(dataframe, "dataframe")),
            }
        run_id = given(optional_id(run, "run"))
        of_run: int | None = None  # the one task a 4.x run filter leaves
        if run is not None and not self._on_hq:
            # 4.15.2 answers every run_id filter with a 500 (it reads
            # run.collaboration_id, which runs lack): the run names its task,
            # whose job narrows the list to the few tasks picked from here
            of_run, run_id = self._task_of_run(require_id(run, "run")), UNSET
            job = job if job is not None else self.get(of_run).job_id
        query = functools.partial(
            ops.task_list,
            **hq_filters,
            init_org_id=given(optional_id(initiating_org, "initiating_org")),
            init_user_id=given(optional_id(initiating_user, "initiating_user")),
            collaboration_id=given(optional_id(collaboration, "collaboration")),
            study_id=given(optional_id(study, "study")),
            store_id=given(optional_id(store, "store")),
            image=given(image),
            parent_id=given(optional_id(parent, "parent")),
            job_id=given(optional_id(job, "job")),
            name=given(name),
            description=given(description),
            database=given(database),
            run_id=run_id,
            is_user_created=UNSET if user_created is None else int(bool(user_created)),
            include=include or UNSET,
            sort=sort_fields(sort, sortable.TASKS),
        )
        request = self._listing(query, per_page, 20)
        if status is None and of_run is None:
            return self._paginate(page_model, request, page_number(page))
        everything = self._paginate(
            page_model, functools.partial(request, per_page=ALL_PAGES), 1
        ).all()
        return Page.single(
            [
                t
                for t in everything
                if (status is None or t.status == status)
                and (of_run is None or t.id == of_run)
            ]
        )

    def _task_of_run(self, run: int) -> int:
        """The id of the task run ``run`` (checked) belongs to."""
        found = self._transport.call(Run, self._ops.run_get, run)
        return found.task.id


def _one_input(input_: Any, input_alias: Any) -> Any:
    if input_ is not None and input_alias is not None:
        raise InvalidArgumentError("give the input once: input_ or input, not both")
    value = input_ if input_ is not None else input_alias
    if value is None:
        raise InvalidArgumentError(
            "input_ is required: the algorithm's input, e.g. "
            "input_={'method': 'avg', 'kwargs': {...}} (or input=...)"
        )
    return value


def _check_data_format(data_format: str | None) -> None:
    if data_format is not None and data_format.lower() != "json":
        raise InvalidArgumentError(
            f"data_format {data_format!r} is not supported: vantage6 4.x sends task "
            "input as JSON only (leave data_format out, or pass 'json')"
        )


def _databases(databases: Any, database: str | None) -> list[TaskDatabaseInput] | Unset:
    if databases is not None and database is not None:
        raise InvalidArgumentError("give databases or database, not both")
    if database is not None:
        databases = [{"label": database}]
    if databases is None:
        return UNSET
    if isinstance(databases, str):
        databases = [{"label": databases}]
    parsed = []
    for entry in databases:
        if not isinstance(entry, Mapping) or not isinstance(entry.get("label"), str):
            raise InvalidArgumentError(
                "each database must be a dict with a 'label' string, e.g. "
                "{'label': 'default'}"
            )
        label = entry["label"]
        if not label.isidentifier():
            raise InvalidArgumentError(
                f"databases: label {label!r} must consist of letters, digits and "
                "underscores, not starting with a digit (nodes use it in names of "
                "environment variables)"
            )
        unknown = set(entry) - {
            "label",
            "query",
            "sheet_name",
            "preprocessing",
            "arguments",
        }
        if unknown:
            raise InvalidArgumentError(f"unknown database keys {sorted(unknown)}")
        _check_database_values(entry)
        parsed.append(TaskDatabaseInput.from_dict(dict(entry)))
    return parsed


def _check_database_values(entry: Mapping[str, Any]) -> None:
    """A database's values of the types the server reads them as (it answered
    a None in ``preprocessing`` with a 500)."""
    steps = entry.get("preprocessing", [])
    if isinstance(steps, str | bytes | Mapping) or not isinstance(steps, Sequence):
        steps = [None]
    if not all(isinstance(step, Mapping) and "function" in step for step in steps):
        raise InvalidArgumentError(
            "databases: preprocessing must be a list of dicts, each with a 'function'"
        )
    if not isinstance(entry.get("arguments", {}), Mapping):
        raise InvalidArgumentError("databases: arguments must be a dict")
    for key in ("query", "sheet_name"):
        if not isinstance(entry.get(key, ""), str):
            raise InvalidArgumentError(f"databases: {key} must be a string")


class ResultsByOrganization(dict[int, Any]):
    """What :meth:`TaskGroup.run` returns: each organization's decrypted,
    parsed result, keyed by the organization's id.

    Attributes
    ----------
    task_id : int
        The task that was created.
    results : TaskResults
        The results in full (runs, timings, ``to_pandas()``).
    """

    def __init__(self, task_id: int, results: TaskResults) -> None:
        super().__init__(results.by_organization())
        self.task_id = task_id
        self.results = results

    def __repr__(self) -> str:
        """``<ResultsByOrganization of task 7: organizations 2, 3>``."""
        return (
            f"<ResultsByOrganization of task {self.task_id}: organizations "
            f"{', '.join(map(str, sorted(self)))}>"
        )


def _section(docstring: str, title: str) -> str:
    """The body of a numpy docstring's section, indented as in the class
    (Python 3.13 removes a docstring's indentation when it compiles it)."""
    lines = inspect.cleandoc(docstring).splitlines()
    start = lines.index(title) + 2
    end = next(
        (i for i in range(start, len(lines)) if lines[i].startswith("---")),
        len(lines) + 1,
    )
    return "\n".join(
        f"        {line}" if line else "" for line in lines[start : end - 1]
    ).rstrip()


TaskGroup.run.__doc__ = f"""Create a task, wait, return each organization's result.

        The common loop in one call: :meth:`create` with the same arguments,
        then :meth:`Client.wait_for_results` (on the server's events where the
        events extra is installed); a failed run raises, with each failed
        run's organization, status and log. Works on both server lines (on
        5.x give ``method`` and ``arguments``).

        Parameters
        ----------
{_section(TaskGroup.create.__doc__ or "", "Parameters")}
        timeout : float | None
            Give up waiting after this many seconds; by default wait for
            ever. The task keeps running (the error names it: wait for it
            with ``client.wait_for_results`` or stop it with
            ``client.task.kill``).
        interval : float
            Seconds between the first polls when there are no events, by
            default 1.
        progress : bool | None
            Show a progress bar with each organization's state; by default
            only when the output is a terminal or a notebook.
        events : bool | None
            Listen to the server's events: by default (None) when the events
            extra is installed and the client was made without a
            ``transport``; True also then, and a missing extra is an error;
            False never (poll).

        Returns
        -------
        ResultsByOrganization
            ``{{organization_id: result}}``, each result decrypted and parsed;
            ``.task_id`` is the task, ``.results`` the full results.

        Raises
        ------
{_section(TaskGroup.create.__doc__ or "", "Raises")}
        TaskFailedError
            A run failed, crashed or was killed; the error lists each with
            its organization, status and log.
        TimeoutError
            The task did not finish within ``timeout``.
        DecryptionError
            A result cannot be decrypted with this client's key.
        MissingDependencyError
            ``events=True`` and the events extra is not installed; nothing was
            sent.

        Examples
        --------
{_section(TaskGroup.run.__doc__ or "", "Examples")}
        """
