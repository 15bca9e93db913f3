"""Hints from the server's Socket.IO ``/tasks`` namespace (the ``events`` extra).

Both server lines run Socket.IO at ``/socket.io/`` on the server's root (not
under the API path), namespace ``/tasks``. A user authenticates with the same
``Authorization: Bearer`` header as the API's, on the handshake only; the
server then puts the socket in the room of each collaboration whose events the
user may receive, and says so with a ``message`` ("... joined room
collaboration_5") to the user itself. Which rooms is decided at connect time:
a collaboration created later needs a new connection.

What arrives is a hint, never the truth. 4.15.2 emits ``status_update`` before
it commits the run's new state (a reader may still see the old one); neither
line emits anything for the runs it stops itself (killed, or failed because a
sibling failed); and a proxy may drop the socket. So waiters re-read over REST
what a hint names, and keep polling, slowly, while hints come.

One connection serves every wait of a login (``EventHub``); each wait reads
its own queue (``Subscription``). Without the extra, or when the socket cannot
connect or join, ``subscribe`` says so once in the log and returns None: the
waiter polls.
"""

from __future__ import annotations

import importlib.util
import logging
import queue
import re
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple
from urllib.parse import urlsplit

log = logging.getLogger("vantage6_client.events")

NAMESPACE = "/tasks"
# How long a connection may take, and then its rooms: the server joins them
# as it accepts the connection, so they come at once or not at all.
CONNECT_TIMEOUT = 5.0
JOIN_TIMEOUT = 2.0
# after a connection that failed or joined no room: the waits of the next
# minute poll at once rather than try (and maybe time out) again
RETRY_AFTER = 60.0
# "User <alice> joined room <collaboration_5>" (4.15.2 and HQ 5.0.3). Another
# user's join of the same room looks alike; taking it for ours at worst makes
# a wait rely on its slow polls.
_JOINED = re.compile(r"joined room <?collaboration_(\d+)>?$")
# the server's answers to a token it does not take: the socket stays open
# (it connects everyone) but joins no room
_REFUSED = frozenset({"expired_token", "invalid_token"})


class Hint(NamedTuple):
    """One event of the ``/tasks`` namespace: its name and what it carries."""

    name: str
    data: Mapping[str, Any]

    @property
    def run_id(self) -> int | None:
        """The run it names, if any."""
        return _int(self.data.get("run_id"))


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class Subscription:
    """The hints one waiter reads; closing it leaves the connection open."""

    def __init__(self, hub: EventHub) -> None:
        self._hub = hub
        self._hints: queue.SimpleQueue[Hint] = queue.SimpleQueue()

    def put(self, hint: Hint) -> None:
        self._hints.put(hint)

    def next(self, timeout: float) -> Hint | None:
        """The next hint, or None when none came within ``timeout`` seconds."""
        try:
            return self._hints.get(timeout=max(timeout, 0.0))
        except queue.Empty:
            return None

    @property
    def listening(self) -> bool:
        """Whether hints can still come (the socket is connected)."""
        return self._hub.connected

    def hears(self, collaboration_id: int) -> bool:
        """Whether the connection is in the collaboration's room."""
        return self._hub.in_room(collaboration_id)

    def close(self) -> None:
        self._hub.unsubscribe(self)


