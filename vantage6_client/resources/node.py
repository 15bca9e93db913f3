"""``client.node``: the software at each organization that runs algorithms."""

from __future__ import annotations

import functools
from typing import Literal

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

from vantage6_client._exceptions import InvalidArgumentError
from vantage6_client._pagination import Page
from vantage6_client.resources import _sortable as sortable
from vantage6_client.resources._base import (
    ServerApiGroup,
    given,
    given_fields,
    optional_id,
    require_id,
    sort_fields,
    with_given,
)
from vantage6_client.resources._paged import paged
from vantage6_client.resources._post_filters import post_filtering


class NodeGroup(ServerApiGroup):
    """Nodes: list, get, create (which gives the API key), update, delete."""

    @post_filtering
    def get(self, id_: int) -> Node:
        """One node.

        Parameters
        ----------
        id_ : int
            The node.

        Returns
        -------
        Node
            Its details (never its API key).

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
        return self._by_id(Node, self._ops.node_get, id_)

    @post_filtering
    def create(
        self,
        collaboration: int | None = None,
        organization: int | None = None,
        name: str | None = None,
    ) -> NewNode:
        """Register a node of an organization in a collaboration.

        Parameters
        ----------
        collaboration : int | None
            The collaboration; None for the one set with ``setup_collaboration``.
        organization : int | None
            The organization; by default your own.
        name : str | None
            Unique name; by default "<organization> - <collaboration> Node".

        Returns
        -------
        NewNode
            The node and its ``api_key``: the only time the server shows the
            key. The node's configuration needs it.

        Raises
        ------
        InvalidArgumentError
            An id is not a positive integer, or ``collaboration`` is missing
            with none set up; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such collaboration or organization.
        BadRequestError
            The organization is not a member, already has a node there, or the
            name is taken.
        PermissionDeniedError
            You may not create nodes for the organization.
        """
        body = with_given(
            NodeInput(collaboration_id=self._collaboration_id(collaboration)),
            organization_id=optional_id(organization, "organization"),
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
    ) -> Node:
        """Change a node; arguments left None stay as they are.

        Parameters
        ----------
        id_ : int
            The node.
        name : str | None
            New name.
        clear_ip : bool | None
            True forgets the node's IP address.
        ip : str | None
            New IP address (wins over ``clear_ip``).

        Returns
        -------
        Node
            The node as changed.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer, or ``clear_ip`` is not a bool;
            nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no node ``id_``.
        PermissionDeniedError
            You may not change it.
        """
        if clear_ip is not None and not isinstance(clear_ip, bool):
            # the server tests the raw JSON value: "false" would clear it
            raise InvalidArgumentError("clear_ip must be True or False")
        body = given_fields(NodeUpdate, name=name, ip=ip, clear_ip=clear_ip)
        return self._send_to(Node, self._ops.node_update, require_id(id_, "id_"), body)

    def delete(self, id_: int) -> Message:
        """Delete a node.

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
        PermissionDeniedError
            You may not delete it.
        """
        return self._by_id(Message, self._ops.node_delete, id_)

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
            The new API key (shown only now).

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
        sort: str | list[str] | None = None,
    ) -> Page[Node]:
        """Nodes you may see, one page at a time.

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
            Nodes with this IP address.
        last_seen_from, last_seen_till : str | None
            Last seen on or after / before this moment, e.g. ``"2024-05-01"``
            or ``"2024-05-01T12:00:00"`` (compared as text with the stored
            timestamp).

        Raises
        ------
        InvalidArgumentError
            ``sort``, ``page`` or ``per_page`` is not valid; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        """
        status: Literal["online", "offline"] | Unset = UNSET
        if is_online is not None:
            status = "online" if is_online else "offline"
        query = functools.partial(
            self._ops.node_list,
            name=given(name),
            organization_id=given(organization),
            collaboration_id=given(collaboration),
            study_id=given(study),
            status=status,
            ip=given(ip),
            last_seen_from=given(last_seen_from),
            last_seen_till=given(last_seen_till),
            sort=sort_fields(sort, sortable.NODES),
        )
        return self._list(NodePage, query, page, per_page, 20)
