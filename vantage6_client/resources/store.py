"""``client.store``: algorithm stores the server knows, per collaboration."""

from __future__ import annotations

import builtins
import functools

from vantage6_server_api.api.store import (
    store_create,
    store_delete,
    store_get,
    store_list,
    store_update,
)
from vantage6_server_api.models import (
    AlgorithmStore,
    AlgorithmStoreInput,
    AlgorithmStorePage,
    AlgorithmStoreUpdate,
    Message,
)
from vantage6_server_api.types import UNSET

from vantage6_client._exceptions import InvalidArgumentError
from vantage6_client._pagination import Page
from vantage6_client.resources._base import (
    Resource,
    given,
    page_number,
    page_size,
    post_filtering,
    require_id,
    sort_fields,
)


class StoreGroup(Resource):
    """Algorithm stores linked to the server: list, get, create, update, delete.

    ``set`` chooses the store that tasks take their algorithms from.
    """

    store_id: int | None = None
    url: str | None = None

    @post_filtering
    def list(
        self,
        name: str | None = None,
        url: str | None = None,
        collaboration: int | None = None,
        page: int = 1,
        per_page: int = 10,
        *,
        sort: str | builtins.list[str] | None = None,
    ) -> Page[AlgorithmStore]:
        """Algorithm stores, one page at a time.

        Parameters
        ----------
        name, url : str | None
            Patterns (SQL LIKE: ``%`` any text, ``_`` one character).
        collaboration : int | None
            Stores this collaboration may use (those for all collaborations
            included).
        page : int
            Page number, from 1.
        per_page : int
            Items per page.
        sort : str | builtins.list[str] | None
            Field(s) to sort by; ``-`` in front for descending.

        Returns
        -------
        Page[AlgorithmStore]
            One page; ``.all()`` for every page.
        """
        request = functools.partial(
            store_list.sync_detailed,
            client=self._api,
            name=given(name),
            url_query=given(url),
            collaboration_id=given(collaboration),
            per_page=page_size(per_page, 10),
            sort=sort_fields(sort),
        )
        return self._paginate(AlgorithmStorePage, request, page_number(page))

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
        """
        return self._transport.call(
            AlgorithmStore,
            store_get.sync_detailed,
            require_id(id_, "id_"),
            client=self._api,
        )

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
        """
        if not isinstance(algorithm_store_url, str) or "://" not in algorithm_store_url:
            raise InvalidArgumentError(
                "algorithm_store_url must be a URL such as https://store.example.org/api"
            )
        body = AlgorithmStoreInput(
            algorithm_store_url=algorithm_store_url.rstrip("/"), name=name
        )
        if not all_collaborations:
            # one id, not the one-element tuple the official client sent
            body.collaboration_id = self._collaboration_id(collaboration)
        if force:
            body.force = True
        return self._transport.call(
            AlgorithmStore, store_create.sync_detailed, client=self._api, body=body
        )

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
        """
        if all_collaborations:
            raise InvalidArgumentError(
                "the server cannot make an existing store link available to all "
                "collaborations; delete it and create it with all_collaborations=True"
            )
        body = AlgorithmStoreUpdate()
        if name is not None:
            body.name = name
        if collaboration is not None:
            body.collaboration_id = require_id(collaboration, "collaboration")
        return self._transport.call(
            AlgorithmStore,
            store_update.sync_detailed,
            self._store_id(id_),
            client=self._api,
            body=body,
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
            This server's public URL, which the store needs when the server's
            configuration lacks it.

        Returns
        -------
        Message
            The server's confirmation.
        """
        message = self._transport.call(
            Message,
            store_delete.sync_detailed,
            self._store_id(id_),
            client=self._api,
            server_url=UNSET if server_url is None else server_url,
        )
        if id_ is None or id_ == self.store_id:
            self.store_id = self.url = None
        return message

    def set(self, id_: int) -> AlgorithmStore:
        """Choose the store that new tasks take their algorithms from.

        Parameters
        ----------
        id_ : int
            The store's id on this server.

        Returns
        -------
        AlgorithmStore
            The chosen store.
        """
        store = self.get(id_)
        self.store_id = store.id
        self.url = store.url if isinstance(store.url, str) else None
        return store

    def _store_id(self, id_: int | None) -> int:
        return require_id(
            id_ if id_ is not None else self.store_id,
            "the store id",
            hint=" (pass it, or call client.store.set first)",
        )
