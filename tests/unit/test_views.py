"""Views from ``with_options`` share their client's session and differ only in
request options: a probe through the public API, with one mock playing the
server and the algorithm store."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.conformance import Spec
from tests.contract.spec_mock import SpecMock
from tests.paths import STORE_SPEC_PATH
from tests.unit.test_transport import jwt
from vantage6_client import Client, Vantage6Error

SERVER = "http://v6.test"
STORE = "http://store.test/api"


def example(spec: Spec, schema: str, **values: Any) -> Any:
    made = SpecMock(None, spec).example(spec.document["components"]["schemas"][schema])  # type: ignore[arg-type]
    made.update(values)
    return made


class World:
    """The server and the store; records each request with its timeout."""

    def __init__(self) -> None:
        self.server_spec = Spec.load()
        self.store_spec = Spec.load(STORE_SPEC_PATH)
        self.requests: list[tuple[str, float | None]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        url = str(request.url.copy_with(query=None))
        self.requests.append((url, request.extensions["timeout"]["read"]))
        path = request.url.path
        if url.startswith(STORE):
            if path == "/api/algorithm":
                page = example(self.store_spec, "AlgorithmPage")
                page["data"][0]["name"] = "average"
                return httpx.Response(200, json=page)
        elif path == "/api/token/user":
            tokens = {"access_token": jwt(sub=1), "refresh_token": "r"}
            links = {"refresh_url": "/api/token/refresh", "user_url": "/api/user/1"}
            return httpx.Response(200, json=tokens | links)
        elif path == "/api/algorithmstore/1":
            body = example(self.server_spec, "AlgorithmStore", id=1, url=STORE)
            return httpx.Response(200, json=body)
        elif path.startswith("/api/collaboration/"):
            number = int(path.rsplit("/", 1)[1])
            body = example(self.server_spec, "Collaboration", id=number)
            return httpx.Response(200, json=body)
        elif path == "/api/user/1":
            body = example(self.server_spec, "User", id=1, firstname="Rosalind")
            body["organization"] = {"id": 3, "link": "/api/organization/3"}
            body["organization"]["methods"] = ["GET"]
            return httpx.Response(200, json=body)
        elif path == "/api/organization/3":
            body = example(self.server_spec, "Organization", id=3, name="Lab")
            return httpx.Response(200, json=body)
        return httpx.Response(404, json={"msg": f"no {path} here"})

    def timeouts_of(self, prefix: str) -> list[float | None]:
        return [t for url, t in self.requests if url.startswith(prefix)]


@pytest.fixture
def world() -> World:
    return World()


@pytest.fixture
def client(world: World) -> Iterator[Client]:
    with Client(SERVER, timeout=30, transport=httpx.MockTransport(world)) as made:
        yield made


def login(client: Client) -> None:
    client.authenticate("rosalind", "secret")


def choose_store(client: Client, world: World) -> None:
    client.store.set(1, transport=httpx.MockTransport(world))


def test_a_view_sees_the_store_chosen_before_it_was_made(
    client: Client, world: World
) -> None:
    login(client)
    choose_store(client, world)
    names = [a.name for a in client.with_options(timeout=5).algorithm.list()]
    assert names == ["average"]


def test_a_view_sees_the_store_chosen_after_it_was_made(
    client: Client, world: World
) -> None:
    login(client)
    view = client.with_options(timeout=5)
    choose_store(client, world)
    assert view.store.store_id == 1
    assert [a.name for a in view.algorithm.list()] == ["average"]


def test_a_store_chosen_through_a_view_is_the_clients_too(
    client: Client, world: World
) -> None:
    login(client)
    choose_store(client.with_options(timeout=5), world)
    assert client.store.url == STORE
    assert [a.name for a in client.algorithm.list()] == ["average"]


def test_store_requests_carry_the_options_of_the_view_that_sends_them(
    client: Client, world: World
) -> None:
    login(client)
    choose_store(client, world)
    client.with_options(timeout=5).algorithm.list()
    client.algorithm.list()
    client.with_options(timeout=7).with_options(max_retries=0).algorithm.list()
    assert world.timeouts_of(STORE) == [5.0, 30.0, 7.0]


def test_a_views_timeout_leaves_its_parents_alone(client: Client, world: World) -> None:
    login(client)
    client.with_options(timeout=5).collaboration.get(1)
    client.collaboration.get(2)
    assert world.timeouts_of(f"{SERVER}/api/collaboration") == [5.0, 30.0]


def test_a_view_made_before_setup_collaboration_sees_it(
    client: Client, world: World
) -> None:
    login(client)
    view = client.with_options(timeout=5)
    client.setup_collaboration(5)
    assert view.collaboration_id == 5
    view.setup_collaboration(6)
    assert client.collaboration_id == 6


def test_a_view_made_before_login_is_logged_in_with_its_client(
    client: Client, world: World
) -> None:
    view = client.with_options(timeout=5)
    grandchild = view.with_options(max_retries=1)
    assert view.whoami is None
    login(client)
    assert view.token == client.token is not None
    assert view.whoami is not None
    assert view.whoami.name == "Rosalind"
    assert grandchild.whoami == client.whoami
    client.logout()
    assert view.token is None
    assert grandchild.whoami is None


def test_a_login_through_a_view_is_the_clients_too(
    client: Client, world: World
) -> None:
    login(client.with_options(timeout=5))
    assert client.token is not None
    assert client.whoami is not None


def test_encryption_set_up_through_the_client_serves_every_view(
    client: Client, world: World
) -> None:
    view = client.with_options(timeout=5)
    login(client)
    client.setup_encryption(None)
    assert view.cryptor is client.cryptor


def test_closing_the_client_closes_the_session_once_for_every_view(
    client: Client, world: World
) -> None:
    login(client)
    view = client.with_options(timeout=5)
    client.close()
    view.close()  # no error: closed once
    assert client.token is None
    assert view.token is None
    with pytest.raises(
        Vantage6Error, match=r"^collaboration.get: the client is closed"
    ):
        view.collaboration.get(1)
