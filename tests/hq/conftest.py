"""The 5.x pair (the session fixtures ``keycloak`` and ``hq`` of
tests/conftest.py: a real Keycloak and HQ 5.0.3 on loopback), spoken to
through the generated ``vantage6_hq_api`` bindings (the facade for 5.x comes
with its own issue). Every response HQ gives these tests passes the live
conformance check against the committed HQ spec, as the 4.x integration
tests' do against theirs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from vantage6_hq_api.api import Operations
from vantage6_hq_api.models import NewNode

from tests.conformance import (
    ConformanceRecorder,
    ConformanceTransport,
    Spec,
    conforming,
)
from tests.paths import HQ_SPEC_PATH, STORE5_SPEC_PATH
from vantage6_client import Client
from vantage6_client.testing.hq import LocalHQ
from vantage6_client.testing.hq_node import HQNodePlayer
from vantage6_client.testing.keycloak import LocalKeycloak
from vantage6_client.testing.node import Table
from vantage6_client.testing.store5 import LocalStore5


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/hq/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.server)


@pytest.fixture(scope="session")
def hq_conformance() -> ConformanceRecorder:
    return ConformanceRecorder(Spec.load(HQ_SPEC_PATH))


@pytest.fixture(scope="session")
def store5_conformance() -> ConformanceRecorder:
    return ConformanceRecorder(Spec.load(STORE5_SPEC_PATH))


@pytest.fixture(autouse=True)
def _conforming_hq_responses(request: pytest.FixtureRequest) -> Iterator[None]:
    """After each test that talks to HQ (or the 5.x store): did every answer
    match the spec?"""
    recorders = [
        request.getfixturevalue(recorder)
        for server, recorder in (
            ("hq", "hq_conformance"),
            ("store5", "store5_conformance"),
        )
        if server in request.fixturenames
    ]
    with conforming(recorders):
        yield


@pytest.fixture
def hq_transport(
    hq_conformance: ConformanceRecorder,
) -> Callable[[], ConformanceTransport]:
    """Makes HTTP transports that check HQ's every answer (one per client)."""
    return lambda: ConformanceTransport(hq_conformance)


@pytest.fixture
def at_store5(
    store5: LocalStore5, store5_conformance: ConformanceRecorder
) -> Iterator[Callable[[str | None], httpx.Client]]:
    """Makes clients of the 5.x store, with a bearer token or none (closed
    after the test); the store's every answer is checked against its spec."""
    made: list[httpx.Client] = []

    def client(token: str | None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        made.append(
            httpx.Client(
                base_url=store5.base_url,
                headers=headers,
                transport=ConformanceTransport(store5_conformance),
            )
        )
        return made[-1]

    yield client
    for each in made:
        each.close()


@pytest.fixture(scope="session")
def ops() -> Operations:
    """HQ 5.0.3's operations, from the generated bindings."""
    return Operations()


@pytest.fixture(scope="session")
def root_tokens(keycloak: LocalKeycloak, hq: LocalHQ) -> Callable[[], str]:
    """HQ's root's access token, fetched again when less than a minute of it
    is left: it lives five minutes, and a test session lasts longer."""
    return keycloak.access_tokens(hq.root_username, hq.root_password)


@pytest.fixture
def root_token(root_tokens: Callable[[], str]) -> str:
    return root_tokens()


@pytest.fixture
def bearer(
    hq: LocalHQ, hq_transport: Callable[[], ConformanceTransport]
) -> Iterator[Callable[[str], httpx.Client]]:
    """Makes clients of HQ that send a given bearer token (closed after the
    test), for the generated operations: ``ops.user_me(bearer(token))``."""
    made: list[httpx.Client] = []

    def client(token: str) -> httpx.Client:
        made.append(
            httpx.Client(
                base_url=hq.base_url,
                headers={"Authorization": f"Bearer {token}"},
                transport=hq_transport(),
            )
        )
        return made[-1]

    yield client
    for each in made:
        each.close()


@pytest.fixture
def root(bearer: Callable[[str], httpx.Client], root_token: str) -> httpx.Client:
    """HQ's root user."""
    return bearer(root_token)


@pytest.fixture
def player(
    keycloak: LocalKeycloak,
    hq: LocalHQ,
    hq_transport: Callable[[], ConformanceTransport],
) -> Iterator[Callable[..., HQNodePlayer]]:
    """Makes HQNodePlayers (``player(node, table, **options)``) whose answers
    from HQ are checked; each is closed after the test."""
    made: list[HQNodePlayer] = []

    def play(node: NewNode, table: Table, **options: Any) -> HQNodePlayer:
        made.append(
            HQNodePlayer(
                keycloak, hq.base_url, node, table, transport=hq_transport(), **options
            )
        )
        return made[-1]

    yield play
    for each in made:
        each.close()


class Counting(httpx.BaseTransport):
    """Counts the requests that reach it (to show that none was sent)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.sent = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        return self.inner.handle_request(request)


@pytest.fixture
def wire(hq_transport: Callable[[], ConformanceTransport]) -> Counting:
    """HQ's answers checked, and the requests counted."""
    return Counting(hq_transport())


@pytest.fixture
def admin(hq: LocalHQ, keycloak: LocalKeycloak, wire: Counting) -> Iterator[Client]:
    """The facade, logged in at Keycloak as HQ's root (the realm of these
    tests takes passwords)."""
    with Client(base_url=hq.base_url, auth_url=keycloak.url, transport=wire) as client:
        client.authenticate(hq.root_username, hq.root_password)
        yield client
