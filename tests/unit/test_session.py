"""The state one login builds up, shared by a client and its views: what a
login, a logout and closing keep and forget, and the chosen algorithm store's
connection."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.unit.test_views import SERVER, STORE, World
from vantage6_client import Client, InvalidArgumentError
from vantage6_client._payloads import PlainCryptor
from vantage6_client._session import Session, StoreSelection
from vantage6_client._transport import Transport

NO_STORE = "no algorithm store chosen: call client.store.set(store_id) first"


@pytest.fixture
def world() -> World:
    return World()


@pytest.fixture
def client(world: World) -> Iterator[Client]:
    mock = httpx.MockTransport(world)
    with Client(SERVER, timeout=12, verify=False, transport=mock) as made:
        yield made


def log_in_and_choose_store(client: Client, world: World) -> None:
    client.authenticate("rosalind", "secret")
    client.store.set(1, transport=httpx.MockTransport(world))


class CountingServer:
    """Stands in for the server's connection: counts log-outs and closes."""

    def __init__(self) -> None:
        self.log_outs = 0
        self.closes = 0

    def log_out(self) -> None:
        self.log_outs += 1

    def close(self) -> None:
        self.closes += 1


def test_a_new_client_has_no_user_and_no_collaboration(client: Client) -> None:
    assert repr(client) == "<Client http://v6.test/api>"
    assert client.collaboration_id is None
    assert client.whoami is None


def test_a_login_starts_without_the_key_of_an_earlier_one(client: Client) -> None:
    client._session.cryptor = object()  # type: ignore[assignment]
    client.authenticate("rosalind", "secret")
    assert isinstance(client.cryptor, PlainCryptor)
    assert repr(client) == "<Client http://v6.test/api as user 1>"


def test_logout_forgets_tokens_identity_and_key_but_keeps_choices(
    client: Client, world: World
) -> None:
    log_in_and_choose_store(client, world)
    client.setup_collaboration(5)
    assert client.whoami is not None
    client._session.cryptor = object()  # type: ignore[assignment]
    client.logout()
    session = client._session
    assert (client.token, session.user_id, session.whoami) == (None, None, None)
    assert isinstance(client.cryptor, PlainCryptor)
    assert client.collaboration_id == 5
    assert (client.store.store_id, client.store.url) == (1, STORE)


def test_closing_twice_logs_out_and_closes_once() -> None:
    server = CountingServer()
    session = Session(server)  # type: ignore[arg-type]
    session.close()
    session.close()
    assert (server.log_outs, server.closes) == (1, 1)


def test_closing_forgets_the_store_and_closes_its_connection(
    client: Client, world: World
) -> None:
    log_in_and_choose_store(client, world)
    store = client._session.chosen_store()
    client.close()
    assert store.transport.http.is_closed
    assert client.store.store_id is None
    with pytest.raises(InvalidArgumentError) as caught:
        client.algorithm.list()
    assert str(caught.value) == NO_STORE


def test_without_a_chosen_store_store_calls_say_how_to_choose_one() -> None:
    session = Session(Transport(SERVER))
    with pytest.raises(InvalidArgumentError) as caught:
        session.chosen_store()
    assert str(caught.value) == NO_STORE
    session.close()


def test_forgetting_the_store_leaves_none_chosen(client: Client, world: World) -> None:
    log_in_and_choose_store(client, world)
    client._session.forget_store()
    assert client._session.store is None
    with pytest.raises(InvalidArgumentError) as caught:
        client._session.chosen_store()
    assert str(caught.value) == NO_STORE


def test_choosing_another_store_closes_the_previous_connection(
    client: Client, world: World
) -> None:
    log_in_and_choose_store(client, world)
    first = client._session.chosen_store()
    client._session.choose_store(2, "http://other.test/api", None)
    assert first.transport.http.is_closed
    assert client._session.chosen_store().store_id == 2


def test_the_store_url_loses_only_its_trailing_slashes() -> None:
    server = Transport(SERVER)
    store = StoreSelection(1, "http://store.test/v6X//", server, store5=False)
    assert store.url == "http://store.test/v6X"
    assert store.transport.base_url == "http://store.test/v6X"
    store.close()
    server.close()


def test_the_store_connection_has_the_clients_options_and_verify(
    client: Client, world: World
) -> None:
    log_in_and_choose_store(client, world)
    store = client._session.chosen_store().transport
    assert store.options is client._transport.options
    assert store.verify is False
    assert store.tokens is client._transport.tokens


def test_store_requests_name_the_server_and_carry_the_users_token(
    client: Client, world: World
) -> None:
    sent: list[httpx.Request] = []

    def store(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return world(request)

    client.authenticate("rosalind", "secret")
    client.store.set(1, transport=httpx.MockTransport(store))
    client.algorithm.list()
    (request,) = sent
    assert str(request.url).startswith(f"{STORE}/algorithm")
    assert (b"Server-Url", b"http://v6.test/api") in request.headers.raw
    assert (
        request.headers["Authorization"] == f"Bearer {client._transport.tokens.access}"
    )
