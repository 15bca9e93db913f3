"""The events hub's own logic: where the socket is, which rooms it is in, what
reaches waiters, and when it gives up (the connection itself is tested on the
real servers: tests/integration/test_events.py, tests/hq/test_events.py)."""

from __future__ import annotations

import logging
import sys
import threading
import time
from typing import Any

import httpx
import pytest

from tests.unit.test_transport import jwt
from vantage6_client import _events
from vantage6_client._events import EventHub, Hint
from vantage6_client._session import Session
from vantage6_client._tokens import TokenPair, jwt_claims
from vantage6_client._transport import Transport


def hub(
    base_url: str = "http://127.0.0.1:7601/api", api_path: str = "/api"
) -> EventHub:
    return EventHub(base_url, api_path, lambda: {}, True)


@pytest.mark.parametrize(
    ("base_url", "api_path", "url", "socketio_path"),
    [
        ("http://127.0.0.1:7601/api", "/api", "http://127.0.0.1:7601", "socket.io"),
        ("https://v6.example.org/api/", "api", "https://v6.example.org", "socket.io"),
        # behind a proxy that put the server under a path
        ("https://example.org/v6/api", "/api", "https://example.org", "v6/socket.io"),
        # an API path of its own: the server's root is before it
        ("https://example.org/v6/v1", "/v1", "https://example.org", "v6/socket.io"),
        # an API root that does not end in the path: the host's root
        ("https://example.org/other", "/api", "https://example.org", "other/socket.io"),
    ],
)
def test_the_socket_is_at_the_servers_root(
    base_url: str, api_path: str, url: str, socketio_path: str
) -> None:
    made = hub(base_url, api_path)
    assert (made.url, made.socketio_path) == (url, socketio_path)


class FakeSocket:
    """What the hub reads of a python-socketio client."""

    connected = True

    def disconnect(self) -> None:
        self.connected = False


def connected_hub() -> tuple[EventHub, int]:
    made = hub()
    made._client = FakeSocket()
    made._generation = 3
    return made, 3


def test_the_join_messages_tell_the_rooms() -> None:
    made, generation = connected_hub()
    made._on_event(generation, "message", "User <alice> joined room <collaboration_5>")
    made._on_event(generation, "message", "User <alice> joined room <collaboration_12>")
    made._on_event(generation, "message", "alice left room collaboration_5")
    made._on_event(generation, "message", "User <alice> joined room <all_nodes>")
    assert made._rooms == {5, 12}
    assert made._listening_to(12)
    assert not made._listening_to(7)
    assert made._listening_to(None)  # any collaboration will do


def test_events_reach_every_subscriber_as_hints() -> None:
    made, generation = connected_hub()
    made._rooms = {5}
    first, second = made.subscribe(5), made.subscribe(5)
    assert first is not None and second is not None
    made._on_event(generation, "status_update", {"run_id": 40})
    made._on_event(generation, "algorithm_status_change", "not a mapping")
    for subscription in (first, second):
        hint = subscription.next(0)
        assert hint == Hint("status_update", {"run_id": 40})
        assert hint.run_id == 40
        assert subscription.next(0) == Hint("algorithm_status_change", {})
        assert subscription.next(0) is None
    first.close()
    made._on_event(generation, "status_update", {"run_id": 41})
    assert first.next(0) is None
    assert second.next(0) == Hint("status_update", {"run_id": 41})


def test_a_hint_names_only_integer_ids() -> None:
    assert Hint("x", {"run_id": True, "task_id": "7"}).run_id is None
    assert Hint("x", {"run_id": 3}).run_id == 3


def test_events_of_an_earlier_connection_are_ignored() -> None:
    """A closing connection's goodbye must not clear its successor's rooms."""
    made, generation = connected_hub()
    made._rooms = {5}
    subscription = made.subscribe(5)
    assert subscription is not None
    made._on_event(generation - 1, "status_update", {"run_id": 40})
    made._on_event(generation - 1, "message", "User <a> joined room <collaboration_9>")
    made._on_disconnect(generation - 1, "closed")
    assert subscription.next(0) is None
    assert made._rooms == {5}
    made._on_disconnect(generation, "transport error")
    assert made._rooms == set()  # until the client has reconnected


def test_a_refused_token_stops_listening(caplog: pytest.LogCaptureFixture) -> None:
    made, generation = connected_hub()
    made._rooms = {5}
    subscription = made.subscribe(5)
    assert subscription is not None and subscription.listening
    with caplog.at_level(logging.INFO, logger="vantage6_client.events"):
        made._on_event(generation, "expired_token", None)
    assert not subscription.listening
    assert caplog.messages == ["events: the server refused the token (expired_token)"]


