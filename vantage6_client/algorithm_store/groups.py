"""The chosen algorithm store's own groups: reviews, roles, rules, users,
policies and trusted servers (``client.store.review`` and so on)."""

from __future__ import annotations

import functools
from collections.abc import Sequence

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
    optional_ids,
    require_id,
    require_text,
    sort_fields,
    with_given,
)
from vantage6_client.resources._paged import paged
from vantage6_client.resources._post_filters import post_filtering


class ReviewGroup(StoreApiGroup, reached_as="store.review"):
    """Reviews of algorithms: an algorithm is approved when all its reviews are."""

    @post_filtering
    def get(self, id_: int) -> Review:
        """One review.

        Parameters
        ----------
        id_ : int
            The review.

        Returns
        -------
        Review
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
        return self._by_id(Review, self._ops.review_get, id_)

    @post_filtering
    def create(self, algorithm: int, reviewer: int) -> Review:
        """Assign a reviewer to an algorithm.

        Parameters
        ----------
        algorithm : int
            The algorithm (awaiting review or under review).
        reviewer : int
            The store user who reviews it (one with the review edit rule).

        Returns
        -------
        Review
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
        body = ReviewCreateInput(
            algorithm_id=require_id(algorithm, "algorithm"),
            reviewer_id=require_id(reviewer, "reviewer"),
        )
        return self._send(Review, self._ops.review_create, body)

    def delete(self, id_: int) -> Message:
        """Delete a review (not of an approved algorithm).

        Parameters
        ----------
        id_ : int
            The review.

        Returns
        -------
        Message
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
        return self._by_id(Message, self._ops.review_delete, id_)

    def approve(self, id_: int, comment: str | None = None) -> Message:
        """Approve as the assigned reviewer; the last approval approves the algorithm.

        Parameters
        ----------
        id_ : int
            The review.
        comment : str | None
            Why.

        Returns
        -------
        Message
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

    def reject(self, id_: int, comment: str | None = None) -> Message:
        """Reject as the assigned reviewer: the algorithm is rejected at once.

        Parameters
        ----------
        id_ : int
            The review.
        comment : str | None
            Why.

        Returns
        -------
        Message
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
    ) -> Message:
        """Approve or reject; the store needs a JSON body, even an empty one."""
        body = given_fields(ReviewUpdateInput, comment=comment)
        return self._send_to(Message, operation, require_id(id_, "id_"), body)

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
    ) -> Page[Review]:
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
            algorithm_id=given(algorithm),
            reviewer_id=given(reviewer),
            under_review=flag(under_review),
            reviewed=flag(reviewed),
            approved=flag(approved),
            rejected=flag(rejected),
        )
        return self._list(ReviewPage, query, page, per_page, 10)


class StoreRoleGroup(
    StoreApiGroup, RoleMethods[Role, Rule, Message], reached_as="store.role"
):
    """The store's roles (sets of its rules)."""

    _role_models = RoleModels(
        Role, Rule, Message, new_role=RoleInput, role_changes=RoleUpdate
    )

    @post_filtering
    def get(self, role_id: int) -> Role:
        """One of the store's roles, with the store rules it grants.

        Parameters
        ----------
        role_id : int
            The store role.

        Returns
        -------
        Role
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
    def create(self, name: str, description: str, rules: Sequence[int]) -> Role:
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
        Role
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
    ) -> Role:
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
        Role
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

    def delete(self, role_id: int, delete_dependents: bool = False) -> Message:
        """Delete a store role.

        Parameters
        ----------
        role_id : int
            A store role that is not one of the store's defaults.
        delete_dependents : bool
            Also when store users hold it (the store takes it from them).

        Returns
        -------
        Message
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
        """Let a store role grant one more store rule.

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
        return self._role_rule("add", role_id, rule_id, ("role_id", "rule_id"))

    def remove_rule(self, role_id: int, rule_id: int) -> list[Rule]:
        """Stop a store role granting one of its store rules.

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
        return self._role_rule("remove", role_id, rule_id, ("role_id", "rule_id"))

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
    ) -> Page[Role]:
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
            user_id=given(user),
        )
        return self._list(RolePage, query, page, per_page, 10)


class StoreRuleGroup(StoreApiGroup, reached_as="store.rule"):
    """The store's permission rules."""

    @post_filtering
    @paged
    def list(
        self,
        name: str | None = None,
        operation: str | None = None,
        role: int | None = None,
        username: str | None = None,
        serverUrl: str | None = None,  # noqa: N803 - the official client's name
        page: int = 1,
        per_page: int = 10,
    ) -> Page[Rule]:
        """Rules, one page at a time.

        Parameters
        ----------
        name : str | None
            The resource, e.g. ``"algorithm"`` (exact).
        operation : str | None
            ``"view"``, ``"create"``, ``"edit"`` or ``"delete"``.
        role : int | None
            Rules of this role.
        username : str | None
            Rules of this user (with ``serverUrl``; not together with ``role``).
        serverUrl : str | None
            The user's server; by default this client's when ``username`` is given.

        Raises
        ------
        InvalidArgumentError
            ``page`` or ``per_page`` is not valid, or no algorithm store has
            been chosen (``client.store.set``); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such role (the store answers 400 "Role with id=N does
            not exist!", which is reported as this).
        """
        server = serverUrl
        if username is not None and server is None:
            server = self._client.base_path
        query = functools.partial(
            self._ops.rule_list,
            name=given(name),
            operation=given(operation.lower() if operation else None),
            role_id=given(role),
            username=given(username),
            server_url=given(server),
        )
        return self._list(RulePage, query, page, per_page, 10)


