"""The state of one login, shared by a client and every view of it.

``client.with_options(timeout=5)`` makes a view: another ``Client`` object
that differs only in request options. Everything a login builds up lives here
instead, in one object the client and its views hold by reference, so a change
made through any of them (logging in, choosing a collaboration or an
algorithm store, setting up encryption) is seen by all, whenever the view was
made:

- the server's connection (its pool, the tokens and their refresh), its line
  (4.x, or a 5.x HQ with the identity provider its users log in at) and the
  operations of that line, which the groups call;
- who is logged in (the user id, and ``whoami`` once looked up);
- the cryptor that encrypts input and decrypts results;
- the default collaboration and whether the server has blob storage;
- the chosen algorithm store and the connection to it.

Closing the client closes the session, once, for every view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import httpx
from vantage6_server_api.api import Operations
from vantage6_server_api.models import Version

from vantage6_client._exceptions import InvalidArgumentError
from vantage6_client._lines import HQ_LINE_ASSUMED, ServerLine, SharedOperations
from vantage6_client._payloads import Cryptor, PlainCryptor
from vantage6_client._transport import Transport

if TYPE_CHECKING:
    from vantage6_hq_api.api import Operations as HQOperations
    from vantage6_store5_api.api import Operations as Store5Operations
    from vantage6_store_api.api import Operations as StoreOperations

    from vantage6_client._client import WhoAmI
    from vantage6_client._events import EventHub
    from vantage6_client._oidc import IdentityProvider
    from vantage6_client._profiles import TokenCache


# What a store answers without a login too (their security in the store's spec
# is optional): the approved algorithms, to anyone.
ANONYMOUS_STORE_OPERATIONS = frozenset({"algorithm_list", "algorithm_get"})


class StoreSelection:
    """The algorithm store chosen with ``client.store.set``: its id and URL on
    the server, and a connection to it that uses the server's login.

    A 4.x store has no logins of its own: it checks the user's server token
    with the server named in ``Server-Url``. A 5.x store (the store of an HQ's
    federation) checks the Keycloak token itself, so no header is sent, and it
    is spoken to through its own bindings (``store5``).
    """

    def __init__(
        self,
        store_id: int,
        url: str,
        server: Transport,
        transport: httpx.BaseTransport | None = None,
        *,
        store5: bool,
    ) -> None:
        self.store_id = store_id
        self.url = url.rstrip("/")
        self.store5 = store5
        self.transport = Transport(
            self.url,
            options=server.options,
            verify=server.verify,
            transport=transport,
            headers=None if store5 else {"Server-Url": server.base_url},
            login_of=server,
            open_operations=ANONYMOUS_STORE_OPERATIONS,
        )
        # the store's bindings load only when a store is chosen (cold start)
        self.operations: StoreOperations | Store5Operations
        if store5:
            from vantage6_store5_api.api import Operations as Store5Operations

            self.operations = Store5Operations()
        else:
            from vantage6_store_api.api import Operations as StoreOperations

            self.operations = StoreOperations()

    def close(self) -> None:
        self.transport.close()


class Session:
    """Everything one login builds up; see the module docstring.

    Parameters
    ----------
    server : Transport
        The connection to the server, with the client's default options.
    provider : IdentityProvider | None
        Where users log in, for a 5.x HQ; None: the server is taken to be
        4.x (which logs users in itself) until it shows otherwise.
    """

    def __init__(
        self, server: Transport, provider: IdentityProvider | None = None
    ) -> None:
        self.server = server
        self.provider = provider
        self._line: ServerLine | None = None
        # The one place that picks the generated bindings: groups reach
        # operations through here, never by importing a generated package.
        self._operations = Operations()
        self._hq_operations: HQOperations | None = None
        # on HQ, what the 4.x table offers (the line is known from auth_url
        # without asking: "5" until /version is read)
        self._shared: Operations | None = None
        if provider is not None:
            self._shared = cast(
                Operations, SharedOperations(self._operations, HQ_LINE_ASSUMED)
            )
        self.user_id: int | None = None
        self.whoami: WhoAmI | None = None
        self.cryptor: Cryptor = PlainCryptor()
        self.collaboration_id: int | None = None
        self.session_id: int | None = None  # 5.x: the default session
        # 5.x: the (client id, secret) given to initialize_service_account,
        # for authenticate_service_account (the official two-step form)
        self.service_account: tuple[str, str] | None = None
        self.blob_store_enabled: bool | None = None
        self.store: StoreSelection | None = None
        # a profile's token cache (Client.from_profile): logout removes it
        self.token_cache: TokenCache | None = None
        self._events: EventHub | None = None  # the socket, opened by a wait
        self.closed = False

    # -- the server's line ------------------------------------------------------
    @property
    def hq(self) -> bool:
        """Whether the server is a 5.x HQ (known without asking: a client for
        HQ is made with the identity provider's address)."""
        return self.provider is not None

    @property
    def line(self) -> ServerLine:
        """The server's version, read once from ``GET /version``."""
        if self._line is None:
            answer = self.server.call_public(
                Version, self._operations.util_get_server_version
            )
            self._line = ServerLine(answer.version or "")
        return self._line

    @property
    def operations(self) -> Operations:
        """The 4.x server's operations; on HQ, those it serves alike (any
        other raises :class:`NotOnThisServerError` when looked up, before
        anything is sent)."""
        if self._shared is not None:
            return self._shared
        return self._operations

    @property
    def hq_operations(self) -> HQOperations:
        """A 5.x HQ's operations (its bindings load on first use)."""
        if self._hq_operations is None:
            from vantage6_hq_api.api import Operations as HQOperations

            self._hq_operations = HQOperations()
        return self._hq_operations

    def logged_in_as(self, user_id: int) -> None:
        """A new login: its user; nothing of an earlier login is kept."""
        self.user_id = user_id
        self.whoami = None
        self.cryptor = PlainCryptor()

    def forget_login(self) -> None:
        """Log out: tokens, identity and key go; choices of collaboration and
        store stay (they are not secrets and belong to the client's use)."""
        self.server.log_out()
        self.close_events()
        self.user_id = self.whoami = None
        self.cryptor = PlainCryptor()

    # -- events ----------------------------------------------------------------
    def events(self, api_path: str) -> EventHub:
        """The login's Socket.IO connection (opened by the first wait that
        subscribes; its module loads only then)."""
        if self._events is None:
            from vantage6_client._events import EventHub

            server = self.server
            self._events = EventHub(
                server.base_url, api_path, server.bearer_headers, server.verify
            )
        return self._events

    def close_events(self) -> None:
        if self._events is not None:
            self._events.close()
            self._events = None

    # -- the algorithm store ---------------------------------------------------
    def choose_store(
        self, store_id: int, url: str, transport: httpx.BaseTransport | None
    ) -> None:
        self.forget_store()
        # an HQ's stores are 5.x stores, a 4.x server's 4.x ones
        self.store = StoreSelection(
            store_id, url, self.server, transport, store5=self.hq
        )

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
        if self.provider is not None:
            self.provider.close()