def test_without_the_extra_nothing_is_tried(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(sys.modules, "socketio", None)
    monkeypatch.setattr(_events.importlib.util, "find_spec", lambda name: None)
    made = hub()

    def connect() -> None:
        raise AssertionError("no connection without the extra")

    monkeypatch.setattr(made, "_connect", connect)
    with caplog.at_level(logging.INFO, logger="vantage6_client.events"):
        assert made.subscribe(5) is None
        assert made.subscribe(5) is None
    assert made.unavailable
    assert caplog.messages == [
        "events: python-socketio is not installed (pip install "
        "'vantage6-sdk[events]'); waiting by polling"
    ]


def test_a_connection_that_joined_no_room_is_not_retried_for_a_while(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    made = hub()
    attempts: list[int] = []
    now = [1000.0]
    monkeypatch.setattr(_events.time, "monotonic", lambda: now[0])
    monkeypatch.setattr(_events, "JOIN_TIMEOUT", 0.01)

    def connect() -> None:
        attempts.append(1)
        made._client = FakeSocket()  # connected, but in no room

    monkeypatch.setattr(made, "_connect", connect)
    with caplog.at_level(logging.INFO, logger="vantage6_client.events"):
        assert made.subscribe(5) is None
        assert made.subscribe(5) is None  # within the minute: no new attempt
        now[0] += _events.RETRY_AFTER
        assert made.subscribe(5) is None
    assert len(attempts) == 2
    assert "no room of collaboration 5" in caplog.messages[0]


def test_closing_disconnects_in_the_background() -> None:
    made, _ = connected_hub()
    socket: Any = made._client
    made._rooms = {5}
    made.close()
    assert made._client is None and made._rooms == set()
    for thread in threading.enumerate():
        if thread.name == "vantage6-events-close":
            thread.join(5)
    assert not socket.connected


# -- what the session gives the hub -------------------------------------------
class Renewal:
    """Renews to a fresh token, counting how often."""

    def __init__(self) -> None:
        self.renewed = 0

    def renews(self, tokens: TokenPair) -> bool:
        return True

    def renew(self, transport: Transport, tokens: TokenPair) -> TokenPair:
        self.renewed += 1
        return TokenPair(jwt(sub=2), "refresh-2")

    def expired(self, error: Any) -> bool:
        return False


def test_the_handshake_carries_the_access_token_renewed_when_due() -> None:
    renewal = Renewal()
    transport = Transport("http://127.0.0.1:9/api", login=renewal)
    assert transport.bearer_headers() == {}  # logged out: no header, no renewal
    fresh = jwt(sub=1)
    transport.tokens.set(fresh, "refresh")
    assert transport.bearer_headers() == {"Authorization": f"Bearer {fresh}"}
    assert renewal.renewed == 0  # not due
    transport.tokens.set(jwt(sub=1, lifetime=600, issued=time.time() - 590), "r")
    headers = transport.bearer_headers()
    assert renewal.renewed == 1
    assert headers == {"Authorization": f"Bearer {transport.tokens.access}"}
    assert jwt_claims(transport.tokens.access or "")["sub"] == 2
    transport.close()


def test_a_transport_knows_whether_its_requests_go_through_the_callers() -> None:
    own = Transport("http://127.0.0.1:9/api")
    given = Transport(
        "http://127.0.0.1:9/api", transport=httpx.MockTransport(lambda r: None)
    )
    assert own.custom_transport is False
    assert given.custom_transport is True
    own.close()
    given.close()


def test_the_session_makes_one_hub_and_forgets_it_with_the_login(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = Transport("https://v6.example.org/v6/api", verify=False)
    session = Session(server)
    made = session.events("/api")
    assert session.events("/api") is made
    assert (made.url, made.socketio_path) == ("https://v6.example.org", "v6/socket.io")
    assert made._headers == server.bearer_headers
    assert made._verify is False
    closed: list[EventHub] = []

    def close(hub: EventHub) -> None:
        closed.append(hub)

    monkeypatch.setattr(EventHub, "close", close)
    session.forget_login()
    assert closed == [made]
    again = session.events("/api")  # a new login, a new connection
    assert isinstance(again, EventHub) and again is not made
    session.close()


def test_a_connection_that_failed_is_not_waited_on_for_rooms(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Nothing will join a room: the wait polls at once."""
    made = hub()
    waits: list[float] = []
    listening = made._listening_to

    def listening_to(collaboration: int | None, wait: float = 0.0) -> bool:
        waits.append(wait)
        return listening(collaboration, wait)

    monkeypatch.setattr(made, "_listening_to", listening_to)
    monkeypatch.setattr(made, "_connect", lambda: None)  # the connection failed
    assert made.subscribe(5) is None
    assert waits == [0.0]  # looked once, before connecting; never waited


def test_any_room_means_a_room_and_a_later_room_is_waited_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Connected is not joined: the join messages come after, one by one."""
    made = hub()

    def connect() -> None:
        made._client = FakeSocket()
        made._generation = 1

        def joins() -> None:
            for room in (5, 12):
                time.sleep(0.05)
                made._on_event(
                    1, "message", f"User <a> joined room <collaboration_{room}>"
                )

        threading.Thread(target=joins, daemon=True).start()

    monkeypatch.setattr(made, "_connect", connect)
    assert made._listening_to(None) is False  # not connected yet
    subscription = made.subscribe(None)
    assert subscription is not None
    assert made._rooms  # subscribed once a room was joined
    assert subscription.hears(12)  # the next room, waited for
    assert made._rooms == {5, 12}
