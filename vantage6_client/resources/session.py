"""``client.session`` and ``client.dataframe``: vantage6 5.x's sessions, in
which tasks run, and the dataframes the nodes extract for them.

A session belongs to a collaboration (or a study of it) and is shared as its
``scope`` says: with its owner only (``"own"``), the owner's organization
(``"organization"``) or the whole collaboration (``"collaboration"``). A
dataframe is made by a data-extraction task at every organization of the
session; it is ready once all of them have completed it, and their nodes
have reported its columns. Compute tasks then read it
(``task.create(..., databases=[[{"type": "dataframe", "dataframe_id": id}]])``).
"""

from __future__ import annotations

import functools
import time
from collections.abc import Mapping
from typing import Any

from vantage6_hq_api.models import (
    Collaboration,
    Dataframe,
    DataframeInitInput,
    DataframePage,
    DataframePreprocessingInput,
    Message,
    RunPage,
    Session,
    SessionInput,
    SessionPage,
    SessionTaskInput,
    SessionUpdate,
    Study,
    TaskOrganization,
)

from vantage6_client._exceptions import (
    FailedRun,
    InvalidArgumentError,
    TaskFailedError,
    TimeoutError,
)
from vantage6_client._pagination import Page
from vantage6_client._payloads import dump_payload
from vantage6_client._watching import TaskFollower, check_wait
from vantage6_client.resources import _sortable as sortable
from vantage6_client.resources._arguments import arguments_for
from vantage6_client.resources._base import (
    ALL_PAGES,
    HQApiGroup,
    given,
    optional_id,
    page_number,
    require_id,
    require_text,
    sort_fields,
)
from vantage6_client.resources._paged import paged

SCOPES = ("own", "organization", "collaboration")
# a run in these states has not failed (yet)
WAITING_OR_DONE = ("pending", "initializing", "active", "completed")


