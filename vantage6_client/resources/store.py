"""``client.store``: algorithm stores the server knows, per collaboration.

On a 5.x HQ the links are HQ's (a store's URL and API path apart, no
``force`` or ``server_url``: a 5.x store trusts the Keycloak realm, not a
server) and the chosen store is a 5.x store (``_session.StoreSelection``).
"""

from __future__ import annotations

import functools
from typing import Any, NamedTuple

import httpx
from vantage6_hq_api.models import AlgorithmStore as HQAlgorithmStore
from vantage6_hq_api.models import AlgorithmStoreInput as HQAlgorithmStoreInput
from vantage6_hq_api.models import AlgorithmStorePage as HQAlgorithmStorePage
from vantage6_hq_api.models import AlgorithmStoreUpdate as HQAlgorithmStoreUpdate
from vantage6_hq_api.models import Message as HQMessage
from vantage6_hq_api.types import UNSET as HQ_UNSET
from vantage6_server_api.models import (
    AlgorithmStore,
    AlgorithmStoreInput,
    AlgorithmStorePage,
    AlgorithmStoreUpdate,
    Message,
)
from vantage6_store5_api.models import Version as Store5Version
from vantage6_store_api.models import Version as StoreVersion

from vantage6_client._exceptions import InvalidArgumentError, NotOnThisServerError
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
from vantage6_client.resources._hq_task import official_hq_positions
from vantage6_client.resources._paged import paged
from vantage6_client.resources._post_filters import post_filtering

# the official 5.x client's store.create, positionally
_OFFICIAL_HQ_CREATE = (
    "name",
    "algorithm_store_url",
    "api_path",
    "collaboration",
    "all_collaborations",
)


class _StoreLine(NamedTuple):
    """A line's store link model, its page, the bodies its operations take
    and the operations (the server's or HQ's, with the same names)."""

    store: type[AlgorithmStore] | type[HQAlgorithmStore]
    page: Any  # AlgorithmStorePage | HQ's: a union would lose the item type
    changes: type[AlgorithmStoreUpdate] | type[HQAlgorithmStoreUpdate]
    ops: Any  # the server's Operations or HQ's