class EventHub:
    """One Socket.IO connection of a login, opened on the first wait.

    Parameters
    ----------
    base_url : str
        The API root, e.g. ``https://v6.example.org/api``.
    api_path : str
        The API path at the end of ``base_url`` (``/api``); whatever comes
        before it is where a proxy put the server (``/v6/api`` ->
        ``/v6/socket.io``).
    headers : Callable[[], dict[str, str]]
        The handshake's headers, asked for at every (re)connection so that it
        carries a fresh access token.
    verify : bool | str | ssl.SSLContext
        TLS verification, as the API's connection has it.
    """

    def __init__(
        self,
        base_url: str,
        api_path: str,
        headers: Callable[[], dict[str, str]],
        verify: bool | str | ssl.SSLContext,
    ) -> None:
        parts = urlsplit(base_url)
        prefix = parts.path.rstrip("/")
        api = "/" + api_path.strip("/")
        if api != "/" and prefix.endswith(api):
            prefix = prefix[: -len(api)]
        self.url = f"{parts.scheme}://{parts.netloc}"
        self.socketio_path = f"{prefix.strip('/')}/socket.io".lstrip("/")
        self._headers = headers
        self._verify = verify
        self._lock = threading.Lock()
        self._subscribers: list[Subscription] = []
        self._rooms: set[int] = set()
        self._joined = threading.Condition(self._lock)
        self._refused = False
        self._client: Any = None
        self._generation = 0  # of the connection whose events count
        self._retry_at = 0.0  # no new connection before (monotonic seconds)
        self._connecting = threading.Lock()
        self._available: bool | None = None  # the extra: looked for once

    # -- what waiters use ----------------------------------------------------
    @property
    def unavailable(self) -> bool:
        """Whether the events extra is missing (then nothing is tried)."""
        if self._available is None:
            self._available = importlib.util.find_spec("socketio") is not None
            if not self._available:
                log.info(
                    "events: python-socketio is not installed "
                    "(pip install 'vantage6-sdk[events]'); waiting by polling"
                )
        return not self._available

    @property
    def connected(self) -> bool:
        client = self._client
        return client is not None and bool(client.connected) and not self._refused

    def subscribe(self, collaboration_id: int | None) -> Subscription | None:
        """Hints for the events of ``collaboration_id``, or None when they
        cannot come (logged): the caller polls."""
        if self.unavailable:
            return None
        with self._connecting:  # two waits at once open one connection
            if not self._join(collaboration_id):
                return None
        subscription = Subscription(self)
        with self._lock:
            self._subscribers.append(subscription)
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
        with self._lock:
            if subscription in self._subscribers:
                self._subscribers.remove(subscription)

    def close(self) -> None:
        """Disconnect (in the background: a websocket takes up to 3 s to say
        goodbye to uWSGI, which nobody should wait for)."""
        with self._lock:
            client, self._client = self._client, None
            self._rooms.clear()
        if client is not None:
            threading.Thread(
                target=client.disconnect, name="vantage6-events-close", daemon=True
            ).start()

    def in_room(self, collaboration_id: int) -> bool:
        """Whether the connection is in the collaboration's room (the server
        sends its join messages one after the other: the room may be a
        moment behind the first)."""
        return self._listening_to(collaboration_id, wait=JOIN_TIMEOUT)

    # -- the connection ------------------------------------------------------
    def _join(self, collaboration_id: int | None) -> bool:
        """Whether the connection is in the collaboration's room, connecting
        (again) when it is not."""
        if self._listening_to(collaboration_id):
            return True
        if time.monotonic() < self._retry_at:
            return False  # it failed a moment ago: those waits poll
        self._connect()
        if self.connected and self._listening_to(collaboration_id, wait=JOIN_TIMEOUT):
            return True
        self._retry_at = time.monotonic() + RETRY_AFTER
        if self.connected:  # else the reason was logged already
            log.info(
                "events: the server put this login in no room of collaboration "
                "%s (the token was refused, or the user may not receive its "
                "events); waiting by polling",
                collaboration_id,
            )
        return False

    def _listening_to(self, collaboration_id: int | None, wait: float = 0.0) -> bool:
        def joined() -> bool:  # None: any room (then the others follow at once)
            if not self.connected:
                return False
            if collaboration_id is None:
                return bool(self._rooms)
            return collaboration_id in self._rooms

        with self._joined:
            return self._joined.wait_for(joined, timeout=wait) if wait else joined()

    def _connect(self) -> None:
        self.close()  # rooms are fixed at connect: a new collaboration needs anew
        import socketio  # type: ignore[import-untyped]  # noqa: PLC0415 - the extra

        self._refused = False
        # A websocket first: one request, then nothing but what the server
        # sends. A proxy that drops websockets leaves long-polling, which
        # works everywhere, at the cost of a request per event.
        client = self._connected(socketio, ["websocket"])
        if client is None:
            client = self._connected(socketio, ["polling"])
            if client is None:
                return
            log.info(
                "events: no websocket to %s (refused by the server or a proxy); "
                "events come by long-polling",
                self.url,
            )
        with self._lock:
            self._client = client

    def _connected(self, socketio: Any, transports: list[str]) -> Any:
        """A client connected with ``transports``, or None (logged)."""
        client = socketio.Client(
            reconnection=True,
            reconnection_delay=0.5,
            reconnection_delay_max=5,
            handle_sigint=False,  # Ctrl-C belongs to the user's program
            http_session=_http_session(self._verify),
            **_websocket_tls(self._verify),
        )
        # handlers of this connection only: a closing one's goodbye must not
        # clear the rooms of its successor
        with self._lock:
            self._generation += 1
            generation = self._generation
        client.on(
            "*",
            lambda name, data=None: self._on_event(generation, name, data),
            namespace=NAMESPACE,
        )
        client.on(
            "disconnect",
            lambda reason=None: self._on_disconnect(generation, reason),
            namespace=NAMESPACE,
        )
        try:
            client.connect(
                self.url,
                headers=self._headers,
                transports=transports,
                namespaces=[NAMESPACE],
                socketio_path=self.socketio_path,
                wait_timeout=CONNECT_TIMEOUT,
            )
        except (socketio.exceptions.ConnectionError, ValueError, OSError) as exc:
            log.info(
                "events: cannot connect to %s/%s by %s (%s)%s",
                self.url,
                self.socketio_path,
                transports[0],
                exc,
                "" if transports == ["websocket"] else "; waiting by polling",
            )
            return None
        return client

    def _on_event(self, generation: int, name: str, data: Any) -> None:
        if generation != self._generation:
            return
        if name == "message" and isinstance(data, str):
            joined = _JOINED.search(data)
            if joined:
                with self._joined:
                    self._rooms.add(int(joined.group(1)))
                    self._joined.notify_all()
            return
        if name in _REFUSED:
            log.info("events: the server refused the token (%s)", name)
            with self._joined:
                self._refused = True
                self._joined.notify_all()
            return
        hint = Hint(name, data if isinstance(data, Mapping) else {})
        with self._lock:
            subscribers = list(self._subscribers)
        for subscription in subscribers:
            subscription.put(hint)

    def _on_disconnect(self, generation: int, reason: Any) -> None:
        if generation != self._generation:
            return
        # The client reconnects by itself, and the server then joins the
        # rooms again and says so; until then waiters poll.
        with self._lock:
            self._rooms.clear()
        log.debug("events: disconnected (%s)", reason)


def _http_session(verify: bool | str | ssl.SSLContext) -> Any:
    """A ``requests`` session for the long-polling requests, verifying TLS as
    the API's connection does (``requests`` takes no SSL context: an adapter
    hands it to urllib3)."""
    import requests  # noqa: PLC0415 - part of the extra
    from requests.adapters import HTTPAdapter  # noqa: PLC0415

    session = requests.Session()
    if isinstance(verify, ssl.SSLContext):

        class _WithContext(HTTPAdapter):
            def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
                kwargs["ssl_context"] = verify
                super().init_poolmanager(*args, **kwargs)

        session.mount("https://", _WithContext())
    else:
        session.verify = verify
    return session


def _websocket_tls(verify: bool | str | ssl.SSLContext) -> dict[str, Any]:
    """The websocket's TLS options where the session's do not reach it."""
    if isinstance(verify, ssl.SSLContext):
        return {"websocket_extra_options": {"sslopt": {"context": verify}}}
    return {}
