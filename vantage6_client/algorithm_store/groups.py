"""The chosen algorithm store's own groups: reviews, roles, rules, users,
policies and trusted servers (``client.store.review`` and so on)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, NamedTuple, cast

from vantage6_store5_api import models as store5
from vantage6_store5_api.models import Message as Store5Message
from vantage6_store5_api.models import Policies as Store5Policies
from vantage6_store5_api.models import PublicPolicies as Store5PublicPolicies
from vantage6_store5_api.models import Review as Store5Review
from vantage6_store5_api.models import Role as Store5Role
from vantage6_store5_api.models import Rule as Store5Rule
from vantage6_store5_api.models import User as Store5User
from vantage6_store_api.models import (
    Message,
    Policies,
    PublicPolicies,
    Review,
    ReviewCreateInput,
    ReviewPage,
    ReviewUpdateInput,
    Role,
    RoleInput,
    RolePage,
    RoleUpdate,
    Rule,
    RulePage,
    User,
    UserInput,
    UserPage,
    UserUpdateInput,
    Vantage6Server,
    Vantage6ServerInput,
)
from vantage6_store_api.types import UNSET

from vantage6_client._exceptions import UnexpectedResponseError
from vantage6_client._pagination import Page
from vantage6_client.algorithm_store._base import StoreApiGroup
from vantage6_client.resources import _sortable as sortable
from vantage6_client.resources._base import (
    IdBodyOperation,
    RoleMethods,
    RoleModels,
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
from vantage6_client.resources._limits import require_email
from vantage6_client.resources._paged import paged
from vantage6_client.resources._post_filters import post_filtering


class _StoreLine(NamedTuple):
    """A store line's models for these groups: what its operations answer
    with and the bodies they take. A 4.x and a 5.x store answer these
    operations alike but for users (5.x: a Keycloak id, no e-mail or server)
    and policies (5.x: no servers, review settings); each line's bindings
    have their own classes."""

    review: type[Review] | type[Store5Review]
    review_page: Any  # ReviewPage or 5.x's: a union loses the item type
    new_review: Any  # ReviewCreateInput or 5.x's
    verdict: Any  # ReviewUpdateInput or 5.x's
    role: RoleModels[Role | Store5Role, Rule | Store5Rule, Message | Store5Message]
    role_page: Any
    rule_page: Any
    user: type[User] | type[Store5User]
    user_page: Any
    new_user: Any  # UserInput or 5.x's
    user_changes: Any  # UserUpdateInput or 5.x's
    message: type[Message] | type[Store5Message]
    policies: type[Policies] | type[Store5Policies]
    public_policies: type[PublicPolicies] | type[Store5PublicPolicies]


_STORE4 = _StoreLine(
    Review,
    ReviewPage,
    ReviewCreateInput,
    ReviewUpdateInput,
    RoleModels(Role, Rule, Message, new_role=RoleInput, role_changes=RoleUpdate),
    RolePage,
    RulePage,
    User,
    UserPage,
    UserInput,
    UserUpdateInput,
    Message,
    Policies,
    PublicPolicies,
)
_STORE5 = _StoreLine(
    Store5Review,
    store5.ReviewPage,
    store5.ReviewCreateInput,
    store5.ReviewUpdateInput,
    RoleModels(
        Store5Role,
        Store5Rule,
        Store5Message,
        new_role=store5.RoleInput,
        role_changes=store5.RoleUpdate,
    ),
    store5.RolePage,
    store5.RulePage,
    Store5User,
    store5.UserPage,
    store5.UserInput,
    store5.UserUpdateInput,
    Store5Message,
    Store5Policies,
    Store5PublicPolicies,
)


def _line_of(group: StoreApiGroup) -> _StoreLine:
    """The chosen store's line's models: the one place they are chosen (an
    HQ's stores are 5.x stores)."""
    return _STORE5 if group._on_hq else _STORE4


class ReviewGroup(StoreApiGroup, reached_as="store.review"):
    """Reviews of algorithms: an algorithm is approved when all its reviews are."""

    _line = property(_line_of)

    @post_filtering
    def get(self, id_: int) -> Review | Store5Review:
        """One review.

        Parameters
        ----------
        id_ : int
            The review.

        Returns
        -------
        Review | Store5Review
            With its reviewer and who requested it.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer, or no algorithm store has been
            chosen (``client.store.set``); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no review ``id_``.
        PermissionDeniedError
            You may not see it.
        """
        review: Review | Store5Review = self._by_id(
            self._line.review, self._ops.review_get, id_
        )
        return review

    @post_filtering
    def create(self, algorithm: int, reviewer: int) -> Review | Store5Review:
        """Assign a reviewer to an algorithm.

        Parameters
        ----------
        algorithm : int
            The algorithm (awaiting review or under review).
        reviewer : int
            The store user who reviews it (one with the review edit rule).

        Returns
        -------
        Review | Store5Review
            The new review, "under review".

        Raises
        ------
        InvalidArgumentError
            An id is not a positive integer, or no algorithm store has been
            chosen (``client.store.set``); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        BadRequestError
            The algorithm or reviewer does not exist, the reviewer may not
            review it, or its review is finished already.
        PermissionDeniedError
            You may not assign reviewers.
        """
        line = self._line
        body = line.new_review(
            algorithm_id=require_id(algorithm, "algorithm"),
            reviewer_id=require_id(reviewer, "reviewer"),
        )
        review: Review | Store5Review = self._send(
            line.review, self._ops.review_create, body
        )
        return review

    def delete(self, id_: int) -> Message | Store5Message:
        """Delete a review (not of an approved algorithm).

        Parameters
        ----------
        id_ : int
            The review.

        Returns
        -------
        Message | Store5Message
            The store's confirmation.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer, or no algorithm store has been
            chosen (``client.store.set``); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no review ``id_``.
        PermissionDeniedError
            You may not delete it (or its algorithm is approved).
        """
        deleted: Message | Store5Message = self._by_id(
            self._line.message, self._ops.review_delete, id_
        )
        return deleted

    def approve(self, id_: int, comment: str | None = None) -> Message | Store5Message:
        """Approve as the assigned reviewer; the last approval approves the algorithm.

        Parameters
        ----------
        id_ : int
            The review.
        comment : str | None
            Why.

        Returns
        -------
        Message | Store5Message
            The store's confirmation.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer, or no algorithm store has been
            chosen (``client.store.set``); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no review ``id_``.
        BadRequestError
            The review is finished already.
        PermissionDeniedError
            You are not its reviewer.
        """
        return self._verdict(self._ops.review_approve, id_, comment)

    def reject(self, id_: int, comment: str | None = None) -> Message | Store5Message:
        """Reject as the assigned reviewer: the algorithm is rejected at once.

        Parameters
        ----------
        id_ : int
            The review.
        comment : str | None
            Why.

        Returns
        -------
        Message | Store5Message
            The store's confirmation.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer, or no algorithm store has been
            chosen (``client.store.set``); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no review ``id_``.
        BadRequestError
            The review is finished already.
        PermissionDeniedError
            You are not its reviewer.
        """
        return self._verdict(self._ops.review_reject, id_, comment)

    def _verdict(
        self,
        operation: IdBodyOperation[ReviewUpdateInput],
        id_: int,
        comment: str | None,
    ) -> Message | Store5Message:
        """Approve or reject; the store needs a JSON body, even an empty one."""
        line = self._line
        body = given_fields(line.verdict, comment=comment)
        done: Message | Store5Message = self._send_to(
            line.message, operation, require_id(id_, "id_"), body
        )
        return done

    # Last in the class: below it, ``list`` in an annotation of this class
    # would name this method (for mypy), not the builtin.
    @post_filtering
    @paged
    def list(
        self,
        algorithm: int | None = None,
        reviewer: int | None = None,
        under_review: bool | None = None,
        reviewed: bool | None = None,
        approved: bool | None = None,
        rejected: bool | None = None,
        page: int = 1,
        per_page: int = 10,
    ) -> Page[Review | Store5Review]:
        """Reviews, one page at a time.

        Parameters
        ----------
        algorithm : int | None
            Reviews of this algorithm.
        reviewer : int | None
            Reviews by this store user.
        under_review, reviewed, approved, rejected : bool | None
            Only reviews in that state (one at a time).

        Raises
        ------
        InvalidArgumentError
            ``page`` or ``per_page`` is not valid, or no algorithm store has
            been chosen (``client.store.set``); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        BadRequestError
            More than one of the state filters is set.
        """
        query = functools.partial(
            self._ops.review_list,
            algorithm_id=given(optional_id(algorithm, "algorithm")),
            reviewer_id=given(optional_id(reviewer, "reviewer")),
            under_review=flag(under_review),
            reviewed=flag(reviewed),
            approved=flag(approved),
            rejected=flag(rejected),
        )
        listed: Page[Review | Store5Review] = self._list(
            self._line.review_page, query, page, per_page, 10
        )
        return listed


class StoreRoleGroup(
    StoreApiGroup,
    RoleMethods[Role | Store5Role, Rule | Store5Rule, Message | Store5Message],
    reached_as="store.role",
):
    """The store's roles (sets of its rules)."""

    @property
    def _role_models(  # type: ignore[override]
        self,
    ) -> RoleModels[Role | Store5Role, Rule | Store5Rule, Message | Store5Message]:
        return _line_of(self).role

    @post_filtering
    def get(self, role_id: int) -> Role | Store5Role:
        """One of the store's roles, with the store rules it grants.

        Parameters
        ----------
        role_id : int
            The store role.

        Returns
        -------
        Role | Store5Role
            Its name, description and rules (store rules, not the server's).

        Raises
        ------
        InvalidArgumentError
            ``role_id`` is not a positive integer, or no algorithm store has been
            chosen (``client.store.set``); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no store role ``role_id``.
        """
        return self._get_role(role_id, "role_id")

    @post_filtering
    def create(
        self, name: str, description: str, rules: Sequence[int]
    ) -> Role | Store5Role:
        """Create a store role, to give store users a set of store rules.

        Parameters
        ----------
        name : str
            A name no default store role has (e.g. not "Reviewer").
        description : str
            What store users with it may do.
        rules : Sequence[int]
            Ids of store rules (``client.store.rule.list()``); you must hold
            each one yourself.

        Returns
        -------
        Role | Store5Role
            The store role as created.

        Raises
        ------
        InvalidArgumentError
            The name is empty, an id is not a positive integer, or no
            algorithm store has been chosen (``client.store.set``); nothing
            was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            A rule does not exist.
        BadRequestError
            The store refused a field (e.g. a default role's name).
        PermissionDeniedError
            You may not create store roles, or do not hold every rule.
        """
        return self._create_role(self._new_role(name, description, rules))

    def edit(
        self,
        role_id: int,
        name: str | None = None,
        description: str | None = None,
        rules: Sequence[int] | None = None,
    ) -> Role | Store5Role:
        """Change a store role; arguments left None stay as they are.

        Parameters
        ----------
        role_id : int
            A store role that is not one of the store's defaults.
        name, description : str | None
            Its new name or description.
        rules : Sequence[int] | None
            Every store rule it is to grant from now on.

        Returns
        -------
        Role | Store5Role
            The store role afterwards.

        Raises
        ------
        InvalidArgumentError
            An id is not a positive integer, or no algorithm store has been
            chosen (``client.store.set``); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no store role ``role_id``, or a rule does not exist.
        BadRequestError
            It is one of the store's default roles.
        PermissionDeniedError
            You may not change it, or do not hold every rule.
        """
        return self._change_role(role_id, "role_id", name, description, rules)

    def delete(
        self, role_id: int, delete_dependents: bool = False
    ) -> Message | Store5Message:
        """Delete a store role.

        Parameters
        ----------
        role_id : int
            A store role that is not one of the store's defaults.
        delete_dependents : bool
            Also when store users hold it (the store takes it from them).

        Returns
        -------
        Message | Store5Message
            The store's confirmation.

        Raises
        ------
        InvalidArgumentError
            ``role_id`` is not a positive integer, or no algorithm store has been
            chosen (``client.store.set``); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no store role ``role_id``.
        BadRequestError
            It is a default role, or users hold it and ``delete_dependents``
            is False.
        PermissionDeniedError
            You may not delete it.
        """
        return self._delete_role(role_id, "role_id", delete_dependents)

    def add_rule(self, role_id: int, rule_id: int) -> list[Rule]:
        """Let a store role grant one more store rule (4.x stores only).

        Parameters
        ----------
        role_id : int
            The store role.
        rule_id : int
            A store rule you hold yourself.

        Returns
        -------
        list[Rule]
            Every store rule the role grants now.

        Raises
        ------
        NotOnThisServerError
            The store is a 5.x store, which has no such call: give the role
            all its rules with :meth:`edit`; nothing was sent.
        InvalidArgumentError
            An id is not a positive integer, or no algorithm store has been
            chosen (``client.store.set``); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such store role or rule.
        PermissionDeniedError
            You may not change the role, or do not hold the rule.
        """
        # a 4.x store's only (a 5.x store's table refuses it)
        rules = self._role_rule("add", role_id, rule_id, ("role_id", "rule_id"))
        return cast("list[Rule]", rules)

    def remove_rule(self, role_id: int, rule_id: int) -> list[Rule]:
        """Stop a store role granting one of its store rules (4.x stores only).

        Parameters
        ----------
        role_id : int
            The store role.
        rule_id : int
            A store rule it grants now.

        Returns
        -------
        list[Rule]
            The store rules it still grants.

        Raises
        ------
        NotOnThisServerError
            The store is a 5.x store, which has no such call: give the role
            all its rules with :meth:`edit`; nothing was sent.
        InvalidArgumentError
            An id is not a positive integer, or no algorithm store has been
            chosen (``client.store.set``); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such store role or rule.
        PermissionDeniedError
            You may not change the role.
        """
        # a 4.x store's only (a 5.x store's table refuses it)
        rules = self._role_rule("remove", role_id, rule_id, ("role_id", "rule_id"))
        return cast("list[Rule]", rules)

    # Last in the class: below it, ``list`` in an annotation of this class
    # would name this method (for mypy), not the builtin.
    @post_filtering
    @paged
    def list(
        self,
        name: str | None = None,
        description: str | None = None,
        user: int | None = None,
        page: int = 1,
        per_page: int = 10,
    ) -> Page[Role | Store5Role]:
        """Roles, one page at a time.

        Parameters
        ----------
        name, description : str | None
            Patterns (SQL LIKE: ``%`` any text, ``_`` one character).
        user : int | None
            Roles of this store user.

        Raises
        ------
        InvalidArgumentError
            ``page`` or ``per_page`` is not valid, or no algorithm store has
            been chosen (``client.store.set``); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        """
        query = functools.partial(
            self._ops.role_list,
            name=UNSET if name is None else [name],
            description=UNSET if description is None else [description],
            user_id=given(optional_id(user, "user")),
        )
        listed: Page[Role | Store5Role] = self._list(
            _line_of(self).role_page, query, page, per_page, 10
        )
        return listed


class StoreRuleGroup(StoreApiGroup, reached_as="store.rule"):
    """The store's permission rules."""

    @post_filtering
    @paged
    @official_hq_positions(3, ("user_id", "current_user", "page", "per_page"))
    def list(
        self,
        name: str | None = None,
        operation: str | None = None,
        role: int | None = None,
        username: str | None = None,
        serverUrl: str | None = None,  # noqa: N803 - the official client's name
        page: int = 1,
        per_page: int = 10,
        *,
        user_id: int | None = None,
        current_user: bool = False,
    ) -> Page[Rule | Store5Rule]:
        """Rules, one page at a time.

        On an HQ's (5.x) store the official 5.x positional order is read:
        ``list(name, operation, role, user_id, current_user, page, per_page)``.

        Parameters
        ----------
        name : str | None
            The resource, e.g. ``"algorithm"`` (exact).
        operation : str | None
            ``"view"``, ``"create"``, ``"edit"`` or ``"delete"``.
        role : int | None
            Rules of this role.
        username : str | None
            4.x stores only: rules of this user (with ``serverUrl``; not
            together with ``role``).
        serverUrl : str | None
            4.x stores only: the user's server; by default this client's when
            ``username`` is given.
        page : int
            Page number, from 1; by default 1.
        per_page : int
            Items per page; by default 10.
        user_id : int | None
            5.x stores only: rules of this store user (through their roles).
        current_user : bool
            5.x stores only: your own rules (sent only when True: the store
            takes any value it is given, "false" too, for true).

        Raises
        ------
        InvalidArgumentError
            ``page``, ``per_page`` or ``user_id`` is not valid, or no
            algorithm store has been chosen (``client.store.set``); nothing
            was sent.
        NotOnThisServerError
            A parameter of the other store line was given (``username`` or
            ``serverUrl`` on a 5.x store, ``user_id`` or ``current_user`` on
            a 4.x one); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such role (the store answers 400 "Role with id=N does
            not exist!", which is reported as this).
        """
        operation = operation.lower() if operation else None
        if self._on_hq:
            self._refuse_on_store5(username=username, serverUrl=serverUrl)
            query5 = functools.partial(
                self._ops5.rule_list,
                name=given(name),
                operation=given(operation),
                role_id=given(optional_id(role, "role")),
                user_id=given(optional_id(user_id, "user_id")),
                current_user=True if current_user else UNSET,
            )
            listed: Page[Rule | Store5Rule] = self._list(
                _line_of(self).rule_page, query5, page, per_page, 10
            )
            return listed
        self._refuse_on_store4(user_id=user_id, current_user=current_user)
        server = serverUrl
        if username is not None and server is None:
            server = self._client.base_path
        query = functools.partial(
            self._ops.rule_list,
            name=given(name),
            operation=given(operation),
            role_id=given(optional_id(role, "role")),
            username=given(username),
            server_url=given(server),
        )
        rules: Page[Rule | Store5Rule] = self._list(RulePage, query, page, per_page, 10)
        return rules


class StoreUserGroup(StoreApiGroup, reached_as="store.user"):
    """Users registered in the store (users of trusted vantage6 servers; for
    an HQ's 5.x store, users of its Keycloak realm)."""

    _line = property(_line_of)

    @post_filtering
    def get(self, id_: int) -> User | Store5User:
        """One store user.

        Parameters
        ----------
        id_ : int
            The store user (not the server's user id).

        Returns
        -------
        User | Store5User
            With their server (a 5.x store's: with their Keycloak id and
            organization instead).

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer, or no algorithm store has been
            chosen (``client.store.set``); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no store user ``id_``.
        PermissionDeniedError
            You may not see them.
        """
        user: User | Store5User = self._by_id(self._line.user, self._ops.user_get, id_)
        return user

    def register(self, username: str, roles: Sequence[int]) -> User | Store5User:
        """Register a user of your vantage6 server in the store.

        Parameters
        ----------
        username : str
            Their username on your server (the store looks it up there; a 5.x
            store looks it up at Keycloak, and needs the user's
            ``organization_id`` attribute there, which HQ sets).
        roles : Sequence[int]
            Store roles to give them.

        Returns
        -------
        User | Store5User
            The store user (a 5.x store's: ``Store5User``).

        Raises
        ------
        InvalidArgumentError
            The username is empty, an id is not a positive integer, or no
            algorithm store has been chosen (``client.store.set``); nothing
            was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        BadRequestError
            They are registered already, or your server (5.x: Keycloak) has
            no such user.
        PermissionDeniedError
            You may not register users, or your server's users may not be
            registered in the store.
        """
        require_text(username=username)
        line = self._line
        body = line.new_user(username=username, roles=id_list(roles, "roles"))
        user: User | Store5User = self._send(line.user, self._ops.user_register, body)
        return user

    @post_filtering
    def update(
        self,
        id_: int,
        roles: Sequence[int] | None = None,
        *,
        email: str | None = None,
    ) -> User | Store5User:
        """Change a store user's roles (not your own) or e-mail address.

        Parameters
        ----------
        id_ : int
            The store user.
        roles : Sequence[int] | None
            The complete new role list.
        email : str | None
            4.x stores only: a new e-mail address (a 5.x store keeps none).

        Returns
        -------
        User | Store5User
            The user as changed.

        Raises
        ------
        InvalidArgumentError
            An id is not a positive integer, or no algorithm store has been
            chosen (``client.store.set``); nothing was sent.
        NotOnThisServerError
            ``email`` was given for a 5.x store; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no store user ``id_``, or a role does not exist.
        PermissionDeniedError
            You may not change them (or your own roles).
        """
        self._refuse_on_store5(email=email)
        line = self._line
        body = given_fields(line.user_changes, roles=optional_ids(roles, "roles"))
        if email is not None:
            require_email("email", email)
            body.email = email
        user: User | Store5User = self._send_to(
            line.user, self._ops.user_update, require_id(id_, "id_"), body
        )
        return user

    def delete(self, id_: int) -> Message | Store5Message:
        """Remove a user from the store.

        Parameters
        ----------
        id_ : int
            The store user.

        Returns
        -------
        Message | Store5Message
            The store's confirmation.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer, or no algorithm store has been
            chosen (``client.store.set``); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no store user ``id_``.
        PermissionDeniedError
            You may not remove them.
        """
        deleted: Message | Store5Message = self._by_id(
            self._line.message, self._ops.user_delete, id_
        )
        return deleted

    # Last in the class: below it, ``list`` in an annotation of this class
    # would name this method (for mypy), not the builtin.
    @post_filtering
    @paged
    def list(
        self,
        username: str | None = None,
        role: int | None = None,
        page: int = 1,
        per_page: int = 10,
        *,
        can_review: bool | None = None,
        reviewers_for_algorithm: int | None = None,
        sort: str | list[str] | None = None,
    ) -> Page[User | Store5User]:
        """Store users, one page at a time.

        Parameters
        ----------
        username : str | None
            Pattern (SQL LIKE).
        role : int | None
            Users with this role.
        page : int
            Page number, from 1; by default 1.
        per_page : int
            Items per page; by default 10.
        can_review : bool | None
            4.x stores only: only users who may review.
        reviewers_for_algorithm : int | None
            Only users who may review this algorithm.

        Raises
        ------
        InvalidArgumentError
            ``sort``, ``page`` or ``per_page`` is not valid, or no algorithm
            store has been chosen (``client.store.set``); nothing was sent.
        NotOnThisServerError
            ``can_review`` was given for a 5.x store (which has no such
            filter: ``reviewers_for_algorithm`` names who may review an
            algorithm); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such role or algorithm (the store answers 400 "...
            id=N does not exist!", which is reported as this).
        """
        sorted_by = sort_fields(sort, sortable.STORE_USERS)
        if self._on_hq:
            self._refuse_on_store5(can_review=can_review)
            query5 = functools.partial(
                self._ops5.user_list,
                username=given(username),
                role_id=given(optional_id(role, "role")),
                reviewers_for_algorithm_id=given(
                    optional_id(reviewers_for_algorithm, "reviewers_for_algorithm")
                ),
                sort=sorted_by,
            )
            users5: Page[User | Store5User] = self._list(
                self._line.user_page, query5, page, per_page, 10
            )
            return users5
        query = functools.partial(
            self._ops.user_list,
            username=given(username),
            role_id=given(optional_id(role, "role")),
            can_review=flag(can_review),
            reviewers_for_algorithm_id=given(
                optional_id(reviewers_for_algorithm, "reviewers_for_algorithm")
            ),
            sort=sorted_by,
        )
        users: Page[User | Store5User] = self._list(UserPage, query, page, per_page, 10)
        return users


class PolicyGroup(StoreApiGroup, reached_as="store.policy"):
    """The store's policies."""

    def get(
        self, public: bool = False
    ) -> Policies | PublicPolicies | Store5Policies | Store5PublicPolicies:
        """The policies (all of them, or only the public ones without a login).

        Parameters
        ----------
        public : bool
            Only the public policies (who may view algorithms, which servers
            may use the store); needs no login.

        Returns
        -------
        Policies | PublicPolicies | Store5Policies | Store5PublicPolicies
            The policies (a 5.x store's: ``Store5Policies``, its review
            settings and no servers, or ``Store5PublicPolicies``).

        Raises
        ------
        InvalidArgumentError
            No algorithm store has been chosen (``client.store.set``); nothing
            was sent.
        NotLoggedInError
            Not logged in and ``public`` is False; nothing was sent.
        """
        line = _line_of(self)
        policies: Policies | PublicPolicies | Store5Policies | Store5PublicPolicies
        if public:
            policies = self._transport.call_public(
                line.public_policies, self._ops.policy_get_public
            )
        else:
            policies = self._transport.call(line.policies, self._ops.policy_get)
        return policies


class ServerGroup(StoreApiGroup, reached_as="store.server"):
    """The vantage6 servers the store trusts (whose users may use it): 4.x
    stores only (a 5.x store trusts the users of its Keycloak realm; each
    method raises :class:`NotOnThisServerError` there, sending nothing)."""

    def get(self, id_: int) -> Vantage6Server:
        """One trusted server.

        Parameters
        ----------
        id_ : int
            Its id in the store.

        Returns
        -------
        Vantage6Server
            Its URL.

        Raises
        ------
        NotOnThisServerError
            The store is a 5.x store, which trusts its Keycloak realm instead
            of servers; nothing was sent.
        InvalidArgumentError
            ``id_`` is not a positive integer, or no algorithm store has been
            chosen (``client.store.set``); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no trusted server ``id_``.
        """
        return self._by_id(Vantage6Server, self._ops.server_get, id_)

    def whitelist(self, force: bool = False) -> Vantage6Server | Message:
        """Ask the store to trust this client's server (the server does this
        when a store is linked to it).

        Parameters
        ----------
        force : bool
            Needed for a localhost server.

        Returns
        -------
        Vantage6Server | Message
            The trusted server, or the store's note that it trusts it already.

        Raises
        ------
        NotOnThisServerError
            The store is a 5.x store, which trusts its Keycloak realm instead
            of servers; nothing was sent.
        InvalidArgumentError
            No algorithm store has been chosen (``client.store.set``); nothing
            was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        PermissionDeniedError
            The store does not trust servers it is not told to (or localhost
            without ``force``), or the server is not yours.
        """
        operation = self._ops.server_whitelist  # refused by a 5.x store's table
        body = with_given(
            Vantage6ServerInput(url=self._client.base_path),
            force=True if force else None,
        )
        response = self._transport.run(
            "server_whitelist",
            self._transport.bind(operation, body=body),
            token="access",
        )
        answer = response.parsed
        if isinstance(answer, Vantage6Server | Message):
            return answer
        raise UnexpectedResponseError(
            f"not a server: {type(answer).__name__}",
            operation="server_whitelist",
            status=200,
        )

    def delete(self, id_: int) -> Message:
        """Stop trusting a server (only your own) and remove its users.

        Parameters
        ----------
        id_ : int
            Its id in the store.

        Returns
        -------
        Message
            The store's confirmation.

        Raises
        ------
        NotOnThisServerError
            The store is a 5.x store, which trusts its Keycloak realm instead
            of servers; nothing was sent.
        InvalidArgumentError
            ``id_`` is not a positive integer, or no algorithm store has been
            chosen (``client.store.set``); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no trusted server ``id_``.
        PermissionDeniedError
            It is not your server.
        """
        return self._by_id(Message, self._ops.server_delete, id_)

    # Last in the class: below it, ``list`` in an annotation of this class
    # would name this method (for mypy), not the builtin.
    def list(self, url: str | None = None) -> list[Vantage6Server]:
        """The trusted servers.

        Parameters
        ----------
        url : str | None
            URL pattern (SQL LIKE).

        Returns
        -------
        list[Vantage6Server]
            All of them (not paginated).

        Raises
        ------
        NotOnThisServerError
            The store is a 5.x store, which trusts its Keycloak realm instead
            of servers; nothing was sent.
        InvalidArgumentError
            No algorithm store has been chosen (``client.store.set``); nothing
            was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        """
        return self._transport.call_list(
            Vantage6Server,
            self._ops.server_list,
            url_query=given(url),
        )