class StoreUserGroup(StoreApiGroup, reached_as="store.user"):
    """Users registered in the store (users of trusted vantage6 servers)."""

    @post_filtering
    def get(self, id_: int) -> User:
        """One store user.

        Parameters
        ----------
        id_ : int
            The store user (not the server's user id).

        Returns
        -------
        User
            With their server.

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
        return self._by_id(User, self._ops.user_get, id_)

    def register(self, username: str, roles: Sequence[int]) -> User:
        """Register a user of your vantage6 server in the store.

        Parameters
        ----------
        username : str
            Their username on your server (the store looks it up there).
        roles : Sequence[int]
            Store roles to give them.

        Returns
        -------
        User
            The store user.

        Raises
        ------
        InvalidArgumentError
            The username is empty, an id is not a positive integer, or no
            algorithm store has been chosen (``client.store.set``); nothing
            was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        BadRequestError
            They are registered already, or your server has no such user.
        PermissionDeniedError
            You may not register users, or your server's users may not be
            registered in the store.
        """
        require_text(username=username)
        body = UserInput(username=username, roles=id_list(roles, "roles"))
        return self._send(User, self._ops.user_register, body)

    @post_filtering
    def update(
        self,
        id_: int,
        roles: Sequence[int] | None = None,
        *,
        email: str | None = None,
    ) -> User:
        """Change a store user's roles (not your own) or e-mail address.

        Parameters
        ----------
        id_ : int
            The store user.
        roles : Sequence[int] | None
            The complete new role list.
        email : str | None
            A new e-mail address.

        Returns
        -------
        User
            The user as changed.

        Raises
        ------
        InvalidArgumentError
            An id is not a positive integer, or no algorithm store has been
            chosen (``client.store.set``); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no store user ``id_``, or a role does not exist.
        PermissionDeniedError
            You may not change them (or your own roles).
        """
        body = given_fields(
            UserUpdateInput,
            roles=optional_ids(roles, "roles"),
            email=email,
        )
        return self._send_to(User, self._ops.user_update, require_id(id_, "id_"), body)

    def delete(self, id_: int) -> Message:
        """Remove a user from the store.

        Parameters
        ----------
        id_ : int
            The store user.

        Returns
        -------
        Message
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
        return self._by_id(Message, self._ops.user_delete, id_)

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
    ) -> Page[User]:
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
            Only users who may review.
        reviewers_for_algorithm : int | None
            Only users who may review this algorithm.

        Raises
        ------
        InvalidArgumentError
            ``sort``, ``page`` or ``per_page`` is not valid, or no algorithm
            store has been chosen (``client.store.set``); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such role or algorithm (the store answers 400 "...
            id=N does not exist!", which is reported as this).
        """
        query = functools.partial(
            self._ops.user_list,
            username=given(username),
            role_id=given(role),
            can_review=flag(can_review),
            reviewers_for_algorithm_id=given(reviewers_for_algorithm),
            sort=sort_fields(sort, sortable.STORE_USERS),
        )
        return self._list(UserPage, query, page, per_page, 10)


class PolicyGroup(StoreApiGroup, reached_as="store.policy"):
    """The store's policies."""

    def get(self, public: bool = False) -> Policies | PublicPolicies:
        """The policies (all of them, or only the public ones without a login).

        Parameters
        ----------
        public : bool
            Only the public policies (who may view algorithms, which servers
            may use the store); needs no login.

        Returns
        -------
        Policies | PublicPolicies
            The policies.

        Raises
        ------
        InvalidArgumentError
            No algorithm store has been chosen (``client.store.set``); nothing
            was sent.
        NotLoggedInError
            Not logged in and ``public`` is False; nothing was sent.
        """
        if public:
            return self._transport.call_public(
                PublicPolicies, self._ops.policy_get_public
            )
        return self._transport.call(Policies, self._ops.policy_get)


class ServerGroup(StoreApiGroup, reached_as="store.server"):
    """The vantage6 servers the store trusts (whose users may use it)."""

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
        InvalidArgumentError
            No algorithm store has been chosen (``client.store.set``); nothing
            was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        PermissionDeniedError
            The store does not trust servers it is not told to (or localhost
            without ``force``), or the server is not yours.
        """
        body = with_given(
            Vantage6ServerInput(url=self._client.base_path),
            force=True if force else None,
        )
        response = self._transport.run(
            "server_whitelist",
            self._transport.bind(self._ops.server_whitelist, body=body),
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
