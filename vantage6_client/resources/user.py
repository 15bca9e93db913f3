"""``client.user``: people who log in."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from vantage6_hq_api.models import User as HQUser
from vantage6_server_api.models import Message, User, UserInput, UserPage, UserUpdate

from vantage6_client._pagination import Page
from vantage6_client.resources import _sortable as sortable
from vantage6_client.resources._base import (
    ServerApiGroup,
    flag,
    given,
    given_fields,
    id_list,
    optional_ids,
    require_id,
    require_text,
    sort_fields,
    with_given,
)
from vantage6_client.resources._paged import paged
from vantage6_client.resources._post_filters import post_filtering


class UserGroup(ServerApiGroup):
    """Users: list, get, create, update, delete."""

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
            return self._transport.call(
                HQUser,
                self._hq_ops.user_me,
                include_permissions=include_permissions,
            )
        return self.get(include_permissions=include_permissions)

    @post_filtering
    def get(self, id_: int | None = None, *, include_permissions: bool = False) -> User:
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
        User
            The user.

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
        return self._transport.call(
            User,
            self._ops.user_get,
            require_id(id_, "id_"),
            include_permissions=flag(include_permissions),
        )

    @post_filtering
    def create(
        self,
        username: str,
        firstname: str,
        lastname: str,
        password: str,
        email: str,
        organization: int | None = None,
        roles: Sequence[int] | None = None,
        rules: Sequence[int] | None = None,
    ) -> User:
        """Create a user.

        Parameters
        ----------
        username : str
            Unique; starts with a letter; letters, digits, ``.``, ``_``, ``-``.
        firstname, lastname : str
            The person's names (the server needs both).
        password : str
            8 to 128 characters with a digit, an uppercase and a lowercase
            letter and a special character.
        email : str
            Unique e-mail address.
        organization : int | None
            The user's organization; by default yours (the official client
            sent null here, which the server refused).
        roles : Sequence[int] | None
            Ids of roles to give.
        rules : Sequence[int] | None
            Ids of extra rules to give.

        Returns
        -------
        User
            The new user.

        Raises
        ------
        InvalidArgumentError
            A text field is empty, or an id is not a positive integer; nothing
            was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        BadRequestError
            Username or e-mail taken, weak password, invalid field.
        PermissionDeniedError
            You may not create users there, or give those roles/rules.
        """
        require_text(
            username=username,
            firstname=firstname,
            lastname=lastname,
            password=password,
            email=email,
        )
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
        return self._send(User, self._ops.user_create, body)

    @post_filtering
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
    ) -> User:
        """Change a user; arguments left None stay as they are.

        Parameters
        ----------
        id_ : int | None
            The user; None for yourself.
        firstname, lastname : str | None
            New values.
        organization : int | None
            Not changeable: the server ignores it (accepted for compatibility).
        rules, roles : Sequence[int] | None
            The complete new lists (``[]`` removes all).
        email, username : str | None
            New values.

        Returns
        -------
        User
            The user as changed.

        Raises
        ------
        InvalidArgumentError
            An id is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no user ``id_``.
        BadRequestError
            The username or e-mail address is taken, or a field is invalid.
        PermissionDeniedError
            You may not change them, or give those roles/rules.
        """
        if id_ is None:
            id_ = self._client._require_login("user.update()").id_
        body = given_fields(
            UserUpdate,
            firstname=firstname,
            lastname=lastname,
            email=email,
            username=username,
            rules=optional_ids(rules, "rules"),
            roles=optional_ids(roles, "roles"),
        )
        return self._send_to(User, self._ops.user_update, require_id(id_, "id_"), body)

    def delete(self, id_: int, delete_dependents: bool = False) -> Message:
        """Delete a user.

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
        return self._delete(
            self._ops.user_delete, require_id(id_, "id_"), delete_dependents
        )

    # Last in the class: below it, ``list`` in an annotation of this class
    # would name this method (for mypy), not the builtin.
    @post_filtering
    @paged
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
    ) -> Page[User]:
        """Users you may see, one page at a time.

        Parameters
        ----------
        username : str | None
            Pattern (SQL LIKE: ``%`` any text, ``_`` one character).
        organization : int | None
            Users of this organization.
        firstname, lastname, email : str | None
            Patterns (SQL LIKE).
        role : int | None
            Users with this role.
        rule : int | None
            Users given this rule directly (not through a role).
        last_seen_from, last_seen_till : str | None
            Last seen on or after / before this moment, e.g. ``"2024-05-01"``.

        Raises
        ------
        InvalidArgumentError
            ``sort``, ``page`` or ``per_page`` is not valid; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such role or rule (the server answers 400 "...
            id=N does not exist!", which is reported as this).
        """
        query = functools.partial(
            self._ops.user_list,
            username=given(username),
            organization_id=given(organization),
            firstname=given(firstname),
            lastname=given(lastname),
            email=given(email),
            role_id=given(role),
            rule_id=given(rule),
            last_seen_from=given(last_seen_from),
            last_seen_till=given(last_seen_till),
            sort=sort_fields(sort, sortable.USERS),
        )
        return self._list(UserPage, query, page, per_page, 20)
