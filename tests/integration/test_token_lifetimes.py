"""Sessions on a server whose tokens live for seconds, not hours.

The server's configuration refuses access tokens under 30 minutes; this
module's own server sets the lifetimes on the Flask app (see
``vantage6_client/testing/_wsgi_overrides.py``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest

from tests.conformance import ConformanceTransport
from tests.integration.conftest import RecordingTransport, World, running
from vantage6_client import AuthenticationError, Client, PermissionDeniedError
from vantage6_client._tokens import jwt_claims
from vantage6_client.testing.server import LocalServer

ACCESS_SECONDS = 2
REFRESH_SECONDS = 4


@pytest.fixture(scope="module")
def v6_server() -> Iterator[LocalServer]:
    yield from running(
        LocalServer(
            access_token_seconds=ACCESS_SECONDS, refresh_token_seconds=REFRESH_SECONDS
        )
    )


@pytest.fixture
def recorded(
    v6_server: LocalServer, transport: Callable[[], ConformanceTransport]
) -> Iterator[Callable[[str, str], tuple[Client, RecordingTransport]]]:
    made: list[Client] = []

    def login(username: str, password: str) -> tuple[Client, RecordingTransport]:
        recording = RecordingTransport(transport())
        client = Client(v6_server.url, transport=recording)
        client.authenticate(username, password)
        made.append(client)
        return client, recording

    yield login
    for client in made:
        client.close()


def refreshes(recording: RecordingTransport) -> list[int]:
    return [
        status
        for _, path, status in recording.exchanges
        if path.endswith("/token/refresh")
    ]


def test_the_tokens_really_are_short_lived(admin: Client) -> None:
    claims = jwt_claims(admin.token or "")
    assert claims["exp"] - claims["iat"] == ACCESS_SECONDS


def test_a_session_outlives_both_token_lifetimes(
    v6_server: LocalServer, recorded
) -> None:
    client, recording = recorded(v6_server.root_username, v6_server.root_password)
    first_token = client.token
    ends = time.monotonic() + REFRESH_SECONDS + 2
    calls = 0
    while time.monotonic() < ends:
        assert client.user.get(client.whoami.id_).username == "root"
        calls += 1
        time.sleep(0.25)
    # every call succeeded, across several refreshes, each with a fresh pair
    # (the first refresh token had expired long before the end)
    assert calls > 10
    assert client.token != first_token
    assert len(refreshes(recording)) >= 2
    assert set(refreshes(recording)) == {200}
    failed = [e for e in recording.exchanges if e[2] >= 400]
    assert all(path.endswith("/user/1") and status == 401 for _, path, status in failed)


def test_a_permission_denial_is_not_answered_with_a_refresh(
    world: World, recorded
) -> None:
    party = world.organization()
    user, password = world.user(party, "Researcher")
    client, recording = recorded(user.username, password)
    with pytest.raises(PermissionDeniedError, match="permission"):
        client.organization.create("not allowed", country="NL")
    denial = next(
        i for i, (method, path, _) in enumerate(recording.exchanges)
        if method == "POST" and path.endswith("/organization")
    )  # fmt: skip
    assert recording.exchanges[denial][2] == 401  # the server says 401, not 403
    assert recording.exchanges[denial + 1 :] == []  # neither re-sent nor refreshed


def test_an_expired_refresh_token_asks_for_a_new_login(
    v6_server: LocalServer, recorded
) -> None:
    client, _ = recorded(v6_server.root_username, v6_server.root_password)
    time.sleep(REFRESH_SECONDS + 1)
    with pytest.raises(AuthenticationError, match="log in again"):
        client.user.list()
    client.authenticate(v6_server.root_username, v6_server.root_password)
    assert client.user.list().data