class SessionGroup(HQApiGroup):
    """Sessions (5.x): create, get, list, update, delete; their dataframes."""

    def create(
        self,
        scope: str = "own",
        name: str | None = None,
        collaboration: int | None = None,
        study: int | None = None,
    ) -> Session:
        """Start a session.

        Parameters
        ----------
        scope : str
            Who may use it: ``"own"`` (you), ``"organization"`` or
            ``"collaboration"``; by default "own".
        name : str | None
            Its name, unique in the collaboration; None: HQ makes one.
        collaboration : int | None
            Its collaboration; None: the one set up
            (``setup_collaboration``), or the study's.
        study : int | None
            A study of the collaboration, to run the session's tasks in.

        Returns
        -------
        Session
            The new session; it is also the default of later calls
            (``client.session_id``).

        Raises
        ------
        InvalidArgumentError
            ``scope`` is none of the three, no collaboration is given or set
            up, or ``study`` is not a positive integer id; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        PermissionDeniedError
            Your organization is not in the collaboration.
        NotOnThisServerError
            The server is 4.x, which has no sessions; nothing was sent.
        """
        if scope not in SCOPES:
            raise InvalidArgumentError(f"scope must be one of {SCOPES}, not {scope!r}")
        if collaboration is None and study is not None:
            found = self._by_id(Study, self._hq_ops.study_get, study, "study")
            collaboration = found.collaboration.id if found.collaboration else None
        body = SessionInput(
            collaboration_id=self._collaboration_id(collaboration),
            scope=scope,
            name=given(name),
            study_id=given(optional_id(study, "study")),
        )
        made = self._send(Session, self._hq_ops.session_create, body)
        self._client._session.session_id = made.id
        return made

    def get(self, id_: int | None = None) -> Session:
        """One session.

        Parameters
        ----------
        id_ : int | None
            The session; None: the default one (``client.session_id``).

        Returns
        -------
        Session
            The session; ``ready`` once all its dataframes are.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer, or no session is given or set;
            nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such session (or you may not see it).
        NotOnThisServerError
            The server is 4.x, which has no sessions; nothing was sent.
        """
        return self._by_id(
            Session, self._hq_ops.session_get, self._session_id(id_, "id_")
        )

    def update(
        self, id_: int | None = None, name: str | None = None, scope: str | None = None
    ) -> Session:
        """Rename a session or change who may use it.

        Parameters
        ----------
        id_ : int | None
            The session; None: the default one.
        name : str | None
            The new name; None: unchanged.
        scope : str | None
            ``"own"``, ``"organization"`` or ``"collaboration"``; None:
            unchanged.

        Returns
        -------
        Session
            The session as it is now.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer, or ``scope`` is none of the
            three; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotOnThisServerError
            The server is 4.x, which has no sessions; nothing was sent.
        """
        if scope is not None and scope not in SCOPES:
            raise InvalidArgumentError(f"scope must be one of {SCOPES}, not {scope!r}")
        body = SessionUpdate(name=given(name), scope=given(scope))
        return self._send_to(
            Session, self._hq_ops.session_update, self._session_id(id_, "id_"), body
        )

    def delete(
        self, id_: int | None = None, delete_dependents: bool = False
    ) -> Message:
        """Delete a session.

        Parameters
        ----------
        id_ : int | None
            The session; None: the default one (which is then unset).
        delete_dependents : bool
            Also delete its dataframes and tasks; without it HQ refuses to
            delete a session that has any.

        Returns
        -------
        Message
            HQ's confirmation.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        BadRequestError
            The session has dataframes or tasks and ``delete_dependents`` is
            False.
        NotOnThisServerError
            The server is 4.x, which has no sessions; nothing was sent.
        """
        session_id = self._session_id(id_, "id_")
        # HQ takes any non-empty value as "yes", "false" too: send it only then
        deleted = self._transport.call(
            Message,
            self._hq_ops.session_delete,
            session_id,
            delete_dependents=True if delete_dependents else given(None),
        )
        if self._client._session.session_id == session_id:
            self._client._session.session_id = None
        return deleted

    def dataframes(self, id_: int | None = None) -> list[Dataframe]:
        """Every dataframe of a session (all pages).

        Parameters
        ----------
        id_ : int | None
            The session; None: the default one.

        Returns
        -------
        list[Dataframe]
            Its dataframes.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotOnThisServerError
            The server is 4.x, which has no sessions; nothing was sent.
        """
        listed: Page[Dataframe] = self._client.dataframe.list(
            self._session_id(id_, "id_")
        )
        return listed.all()

    # Last in the class: below it, ``list`` in an annotation of this class
    # would name this method (for mypy), not the builtin.
    @paged
    def list(
        self,
        name: str | None = None,
        user: int | None = None,
        collaboration: int | None = None,
        scope: str | None = None,
        page: int = 1,
        per_page: int = 20,
        sort: str | list[str] | None = None,
    ) -> Page[Session]:
        """Sessions you may use, one page at a time.

        Parameters
        ----------
        name : str | None
            Name pattern (SQL LIKE: ``%`` any text, ``_`` one character).
        user : int | None
            Sessions this user owns.
        collaboration : int | None
            Sessions of this collaboration; None: the one set up, if any.
        scope : str | None
            Only sessions of this scope. HQ 5.0.3 cannot filter on it (it
            compares the stored scope with the upper-cased one and finds
            none), so this client lists every matching session and filters
            them itself: the result is one page with every such session.

        Raises
        ------
        InvalidArgumentError
            ``scope``, ``sort``, ``page`` or ``per_page`` is not valid, or
            ``user`` or ``collaboration`` is not a positive integer id;
            nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotOnThisServerError
            The server is 4.x, which has no sessions; nothing was sent.
        """
        if scope is not None and scope not in SCOPES:
            raise InvalidArgumentError(f"scope must be one of {SCOPES}, not {scope!r}")
        if collaboration is None:
            collaboration = self._client.collaboration_id
        query = functools.partial(
            self._hq_ops.session_list,
            name=given(name),
            user_id=given(optional_id(user, "user")),
            collaboration_id=given(optional_id(collaboration, "collaboration")),
            sort=sort_fields(sort, sortable.SESSIONS),
        )
        request = self._listing(query, per_page, 20)
        if scope is None:
            return self._paginate(SessionPage, request, page_number(page))
        everything = self._paginate(
            SessionPage, functools.partial(request, per_page=ALL_PAGES), 1
        ).all()
        return Page.single([s for s in everything if s.scope == scope])


