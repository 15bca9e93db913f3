"""``NodeClient``: the server's API as a node sees it (API-key login).

A vantage6 node logs in with its API key, picks up the runs meant for it,
reports their progress and results, and looks up what it needs (its
organization, the task, other organizations' public keys). ``NodeClient``
offers that, on the same pipeline as :class:`~vantage6_client.Client`. The
SDK's node player (:mod:`vantage6_client.testing.node`) is built on it; node
tooling and tests can be too.
"""

from __future__ import annotations

import datetime
import functools
import ssl
from types import TracebackType
from typing import Literal, NamedTuple, Self, cast

import httpx
from vantage6_server_api.api import Operations
from vantage6_server_api.models import (
    AlgorithmAddresses,
    Collaboration,
    ContainerToken,
    Link,
    Message,
    Node,
    NodeTokenValidation,
    Organization,
    OrganizationUpdate,
    Port,
    PortInput,
    Run,
    RunPage,
    RunUpdate,
    Task,
    TokenAlgorithmInput,
    VpnConfig,
)
from vantage6_server_api.models.run_update_status import RunUpdateStatus
from vantage6_server_api.types import UNSET

from vantage6_client._config import api_root, call_options
from vantage6_client._exceptions import (
    InvalidArgumentError,
    NotLoggedInError,
    UnexpectedResponseError,
)
from vantage6_client._login import ApiKeyLogin, RefreshToken
from vantage6_client._pagination import paginate, same
from vantage6_client._tokens import Tokens
from vantage6_client._transport import (
    DEFAULT_TIMEOUT,
    Transport,
)
from vantage6_client._user_calls import tell_errors_by_method
from vantage6_client.resources._base import flag, given, require_id

_INCLUDE_TASK: list[Literal["task"]] = ["task"]


class NodeIdentity(NamedTuple):
    """Who a node client is logged in as."""

    id_: int
    name: str
    organization_id: int
    collaboration_id: int | None


