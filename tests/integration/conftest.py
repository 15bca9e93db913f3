"""Fixtures for tests against a real vantage6 server process.

One server per test session (start-up takes ~2 s); every test makes its own
organizations, collaborations, nodes and users, with unique names, so tests
do not see each other's data. Every response passes the live conformance
check; a test that received a response the spec does not describe fails.
"""

from __future__ import annotations

import contextlib
import itertools
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from vantage6_server_api.models import Collaboration, NewNode, Organization, User

from tests.conformance import (
    ConformanceRecorder,
    ConformanceTransport,
    Spec,
    conforming,
)
from tests.paths import STORE_SPEC_PATH
from tests.servers import running
from vantage6_client import Client
from vantage6_client._crypto import generate_private_key, public_key_text
from vantage6_client.testing.node import NodePlayer
from vantage6_client.testing.registry import LocalRegistry
from vantage6_client.testing.server import LocalServer, LocalStore


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/integration/" in str(item.path):
            item.add_marker(pytest.mark.server)


# -- the server -------------------------------------------------------------
@pytest.fixture(scope="session")
def v6_server() -> Iterator[LocalServer]:
    yield from running(LocalServer())


@pytest.fixture(autouse=True)
def _server_alive(request: pytest.FixtureRequest) -> None:
    """Fail at once, and say why, when the server process has died."""
    if "v6_server" not in request.fixturenames:
        return
    server: LocalServer = request.getfixturevalue("v6_server")
    if not server.running:
        pytest.fail(
            "the vantage6 server process is not running; its log ends with:\n"
            + server.log_tail(),
            pytrace=False,
        )


@pytest.fixture(scope="session")
def registry() -> Iterator[LocalRegistry]:
    """The image registry the store looks algorithm images up in."""
    with LocalRegistry() as local:
        yield local


@pytest.fixture(scope="session")
def v6_store(v6_server: LocalServer, registry: LocalRegistry) -> Iterator[LocalStore]:
    """An algorithm store that trusts the session's server (started on demand)."""
    yield from running(LocalStore(v6_server, registry=registry))


# -- live conformance -------------------------------------------------------
@pytest.fixture(scope="session")
def conformance() -> ConformanceRecorder:
    return ConformanceRecorder(Spec.load())


@pytest.fixture(scope="session")
def store_conformance() -> ConformanceRecorder:
    return ConformanceRecorder(Spec.load(STORE_SPEC_PATH))


@pytest.fixture(autouse=True)
def _conforming_responses(request: pytest.FixtureRequest) -> Iterator[None]:
    """After each test: did every response it caused match the spec?"""
    if "v6_server" not in request.fixturenames:
        yield
        return
    recorders: list[ConformanceRecorder] = [request.getfixturevalue("conformance")]
    if "v6_store" in request.fixturenames:
        recorders.append(request.getfixturevalue("store_conformance"))
    with conforming(recorders):
        yield


@pytest.fixture
def transport(conformance: ConformanceRecorder) -> Callable[[], ConformanceTransport]:
    """Makes HTTP transports that check every response against the spec.

    One per client: closing a client closes its transport's connections.
    """
    return lambda: ConformanceTransport(conformance)


class RecordingTransport(httpx.BaseTransport):
    """Keeps ``(method, path, status)`` of every exchange, for fault tests."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.exchanges: list[tuple[str, str, int]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        self.exchanges.append((request.method, request.url.path, response.status_code))
        return response

    def close(self) -> None:
        self.inner.close()


# -- clients ----------------------------------------------------------------
@pytest.fixture
def client_for(
    v6_server: LocalServer, transport: Callable[[], ConformanceTransport]
) -> Iterator[Callable[..., Client]]:
    """Make logged-in clients: ``client_for("alice", "pw")``."""
    made: list[Client] = []

    def make(
        username: str | None = None, password: str | None = None, **options: Any
    ) -> Client:
        client = Client(
            v6_server.url, path=v6_server.api_path, transport=transport(), **options
        )
        if username is not None:
            client.authenticate(username, password or "")
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def admin(v6_server: LocalServer, client_for: Callable[..., Client]) -> Client:
    """The server's root user: may do everything."""
    return client_for(v6_server.root_username, v6_server.root_password)


