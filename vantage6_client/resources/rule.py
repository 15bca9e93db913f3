"""``client.rule``: the permissions roles are made of."""

from __future__ import annotations

import functools
from typing import Any

from vantage6_hq_api.models import Rule as HQRule
from vantage6_hq_api.models import RulePage as HQRulePage
from vantage6_server_api.models import Rule, RulePage

from vantage6_client._exceptions import NotOnThisServerError
from vantage6_client._pagination import Page
from vantage6_client.resources import _sortable as sortable
from vantage6_client.resources._base import (
    ServerApiGroup,
    flag,
    given,
    in_server_order,
    optional_id,
    page_number,
    page_size,
    sort_fields,
)
from vantage6_client.resources._paged import paged
from vantage6_client.resources._post_filters import post_filtering

_OPERATIONS = ("VIEW", "EDIT", "CREATE", "DELETE", "SEND", "RECEIVE")
_SCOPES = ("OWN", "ORGANIZATION", "COLLABORATION", "GLOBAL")


def _rule_term(value: str | None, names: tuple[str, ...], hq: bool) -> str | None:
    """A 4.x server matches the enum's names (VIEW) or values (v) exactly; a
    5.x HQ stores and matches the values (view)."""
    if value is None or value.upper() not in names:
        return value
    return value.lower() if hq else value.upper()


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
        current_user: bool = False,
    ) -> Page[Rule] | Page[HQRule]:
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
            Rules a user has, directly or through roles. With ``role`` too, a
            4.x server answers with a 500: there both are listed apart and
            the rules in both kept, in the server's order and pages.
        sort : str | list[str] | None
            Field(s) to sort by; ``-`` in front for descending.
        current_user : bool
            5.x only: the rules you have, directly or through roles (HQ then
            ignores ``user``).

        Returns
        -------
        Page[Rule] | Page[HQRule]
            One page; ``.all()`` for every page. On a 5.x HQ its own rules.

        Raises
        ------
        InvalidArgumentError
            ``user``, ``role``, ``sort``, ``page`` or ``per_page`` is not
            valid; nothing was sent.
        NotOnThisServerError
            ``current_user`` on a 4.x server; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such role or user (the server answers 400 "...
            id=N does not exist!", which is reported as this).
        """
        hq = self._on_hq
        page_model: Any = RulePage
        ops: Any = self._ops
        checked_user = optional_id(user, "user")
        user_id: Any = given(checked_user)
        hq_filters: dict[str, Any] = {}
        if hq:
            # HQ's spec types user_id as text; it reads any current_user
            # value, "false" too, as true: only true is sent
            page_model, ops = HQRulePage, self._hq_ops
            user_id = given(None if checked_user is None else str(checked_user))
            hq_filters = {"current_user": flag(current_user)}
        elif current_user:
            raise NotOnThisServerError(
                "current_user is vantage6 5.x's: on a 4.x server pass your own id, "
                "user=client.whoami.id_"
            )
        order = sort_fields(sort, sortable.RULES)
        query = functools.partial(
            ops.rule_list,
            **hq_filters,
            name=given(name),
            operation=given(_rule_term(operation, _OPERATIONS, hq)),
            scope=given(_rule_term(scope, _SCOPES, hq)),
            sort=order,
        )
        role_id = given(optional_id(role, "role"))
        if not hq and role is not None and user is not None:
            # 4.15.2 answers both filters at once with a 500 (its query joins
            # the roles twice): the rules of each, and those in both
            of_role = self._everything(page_model, query, role_id=role_id)
            of_user = self._everything(page_model, query, user_id=user_id)
            users = {r.id for r in of_user}
            both = [r for r in of_role if r.id in users]
            return Page.cut(
                in_server_order(both, order),
                page_number(page),
                page_size(per_page, 20),
            )
        filtered = functools.partial(query, role_id=role_id, user_id=user_id)
        return self._list(page_model, filtered, page, per_page, 20)
