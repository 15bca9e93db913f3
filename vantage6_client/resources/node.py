"""``client.node``: the software at each organization that runs algorithms.

On a 5.x HQ a node logs in at Keycloak with the secret of its own Keycloak
client (``{name}-node-client``): that secret is the API key ``create`` and
``reset_api_key`` show. HQ's nodes have no VPN address (4.x's ``ip`` and
``clear_ip`` are refused there before anything is sent) and answer in HQ's
own form (:class:`HQNode`).
"""

from __future__ import annotations

import functools
from typing import Any, Literal, NamedTuple

from vantage6_hq_api.models import Message as HQMessage
from vantage6_hq_api.models import NewNode as HQNewNode
from vantage6_hq_api.models import Node as HQNode
from vantage6_hq_api.models import NodeInput as HQNodeInput
from vantage6_hq_api.models import NodePage as HQNodePage
from vantage6_hq_api.models import NodeUpdate as HQNodeUpdate
from vantage6_server_api.models import (
    ApiKey,
    KillNodeTasksInput,
    Message,
    NewNode,
    Node,
    NodeInput,
    NodePage,
    NodeUpdate,
    ResetAPIKeyInput,
)
from vantage6_server_api.types import UNSET, Unset

from vantage6_client._exceptions import (
    BadRequestError,
    InvalidArgumentError,
    NotOnThisServerError,
)
from vantage6_client._lines import refuse_given
from vantage6_client._pagination import Page
from vantage6_client.resources import _sortable as sortable
from vantage6_client.resources._base import (
    ALL_PAGES,
    ServerApiGroup,
    flag,
    given,
    given_fields,
    optional_id,
    require_id,
    sort_fields,
    with_given,
)
from vantage6_client.resources._hq_task import official_hq_positions
from vantage6_client.resources._paged import paged
from vantage6_client.resources._post_filters import post_filtering

# HQ 5.0.3's nodes (vantage6/hq/model/node.py, authenticatable.py): no ip
HQ_NODES = sortable.Sortable(
    "nodes",
    frozenset(
        {
            "collaboration_id",
            "id",
            "keycloak_client_id",
            "keycloak_id",
            "last_seen",
            "name",
            "organization_id",
            "status",
            "type",
        }
    ),
)
# the official 5.x node.list's parameters from the sixth on (4.x's ip,
# the sixth there, is gone)
OFFICIAL_HQ_LIST_ORDER = ("last_seen_from", "last_seen_till", "page", "per_page")
_NO_VPN = "5.x has no VPN, so nodes have no VPN address"


class _NodeLine(NamedTuple):
    """A line's node model, its page, the model of a node just made, and
    the operations that answer with them."""

    node: type[Node] | type[HQNode]
    page: Any  # NodePage | HQNodePage: a union would lose the item type
    new_node: type[NewNode] | type[HQNewNode]
    ops: Any  # the server's Operations or HQ's, both with node_get/list/...