# -- data -------------------------------------------------------------------
_names = itertools.count(1)


def unique(prefix: str) -> str:
    """A name no other test uses (names are unique on the server)."""
    return f"{prefix}-{next(_names)}-{secrets.token_hex(3)}"


@dataclass
class Party:
    """An organization with its key pair and node."""

    organization: Organization
    private_key: rsa.RSAPrivateKey
    node: NewNode | None = None
    users: list[tuple[User, str]] = field(default_factory=list)

    @property
    def id(self) -> int:
        return self.organization.id


class World:
    """Builds test data through the admin client; players stop at teardown."""

    def __init__(
        self,
        admin: Client,
        server: LocalServer,
        transport: Callable[[], ConformanceTransport],
        client_for: Callable[..., Client],
    ):
        self.admin = admin
        self.server = server
        self.transport = transport
        self.client_for = client_for
        self.players: list[NodePlayer] = []
        self.nodes: list[int] = []

    def organization(self, *, with_key: bool = True) -> Party:
        key = generate_private_key()
        organization = self.admin.organization.create(
            name=unique("org"),
            country="NL",
            public_key=public_key_text(key) if with_key else None,
        )
        return Party(organization, key)

    def collaboration(
        self, parties: list[Party], *, encrypted: bool = False, nodes: bool = True
    ) -> Collaboration:
        collaboration = self.admin.collaboration.create(
            unique("collab"), [p.id for p in parties], encrypted=encrypted
        )
        if nodes:
            for party in parties:
                party.node = self.admin.node.create(
                    collaboration.id, organization=party.id
                )
                self.nodes.append(party.node.id)
        return collaboration

    def user(self, party: Party, *roles: str) -> tuple[User, str]:
        """A user of ``party`` with the named default roles, and its password."""
        role_ids = [
            r.id
            for r in self.admin.role.list(
                include_root=True, organization=party.id, per_page=100
            )
            if r.name in roles
        ]
        password = f"Pw-{secrets.token_hex(4)}!A1"
        user = self.admin.user.create(
            unique("user"),
            "Test",
            "User",
            password,
            f"{unique('mail')}@example.org",
            organization=party.id,
            roles=role_ids,
        )
        party.users.append((user, password))
        return user, password

    def researcher(self, party: Party, *, encryption: bool = True) -> Client:
        """A logged-in client of a new Researcher of ``party`` (key set up)."""
        user, password = self.user(party, "Researcher")
        client = self.client_for(user.username, password)
        if encryption:
            client.setup_encryption(party.private_key)
        return client

    def node_player(
        self,
        party: Party,
        table: list[dict[str, Any]] | None = None,
        *,
        poll_interval: float = 0.2,
        **kw: Any,
    ) -> NodePlayer:
        """A started node player for ``party``'s node."""
        assert party.node is not None, "the party has no node"
        player = NodePlayer(
            self.server.base_url,
            party.node.api_key,
            private_key=party.private_key,
            table=table or [{"age": 30}, {"age": 40}],
            transport=self.transport(),
            **kw,
        )
        self.players.append(player)
        return player.start(poll_interval)

    def close(self) -> None:
        for player in self.players:
            player.close()
        # The server checks a node's API key against every node's hash:
        # keep the number of nodes small for the tests that follow.
        for node in self.nodes:
            with contextlib.suppress(Exception):
                self.admin.node.delete(node)


@pytest.fixture
def world(
    admin: Client,
    v6_server: LocalServer,
    transport: Callable[[], ConformanceTransport],
    client_for: Callable[..., Client],
) -> Iterator[World]:
    built = World(admin, v6_server, transport, client_for)
    yield built
    built.close()
