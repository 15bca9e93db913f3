"""The state of one login, shared by a client and every view of it.

``client.with_options(timeout=5)`` makes a view: another ``Client`` object
that differs only in request options. Everything a login builds up lives here
instead, in one object the client and its views hold by reference, so a change
made through any of them (logging in, choosing a collaboration or an
algorithm store, setting up encryption) is seen by all, whenever the view was
made:

- the server's connection (its pool, the tokens and their refresh) and the
  operations of its line, which the groups call (today the 4.15.2 bindings);
- who is logged in (the user id, and ``whoami`` once looked up);
- the cryptor that encrypts input and decrypts results;
- the default collaboration and whether the server has blob storage;
- the chosen algorithm store and the connection to it.

Closing the client closes the session, once, for every view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx
from vantage6_server_api.api import Operations

from vantage6_client._exceptions import InvalidArgumentError
from vantage6_client._payloads import Cryptor, PlainCryptor
from vantage6_client._transport import Transport

if TYPE_CHECKING:
    from vantage6_client._client import WhoAmI


# What a store answers without a login too (their security in the store's spec
# is optional): the approved algorithms, to anyone.
ANONYMOUS_STORE_OPERATIONS = frozenset({"algorithm_list", "algorithm_get"})


class StoreSelection:
    """The algorithm store chosen with ``client.store.set``: its id and URL on
    the server, and a connection to it that uses the server's login (a store
    has no logins of its own: it checks the user's server token with the
    server named in ``Server-Url``)."""

    def __init__(
        self,
        store_id: int,
        url: str,
        server: Transport,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        # the store's bindings load only when a store is chosen (cold start)
        from vantage6_store_api.api import Operations as StoreOperations

        self.store_id = store_id
        self.url = url.rstrip("/")
        self.transport = Transport(
            self.url,
            options=server.options,
            verify=server.verify,
            transport=transport,
            headers={"Server-Url": server.base_url},
            login_of=server,
            open_operations=ANONYMOUS_STORE_OPERATIONS,
        )
        self.operations = StoreOperations()

    def close(self) -> None:
        self.transport.close()


class Session:
    """Everything one login builds up; see the module docstring.

    Parameters
    ----------
    server : Transport
        The connection to the server, with the client's default options.
    """

    def __init__(self, server: Transport) -> None:
        self.server = server
        # The one place that picks the generated bindings: groups reach
        # operations through here, never by importing a generated package.
        self.operations = Operations()
        self.user_id: int | None = None
        self.whoami: WhoAmI | None = None
        self.cryptor: Cryptor = PlainCryptor()
        self.collaboration_id: int | None = None
        self.blob_store_enabled: bool | None = None
        self.store: StoreSelection | None = None
        self.closed = False

    def logged_in_as(self, user_id: int) -> None:
        """A new login: its user; nothing of an earlier login is kept."""
        self.user_id = user_id
        self.whoami = None
        self.cryptor = PlainCryptor()

    def forget_login(self) -> None:
        """Log out: tokens, identity and key go; choices of collaboration and
        store stay (they are not secrets and belong to the client's use)."""
        self.server.log_out()
        self.user_id = self.whoami = None
        self.cryptor = PlainCryptor()

    # -- the algorithm store ---------------------------------------------------
    def choose_store(
        self, store_id: int, url: str, transport: httpx.BaseTransport | None
    ) -> None:
        self.forget_store()
        self.store = StoreSelection(store_id, url, self.server, transport)

    def forget_store(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    def chosen_store(self) -> StoreSelection:
        """The store chosen with ``client.store.set``.

        Raises
        ------
        InvalidArgumentError
            No store has been chosen.
        """
        if self.store is None:
            raise InvalidArgumentError(
                "no algorithm store chosen: call client.store.set(store_id) first"
            )
        return self.store

    # -- lifetime --------------------------------------------------------------
    def close(self) -> None:
        """Log out and close the connection pools, once whoever asks."""
        if self.closed:
            return
        self.closed = True
        self.forget_login()
        self.forget_store()
        self.server.close()
