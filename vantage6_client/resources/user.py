"""``client.user``: people who log in.

On a 5.x HQ people log in at Keycloak, which keeps their names, e-mail
address and password: HQ's users have a username, an organization, roles and
rules, and may be service accounts (a Keycloak client whose secret logs in).
The official 5.x client's methods drop the 4.x-only parameters (and reorder
``create``'s and ``update``'s): both lines' forms are accepted here, and a
parameter of the other line is refused before anything is sent.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, NamedTuple

from vantage6_hq_api.models import NewUser as HQNewUser
from vantage6_hq_api.models import User as HQUser
from vantage6_hq_api.models import UserEditUpdate as HQUserEditUpdate
from vantage6_hq_api.models import UserInput as HQUserInput
from vantage6_hq_api.models import UserPage as HQUserPage
from vantage6_server_api.models import Message, User, UserInput, UserPage, UserUpdate

from vantage6_client._exceptions import InvalidArgumentError, NotOnThisServerError
from vantage6_client._lines import refuse_given
from vantage6_client._pagination import Page
from vantage6_client.resources import _sortable as sortable
from vantage6_client.resources._base import (
    ServerApiGroup,
    flag,
    given,
    given_fields,
    id_list,
    optional_id,
    optional_ids,
    require_id,
    require_text,
    sort_fields,
    with_given,
)
from vantage6_client.resources._hq_task import official_hq_positions
from vantage6_client.resources._limits import (
    SHORT_TEXT,
    USERNAME_MIN,
    require_email,
    require_length,
)
from vantage6_client.resources._paged import paged
from vantage6_client.resources._post_filters import post_filtering
from vantage6_client.resources._sortable import Sortable

# HQ's user table: no names, e-mail or login bookkeeping (Keycloak's)
HQ_USERS = sortable._sortable(
    "users",
    "id is_service_account keycloak_client_id keycloak_id last_seen "
    "organization_id status type username",
)

# the official 5.x user.list's parameters from the third on (no names or
# e-mail), and create's from the second on
_OFFICIAL_HQ_LIST = (
    "role",
    "rule",
    "last_seen_from",
    "last_seen_till",
    "page",
    "per_page",
)
_OFFICIAL_HQ_CREATE = (
    "password",
    "organization",
    "roles",
    "rules",
    "is_service_account",
)

# what a 5.x HQ keeps of a user's 4.x fields, and where the rest went
_KEYCLOAK_KEEPS = (
    "on a 5.x HQ a user's names, e-mail address and password are kept at "
    "Keycloak (its account console, or its admin console for administrators)"
)


def _require_account_fields(
    username: str | None,
    firstname: str | None = None,
    lastname: str | None = None,
    email: str | None = None,
) -> None:
    """The account fields given, within what the servers' schemas take."""
    require_length("username", username, at_least=USERNAME_MIN, at_most=SHORT_TEXT)
    require_length("firstname", firstname, at_most=SHORT_TEXT)
    require_length("lastname", lastname, at_most=SHORT_TEXT)
    require_email("email", email)


def _refuse_4x_only(**values: Any) -> None:
    """On HQ: the first 4.x-only parameter given, refused (nothing sent)."""
    refuse_given(f"is vantage6 4.x's: {_KEYCLOAK_KEEPS}", **values)


class _UserLine(NamedTuple):
    """A line's user model, its page and the operations answering with them."""

    user: type[User] | type[HQUser]
    page: Any  # UserPage | HQUserPage: a union would lose the item type
    ops: Any  # the server's Operations or HQ's, both with user_get/user_list


