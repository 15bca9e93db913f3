"""``client.store``: algorithm stores the server knows, per collaboration."""

from __future__ import annotations

import functools

import httpx
from vantage6_server_api.models import (
    AlgorithmStore,
    AlgorithmStoreInput,
    AlgorithmStorePage,
    AlgorithmStoreUpdate,
    Message,
)
from vantage6_store_api.models import Version as StoreVersion

from vantage6_client._exceptions import InvalidArgumentError
from vantage6_client._pagination import Page
from vantage6_client.algorithm_store.groups import (
    PolicyGroup,
    ReviewGroup,
    ServerGroup,
    StoreRoleGroup,
    StoreRuleGroup,
    StoreUserGroup,
)
from vantage6_client.resources import _sortable as sortable
from vantage6_client.resources._base import (
    ServerApiGroup,
    given,
    given_fields,
    optional_id,
    require_id,
    sort_fields,
    with_given,
)
from vantage6_client.resources._paged import paged
from vantage6_client.resources._post_filters import post_filtering


class StoreGroup(ServerApiGroup):
    """Algorithm stores linked to the server: list, get, create, update, delete.

    ``set`` chooses a store: tasks then take their algorithms from it, and
    ``client.algorithm`` and ``client.store.review``, ``.role``, ``.rule``,
    ``.user``, ``.policy`` and ``.server`` talk to it.
    """

    @property
    def store_id(self) -> int | None:
        """The id of the store chosen with :meth:`set`, or None."""
        chosen = self._client._session.store
        return chosen.store_id if chosen else None

    @property
    def url(self) -> str | None:
        """The API root of the store chosen with :meth:`set`, or None."""
        chosen = self._client._session.store
        return chosen.url if chosen else None

    # -- the chosen store's own API ------------------------------------------
    @functools.cached_property
    def review(self) -> ReviewGroup:
        """Reviews of algorithms in the chosen store."""
        return ReviewGroup(self._client)

    @functools.cached_property
    def role(self) -> StoreRoleGroup:
        """The chosen store's roles."""
        return StoreRoleGroup(self._client)

    @functools.cached_property
    def rule(self) -> StoreRuleGroup:
        """The chosen store's permission rules."""
        return StoreRuleGroup(self._client)

    @functools.cached_property
    def user(self) -> StoreUserGroup:
        """Users registered in the chosen store."""
        return StoreUserGroup(self._client)

    @functools.cached_property
    def policy(self) -> PolicyGroup:
        """The chosen store's policies."""
        return PolicyGroup(self._client)

    @functools.cached_property
    def server(self) -> ServerGroup:
        """The vantage6 servers the chosen store trusts."""
        return ServerGroup(self._client)

    @post_filtering
    def get(self, id_: int) -> AlgorithmStore:
        """One algorithm store.

        Parameters
        ----------
        id_ : int
            The store's id on this server.

        Returns
        -------
        AlgorithmStore
            Its name and URL.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no store ``id_``.
        """
        return self._by_id(AlgorithmStore, self._ops.store_get, id_)

    @post_filtering
    def create(
        self,
        algorithm_store_url: str,
        name: str,
        collaboration: int | None = None,
        all_collaborations: bool = False,
        force: bool = False,
    ) -> AlgorithmStore:
        """Link an algorithm store to the server.

        The server contacts the store, which must accept it.

        Parameters
        ----------
        algorithm_store_url : str
            The store's API root, e.g. ``"https://store.example.org/api"``
            (given once: the official client appended ``/api`` twice).
        name : str
            A name for it.
        collaboration : int | None
            The collaboration that may use it; None for the one set with
            ``setup_collaboration``.
        all_collaborations : bool
            Make it available to every collaboration instead.
        force : bool
            Allow a localhost URL (development servers only).

        Returns
        -------
        AlgorithmStore
            The link.

        Raises
        ------
        InvalidArgumentError
            ``algorithm_store_url`` is not a URL, or ``collaboration`` is
            missing with none set up; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        BadRequestError
            The store refused the link, or the server could not reach it.
        PermissionDeniedError
            You may not link stores to the collaboration.
        """
        if not isinstance(algorithm_store_url, str) or "://" not in algorithm_store_url:
            raise InvalidArgumentError(
                "algorithm_store_url must be a URL such as https://store.example.org/api"
            )
        body = AlgorithmStoreInput(
            algorithm_store_url=algorithm_store_url.rstrip("/"),
            name=name,
            # the store checks tokens with this server: tell it where it is
            server_url=self._client.base_path,
        )
        body = with_given(
            body,
            # one id, not the one-element tuple the official client sent
            collaboration_id=(
                None if all_collaborations else self._collaboration_id(collaboration)
            ),
            force=True if force else None,
        )
        return self._send(AlgorithmStore, self._ops.store_create, body)

    @post_filtering
    def update(
        self,
        id_: int | None = None,
        name: str | None = None,
        collaboration: int | None = None,
        all_collaborations: bool | None = None,
    ) -> AlgorithmStore:
        """Change a store link; arguments left None stay as they are.

        Parameters
        ----------
        id_ : int | None
            The store; None for the one chosen with :meth:`set`.
        name : str | None
            New name.
        collaboration : int | None
            Move the link to this collaboration.
        all_collaborations : bool | None
            Not possible on 4.15.2 servers (they refuse a null collaboration);
            True raises.

        Returns
        -------
        AlgorithmStore
            The link as changed.

        Raises
        ------
        InvalidArgumentError
            ``all_collaborations`` is True, or an id is not a positive integer
            (or ``id_`` missing with no store chosen); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such store.
        PermissionDeniedError
            You may not change it.
        """
        if all_collaborations:
            raise InvalidArgumentError(
                "the server cannot make an existing store link available to all "
                "collaborations; delete it and create it with all_collaborations=True"
            )
        body = given_fields(
            AlgorithmStoreUpdate,
            name=name,
            collaboration_id=optional_id(collaboration, "collaboration"),
        )
        return self._send_to(
            AlgorithmStore, self._ops.store_update, self._store_id(id_), body
        )

    def delete(
        self, id_: int | None = None, *, server_url: str | None = None
    ) -> Message:
        """Unlink an algorithm store (with global rights: from every collaboration).

        Parameters
        ----------
        id_ : int | None
            The store; None for the one chosen with :meth:`set`.
        server_url : str | None
            This server's URL as the store knows it; by default this client's
            API root.

        Returns
        -------
        Message
            The server's confirmation.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer, or missing with no store
            chosen; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such store.
        PermissionDeniedError
            You may not unlink it.
        """
        message = self._transport.call(
            Message,
            self._ops.store_delete,
            self._store_id(id_),
            server_url=server_url or self._client.base_path,
        )
        if id_ is None or id_ == self.store_id:
            self._client._session.forget_store()
        return message

    def set(
        self, id_: int, *, transport: httpx.BaseTransport | None = None
    ) -> AlgorithmStore:
        """Choose a store: for new tasks' algorithms and the store's own groups.

        Parameters
        ----------
        id_ : int
            The store's id on this server.
        transport : httpx.BaseTransport | None
            Innermost HTTP transport for the store's requests (tests).

        Returns
        -------
        AlgorithmStore
            The chosen store.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer, or the store has no URL;
            nothing was sent to the store.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no store ``id_``.
        """
        store = self.get(id_)
        if not isinstance(store.url, str) or not store.url:
            raise InvalidArgumentError(f"algorithm store {id_} has no URL")
        self._client._session.choose_store(store.id, store.url, transport)
        return store

    def get_version(self) -> str:
        """The version of the chosen algorithm store.

        Returns
        -------
        str
            E.g. ``"4.15.2"``.

        Raises
        ------
        InvalidArgumentError
            No store has been chosen (``client.store.set``); nothing was sent.
        """
        store = self._client._session.chosen_store()
        answer = store.transport.with_options(self._transport.options).call_public(
            StoreVersion, store.operations.get_version
        )
        return answer.version

    def _store_id(self, id_: int | None) -> int:
        return require_id(
            id_ if id_ is not None else self.store_id,
            "id_",
            hint=" (pass it, or call client.store.set first)",
        )

    # Last in the class: below it, ``list`` in an annotation of this class
    # would name this method (for mypy), not the builtin.
    @post_filtering
    @paged
    def list(
        self,
        name: str | None = None,
        url: str | None = None,
        collaboration: int | None = None,
        page: int = 1,
        per_page: int = 10,
        *,
        sort: str | list[str] | None = None,
    ) -> Page[AlgorithmStore]:
        """Algorithm stores, one page at a time.

        Parameters
        ----------
        name, url : str | None
            Patterns (SQL LIKE: ``%`` any text, ``_`` one character).
        collaboration : int | None
            Stores this collaboration may use (those for all collaborations
            included).

        Raises
        ------
        InvalidArgumentError
            ``sort``, ``page`` or ``per_page`` is not valid; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        """
        query = functools.partial(
            self._ops.store_list,
            name=given(name),
            url_query=given(url),
            collaboration_id=given(collaboration),
            sort=sort_fields(sort, sortable.STORES),
        )
        return self._list(AlgorithmStorePage, query, page, per_page, 10)
