"""Contract tests: each facade method against a server mocked from the spec."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

import httpx
import pytest
from pytest_httpserver import HTTPServer

from tests.conformance import Spec
from tests.contract.spec_mock import SpecMock
from tests.paths import STORE_SPEC_PATH
from tests.unit.test_transport import jwt
from vantage6_client import Client, NodeClient, NodeIdentity, WhoAmI
from vantage6_client._transport import CallOptions, RetryPolicy

F = TypeVar("F", bound=Callable[..., object])
COVERED: set[str] = set()


def covers(*methods: str) -> Callable[[F], F]:
    """Mark a contract test as the one for these facade methods."""

    def mark(test: F) -> F:
        COVERED.update(methods)
        return test

    return mark


@pytest.fixture(scope="session")
def spec() -> Spec:
    return Spec.load()


@pytest.fixture
def mock(httpserver: HTTPServer, spec: Spec) -> Iterator[SpecMock]:
    yield SpecMock(httpserver, spec)
    httpserver.check_assertions()  # every armed call was made, none unexpected


FAST = CallOptions(timeout=httpx.Timeout(5.0), retry=RetryPolicy(max_retries=0))


@pytest.fixture
def client(httpserver: HTTPServer) -> Iterator[Client]:
    """Logged in as user 1 of organization 1, without the login calls."""
    made = Client(httpserver.url_for("/").rstrip("/"), path="/api")
    made._transport.options = FAST
    made._transport.tokens.set(jwt(sub=1), "refresh")
    made._user_id, made._whoami = 1, WhoAmI("user", 1, "Root", "root", 1)
    yield made
    made.close()


@pytest.fixture
def store_mock(httpserver: HTTPServer) -> Iterator[SpecMock]:
    """The algorithm store's API, on the same mock server as the server's."""
    yield SpecMock(httpserver, Spec.load(STORE_SPEC_PATH))
    httpserver.check_assertions()


@pytest.fixture
def store_client(client: Client, mock: SpecMock, httpserver: HTTPServer) -> Client:
    """A client that has chosen the mocked store (``client.store.set``)."""
    store = mock.example(mock.spec.document["components"]["schemas"]["AlgorithmStore"])
    store["url"] = httpserver.url_for("/api")
    mock.expect("store_get", path={"id": 1}, body=store)
    client.store.set(1)
    client.store._require_connection().transport.options = FAST
    return client


@pytest.fixture
def node_client(httpserver: HTTPServer) -> Iterator[NodeClient]:
    made = NodeClient(httpserver.url_for("/").rstrip("/"), path="/api")
    made._transport.options = FAST
    made._transport.tokens.set(jwt(sub=9), "refresh")
    made.whoami = NodeIdentity(9, "node", 2, 3)
    yield made
    made.close()
