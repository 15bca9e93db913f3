"""``client.rule``: the permissions roles are made of."""

from __future__ import annotations

import functools

from vantage6_server_api.models import Rule, RulePage

from vantage6_client._pagination import Page
from vantage6_client.resources import _sortable as sortable
from vantage6_client.resources._base import (
    ServerApiGroup,
    given,
    sort_fields,
)
from vantage6_client.resources._paged import paged
from vantage6_client.resources._post_filters import post_filtering

_OPERATIONS = ("VIEW", "EDIT", "CREATE", "DELETE", "SEND", "RECEIVE")
_SCOPES = ("OWN", "ORGANIZATION", "COLLABORATION", "GLOBAL")


def _rule_term(value: str | None, names: tuple[str, ...]) -> str | None:
    """The server matches the enum's names (VIEW) or values (v) exactly."""
    if value is None:
        return None
    return value.upper() if value.upper() in names else value


class RuleGroup(ServerApiGroup):
    """Permission rules: list and get."""

    @post_filtering
    def get(self, id_: int) -> Rule:
        """One rule.

        Parameters
        ----------
        id_ : int
            The rule.

        Returns
        -------
        Rule
            Its name (resource), operation and scope.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no rule ``id_``.
        """
        return self._by_id(Rule, self._ops.rule_get, id_)

    # Last in the class: below it, ``list`` in an annotation of this class
    # would name this method (for mypy), not the builtin.
    @post_filtering
    @paged
    def list(
        self,
        name: str | None = None,
        operation: str | None = None,
        scope: str | None = None,
        role: int | None = None,
        page: int = 1,
        per_page: int = 20,
        *,
        user: int | None = None,
        sort: str | list[str] | None = None,
    ) -> Page[Rule]:
        """Rules, one page at a time.

        Parameters
        ----------
        name : str | None
            The resource the rule is about, e.g. ``"task"`` (exact).
        operation : str | None
            ``"view"``, ``"edit"``, ``"create"``, ``"delete"``, ``"send"``,
            ``"receive"`` (any case).
        scope : str | None
            ``"own"``, ``"organization"``, ``"collaboration"``, ``"global"``
            (any case).
        role : int | None
            Rules of this role.
        page : int
            Page number, from 1; by default 1.
        per_page : int
            Items per page; by default 20.
        user : int | None
            Rules a user has, directly or through roles.

        Raises
        ------
        InvalidArgumentError
            ``sort``, ``page`` or ``per_page`` is not valid; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such role or user (the server answers 400 "...
            id=N does not exist!", which is reported as this).
        """
        query = functools.partial(
            self._ops.rule_list,
            name=given(name),
            operation=given(_rule_term(operation, _OPERATIONS)),
            scope=given(_rule_term(scope, _SCOPES)),
            role_id=given(role),
            user_id=given(user),
            sort=sort_fields(sort, sortable.RULES),
        )
        return self._list(RulePage, query, page, per_page, 20)
