"""``client.collaboration``: organizations that compute together."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from vantage6_server_api.models import (
    Collaboration,
    CollaborationAddNode,
    CollaborationChangeOrganization,
    CollaborationInput,
    CollaborationPage,
    CollaborationUpdate,
    Message,
    NodeSimple,
    Organization,
)
from vantage6_server_api.types import UNSET

from vantage6_client._exceptions import InvalidArgumentError, NotFoundError
from vantage6_client._pagination import Page
from vantage6_client.resources import _sortable as sortable
from vantage6_client.resources._base import (
    ServerApiGroup,
    embed_organizations,
    given,
    given_fields,
    id_list,
    optional_ids,
    require_id,
    require_text,
    sort_fields,
)
from vantage6_client.resources._paged import paged
from vantage6_client.resources._post_filters import post_filtering


class CollaborationGroup(ServerApiGroup):
    """Collaborations, and the organizations and nodes in them."""

    @post_filtering
    def get(self, id_: int, *, include_organizations: bool = False) -> Collaboration:
        """One collaboration.

        Parameters
        ----------
        id_ : int
            The collaboration.
        include_organizations : bool
            Embed the member organizations (as ``organizations``).

        Returns
        -------
        Collaboration
            Including ``encrypted``.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no collaboration ``id_``.
        PermissionDeniedError
            You may not see it.
        """
        return self._transport.call(
            Collaboration,
            self._ops.collaboration_get,
            require_id(id_, "id_"),
            include=embed_organizations(include_organizations),
        )

    @post_filtering
    def create(
        self, name: str, organizations: Sequence[int], encrypted: bool = False
    ) -> Collaboration:
        """Create a collaboration of organizations.

        Parameters
        ----------
        name : str
            Unique name.
        organizations : Sequence[int]
            Ids of the member organizations (at least one).
        encrypted : bool
            Whether task input and results are end-to-end encrypted; then every
            member needs a public key before tasks can be created.

        Returns
        -------
        Collaboration
            The new collaboration.

        Raises
        ------
        InvalidArgumentError
            An argument is not valid (an empty name, no organizations, an id
            that is not a positive integer); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            An organization does not exist (or you cannot see it); checked
            first, since the server would leave it out and create the rest.
        BadRequestError
            The name exists already, or an argument is invalid.
        PermissionDeniedError
            You may not create collaborations.
        """
        require_text(name=name)
        members = id_list(organizations, "organizations")
        if not members:
            raise InvalidArgumentError(
                "a collaboration needs at least one organization"
            )
        if not isinstance(encrypted, bool):
            raise InvalidArgumentError(
                f"encrypted must be True or False, not {encrypted!r}"
            )
        self._require_organizations(members, "collaboration.create", "created")
        body = CollaborationInput(
            name=name, organization_ids=members, encrypted=encrypted
        )
        return self._send(Collaboration, self._ops.collaboration_create, body)

    @post_filtering
    def update(
        self,
        id_: int | None = None,
        name: str | None = None,
        encrypted: bool | None = None,
        organizations: Sequence[int] | None = None,
    ) -> Collaboration:
        """Change a collaboration; arguments left None stay as they are.

        Parameters
        ----------
        id_ : int | None
            The collaboration; None for the one set with ``setup_collaboration``.
        name : str | None
            New name.
        encrypted : bool | None
            New encryption setting.
        organizations : Sequence[int] | None
            The complete new member list (needs global rights).

        Returns
        -------
        Collaboration
            The collaboration as changed.

        Raises
        ------
        InvalidArgumentError
            An argument is not valid (e.g. ``id_`` missing and no
            collaboration set up); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            The collaboration or an organization does not exist (or you cannot
            see it); organizations are checked first, nothing is changed.
        PermissionDeniedError
            You may not change it.
        """
        if encrypted is not None and not isinstance(encrypted, bool):
            raise InvalidArgumentError("encrypted must be True or False")
        members = optional_ids(organizations, "organizations")
        collaboration_id = self._collaboration_id(id_, "id_")
        if members is not None:
            self._require_organizations(members, "collaboration.update", "changed")
        body = given_fields(
            CollaborationUpdate,
            name=name,
            encrypted=encrypted,
            organization_ids=members,
        )
        return self._send_to(
            Collaboration, self._ops.collaboration_update, collaboration_id, body
        )

    def _require_organizations(
        self, members: list[int], method: str, done: str
    ) -> None:
        """Raise unless every id in ``members`` names an organization you can
        see: the server drops unknown ids without a word."""
        found = self._client.organization.list(ids=members, per_page=len(members) or 1)
        missing = sorted(set(members) - {o.id for o in found.all()})
        if missing:
            raise NotFoundError(
                404,
                f"no organization with id {', '.join(map(str, missing))} (or you "
                f"cannot see it); nothing was {done}",
                operation=method,
            )

    def delete(
        self, id_: int | None = None, delete_dependents: bool = False
    ) -> Message:
        """Delete a collaboration.

        Parameters
        ----------
        id_ : int | None
            The collaboration; None for the one set with ``setup_collaboration``.
        delete_dependents : bool
            Also delete its tasks, nodes and studies; without it the server
            refuses when there are any. (The official client sent "False",
            which the server read as true.)

        Returns
        -------
        Message
            The server's confirmation.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer, or missing with no
            collaboration set up; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such collaboration.
        PermissionDeniedError
            You may not delete it.
        BadRequestError
            It has tasks, nodes or studies and ``delete_dependents`` is False.
        """
        return self._delete(
            self._ops.collaboration_delete,
            self._collaboration_id(id_, "id_"),
            delete_dependents,
        )

    def add_organization(
        self, organization: int, collaboration: int | None = None
    ) -> list[Organization]:
        """Make an organization a member.

        Parameters
        ----------
        organization : int
            The organization to add.
        collaboration : int | None
            The collaboration; None for the one set with ``setup_collaboration``.

        Returns
        -------
        list[Organization]
            All members afterwards.

        Raises
        ------
        InvalidArgumentError
            An id is not a positive integer, or ``collaboration`` is missing
            with none set up; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such collaboration or organization.
        PermissionDeniedError
            You may not change the collaboration.
        """
        body = CollaborationChangeOrganization(
            id=require_id(organization, "organization")
        )
        return self._send_to_list(
            Organization,
            self._ops.collaboration_add_organization,
            self._collaboration_id(collaboration),
            body,
        )

    def remove_organization(
        self, organization: int, collaboration: int | None = None
    ) -> list[Organization]:
        """Remove an organization from a collaboration.

        Parameters
        ----------
        organization : int
            A member organization.
        collaboration : int | None
            The collaboration; None for the one set with ``setup_collaboration``.

        Returns
        -------
        list[Organization]
            The members that remain.

        Raises
        ------
        InvalidArgumentError
            An id is not a positive integer, or ``collaboration`` is missing
            with none set up; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such collaboration or organization.
        PermissionDeniedError
            You may not change the collaboration.
        ServerError
            The organization is not a member (the 4.15.2 server fails then).
        """
        body = CollaborationChangeOrganization(
            id=require_id(organization, "organization")
        )
        return self._send_to_list(
            Organization,
            self._ops.collaboration_remove_organization,
            self._collaboration_id(collaboration),
            body,
        )

    def add_node(self, node: int, collaboration: int | None = None) -> list[NodeSimple]:
        """Put an existing node in a collaboration.

        Parameters
        ----------
        node : int
            The node; its organization must be a member.
        collaboration : int | None
            The collaboration; None for the one set with ``setup_collaboration``.

        Returns
        -------
        list[NodeSimple]
            All nodes of the collaboration afterwards.

        Raises
        ------
        InvalidArgumentError
            An id is not a positive integer, or ``collaboration`` is missing
            with none set up; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such collaboration or node.
        PermissionDeniedError
            You may not change the collaboration.
        BadRequestError
            The node's organization is not a member, or the node is in it
            already.
        """
        body = CollaborationAddNode(id=require_id(node, "node"))
        return self._send_to_list(
            NodeSimple,
            self._ops.collaboration_add_node,
            self._collaboration_id(collaboration),
            body,
        )

    def remove_node(self, node: int, collaboration: int | None = None) -> Message:
        """Take a node out of a collaboration (the node itself remains).

        Parameters
        ----------
        node : int
            A node of the collaboration.
        collaboration : int | None
            The collaboration; None for the one set with ``setup_collaboration``.

        Returns
        -------
        Message
            The server's confirmation.

        Raises
        ------
        InvalidArgumentError
            An id is not a positive integer, or ``collaboration`` is missing
            with none set up; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such collaboration or node.
        PermissionDeniedError
            You may not change the collaboration.
        BadRequestError
            The node is not in the collaboration.
        """
        body = CollaborationAddNode(id=require_id(node, "node"))
        return self._send_to(
            Message,
            self._ops.collaboration_remove_node,
            self._collaboration_id(collaboration),
            body,
        )

    # Last in the class: below it, ``list`` in an annotation of this class
    # would name this method (for mypy), not the builtin.
    @post_filtering
    @paged
    def list(
        self,
        scope: str = "organization",
        name: str | None = None,
        encrypted: bool | None = None,
        organization: int | None = None,
        algorithm_store: int | None = None,
        page: int = 1,
        per_page: int = 20,
        *,
        include_organizations: bool = False,
        sort: str | list[str] | None = None,
    ) -> Page[Collaboration]:
        """Collaborations, one page at a time.

        Parameters
        ----------
        scope : str
            ``"organization"``: those of your organization; ``"global"``: all
            you may see. By default ``"organization"``.
        name : str | None
            Name pattern (SQL LIKE: ``%`` any text, ``_`` one character).
        encrypted : bool | None
            Only encrypted (True) or unencrypted (False) collaborations.
        organization : int | None
            Those of this organization (overrides ``scope``).
        algorithm_store : int | None
            Those that may use this algorithm store. The 4.15.2 server filters
            this wrongly: it returns every collaboration that has any
            collaboration-specific store.
        page : int
            Page number, from 1; by default 1.
        per_page : int
            Items per page; by default 20.
        include_organizations : bool
            Embed the member organizations instead of a link to them.

        Raises
        ------
        InvalidArgumentError
            ``scope``, ``sort``, ``page`` or ``per_page`` is not valid;
            nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        """
        if scope not in ("organization", "global"):
            raise InvalidArgumentError(
                f"scope must be 'organization' or 'global', not {scope!r}"
            )
        if organization is None and scope == "organization":
            organization = self._client._require_login(
                "collaboration.list(scope='organization')"
            ).organization_id
        query = functools.partial(
            self._ops.collaboration_list,
            name=given(name),
            # the server compares the raw text with a boolean column: 1 and 0
            # work on every database, "true" and "false" do not
            encrypted=UNSET if encrypted is None else (1 if encrypted else 0),
            organization_id=given(organization),
            algorithm_store_id=given(algorithm_store),
            include=embed_organizations(include_organizations),
            sort=sort_fields(sort, sortable.COLLABORATIONS),
        )
        return self._list(CollaborationPage, query, page, per_page, 20)