class DataframeGroup(HQApiGroup):
    """Dataframes of sessions (5.x): create (extract), preprocess, get,
    list, delete, and wait until one is ready."""

    def create(
        self,
        label: str,
        image: str,
        method: str,
        arguments: Mapping[str, Any] | None = None,
        session: int | None = None,
        store: int | None = None,
        name: str | None = None,
    ) -> Dataframe:
        """Extract a dataframe at every organization of the session.

        HQ makes a data-extraction task that runs ``method`` of ``image``
        on each node's database ``label``. The arguments go to every
        organization of the session's collaboration (or study), all of them,
        encrypted for each in an encrypted collaboration.

        Parameters
        ----------
        label : str
            The database, as the nodes' configurations name it.
        image : str
            The extraction algorithm's image.
        method : str
            Its extraction function.
        arguments : Mapping[str, Any] | None
            The function's keyword arguments (JSON-serialisable).
        session : int | None
            The session; None: the default one (``client.session_id``).
        store : int | None
            The algorithm store that has ``image``.
        name : str | None
            The dataframe's name, unique in the session.

        Returns
        -------
        Dataframe
            The new dataframe, not ready yet (see :meth:`wait`).

        Raises
        ------
        InvalidArgumentError
            An argument is missing or not JSON-serialisable, or no session is
            given or set; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        EncryptionError
            The collaboration is encrypted and encryption is not set up, or an
            organization has no public key; nothing was created.
        NotOnThisServerError
            The server is 4.x, which has no dataframes; nothing was sent.
        """
        require_text(label=label)
        payload = _task_payload(image, method, arguments, store)
        session_id = self._session_id(session)
        body = DataframeInitInput(
            label=label,
            name=given(name),
            task=self._task(session_id, image, method, payload, store),
        )
        return self._transport.call(
            Dataframe, self._hq_ops.dataframe_create, session_id, body=body
        )

    def preprocess(
        self,
        id_: int,
        image: str,
        method: str,
        arguments: Mapping[str, Any] | None = None,
        store: int | None = None,
    ) -> Dataframe:
        """Change a dataframe at every organization with a preprocessing task.

        Parameters
        ----------
        id_ : int
            The dataframe (it must be ready).
        image : str
            The preprocessing algorithm's image.
        method : str
            Its function.
        arguments : Mapping[str, Any] | None
            The function's keyword arguments (JSON-serialisable).
        store : int | None
            The algorithm store that has ``image``.

        Returns
        -------
        Dataframe
            The dataframe, not ready again until the task has run.

        Raises
        ------
        InvalidArgumentError
            ``id_`` or ``store`` is not a positive integer, or an argument is
            missing or not JSON-serialisable; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        BadRequestError
            The dataframe is not ready at every organization.
        EncryptionError
            As for :meth:`create`.
        NotOnThisServerError
            The server is 4.x, which has no dataframes; nothing was sent.
        """
        # checked before the dataframe is asked for: a call refused for its
        # arguments sends nothing
        payload = _task_payload(image, method, arguments, store)
        dataframe = self.get(id_)
        if dataframe.session is None:
            raise InvalidArgumentError(f"dataframe {id_} names no session")
        body = DataframePreprocessingInput(
            dataframe_id=dataframe.id,
            task=self._task(dataframe.session.id, image, method, payload, store),
        )
        return self._transport.call(
            Dataframe, self._hq_ops.dataframe_preprocess, dataframe.id, body=body
        )

    def get(self, id_: int) -> Dataframe:
        """One dataframe.

        Parameters
        ----------
        id_ : int
            The dataframe.

        Returns
        -------
        Dataframe
            With its ``columns`` (as the nodes reported them), ``ready`` and
            the organizations where it is.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such dataframe (or you may not see it).
        NotOnThisServerError
            The server is 4.x, which has no dataframes; nothing was sent.
        """
        return self._by_id(Dataframe, self._hq_ops.dataframe_get, id_)

    def delete(self, id_: int) -> Message:
        """Delete a dataframe.

        Parameters
        ----------
        id_ : int
            The dataframe.

        Returns
        -------
        Message
            HQ's confirmation.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotOnThisServerError
            The server is 4.x, which has no dataframes; nothing was sent.
        """
        return self._by_id(Message, self._hq_ops.dataframe_delete, id_)

    def wait(
        self,
        id_: int,
        timeout: float = 600.0,
        interval: float = 1.0,
        *,
        events: bool | None = None,
    ) -> Dataframe:
        """Wait until a dataframe is ready: extracted (or preprocessed) at
        every organization, with its columns reported.

        It waits for the dataframe's last task as
        :meth:`Client.wait_for_results` does (on HQ's events where the events
        extra is installed), then reads the dataframe again.

        Parameters
        ----------
        id_ : int
            The dataframe.
        timeout : float
            Seconds to wait at most, by default 600.
        interval : float
            Seconds between the first looks when there are no events, by
            default 1.
        events : bool | None
            Listen to HQ's events: by default (None) when the events extra is
            installed and the client was made without a ``transport``; True
            also then, and a missing extra is an error; False never (poll).

        Returns
        -------
        Dataframe
            The ready dataframe.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer, or ``timeout`` or ``interval``
            is not a positive number; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        TimeoutError
            It was not ready in time (the message says where it was).
        TaskFailedError
            Its last task failed at an organization.
        NotOnThisServerError
            The server is 4.x, which has no dataframes; nothing was sent.
        MissingDependencyError
            ``events=True`` and the events extra is not installed.
        """
        check_wait(interval, timeout, events)
        deadline = time.monotonic() + timeout
        while True:
            dataframe = self.get(id_)
            if dataframe.ready:
                return dataframe
            task_id = dataframe.last_session_task.id
            left = deadline - time.monotonic()
            follower = TaskFollower(
                self._client, task_id, interval=interval, events=events
            )
            try:
                for _ in follower.follow(left if left > 0 else 1e-9):
                    pass
            except TimeoutError:
                raise TimeoutError(
                    f"dataframe {id_} was not ready within {timeout:g} s (ready at "
                    f"organizations {self.get(id_).organizations_ready})"
                ) from None
            self._raise_if_failed(task_id)
            # its task is done: HQ marks the dataframe ready as the last run
            # reports its columns, or a preprocessing made a newer task
            time.sleep(min(interval, 0.1))

    def _raise_if_failed(self, task_id: int) -> None:
        """TaskFailedError when a run of the dataframe's task has ended
        unsuccessfully (it will not become ready)."""
        runs = self._transport.call(RunPage, self._hq_ops.run_list, task_id=task_id)
        failed = [
            FailedRun(
                run.id,
                run.organization.id if run.organization else None,
                run.status or "",
                run.log,
            )
            for run in runs.data
            if run.status not in (*WAITING_OR_DONE,)
        ]
        if failed:
            raise TaskFailedError(task_id, failed)

    # -- the task that makes or changes a dataframe ----------------------------
    def _task(
        self,
        session_id: int,
        image: str,
        method: str,
        payload: bytes,
        store: int | None,
    ) -> SessionTaskInput:
        """The task that makes or changes a dataframe, for every organization
        of the session; its arguments checked already (``_task_payload``)."""
        session = self._by_id(Session, self._hq_ops.session_get, session_id)
        organizations = self._organizations_of(session)
        encrypted = self._by_id(
            Collaboration,
            self._hq_ops.collaboration_get,
            session.collaboration.id if session.collaboration else 0,
            "collaboration",
        ).encrypted
        sealed = arguments_for(self._client, bool(encrypted), organizations, payload)
        return SessionTaskInput(
            image=image,
            method=method,
            organizations=[
                TaskOrganization(id=org, arguments=text) for org, text in sealed.items()
            ],
            store_id=given(store),
        )

    def _organizations_of(self, session: Session) -> list[int]:
        """Every organization of the session's study, else collaboration."""
        if session.study is not None:
            listed = self._client.organization.list(
                study=session.study.id, per_page=100
            )
        elif session.collaboration is not None:
            listed = self._client.organization.list(
                collaboration=session.collaboration.id, per_page=100
            )
        else:
            raise InvalidArgumentError(f"session {session.id} has no collaboration")
        return [organization.id for organization in listed.all()]

    # Last in the class: below it, ``list`` in an annotation of this class
    # would name this method (for mypy), not the builtin.
    @paged
    def list(
        self, session: int | None = None, page: int = 1, per_page: int = 20
    ) -> Page[Dataframe]:
        """The dataframes of a session, one page at a time.

        Parameters
        ----------
        session : int | None
            The session; None: the default one (``client.session_id``).

        Raises
        ------
        InvalidArgumentError
            No session given or set, or ``page`` or ``per_page`` is not valid;
            nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotOnThisServerError
            The server is 4.x, which has no dataframes; nothing was sent.
        """
        query = functools.partial(
            self._hq_ops.dataframe_list, session_id=self._session_id(session)
        )
        return self._list(DataframePage, query, page, per_page, 20)


def _task_payload(
    image: str, method: str, arguments: Mapping[str, Any] | None, store: int | None
) -> bytes:
    """The arguments of a dataframe's task checked, and its payload.

    Raises
    ------
    InvalidArgumentError
        ``image`` or ``method`` is not a non-empty string, ``store`` is not a
        positive integer id, or ``arguments`` is not JSON-serialisable.
    """
    require_text(image=image, method=method)
    if store is not None:
        require_id(store, "store")
    return dump_payload(dict(arguments or {}))