class UserGroup(ServerApiGroup):
    """Users: list, get, create, update, delete."""

    # A 5.x HQ answers with users of its own form (no names or e-mail;
    # is_service_account, keycloak_id), from operations of its own: chosen
    # in one place.
    @property
    def _line(self) -> _UserLine:
        if self._on_hq:
            return _UserLine(HQUser, HQUserPage, self._hq_ops)
        return _UserLine(User, UserPage, self._ops)

    def get_own_user(self, include_permissions: bool = False) -> User | HQUser:
        """The logged-in user, as the server knows them (on either line; the
        official 5.x client's method).

        Parameters
        ----------
        include_permissions : bool
            Add ``permissions``: the user's roles and rules and the
            organizations in the user's collaborations.

        Returns
        -------
        User | HQUser
            On 4.x the user, on a 5.x HQ its own model (``HQUser``: no
            names or e-mail, which Keycloak keeps; ``is_service_account``).

        Raises
        ------
        NotLoggedInError
            Not logged in; nothing was sent.
        """
        if self._on_hq:
            # HQ reads any value, "false" too, as true: only true is sent
            return self._transport.call(
                HQUser,
                self._hq_ops.user_me,
                include_permissions=flag(include_permissions),
            )
        return self.get(include_permissions=include_permissions)

    @post_filtering
    def get(
        self, id_: int | None = None, *, include_permissions: bool = False
    ) -> User | HQUser:
        """One user; by default yourself.

        Parameters
        ----------
        id_ : int | None
            The user; None for the logged-in user.
        include_permissions : bool
            Add ``permissions``: the ids of the user's roles and rules and of
            the organizations in the user's collaborations.

        Returns
        -------
        User | HQUser
            The user; on a 5.x HQ its own model (``HQUser``: no names or
            e-mail, which Keycloak keeps; ``is_service_account``).

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no user ``id_``.
        PermissionDeniedError
            You may not see them.
        """
        if id_ is None:
            id_ = self._client._require_login("user.get()").id_
        model, _, ops = self._line
        return self._transport.call(
            model,
            ops.user_get,
            require_id(id_, "id_"),
            include_permissions=flag(include_permissions),
        )

    @post_filtering
    @official_hq_positions(1, _OFFICIAL_HQ_CREATE)
    def create(
        self,
        username: str,
        firstname: str | None = None,
        lastname: str | None = None,
        password: str | None = None,
        email: str | None = None,
        organization: int | None = None,
        roles: Sequence[int] | None = None,
        rules: Sequence[int] | None = None,
        *,
        is_service_account: bool = False,
    ) -> User | HQUser | HQNewUser:
        """Create a user.

        On a 5.x HQ the official 5.x client's form works: ``create(username,
        password, organization, roles, rules, is_service_account)`` (in that
        positional order); HQ creates the account at Keycloak too, the
        password being temporary (Keycloak asks for a new one at the first
        login). A service account gets no password: its answer carries the
        ``client_secret`` that logs it in
        (``client.authenticate_service_account(secret, username)``).

        Parameters
        ----------
        username : str
            Unique; starts with a letter; letters, digits, ``.``, ``_``, ``-``.
        firstname, lastname : str | None
            Required on a 4.x server, 4.x only: the person's names; the
            default None exists for compatibility with the official 5.x
            client's signature (Keycloak keeps a 5.x user's names).
        password : str | None
            Required on a 4.x server and for a 5.x user who is not a service
            account; the default None exists for compatibility with the
            official 5.x client's signature. On 4.x 8 to 128 characters with
            a digit, an uppercase and a lowercase letter and a special
            character; on 5.x Keycloak's password policy applies.
        email : str | None
            Required on a 4.x server, 4.x only: unique e-mail address; the
            default None exists for compatibility with the official 5.x
            client's signature (Keycloak keeps a 5.x user's e-mail).
        organization : int | None
            The user's organization; by default yours (the official 4.x client
            sent null here, which the server refused).
        roles : Sequence[int] | None
            Ids of roles to give.
        rules : Sequence[int] | None
            Ids of extra rules to give.
        is_service_account : bool
            5.x only: make a service account (no password; it logs in with
            the ``client_secret`` of the answer).

        Returns
        -------
        User | HQUser | HQNewUser
            The new user; on a 5.x HQ its own model (``HQNewUser``, whose
            ``client_secret`` is set for a service account).

        Raises
        ------
        InvalidArgumentError
            A text field is empty or too long (names 128 characters, a
            username 3 to 128), ``email`` is not an e-mail address, a password
            is missing or given to a service account, an id is not a positive
            integer, or too many positional arguments for the 5.x form;
            nothing was sent.
        NotOnThisServerError
            A parameter of the other line (``firstname``, ``lastname`` or
            ``email`` on a 5.x HQ, ``is_service_account`` on 4.x); nothing was
            sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        BadRequestError
            Username or e-mail taken, weak password, invalid field; on a 5.x
            HQ also Keycloak refusing the account.
        NotFoundError
            There is no organization ``organization`` (on a 5.x HQ).
        PermissionDeniedError
            You may not create users there, or give those roles/rules.
        """
        if self._on_hq:
            return self._create_at_hq(
                username,
                password,
                organization,
                roles,
                rules,
                is_service_account,
                firstname=firstname,
                lastname=lastname,
                email=email,
            )
        if is_service_account:
            raise NotOnThisServerError(
                "is_service_account is vantage6 5.x's: a 4.x server has no service "
                "accounts (make the client with auth_url=... for a 5.x HQ)"
            )
        require_text(
            username=username,
            firstname=firstname,
            lastname=lastname,
            password=password,
            email=email,
        )
        assert firstname is not None and lastname is not None  # checked above
        assert password is not None and email is not None
        if organization is None:
            organization = self._client._require_login("user.create").organization_id
        body = UserInput(
            username=username,
            firstname=firstname,
            lastname=lastname,
            password=password,
            email=email,
            organization_id=require_id(organization, "organization"),
        )
        body = with_given(  # an empty list sends nothing, as None does
            body,
            roles=id_list(roles, "roles") if roles else None,
            rules=id_list(rules, "rules") if rules else None,
        )
        # the lengths last: a missing login or a malformed id is told first
        _require_account_fields(username, firstname, lastname, email)
        return self._send(User, self._ops.user_create, body)

    def _create_at_hq(
        self,
        username: str,
        password: str | None,
        organization: int | None,
        roles: Sequence[int] | None,
        rules: Sequence[int] | None,
        is_service_account: bool,
        **only_4x: Any,
    ) -> HQNewUser:
        """``create`` on a 5.x HQ (its form: no names or e-mail)."""
        _refuse_4x_only(**only_4x)
        require_text(username=username)
        if is_service_account:
            if password is not None:
                raise InvalidArgumentError(
                    "password: a service account has none (it logs in with the "
                    "client_secret HQ answers)"
                )
        else:
            require_text(password=password)
        if isinstance(organization, str):
            raise InvalidArgumentError(
                f"organization must be a positive integer id, not {organization!r} "
                "(on 5.x the positional order is create(username, password, "
                "organization, roles, rules, is_service_account))"
            )
        body = HQUserInput(username=username, is_service_account=is_service_account)
        body = with_given(  # HQ puts the user in your organization by default
            body,
            password=password,
            organization_id=optional_id(organization, "organization"),
            roles=id_list(roles, "roles") if roles else None,
            rules=id_list(rules, "rules") if rules else None,
        )
        _require_account_fields(username)
        return self._transport.call(HQNewUser, self._hq_ops.user_create, body=body)

    @post_filtering
    @official_hq_positions(1, ("rules", "roles"))
    def update(
        self,
        id_: int | None = None,
        firstname: str | None = None,
        lastname: str | None = None,
        organization: int | None = None,
        rules: Sequence[int] | None = None,
        roles: Sequence[int] | None = None,
        email: str | None = None,
        *,
        username: str | None = None,
    ) -> User | HQUser:
        """Change a user; arguments left None stay as they are.

        On a 5.x HQ only ``rules`` and ``roles`` can change (Keycloak keeps
        names, e-mail and password), and the official 5.x client's form
        works: ``update(id_, rules, roles)`` (in that positional order). HQ
        refuses changing your own rules and roles.

        Parameters
        ----------
        id_ : int | None
            The user; None for yourself.
        firstname, lastname : str | None
            4.x only: new values.
        organization : int | None
            4.x only, and not changeable: the 4.x server ignores it (accepted
            for compatibility).
        rules, roles : Sequence[int] | None
            The complete new lists (``[]`` removes all).
        email, username : str | None
            4.x only: new values.

        Returns
        -------
        User | HQUser
            The user as changed; on a 5.x HQ its own model.

        Raises
        ------
        InvalidArgumentError
            An id is not a positive integer, a name or the username is longer
            than 128 characters, the username is empty, ``email`` is not an
            e-mail address, or too many positional arguments for the 5.x form;
            nothing was sent.
        NotOnThisServerError
            On a 5.x HQ, a 4.x-only parameter (``firstname``, ``lastname``,
            ``organization``, ``email``, ``username``); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no user ``id_``, or (on a 5.x HQ) no such role or rule.
        BadRequestError
            The username or e-mail address is taken, or a field is invalid.
        PermissionDeniedError
            You may not change them, or give those roles/rules (on a 5.x HQ
            nor your own).
        """
        if self._on_hq:
            _refuse_4x_only(
                firstname=firstname,
                lastname=lastname,
                organization=organization,
                email=email,
                username=username,
            )
        if id_ is None:
            id_ = self._client._require_login("user.update()").id_
        if self._on_hq:
            changes = given_fields(
                HQUserEditUpdate,
                rules=optional_ids(rules, "rules"),
                roles=optional_ids(roles, "roles"),
            )
            return self._send_to(
                HQUser, self._hq_ops.user_update, require_id(id_, "id_"), changes
            )
        user_id = require_id(id_, "id_")
        body = given_fields(
            UserUpdate,
            firstname=firstname,
            lastname=lastname,
            email=email,
            username=username,
            rules=optional_ids(rules, "rules"),
            roles=optional_ids(roles, "roles"),
        )
        _require_account_fields(username, firstname, lastname, email)
        return self._send_to(User, self._ops.user_update, user_id, body)

    def delete(self, id_: int, delete_dependents: bool = False) -> Message:
        """Delete a user (on a 5.x HQ their Keycloak account or client too).

        Parameters
        ----------
        id_ : int
            The user.
        delete_dependents : bool
            Also delete the tasks the user created; without it the server
            refuses when there are any.

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
            There is no user ``id_``.
        BadRequestError
            They created tasks and ``delete_dependents`` is False.
        PermissionDeniedError
            You may not delete them.
        """
        # HQ serves it as 4.x does (SAME_ON_BOTH_LINES)
        return self._delete(
            self._ops.user_delete, require_id(id_, "id_"), delete_dependents
        )

    # Last in the class: below it, ``list`` in an annotation of this class
    # would name this method (for mypy), not the builtin.
    @post_filtering
    @paged
    @official_hq_positions(2, _OFFICIAL_HQ_LIST)
    def list(
        self,
        username: str | None = None,
        organization: int | None = None,
        firstname: str | None = None,
        lastname: str | None = None,
        email: str | None = None,
        role: int | None = None,
        rule: int | None = None,
        last_seen_from: str | None = None,
        last_seen_till: str | None = None,
        page: int = 1,
        per_page: int = 20,
        *,
        sort: str | list[str] | None = None,
    ) -> Page[User] | Page[HQUser]:
        """Users you may see, one page at a time.

        On a 5.x HQ the official 5.x client's form works: ``list(username,
        organization, role, rule, last_seen_from, last_seen_till, page,
        per_page)`` (in that positional order; no names or e-mail).

        Parameters
        ----------
        username : str | None
            Pattern (SQL LIKE: ``%`` any text, ``_`` one character).
        organization : int | None
            Users of this organization.
        firstname, lastname, email : str | None
            4.x only: patterns (SQL LIKE).
        role : int | None
            Users with this role.
        rule : int | None
            Users given this rule directly (not through a role).
        last_seen_from, last_seen_till : str | None
            Last seen on or after / before this moment, e.g. ``"2024-05-01"``.

        Raises
        ------
        InvalidArgumentError
            ``sort``, ``page`` or ``per_page`` is not valid, an id
            (``organization``, ``role``, ``rule``) is not a positive integer,
            or too many positional arguments for the 5.x form; nothing was
            sent.
        NotOnThisServerError
            ``firstname``, ``lastname`` or ``email`` on a 5.x HQ; nothing was
            sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such role or rule (the server answers 400 "...
            id=N does not exist!", which is reported as this).
        """
        filters: dict[str, Any] = {}
        columns: Sortable
        if self._on_hq:
            _refuse_4x_only(firstname=firstname, lastname=lastname, email=email)
            columns = HQ_USERS
        else:
            columns = sortable.USERS
            filters = {
                "firstname": given(firstname),
                "lastname": given(lastname),
                "email": given(email),
            }
        _, page_model, ops = self._line
        query = functools.partial(
            ops.user_list,
            **filters,
            username=given(username),
            organization_id=given(optional_id(organization, "organization")),
            role_id=given(optional_id(role, "role")),
            rule_id=given(optional_id(rule, "rule")),
            last_seen_from=given(last_seen_from),
            last_seen_till=given(last_seen_till),
            sort=sort_fields(sort, columns),
        )
        return self._list(page_model, query, page, per_page, 20)