class StoreGroup(ServerApiGroup):
    """Algorithm stores linked to the server: list, get, create, update, delete.

    ``set`` chooses a store: tasks then take their algorithms from it, and
    ``client.algorithm`` and ``client.store.review``, ``.role``, ``.rule``,
    ``.user``, ``.policy`` and ``.server`` talk to it.
    """

    # A 5.x HQ's links have an API path of their own, from operations of its
    # own with the same names: chosen in one place.
    @property
    def _line(self) -> _StoreLine:
        if self._on_hq:
            return _StoreLine(
                HQAlgorithmStore,
                HQAlgorithmStorePage,
                HQAlgorithmStoreUpdate,
                self._hq_ops,
            )
        return _StoreLine(
            AlgorithmStore, AlgorithmStorePage, AlgorithmStoreUpdate, self._ops
        )

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
    def get(self, id_: int) -> AlgorithmStore | HQAlgorithmStore:
        """One algorithm store.

        Parameters
        ----------
        id_ : int
            The store's id on this server.

        Returns
        -------
        AlgorithmStore | HQAlgorithmStore
            Its name and URL (on HQ: ``HQAlgorithmStore``, with its API path).

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no store ``id_``.
        """
        line = self._line
        store: AlgorithmStore | HQAlgorithmStore = self._by_id(
            line.store, line.ops.store_get, id_
        )
        return store

    @post_filtering
    @official_hq_positions(0, _OFFICIAL_HQ_CREATE)
    def create(
        self,
        algorithm_store_url: str,
        name: str,
        collaboration: int | None = None,
        all_collaborations: bool = False,
        force: bool = False,
        *,
        api_path: str | None = None,
    ) -> AlgorithmStore | HQAlgorithmStore:
        """Link an algorithm store to the server.

        The server contacts the store, which must accept it (4.x). On a 5.x
        HQ the official 5.x positional order is read: ``create(name,
        algorithm_store_url, api_path, collaboration, all_collaborations)``
        (the first two swapped); by keyword both lines are alike.

        Parameters
        ----------
        algorithm_store_url : str
            4.x: the store's API root, e.g. ``"https://store.example.org/api"``
            (given once: the official client appended ``/api`` twice). 5.x:
            the store's address without its API path, e.g.
            ``"https://store.example.org"`` (the path goes in ``api_path``).
        name : str
            A name for it.
        collaboration : int | None
            The collaboration that may use it; None for the one set with
            ``setup_collaboration``.
        all_collaborations : bool
            Make it available to every collaboration instead.
        force : bool
            4.x only: allow a localhost URL (development servers only).
        api_path : str | None
            5.x only: the store's API path; None for ``"/api"``.

        Returns
        -------
        AlgorithmStore | HQAlgorithmStore
            The link (on HQ: ``HQAlgorithmStore``).

        Raises
        ------
        InvalidArgumentError
            ``algorithm_store_url`` is not a URL, or ``collaboration`` is
            missing with none set up; nothing was sent.
        NotOnThisServerError
            ``force`` given to HQ, or ``api_path`` to a 4.x server; nothing
            was sent.
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
        if self._on_hq:
            if force:
                raise NotOnThisServerError(
                    "force is 4.x's: a 5.x HQ links any address (a 5.x store "
                    "trusts the Keycloak realm, not servers)"
                )
            return self._create_on_hq(
                algorithm_store_url,
                name,
                api_path,
                None if all_collaborations else self._collaboration_id(collaboration),
            )
        if api_path is not None:
            raise NotOnThisServerError(
                "api_path is 5.x's: a 4.x server takes the store's API root "
                "whole in algorithm_store_url"
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

    def _create_on_hq(
        self, url: str, name: str, api_path: str | None, collaboration: int | None
    ) -> HQAlgorithmStore:
        """``create`` on HQ (arguments checked by the caller)."""
        if api_path is not None and not (
            isinstance(api_path, str) and api_path.startswith("/")
        ):
            raise InvalidArgumentError(
                f"api_path must be a path such as '/api', not {api_path!r}"
            )
        body = HQAlgorithmStoreInput(algorithm_store_url=url.rstrip("/"), name=name)
        body = with_given(
            body,
            api_path=api_path if api_path is not None else "/api",
            # one id, not the one-element tuple the official client sends
            collaboration_id=collaboration,
        )
        return self._send(HQAlgorithmStore, self._hq_ops.store_create, body)

    @post_filtering
    def update(
        self,
        id_: int | None = None,
        name: str | None = None,
        collaboration: int | None = None,
        all_collaborations: bool | None = None,
    ) -> AlgorithmStore | HQAlgorithmStore:
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
            Not possible on 4.15.2 servers nor on HQ 5.0.3 (they refuse a null
            collaboration); True raises.

        Returns
        -------
        AlgorithmStore | HQAlgorithmStore
            The link as changed (on HQ: ``HQAlgorithmStore``).

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
        line = self._line
        body: Any = given_fields(
            line.changes,
            name=name,
            collaboration_id=optional_id(collaboration, "collaboration"),
        )
        if self._on_hq:
            # HQ's model defaults the path to "/api": send only what is given
            body.api_path = HQ_UNSET
        store: AlgorithmStore | HQAlgorithmStore = self._send_to(
            line.store, line.ops.store_update, self._store_id(id_), body
        )
        return store

    def delete(
        self, id_: int | None = None, *, server_url: str | None = None
    ) -> Message:
        """Unlink an algorithm store (with global rights: from every collaboration).

        Parameters
        ----------
        id_ : int | None
            The store; None for the one chosen with :meth:`set`.
        server_url : str | None
            4.x only: this server's URL as the store knows it; by default this
            client's API root.

        Returns
        -------
        Message
            The server's confirmation.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer, or missing with no store
            chosen; nothing was sent.
        NotOnThisServerError
            ``server_url`` given to HQ (a 5.x store trusts the realm, not
            servers); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such store.
        PermissionDeniedError
            You may not unlink it.
        """
        if self._on_hq:
            if server_url is not None:
                raise NotOnThisServerError(
                    "server_url is 4.x's: a 5.x store trusts the Keycloak realm, "
                    "not servers (client.store.delete(id_) on HQ)"
                )
            said = self._transport.call(
                HQMessage, self._hq_ops.store_delete, self._store_id(id_)
            )
            # the same sentence as 4.x's: one Message for both lines
            message = Message.from_dict(said.to_dict())
        else:
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
    ) -> AlgorithmStore | HQAlgorithmStore:
        """Choose a store: for new tasks' algorithms and the store's own groups.

        On HQ the store's API root is its URL followed by its API path, and
        the store is a 5.x store: its groups speak its own API, with the
        Keycloak login and no ``Server-Url`` header.

        Parameters
        ----------
        id_ : int
            The store's id on this server.
        transport : httpx.BaseTransport | None
            Innermost HTTP transport for the store's requests (tests).

        Returns
        -------
        AlgorithmStore | HQAlgorithmStore
            The chosen store (on HQ: ``HQAlgorithmStore``).

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
        url = store.url
        if isinstance(store, HQAlgorithmStore):
            # HQ keeps a store's address and its API path apart
            path = store.api_path if isinstance(store.api_path, str) else "/api"
            url = url.rstrip("/") + ("/" + path.strip("/") if path.strip("/") else "")
        self._client._session.choose_store(store.id, url, transport)
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
        model: type[StoreVersion] | type[Store5Version]
        model = Store5Version if store.store5 else StoreVersion
        answer = store.transport.with_options(self._transport.options).call_public(
            model, store.operations.get_version
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
    ) -> Page[AlgorithmStore | HQAlgorithmStore]:
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
            ``sort``, ``page`` or ``per_page`` is not valid, or
            ``collaboration`` is not a positive integer id; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        """
        line = self._line
        query = functools.partial(
            line.ops.store_list,
            name=given(name),
            url_query=given(url),
            collaboration_id=given(optional_id(collaboration, "collaboration")),
            sort=sort_fields(sort, sortable.STORES),
        )
        stores: Page[AlgorithmStore | HQAlgorithmStore] = self._list(
            line.page, query, page, per_page, 10
        )
        return stores
