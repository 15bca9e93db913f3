"""``client.collaboration``: organizations that compute together.

On a 5.x HQ collaborations answer in HQ's own form (:class:`HQCollaboration`,
with ``session_restrict_to_same_image``), and so do the nodes in them
(:class:`HQNodeSimple`).
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Sequence
from typing import Any, NamedTuple

from vantage6_hq_api.models import Collaboration as HQCollaboration
from vantage6_hq_api.models import CollaborationAddNode as HQCollaborationAddNode
from vantage6_hq_api.models import CollaborationInput as HQCollaborationInput
from vantage6_hq_api.models import CollaborationPage as HQCollaborationPage
from vantage6_hq_api.models import CollaborationUpdate as HQCollaborationUpdate
from vantage6_hq_api.models import NodeSimple as HQNodeSimple
from vantage6_hq_api.types import UNSET as HQ_UNSET
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

from vantage6_client._exceptions import (
    InvalidArgumentError,
    NotFoundError,
    NotOnThisServerError,
)
from vantage6_client._pagination import Page
from vantage6_client.resources import _sortable as sortable
from vantage6_client.resources._base import (
    ALL_PAGES,
    ServerApiGroup,
    embed_organizations,
    given,
    given_fields,
    id_list,
    optional_id,
    optional_ids,
    require_id,
    require_text,
    sort_fields,
)
from vantage6_client.resources._paged import paged
from vantage6_client.resources._post_filters import post_filtering

# HQ 5.0.3's collaborations (vantage6/hq/model/collaboration.py)
HQ_COLLABORATIONS = sortable.Sortable(
    "collaborations",
    frozenset({"encrypted", "id", "name", "session_restrict_to_same_image"}),
)


class _CollaborationLine(NamedTuple):
    """A line's collaboration model, its page, its body models, the model of
    the nodes in one, and the operations that take and answer with them."""

    collaboration: type[Collaboration] | type[HQCollaboration]
    page: Any  # CollaborationPage | HQCollaborationPage
    update: type[CollaborationUpdate] | type[HQCollaborationUpdate]
    add_node: type[CollaborationAddNode] | type[HQCollaborationAddNode]
    node: Any  # NodeSimple | HQNodeSimple: a union would mix the lists' items
    ops: Any  # the server's Operations or HQ's


class CollaborationGroup(ServerApiGroup):
    """Collaborations, and the organizations and nodes in them."""

    # A 5.x HQ answers with collaborations and nodes of its own form, from
    # operations of its own: chosen in one place.
    @property
    def _line(self) -> _CollaborationLine:
        if self._on_hq:
            return _CollaborationLine(
                HQCollaboration,
                HQCollaborationPage,
                HQCollaborationUpdate,
                HQCollaborationAddNode,
                HQNodeSimple,
                self._hq_ops,
            )
        return _CollaborationLine(
            Collaboration,
            CollaborationPage,
            CollaborationUpdate,
            CollaborationAddNode,
            NodeSimple,
            self._ops,
        )

    @post_filtering
    def get(
        self, id_: int, *, include_organizations: bool = False
    ) -> Collaboration | HQCollaboration:
        """One collaboration.

        Parameters
        ----------
        id_ : int
            The collaboration.
        include_organizations : bool
            Embed the member organizations (as ``organizations``).

        Returns
        -------
        Collaboration | HQCollaboration
            Including ``encrypted``; on a 5.x HQ its own model (with
            ``session_restrict_to_same_image``).

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

        Examples
        --------
        >>> client.collaboration.get(collaboration_id)
        Collaboration(id=..., name='Age study', encrypted=True)
        """
        line = self._line
        return self._transport.call(
            line.collaboration,
            line.ops.collaboration_get,
            require_id(id_, "id_"),
            include=embed_organizations(include_organizations),
        )

    @post_filtering
    def create(
        self,
        name: str,
        organizations: Sequence[int],
        encrypted: bool = False,
        session_restrict_to_same_image: bool = False,
    ) -> Collaboration | HQCollaboration:
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
        session_restrict_to_same_image : bool
            5.x only: every task of a session must use the image of its
            first task. HQ cannot change it afterwards.

        Returns
        -------
        Collaboration | HQCollaboration
            The new collaboration; on a 5.x HQ its own model.

        Raises
        ------
        InvalidArgumentError
            An argument is not valid (an empty name, no organizations, an id
            that is not a positive integer); nothing was sent.
        NotOnThisServerError
            ``session_restrict_to_same_image`` given to a 4.x server, which
            has no sessions; nothing was sent.
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
        if not isinstance(session_restrict_to_same_image, bool):
            raise InvalidArgumentError(
                "session_restrict_to_same_image must be True or False, not "
                f"{session_restrict_to_same_image!r}"
            )
        on_hq = self._on_hq
        if session_restrict_to_same_image and not on_hq:
            raise NotOnThisServerError(
                "session_restrict_to_same_image is vantage6 5.x's: a 4.x server "
                "has no sessions (for a 5.x HQ, make the client with auth_url=...)"
            )
        self._require_organizations(members, "collaboration.create", "created")
        if on_hq:
            hq_body = HQCollaborationInput(
                name=name,
                organization_ids=members,
                encrypted=encrypted,
                session_restrict_to_same_image=session_restrict_to_same_image,
            )
            return self._send(
                HQCollaboration, self._hq_ops.collaboration_create, hq_body
            )
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
    ) -> Collaboration | HQCollaboration:
        """Change a collaboration; arguments left None stay as they are.

        (On a 5.x HQ ``session_restrict_to_same_image`` cannot be changed.)

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
        Collaboration | HQCollaboration
            The collaboration as changed; on a 5.x HQ its own model.

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
        line = self._line
        body = given_fields(
            line.update,
            name=name,
            encrypted=encrypted,
            organization_ids=members,
        )
        if isinstance(body, HQCollaborationUpdate):
            # the model defaults it to False; HQ cannot change it anyway
            body.session_restrict_to_same_image = HQ_UNSET
        return self._send_to(
            line.collaboration, line.ops.collaboration_update, collaboration_id, body
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
            Also delete its tasks, nodes and studies (on a 5.x HQ its
            sessions too); without it the server refuses when there are any.
            (The official client sent "False", which the server read as
            true.) The tasks are deleted first, one by one, with their runs
            and results (``task.delete``): both server lines delete the tasks
            themselves but leave their runs, which then answer 500 when read.
            On a 5.x HQ the nodes are deleted first too
            (``node.delete(..., delete_dependents=True)``): HQ 5.0.3 deletes
            them itself but leaves their Keycloak clients, whose API keys
            would still log in at Keycloak.

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
        collaboration_id = self._collaboration_id(id_, "id_")
        if delete_dependents:
            # Both lines delete the collaboration's tasks but leave their
            # runs, which then answer 500 when read: each task goes first,
            # with its runs and results (task.delete).
            tasks = self._client.task.list(
                collaboration=collaboration_id, per_page=ALL_PAGES
            )
            for task in tasks.all():
                with contextlib.suppress(NotFoundError):  # a parent took it
                    self._client.task.delete(task.id)
        if delete_dependents and self._on_hq:
            nodes = self._client.node.list(
                collaboration=collaboration_id, per_page=ALL_PAGES
            )
            for node in nodes.all():
                self._client.node.delete(node.id, delete_dependents=True)
        return self._delete(
            self._ops.collaboration_delete, collaboration_id, delete_dependents
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

    def add_node(
        self, node: int, collaboration: int | None = None
    ) -> list[NodeSimple] | list[HQNodeSimple]:
        """Put an existing node in a collaboration.

        Parameters
        ----------
        node : int
            The node; its organization must be a member.
        collaboration : int | None
            The collaboration; None for the one set with ``setup_collaboration``.

        Returns
        -------
        list[NodeSimple] | list[HQNodeSimple]
            All nodes of the collaboration afterwards; on a 5.x HQ of its own
            model.

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
        line = self._line
        body = line.add_node(id=require_id(node, "node"))
        return self._send_to_list(
            line.node,
            line.ops.collaboration_add_node,
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
    ) -> Page[Collaboration] | Page[HQCollaboration]:
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

        Returns
        -------
        Page[Collaboration] | Page[HQCollaboration]
            One page; ``.all()`` for every page. On a 5.x HQ, of its own
            model.

        Raises
        ------
        InvalidArgumentError
            ``scope``, ``sort``, ``page`` or ``per_page`` is not valid, or
            ``organization`` or ``algorithm_store`` is not a positive integer
            id; nothing was sent.
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
        line = self._line
        query = functools.partial(
            line.ops.collaboration_list,
            name=given(name),
            # the server compares the raw text with a boolean column: 1 and 0
            # work on every database, "true" and "false" do not
            encrypted=UNSET if encrypted is None else (1 if encrypted else 0),
            organization_id=given(optional_id(organization, "organization")),
            algorithm_store_id=given(optional_id(algorithm_store, "algorithm_store")),
            include=embed_organizations(include_organizations),
            sort=sort_fields(
                sort, HQ_COLLABORATIONS if self._on_hq else sortable.COLLABORATIONS
            ),
        )
        return self._list(line.page, query, page, per_page, 20)
