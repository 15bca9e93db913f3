"""``client.role``: named sets of rules given to users."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from vantage6_hq_api.models import Role as HQRole
from vantage6_hq_api.models import RolePage as HQRolePage
from vantage6_server_api.models import (
    Message,
    Role,
    RolePage,
    Rule,
    ServerRoleInput,
    ServerRoleUpdate,
)
from vantage6_server_api.types import UNSET

from vantage6_client._exceptions import ServerError
from vantage6_client._pagination import Page
from vantage6_client.resources import _sortable as sortable
from vantage6_client.resources._base import (
    ALL_PAGES,
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

        A 5.x HQ 5.0.3 fails (HTTP 500) on a default role (Root, Researcher,
        ...: no organization); this client then finds it in HQ's role list.

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
        ServerError
            The server failed.
        """
        if not self._on_hq:
            return self._get_role(id_, "id_")
        try:
            return self._get_role(id_, "id_")
        except ServerError:
            # HQ 5.0.3 fails (500) on a default role, which has no
            # organization; its list serves it
            found = self._default_role_at_hq(id_)
            if found is None:
                raise
            return found

    def _default_role_at_hq(self, id_: int) -> Role | None:
        """Role ``id_`` from HQ's role list (by id, all pages), or None."""
        request = functools.partial(
            self._hq_ops.role_list, sort="id", per_page=ALL_PAGES
        )
        for role in self._paginate(HQRolePage, request, 1).iter_all():
            if role.id == id_:
                return Role.from_dict(role.to_dict())
            if role.id > id_:
                break
        return None

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

        4.x only: a 5.x HQ has no such call; there give the role all its
        rules with ``update(role, rules=[...])``.

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
        NotOnThisServerError
            The server is a 5.x HQ; nothing was sent.
        """
        return self._role_rule("add", role, rule, ("role", "rule"))

    def remove_rule(self, role: int, rule: int) -> list[Rule]:
        """Remove a rule from a role.

        4.x only: a 5.x HQ has no such call; there give the role all its
        rules with ``update(role, rules=[...])``.

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
        NotOnThisServerError
            The server is a 5.x HQ; nothing was sent.
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
    ) -> Page[Role] | Page[HQRole]:
        """Roles you may see, one page at a time.

        Parameters
        ----------
        name, description : str | None
            Patterns (SQL LIKE: ``%`` any text, ``_`` one character).
        organization : int | Sequence[int] | None
            Roles of this organization (or of any of these, as many as you
            like: too many for one request are asked for in several, and the
            list put together as one request would give it).
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
        Page[Role] | Page[HQRole]
            One page; ``.all()`` for every page. (Pages after the first keep
            every value of ``organization``; the server's own next-page links
            would drop all but the first.) On a 5.x HQ its own roles.

        Raises
        ------
        InvalidArgumentError
            ``organization``, ``sort``, ``page`` or ``per_page`` is not valid;
            nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        """
        # HQ takes one name and description pattern, and answers with its
        # own roles
        page_model: Any = RolePage
        ops: Any = self._ops
        patterns: dict[str, Any] = {
            "name": UNSET if name is None else [name],
            "description": UNSET if description is None else [description],
        }
        if self._on_hq:
            page_model, ops = HQRolePage, self._hq_ops
            patterns = {"name": given(name), "description": given(description)}
        order = sort_fields(sort, sortable.ROLES)
        query = functools.partial(
            ops.role_list,
            **patterns,
            rule_id=given(optional_id(rule, "rule")),
            user_id=given(optional_id(user, "user")),
            include_root=flag(include_root),
            sort=order,
        )
        only = (
            "organization_id",
            UNSET if organization is None else id_list(organization, "organization"),
        )
        return self._list_of_ids(page_model, query, only, order, page, per_page, 20)