class NodeClient:
    """A session with a vantage6 server as a node.

    Parameters
    ----------
    host : str | None
        Server address with scheme, as for :class:`~vantage6_client.Client`.
    port : int | None
        Port, when not the scheme's default.
    path : str
        API path on the server, by default ``"/api"``. The API root is
        ``host[:port] + path``.
    base_url : str | None
        The API root in one URL, instead of ``host``, ``port`` and ``path``.
    timeout : float | httpx.Timeout
        Seconds a request may take, by default 30.
    max_retries : int
        Retries of requests that are safe to repeat, by default 3.
    verify : bool | str | ssl.SSLContext
        TLS verification, as for ``Client``; by default True.
    transport : httpx.BaseTransport | None
        Innermost HTTP transport, for tests.
    """

    def __init__(
        self,
        host: str | None = None,
        port: int | None = None,
        path: str = "/api",
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 3,
        verify: bool | str | ssl.SSLContext = True,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_path = api_root(host, port, path, base_url)
        self._transport = Transport(
            self.base_path,
            options=call_options(timeout, max_retries),
            verify=verify,
            transport=transport,
            login=RefreshToken(),
        )
        self.whoami: NodeIdentity | None = None
        self._ops = Operations()  # the 4.x node API

    # -- session -------------------------------------------------------------
    def authenticate(self, api_key: str) -> NodeIdentity:
        """Log in with the node's API key and learn who it is.

        Parameters
        ----------
        api_key : str
            The key ``client.node.create`` returned.

        Returns
        -------
        NodeIdentity
            The node's id and name, its organization and collaboration.

        Raises
        ------
        InvalidArgumentError
            ``api_key`` is empty; nothing was sent.
        AuthenticationError
            The key is not recognised.
        """
        if not isinstance(api_key, str) or not api_key:
            raise InvalidArgumentError("api_key must be the node's API key")
        login = ApiKeyLogin(api_key)
        self._transport.log_in(login)
        node = self.node(int((login.node_url or "").rsplit("/", 1)[-1]))
        if not isinstance(node.organization, Link):
            raise UnexpectedResponseError(
                "the node has no organization", operation="node_get", status=200
            )
        collaboration = node.collaboration
        self.whoami = NodeIdentity(
            id_=node.id,
            name=node.name or "",
            organization_id=node.organization.id,
            collaboration_id=collaboration.id
            if isinstance(collaboration, Link)
            else None,
        )
        return self.whoami

    def validate_token(self) -> NodeTokenValidation:
        """Ask the server whether this node's access token is valid.

        Returns
        -------
        NodeTokenValidation
            The node's id, name and organization according to the server.

        Raises
        ------
        NotLoggedInError
            Not logged in; nothing was sent.
        AuthenticationError
            The token is invalid or expired (and could not be refreshed).
        """
        return self._transport.call(NodeTokenValidation, self._ops.validate_node_token)

    def create_container_token(self, task_id: int, image: str) -> str:
        """A token for an algorithm container of one of this node's tasks.

        Parameters
        ----------
        task_id : int
            The (unfinished) task the container runs.
        image : str
            The task's image, exactly as in the task.

        Returns
        -------
        str
            The container token (it does not expire).

        Raises
        ------
        InvalidArgumentError
            ``task_id`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        BadRequestError
            There is no task ``task_id``, or it has finished.
        PermissionDeniedError
            The task is not in this node's collaboration, or has another image.
        """
        body = TokenAlgorithmInput(task_id=require_id(task_id, "task_id"), image=image)
        answer = self._transport.call(
            ContainerToken,
            self._ops.authenticate_container,
            body=body,
        )
        return answer.container_token

    def close(self) -> None:
        """Forget the tokens and close the connection pool."""
        self._transport.tokens.clear()
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- what a node reads ---------------------------------------------------
    def node(self, id_: int | None = None) -> Node:
        """A node of this node's organization; by default this node.

        Parameters
        ----------
        id_ : int | None
            The node; None for this node.

        Returns
        -------
        Node
            The node.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no node ``id_``.
        PermissionDeniedError
            It is not of this node's organization.
        """
        return self._transport.call(Node, self._ops.node_get, self._own(id_))

    def organization(self, id_: int | None = None) -> Organization:
        """An organization in this node's collaborations; by default its own.

        Parameters
        ----------
        id_ : int | None
            The organization; None for the node's own.

        Returns
        -------
        Organization
            Including its ``public_key``.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no organization ``id_``.
        PermissionDeniedError
            It is not in this node's collaborations.
        """
        if id_ is None:
            id_ = self._identity().organization_id
        return self._transport.call(
            Organization,
            self._ops.organization_get,
            require_id(id_, "id_"),
        )

    def collaboration(self, id_: int | None = None) -> Collaboration:
        """A collaboration of this node's organization; by default the node's.

        Parameters
        ----------
        id_ : int | None
            The collaboration; None for the node's.

        Returns
        -------
        Collaboration
            Including ``encrypted``.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer, or missing while the node has
            no collaboration; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no collaboration ``id_``.
        PermissionDeniedError
            It is not a collaboration of this node's organization.
        """
        if id_ is None:
            id_ = self._identity().collaboration_id
        return self._transport.call(
            Collaboration,
            self._ops.collaboration_get,
            require_id(id_, "id_", hint=" (this node has no collaboration)"),
        )

    def task(self, id_: int) -> Task:
        """A task of this node's collaborations.

        Parameters
        ----------
        id_ : int
            The task.

        Returns
        -------
        Task
            The task.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no task ``id_``.
        PermissionDeniedError
            It is not of this node's collaborations.
        """
        return self._transport.call(Task, self._ops.task_get, require_id(id_, "id_"))

    def publish_public_key(self, public_key: str) -> Organization:
        """Set the organization's public key, as nodes do on start.

        Parameters
        ----------
        public_key : str
            Base64 of the PEM public key.

        Returns
        -------
        Organization
            The organization as changed.

        Raises
        ------
        NotLoggedInError
            Not logged in; nothing was sent.
        """
        return self._transport.call(
            Organization,
            self._ops.organization_update,
            self._identity().organization_id,
            body=OrganizationUpdate(public_key=public_key),
        )

    # -- runs ----------------------------------------------------------------
    def open_runs(self, *, include_task: bool = True, per_page: int = 100) -> list[Run]:
        """This node's runs that have not finished.

        Parameters
        ----------
        include_task : bool
            Embed each run's task (needed to know whom to encrypt results
            for), by default True.
        per_page : int
            How many runs one request fetches (every page is fetched), by
            default 100.

        Returns
        -------
        list[Run]
            The open runs, newest first.

        Raises
        ------
        InvalidArgumentError
            ``per_page`` is not valid (the server refuses it).
        NotLoggedInError
            Not logged in; nothing was sent.
        """
        request = functools.partial(
            self._ops.run_list,
            node_id=self._identity().id_,
            state="open",
            include=_INCLUDE_TASK if include_task else UNSET,
            per_page=per_page,
        )
        return paginate(self._transport, RunPage, request, 1, same).all()

    def run(self, id_: int, *, include_task: bool = False) -> Run:
        """One run (its input encrypted for this node's organization).

        Parameters
        ----------
        id_ : int
            The run.
        include_task : bool
            Embed its task.

        Returns
        -------
        Run
            The run.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no run ``id_``.
        PermissionDeniedError
            It is not this node's.
        """
        return self._transport.call(
            Run,
            self._ops.run_get,
            require_id(id_, "id_"),
            include="task" if include_task else UNSET,
        )

    def update_run(
        self,
        id_: int,
        *,
        status: str | None = None,
        started_at: datetime.datetime | None = None,
        finished_at: datetime.datetime | None = None,
        result: str | None = None,
        log: str | None = None,
    ) -> Run:
        """Report a run's progress or outcome.

        The server overwrites ``result``, ``log`` and ``finished_at`` with
        null when they are left out: report the outcome in one update.
        Datetimes are sent with microseconds, the only form it parses.

        Parameters
        ----------
        id_ : int
            The run.
        status : str | None
            A run status: ``"initializing"``, ``"active"``, ``"completed"``,
            ``"failed"``, ``"crashed"``, ... (the server refuses others).
        started_at, finished_at : datetime.datetime | None
            When it started / finished: timezone-aware in any zone (sent in
            UTC), or naive in UTC.
        result : str | None
            The result, encrypted for the task's initiating organization.
        log : str | None
            The run's log.

        Returns
        -------
        Run
            The run as stored (without its result).

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no run ``id_``.
        BadRequestError
            A field is not valid (e.g. an unknown status), or the run has
            finished already.
        PermissionDeniedError
            It is not this node's.
        """
        body = RunUpdate()
        if status is not None:
            # checked by the server, which names what it accepts
            body.status = cast(RunUpdateStatus, status)
        if started_at is not None:
            body.started_at = _with_microseconds(started_at)
        if finished_at is not None:
            body.finished_at = _with_microseconds(finished_at)
        if result is not None:
            body.result = result
        if log is not None:
            body.log = log
        return self._transport.call(
            Run,
            self._ops.run_update,
            require_id(id_, "id_"),
            body=body,
        )

    # -- ports and VPN -------------------------------------------------------
    def create_port(self, run_id: int, port: int, label: str | None = None) -> Port:
        """Register a port an algorithm container of a run listens on.

        Parameters
        ----------
        run_id : int
            The run.
        port : int
            The port, 1 to 65535.
        label : str | None
            A name for it.

        Returns
        -------
        Port
            The registered port.

        Raises
        ------
        InvalidArgumentError
            ``run_id`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        PermissionDeniedError
            It is not this node's run.
        ServerError
            There is no run ``run_id`` (the 4.15.2 server fails then).
        """
        body = PortInput(run_id=require_id(run_id, "run_id"), port=port)
        if label is not None:
            body.label = label
        return self._transport.call(Port, self._ops.port_create, body=body)

    def delete_ports(self, run_id: int) -> Message:
        """Forget the ports of a run.

        Parameters
        ----------
        run_id : int
            The run.

        Returns
        -------
        Message
            The server's confirmation.

        Raises
        ------
        InvalidArgumentError
            ``run_id`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        PermissionDeniedError
            It is not this node's run.
        ServerError
            There is no run ``run_id`` (the 4.15.2 server fails then).
        """
        return self._transport.call(
            Message,
            self._ops.port_delete,
            run_id=require_id(run_id, "run_id"),
        )

    def vpn_config(self) -> str:
        """The OpenVPN configuration for this node, when the server has a VPN.

        Returns
        -------
        str
            The ``.ovpn`` file's text.

        Raises
        ------
        NotLoggedInError
            Not logged in; nothing was sent.
        ServerError
            The server has no VPN (it answers 501).
        """
        answer = self._transport.call(VpnConfig, self._ops.vpn_get_config)
        return answer.ovpn_config

    def algorithm_addresses(
        self,
        container_token: str,
        *,
        label: str | None = None,
        include_children: bool = False,
        include_parent: bool = False,
    ) -> AlgorithmAddresses:
        """VPN addresses of the algorithm containers of a task, as its container
        sees them (called with a container token).

        Parameters
        ----------
        container_token : str
            From :meth:`create_container_token`.
        label : str | None
            Only ports with this label.
        include_children, include_parent : bool
            Also the containers of subtasks / of the parent task.

        Returns
        -------
        AlgorithmAddresses
            ``addresses``: ip, port, label, organization and task of each.

        Raises
        ------
        AuthenticationError
            The container token is not valid.
        """
        tokens = Tokens()
        tokens.set(container_token, None)
        return self._transport.with_tokens(tokens).call(
            AlgorithmAddresses,
            self._ops.vpn_get_algorithm_addresses,
            label=given(label),
            include_children=flag(include_children),
            include_parent=flag(include_parent),
        )

    # -- helpers -------------------------------------------------------------
    def _identity(self) -> NodeIdentity:
        if self.whoami is None:
            raise NotLoggedInError("log in first: call authenticate(api_key)")
        return self.whoami

    def _own(self, id_: int | None) -> int:
        return require_id(id_ if id_ is not None else self._identity().id_, "id_")


def _with_microseconds(moment: datetime.datetime) -> datetime.datetime:
    # PATCH /run on 4.15.2 parses a fraction and +00:00 only, and answers 500
    # for any other offset or none of the fraction, which isoformat() leaves
    # out when it is zero. A naive moment is taken for UTC, as the server's own.
    if moment.tzinfo is not None:
        moment = moment.astimezone(datetime.UTC)
    return moment.replace(microsecond=moment.microsecond or 1)


tell_errors_by_method(NodeClient, "")
