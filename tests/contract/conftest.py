"""Contract tests: each facade method against a server mocked from the spec."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from typing import TypeVar

import httpx
import pytest
from pytest_httpserver import HTTPServer

from tests.conformance import Spec
from tests.contract.spec_mock import SpecMock
from tests.paths import HQ_SPEC_PATH, STORE_SPEC_PATH
from tests.unit.test_transport import jwt
from vantage6_client import Client, NodeClient, NodeIdentity, WhoAmI
from vantage6_client._events import EventHub
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


@pytest.fixture(autouse=True)
def _waits_poll(monkeypatch: pytest.MonkeyPatch) -> None:
    """Waits poll here: a server mocked from the API's spec speaks no
    Socket.IO (waiting on events is tested on the real servers)."""
    monkeypatch.setattr(EventHub, "unavailable", property(lambda hub: True))


@pytest.fixture
def mock(httpserver: HTTPServer, spec: Spec) -> SpecMock:
    """The server's API; what the test armed is checked after it (see below)."""
    return SpecMock(httpserver, spec)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    """After a contract test: every call its mocks armed was made, and the mock
    server got no request it was not armed for.

    pytest-httpserver's ``check_assertions`` reports only the latter: an
    ordered handler that no request reached simply stays in
    ``httpserver.ordered_handlers`` (handlers are removed as they are used).
    Checked here rather than in a fixture's teardown, so that it fails the
    test itself.
    """
    funcargs = getattr(item, "funcargs", {})
    server: HTTPServer | None = funcargs.get("httpserver")
    mocks = [m for m in funcargs.values() if isinstance(m, SpecMock)]
    try:
        outcome = yield
    except BaseException as failed:
        # the test's own failure comes first; what the mock server saw adds to it
        for problem in server.assertions if server is not None else []:
            failed.add_note(f"mock server: {problem}")
        for m in mocks:
            for call in m.never_requested():
                failed.add_note(f"mock server: armed but never requested: {call}")
        raise
    if server is None:
        return outcome
    problems = [str(a) for a in server.assertions]
    problems += [f"handler error: {e!r}" for e in server.handler_errors]
    server.clear_assertions()
    server.clear_handler_errors()
    never = [name for m in mocks for name in m.never_requested()]
    if never:
        problems.append("armed but never requested: " + ", ".join(never))
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
    return outcome


FAST = CallOptions(timeout=httpx.Timeout(5.0), retry=RetryPolicy(max_retries=0))


@pytest.fixture
def client(httpserver: HTTPServer) -> Iterator[Client]:
    """Logged in as user 1 of organization 1, without the login calls."""
    made = Client(httpserver.url_for("/").rstrip("/"), path="/api")
    made._transport.options = FAST
    made._transport.tokens.set(jwt(sub=1), "refresh")
    made._session.user_id = 1
    made._session.whoami = WhoAmI("user", 1, "Root", "root", 1)
    yield made
    made.close()


@pytest.fixture
def store_mock(httpserver: HTTPServer) -> SpecMock:
    """The algorithm store's API, on the same mock server as the server's."""
    return SpecMock(httpserver, Spec.load(STORE_SPEC_PATH))


@pytest.fixture
def store_client(client: Client, mock: SpecMock, httpserver: HTTPServer) -> Client:
    """A client that has chosen the mocked store (``client.store.set``)."""
    store = mock.example(mock.spec.document["components"]["schemas"]["AlgorithmStore"])
    store["url"] = httpserver.url_for("/api")
    mock.expect("store_get", path={"id": 1}, body=store)
    client.store.set(1)
    return client


@pytest.fixture
def hq_mock(httpserver: HTTPServer) -> SpecMock:
    """A 5.x HQ's API, mocked from the HQ spec."""
    return SpecMock(httpserver, Spec.load(HQ_SPEC_PATH))


@pytest.fixture
def hq_client(httpserver: HTTPServer) -> Iterator[Client]:
    """A client made for HQ, logged in as user 1 of organization 1 by its
    tokens (no identity provider is asked), collaboration 1 set up."""
    made = Client(
        base_url=httpserver.url_for("/api"), auth_url="http://127.0.0.1:9/auth"
    )
    made._transport.options = FAST
    made._transport.tokens.set(jwt(sub=1), "refresh")
    made._session.user_id = 1
    made._session.whoami = WhoAmI("user", 1, "Root", "root", 1)
    made.collaboration_id = 1
    yield made
    made.close()


@pytest.fixture
def node_client(httpserver: HTTPServer) -> Iterator[NodeClient]:
    made = NodeClient(httpserver.url_for("/").rstrip("/"), path="/api")
    made._transport.options = FAST
    made._transport.tokens.set(jwt(sub=9), "refresh")
    made.whoami = NodeIdentity(9, "node", 2, 3)
    yield made
    made.close()
