"""``client.role``: named sets of rules given to users."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Sequence

from vantage6_server_api.api.role import (
    role_add_rule,
    role_create,
    role_delete,
    role_get,
    role_list,
    role_remove_rule,
    role_update,
)
from vantage6_server_api.models import (
    Message,
    Role,
    RolePage,
    Rule,
    ServerRoleInput,
    ServerRoleUpdate,
)
from vantage6_server_api.types import UNSET

from vantage6_client._exceptions import InvalidArgumentError
from vantage6_client._pagination import Page
from vantage6_client.resources._base import (
    Resource,
    flag,
    given,
    id_list,
    page_number,
    page_size,
    post_filtering,
    require_id,
    sort_fields,
)


class RoleGroup(Resource):
    """Roles: list, get, create, update, delete, and their rules."""

    @post_filtering
    def list(
        self,
        name: str | None = None,
        description: str | None = None,
        organization: int | builtins.list[int] | None = None,
        rule: int | None = None,
        user: int | None = None,
        include_root: bool | None = None,
        page: int = 1,
        per_page: int = 20,
        *,
        sort: str | builtins.list[str] | None = None,
    ) -> Page[Role]:
        """Roles you may see, one page at a time.

        Parameters
        ----------
        name, description : str | None
            Patterns (SQL LIKE: ``%`` any text, ``_`` one character).
        organization : int | builtins.list[int] | None
            Roles of this organization (or of any of these).
        rule : int | None
            Roles that contain this rule.
        user : int | None
            Roles of this user.
        include_root : bool | None
            With ``organization``: also the default roles, which belong to no
            organization.
        page : int
            Page number, from 1.
        per_page : int
            Items per page.
        sort : str | builtins.list[str] | None
            Field(s) to sort by; ``-`` in front for descending.

        Returns
        -------
        Page[Role]
            One page; ``.all()`` for every page. (Pages after the first keep
            every value of ``organization``; the server's own next-page links
            would drop all but the first.)
        """
        request = functools.partial(
            role_list.sync_detailed,
            client=self._api,
            name=UNSET if name is None else [name],
            description=UNSET if description is None else [description],
            organization_id=(
                UNSET if organization is None else id_list(organization, "organization")
            ),
            rule_id=given(rule),
            user_id=given(user),
            include_root=flag(include_root),
            per_page=page_size(per_page, 20),
            sort=sort_fields(sort),
        )
        return self._paginate(RolePage, request, page_number(page))

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
        """
        return self._transport.call(
            Role, role_get.sync_detailed, require_id(id_, "id_"), client=self._api
        )

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
        rules : sequence of int
            Ids of its rules (may be empty); you must hold them yourself.
        organization : int | None
            The organization it belongs to; by default yours.

        Returns
        -------
        Role
            The new role.
        """
        if not isinstance(name, str) or not name:
            raise InvalidArgumentError("name must be a non-empty string")
        body = ServerRoleInput(
            name=name, rules=id_list(rules, "rules"), description=description
        )
        if organization is not None:
            body.organization_id = require_id(organization, "organization")
        return self._transport.call(
            Role, role_create.sync_detailed, client=self._api, body=body
        )

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
        rules : sequence of int | None
            The complete new rule list (``[]`` removes all).

        Returns
        -------
        Role
            The role as changed.
        """
        body = ServerRoleUpdate()
        if name is not None:
            body.name = name
        if description is not None:
            body.description = description
        if rules is not None:
            body.rules = id_list(rules, "rules")
        return self._transport.call(
            Role,
            role_update.sync_detailed,
            require_id(role, "role"),
            client=self._api,
            body=body,
        )

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
        """
        return self._transport.call(
            Message,
            role_delete.sync_detailed,
            require_id(role, "role"),
            client=self._api,
            delete_dependents=flag(delete_dependents),
        )

    def add_rule(self, role: int, rule: int) -> builtins.list[Rule]:
        """Add a rule to a role.

        Parameters
        ----------
        role : int
            The role.
        rule : int
            The rule; you must hold it yourself.

        Returns
        -------
        builtins.list[Rule]
            All rules of the role afterwards.
        """
        return self._transport.call_list(
            Rule,
            role_add_rule.sync_detailed,
            require_id(role, "role"),
            require_id(rule, "rule"),
            client=self._api,
        )

    def remove_rule(self, role: int, rule: int) -> builtins.list[Rule]:
        """Remove a rule from a role.

        Parameters
        ----------
        role : int
            The role.
        rule : int
            One of its rules.

        Returns
        -------
        builtins.list[Rule]
            The rules the role still has.
        """
        return self._transport.call_list(
            Rule,
            role_remove_rule.sync_detailed,
            require_id(role, "role"),
            require_id(rule, "rule"),
            client=self._api,
        )