class NodeGroup(ServerApiGroup):
    """Nodes: list, get, create (which gives the API key), update, delete."""

    # A 5.x HQ answers with nodes of its own form (Keycloak ids, no ip), from
    # operations of its own: chosen in one place.
    @property
    def _line(self) -> _NodeLine:
        if self._on_hq:
            return _NodeLine(HQNode, HQNodePage, HQNewNode, self._hq_ops)
        return _NodeLine(Node, NodePage, NewNode, self._ops)

    def _refuse_on_hq(self, **values: object) -> None:
        """4.x's VPN arguments, refused on HQ before anything is sent."""
        if self._on_hq:
            refuse_given(f"is vantage6 4.x's and not on a 5.x HQ: {_NO_VPN}", **values)

    @post_filtering
    def get(self, id_: int) -> Node | HQNode:
        """One node.

        Parameters
        ----------
        id_ : int
            The node.

        Returns
        -------
        Node | HQNode
            Its details (never its API key); on a 5.x HQ its own model (with
            its Keycloak ids, without ``ip``).

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no node ``id_``.
        PermissionDeniedError
            You may not see it.
        """
        model, _, _, ops = self._line
        return self._by_id(model, ops.node_get, id_)

    @post_filtering
    def create(
        self,
        collaboration: int | None = None,
        organization: int | None = None,
        name: str | None = None,
    ) -> NewNode | HQNewNode:
        """Register a node of an organization in a collaboration.

        Parameters
        ----------
        collaboration : int | None
            The collaboration; None for the one set with ``setup_collaboration``.
        organization : int | None
            The organization; by default your own.
        name : str | None
            Unique name; by default "<organization> - <collaboration> Node"
            (on a 5.x HQ "<organization>-<collaboration>-node"). HQ refuses
            names with spaces (its default one too, when the organization's
            or collaboration's name has one).

        Returns
        -------
        NewNode | HQNewNode
            The node and its ``api_key``: the only time the server shows the
            key. The node's configuration needs it. On a 5.x HQ the key is
            the secret of the node's Keycloak client ``{name}-node-client``.

        Raises
        ------
        InvalidArgumentError
            An id is not a positive integer, ``collaboration`` is missing
            with none set up, or (on a 5.x HQ) ``name`` has a space; nothing
            was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such collaboration or organization.
        BadRequestError
            The organization is not a member, already has a node there, or the
            name is taken (or, on HQ, the default name has a space).
        PermissionDeniedError
            You may not create nodes for the organization.
        """
        collaboration_id = self._collaboration_id(collaboration)
        organization_id = optional_id(organization, "organization")
        if self._on_hq:
            if name is not None and (not isinstance(name, str) or " " in name):
                raise InvalidArgumentError(
                    f"name must be text without spaces on a 5.x HQ, not {name!r} "
                    "(HQ names the node's Keycloak client after it)"
                )
            hq_body = with_given(
                HQNodeInput(collaboration_id=collaboration_id),
                organization_id=organization_id,
                name=name,
            )
            return self._send(HQNewNode, self._hq_ops.node_create, hq_body)
        body = with_given(
            NodeInput(collaboration_id=collaboration_id),
            organization_id=organization_id,
            name=name,
        )
        return self._send(NewNode, self._ops.node_create, body)

    @post_filtering
    def update(
        self,
        id_: int,
        name: str | None = None,
        clear_ip: bool | None = None,
        *,
        ip: str | None = None,
    ) -> Node | HQNode:
        """Change a node; arguments left None stay as they are.

        Parameters
        ----------
        id_ : int
            The node.
        name : str | None
            New name. On a 5.x HQ the node's Keycloak client keeps its name
            (``{old name}-node-client``): the node logs in as before.
        clear_ip : bool | None
            4.x only (a 5.x HQ has no VPN): True forgets the node's IP address.
        ip : str | None
            4.x only: new IP address (wins over ``clear_ip``).

        Returns
        -------
        Node | HQNode
            The node as changed; on a 5.x HQ its own model.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer, or ``clear_ip`` is not a bool;
            nothing was sent.
        NotOnThisServerError
            ``clear_ip`` or ``ip`` given to a 5.x HQ; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no node ``id_``.
        BadRequestError
            The name is taken.
        PermissionDeniedError
            You may not change it.
        """
        node_id = require_id(id_, "id_")
        if clear_ip is not None and not isinstance(clear_ip, bool):
            # the server tests the raw JSON value: "false" would clear it
            raise InvalidArgumentError("clear_ip must be True or False")
        self._refuse_on_hq(clear_ip=clear_ip, ip=ip)
        if self._on_hq:
            hq_body = given_fields(HQNodeUpdate, name=name)
            return self._send_to(HQNode, self._hq_ops.node_update, node_id, hq_body)
        body = given_fields(NodeUpdate, name=name, ip=ip, clear_ip=clear_ip)
        return self._send_to(Node, self._ops.node_update, node_id, body)

    def delete(self, id_: int, delete_dependents: bool = False) -> Message:
        """Delete a node.

        Parameters
        ----------
        id_ : int
            The node.
        delete_dependents : bool
            5.x only: also delete the node's dataframe columns; without it
            HQ refuses to delete a node that has any. HQ 5.0.3 deletes the
            node's Keycloak client before it looks, and after that refusal it
            can never delete the node; so without ``delete_dependents`` this
            client looks for the node's columns first (in the dataframes of
            the sessions of its collaboration that you may see) and refuses
            itself when there are any.

        Returns
        -------
        Message
            The server's confirmation.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotOnThisServerError
            ``delete_dependents`` given to a 4.x server (whose nodes have no
            dependents); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no node ``id_``.
        BadRequestError
            On a 5.x HQ: the node has dataframe columns and
            ``delete_dependents`` is False (found here: nothing was deleted).
        PermissionDeniedError
            You may not delete it.
        """
        node_id = require_id(id_, "id_")
        if not isinstance(delete_dependents, bool):
            raise InvalidArgumentError("delete_dependents must be True or False")
        if not self._on_hq:
            if delete_dependents:
                raise NotOnThisServerError(
                    "delete_dependents is vantage6 5.x's (a node's dataframe "
                    "columns): a 4.x node has no dependents, delete it without"
                )
            return self._by_id(Message, self._ops.node_delete, node_id)
        if not delete_dependents:
            self._refuse_if_columns(node_id)
        deleted = self._transport.call(
            HQMessage,  # the same fields as 4.x's Message, made one below
            self._hq_ops.node_delete,
            node_id,
            delete_dependents=flag(delete_dependents),
        )
        return Message.from_dict(deleted.to_dict())

    def _refuse_if_columns(self, node_id: int) -> None:
        """On HQ: raise when the node has dataframe columns (in the sessions
        of its collaboration you may see), before HQ would delete its
        Keycloak client and then refuse, for good."""
        node = self._transport.call(HQNode, self._hq_ops.node_get, node_id)
        if node.collaboration is None:
            return
        sessions = self._client.session.list(
            collaboration=node.collaboration.id, per_page=ALL_PAGES
        )
        for session in sessions.all():
            for dataframe in self._client.session.dataframes(session.id):
                if any(column.node_id == node_id for column in dataframe.columns):
                    raise BadRequestError(
                        400,
                        f"node {node_id} has columns of dataframe {dataframe.id} "
                        f"(session {session.id}): pass delete_dependents=True to "
                        "delete them with it. Nothing was deleted (HQ 5.0.3 would "
                        "delete the node's Keycloak client, then refuse, and "
                        "never delete the node)",
                        operation="node.delete",
                    )

    def kill_tasks(self, id_: int) -> Message:
        """Tell an online node to stop every algorithm it runs.

        Note: vantage6-server 4.15.2 answers 500 for every existing online
        node (its handler checks permission rules that do not exist), so this
        raises :class:`ServerError` there; an offline node gives 400.

        Parameters
        ----------
        id_ : int
            The node.

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
            There is no node ``id_``.
        BadRequestError
            The node is offline.
        ServerError
            The node is online (vantage6-server 4.15.2, see above).
        """
        body = KillNodeTasksInput(id=require_id(id_, "id_"))
        return self._send(Message, self._ops.node_kill_tasks, body)

    def reset_api_key(self, id_: int) -> str:
        """Give a node a new API key; the old one stops working.

        Parameters
        ----------
        id_ : int
            The node.

        Returns
        -------
        str
            The new API key (shown only now); on a 5.x HQ the new secret of
            the node's Keycloak client ``{name}-node-client``.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no node ``id_``.
        PermissionDeniedError
            You may not reset its key.
        """
        body = ResetAPIKeyInput(id=require_id(id_, "id_"))
        answer = self._send(ApiKey, self._ops.node_reset_api_key, body)
        return answer.api_key

    # Last in the class: below it, ``list`` in an annotation of this class
    # would name this method (for mypy), not the builtin.
    @post_filtering
    @paged
    @official_hq_positions(5, OFFICIAL_HQ_LIST_ORDER)
    def list(
        self,
        name: str | None = None,
        organization: int | None = None,
        collaboration: int | None = None,
        study: int | None = None,
        is_online: bool | None = None,
        ip: str | None = None,
        last_seen_from: str | None = None,
        last_seen_till: str | None = None,
        page: int = 1,
        per_page: int = 20,
        *,
        session: int | None = None,
        sort: str | list[str] | None = None,
    ) -> Page[Node] | Page[HQNode]:
        """Nodes you may see, one page at a time.

        On a 5.x HQ the official 5.x client's order of positional arguments
        works: ``list(name, organization, collaboration, study, is_online,
        last_seen_from, last_seen_till, page, per_page)`` (4.x's ``ip``, the
        sixth here, is gone there).

        Parameters
        ----------
        name : str | None
            Name pattern (SQL LIKE: ``%`` any text, ``_`` one character).
        organization : int | None
            Nodes of this organization.
        collaboration : int | None
            Nodes of this collaboration.
        study : int | None
            Nodes of the organizations in this study.
        is_online : bool | None
            Only online (True) or offline (False) nodes.
        ip : str | None
            4.x only (a 5.x HQ has no VPN): nodes with this IP address.
        last_seen_from, last_seen_till : str | None
            Last seen on or after / before this moment, e.g. ``"2024-05-01"``
            or ``"2024-05-01T12:00:00"`` (compared as text with the stored
            timestamp).
        page : int
            Page number, from 1; by default 1.
        per_page : int
            Items per page; by default 20.
        session : int | None
            5.x only: nodes of this session's study, or else of its
            collaboration.

        Returns
        -------
        Page[Node] | Page[HQNode]
            One page; ``.all()`` for every page. On a 5.x HQ, of its own
            model.

        Raises
        ------
        InvalidArgumentError
            ``sort``, ``page``, ``per_page``, an id (``organization``,
            ``collaboration``, ``study``, ``session``) or an argument given
            twice (positionally in the 5.x order and by name) is not valid;
            nothing was sent.
        NotOnThisServerError
            ``ip`` given to a 5.x HQ, or ``session`` to a 4.x server;
            nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            On a 5.x HQ: there is no session ``session``.
        """
        status: Literal["online", "offline"] | Unset = UNSET
        if is_online is not None:
            status = "online" if is_online else "offline"
        filters: dict[str, Any] = {
            "name": given(name),
            "organization_id": given(optional_id(organization, "organization")),
            "collaboration_id": given(optional_id(collaboration, "collaboration")),
            "study_id": self._study_filter(study),
            "status": status,
            "last_seen_from": given(last_seen_from),
            "last_seen_till": given(last_seen_till),
        }
        if self._on_hq:
            self._refuse_on_hq(ip=ip)
            filters["session_id"] = given(optional_id(session, "session"))
            filters["sort"] = sort_fields(sort, HQ_NODES)
        else:
            if session is not None:
                raise NotOnThisServerError(
                    "session is vantage6 5.x's: a 4.x server has no sessions "
                    "(for a 5.x HQ, make the client with auth_url=...)"
                )
            filters["ip"] = given(ip)
            filters["sort"] = sort_fields(sort, sortable.NODES)
        _, page_model, _, ops = self._line
        query = functools.partial(ops.node_list, **filters)
        return self._list(page_model, query, page, per_page, 20)
