"""``client.role``: named sets of rules given to users."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from vantage6_server_api.models import (
    Message,
    Role,
    RolePage,
    Rule,
    ServerRoleInput,
    ServerRoleUpdate,
)
from vantage6_server_api.types import UNSET

from vantage6_client._pagination import Page
from vantage6_client.resources import _sortable as sortable
from vantage6_client.resources._base import (
    RoleMethods,
    RoleModels,
    ServerApiGroup,
    flag,
    given,
    id_list,
    optional_id,
    sort_fields,
    with_given,
)
from vantage6_client.resources._paged import paged
from vantage6_client.resources._post_filters import post_filtering


class RoleGroup(ServerApiGroup, RoleMethods[Role, Rule, Message]):
    """Roles: list, get, create, update, delete, and their rules."""

    _role_models = RoleModels(
        Role, Rule, Message, new_role=ServerRoleInput, role_changes=ServerRoleUpdate
    )

    @post_filtering
    def get(self, id_: int) -> Role:
        """One role.

        Parameters
        ----------
        id_ : int
            The role.

        Returns
        -------
        Role
            The role; ``role.rules`` is the API path of its rules.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no role ``id_``.
        PermissionDeniedError
            You may not see it.
        """
        return self._get_role(id_, "id_")

    @post_filtering
    def create(
        self,
        name: str,
        description: str,
        rules: Sequence[int],
        organization: int | None = None,
    ) -> Role:
        """Create a role.

        Parameters
        ----------
        name : str
            Name (not one of the default roles' names).
        description : str
            What the role is for.
        rules : Sequence[int]
            Ids of its rules (may be empty); you must hold them yourself.
        organization : int | None
            The organization it belongs to; by default yours.

        Returns
        -------
        Role
            The new role.

        Raises
        ------
        InvalidArgumentError
            The name is empty, or an id is not a positive integer; nothing was
            sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            A rule or the organization does not exist.
        BadRequestError
            The server refused a field (e.g. a default role's name).
        PermissionDeniedError
            You may not create roles there, or do not hold every rule.
        """
        body = self._new_role(name, description, rules)
        organization_id = optional_id(organization, "organization")
        return self._create_role(with_given(body, organization_id=organization_id))

    @post_filtering
    def update(
        self,
        role: int,
        name: str | None = None,
        description: str | None = None,
        rules: Sequence[int] | None = None,
    ) -> Role:
        """Change a role; arguments left None stay as they are.

        Only the given fields are sent (the official client sent nulls, which
        the server refuses).

        Parameters
        ----------
        role : int
            The role (not a default role).
        name, description : str | None
            New values.
        rules : Sequence[int] | None
            The complete new rule list (``[]`` removes all).

        Returns
        -------
        Role
            The role as changed.

        Raises
        ------
        InvalidArgumentError
            An id is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no role ``role``, or a rule does not exist.
        BadRequestError
            It is a default role.
        PermissionDeniedError
            You may not change it, or do not hold every rule.
        """
        return self._change_role(role, "role", name, description, rules)

    def delete(self, role: int, delete_dependents: bool = False) -> Message:
        """Delete a role.

        Parameters
        ----------
        role : int
            The role (not a default role).
        delete_dependents : bool
            Delete it even when users have it (they lose it).

        Returns
        -------
        Message
            The server's confirmation.

        Raises
        ------
        InvalidArgumentError
            ``role`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no role ``role``.
        BadRequestError
            It is a default role, or users have it and ``delete_dependents``
            is False.
        PermissionDeniedError
            You may not delete it.
        """
        return self._delete_role(role, "role", delete_dependents)

    def add_rule(self, role: int, rule: int) -> list[Rule]:
        """Add a rule to a role.

        Parameters
        ----------
        role : int
            The role.
        rule : int
            The rule; you must hold it yourself.

        Returns
        -------
        list[Rule]
            All rules of the role afterwards.

        Raises
        ------
        InvalidArgumentError
            An id is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such role or rule.
        PermissionDeniedError
            You may not change the role, or do not hold the rule.
        """
        return self._role_rule("add", role, rule, ("role", "rule"))

    def remove_rule(self, role: int, rule: int) -> list[Rule]:
        """Remove a rule from a role.

        Parameters
        ----------
        role : int
            The role.
        rule : int
            One of its rules.

        Returns
        -------
        list[Rule]
            The rules the role still has.

        Raises
        ------
        InvalidArgumentError
            An id is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such role or rule.
        PermissionDeniedError
            You may not change the role.
        """
        return self._role_rule("remove", role, rule, ("role", "rule"))

    # Last in the class: below it, ``list`` in an annotation of this class
    # would name this method (for mypy), not the builtin.
    @post_filtering
    @paged
    def list(
        self,
        name: str | None = None,
        description: str | None = None,
        organization: int | Sequence[int] | None = None,
        rule: int | None = None,
        user: int | None = None,
        include_root: bool | None = None,
        page: int = 1,
        per_page: int = 20,
        *,
        sort: str | list[str] | None = None,
    ) -> Page[Role]:
        """Roles you may see, one page at a time.

        Parameters
        ----------
        name, description : str | None
            Patterns (SQL LIKE: ``%`` any text, ``_`` one character).
        organization : int | Sequence[int] | None
            Roles of this organization (or of any of these).
        rule : int | None
            Roles that contain this rule.
        user : int | None
            Roles of this user.
        include_root : bool | None
            With ``organization``: also the default roles, which belong to no
            organization.
        page : int
            Page number, from 1; by default 1.
        per_page : int
            Items per page; by default 20.
        sort : str | list[str] | None
            Field(s) to sort by; ``-`` in front for descending.

        Returns
        -------
        Page[Role]
            One page; ``.all()`` for every page. (Pages after the first keep
            every value of ``organization``; the server's own next-page links
            would drop all but the first.)

        Raises
        ------
        InvalidArgumentError
            ``organization``, ``sort``, ``page`` or ``per_page`` is not valid;
            nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        """
        query = functools.partial(
            self._ops.role_list,
            name=UNSET if name is None else [name],
            description=UNSET if description is None else [description],
            organization_id=(
                UNSET if organization is None else id_list(organization, "organization")
            ),
            rule_id=given(rule),
            user_id=given(user),
            include_root=flag(include_root),
            sort=sort_fields(sort, sortable.ROLES),
        )
        return self._list(RolePage, query, page, per_page, 20)
