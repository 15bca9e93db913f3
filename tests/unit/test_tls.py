"""TLS: verified by default, a private CA by path, a warning for plain HTTP."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from vantage6_client import Client, NotFoundError, TransportError
from vantage6_client._transport import _plain_http_port
from vantage6_client.testing.registry import LocalRegistry


@pytest.fixture(scope="module")
def https_server() -> Iterator[LocalRegistry]:
    """Any HTTPS server with a self-signed certificate will do."""
    with LocalRegistry() as server:
        yield server


def test_an_untrusted_certificate_is_refused_at_once_and_explained(
    https_server: LocalRegistry,
) -> None:
    with Client("https://127.0.0.1", https_server.port) as client:
        started = time.monotonic()
        with pytest.raises(TransportError, match="CERTIFICATE_VERIFY_FAILED") as caught:
            client.util.get_server_version()
    assert "verify='/path/to/ca-bundle.pem'" in str(caught.value)
    assert time.monotonic() - started < 1  # not retried


def test_verify_takes_the_path_of_a_ca_bundle(https_server: LocalRegistry) -> None:
    client = Client(
        "https://127.0.0.1",
        https_server.port,
        verify=str(https_server.certificate_file),
    )
    # the handshake succeeds; this HTTPS server is just not vantage6
    with client, pytest.raises(NotFoundError, match="API path"):
        client.util.get_server_version()


@pytest.mark.parametrize(
    ("url", "warned"),
    [
        ("http://vantage6.example.org", True),
        ("https://vantage6.example.org", False),
        ("http://127.0.0.1", False),
        ("http://localhost", False),
    ],
)
def test_plain_http_beyond_this_machine_is_warned_about(
    url: str, warned: bool, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="vantage6_client"):
        Client(url).close()
    assert ("plain HTTP" in caplog.text) is warned


@pytest.mark.skipif(
    not hasattr(socket, "TCP_QUICKACK"), reason="TCP_QUICKACK is Linux's"
)
def test_reads_over_tls_acknowledge_at_once_too(
    https_server: LocalRegistry, monkeypatch: pytest.MonkeyPatch
) -> None:
    quick_acks = []
    real = socket.socket.setsockopt

    def setsockopt(self: socket.socket, level: int, option: int, *value: int) -> None:
        if (level, option) == (socket.IPPROTO_TCP, socket.TCP_QUICKACK):
            quick_acks.append(type(self).__name__)
        real(self, level, option, *value)

    monkeypatch.setattr(socket.socket, "setsockopt", setsockopt)
    client = Client(
        "https://127.0.0.1",
        https_server.port,
        verify=str(https_server.certificate_file),
    )
    with client, pytest.raises(NotFoundError):
        client.util.get_server_version()
    assert "SSLSocket" in quick_acks


def test_the_algorithm_store_is_verified_as_the_server_is(
    https_server: LocalRegistry,
) -> None:
    """The store's connection takes the client's verify= (a private CA)."""
    store_url = f"https://127.0.0.1:{https_server.port}/api"

    def server(request: httpx.Request) -> httpx.Response:
        store = {"id": 1, "name": "store", "url": store_url}
        store |= {"collaborations": [], "all_collaborations": True}
        return httpx.Response(200, json=store)

    client = Client(
        "http://v6.test",
        verify=str(https_server.certificate_file),
        transport=httpx.MockTransport(server),
    )
    with client:
        client._transport.tokens.set("token", None)
        client.store.set(1)
        # the handshake succeeds; this HTTPS server is just not a store
        with pytest.raises(NotFoundError):
            client.store.get_version()


class PlainHttpPort:
    """A port that speaks HTTP only: silent to a TLS greeting, as uWSGI's HTTP
    router is (or, with ``answer_tls``, an HTTP error page, as most servers
    give); counts the greetings."""

    def __init__(self, *, answer_tls: bool) -> None:
        self.answer_tls = answer_tls
        self.greetings = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connections: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            self.connections.append(connection)
            first = connection.recv(4096)
            if first[:1] == b"\x16":  # a TLS handshake record
                self.greetings += 1
                if not self.answer_tls:
                    continue  # say nothing, keep the connection open
            connection.sendall(b"HTTP/1.0 400 Bad Request\r\n\r\n")
            connection.close()

    def close(self) -> None:
        self.listener.close()
        for connection in self.connections:
            connection.close()


@pytest.mark.parametrize("answer_tls", [False, True], ids=["silent", "error page"])
def test_https_to_a_plain_http_port_is_named_and_not_retried(answer_tls: bool) -> None:
    port = PlainHttpPort(answer_tls=answer_tls)
    try:
        with (
            Client("https://127.0.0.1", port.port, timeout=1) as client,
            pytest.raises(TransportError) as caught,
        ):
            client.util.get_server_version()
    finally:
        port.close()
    assert str(caught.value) == (
        f"util.get_server_version: cannot reach the server at "
        f"https://127.0.0.1:{port.port}/api: 127.0.0.1:{port.port} speaks plain "
        "HTTP, not TLS: use http:// instead of https://"
    )
    assert port.greetings == 1  # one handshake, no retries


def test_only_a_failed_tls_connection_is_probed_for_plain_http() -> None:
    port = PlainHttpPort(answer_tls=False)
    try:
        https = httpx.URL(f"https://127.0.0.1:{port.port}/api")
        failed = httpx.ConnectTimeout("handshake timed out")
        assert _plain_http_port(https, failed)
        # plain HTTP asked already, or a busy pool: nothing to learn
        assert not _plain_http_port(https.copy_with(scheme="http"), failed)
        assert not _plain_http_port(https, httpx.PoolTimeout("pool"))
    finally:
        port.close()
    # nobody listens: no answer at all is not plain HTTP
    with socket.create_server(("127.0.0.1", 0)) as taken:
        closed = taken.getsockname()[1]
    assert not _plain_http_port(https.copy_with(port=closed), failed)


def test_a_tls_port_that_answers_otherwise_is_not_plain_http() -> None:
    """A server whose answer to a plain request is not HTTP."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def answer_nonsense() -> None:
        connection, _ = listener.accept()
        connection.recv(4096)
        connection.sendall(b"\x15\x03\x03\x00\x02\x02\x46")  # a TLS alert
        connection.close()

    threading.Thread(target=answer_nonsense, daemon=True).start()
    try:
        url = httpx.URL(f"https://127.0.0.1:{port}/")
        assert not _plain_http_port(url, httpx.ConnectError("tls"))
    finally:
        listener.close()


def test_the_plain_http_error_names_the_request() -> None:
    port = PlainHttpPort(answer_tls=True)
    try:
        with (
            Client("https://127.0.0.1", port.port, timeout=1) as client,
            pytest.raises(TransportError) as caught,
        ):
            client.util.get_server_version()
    finally:
        port.close()
    assert caught.value.url == f"https://127.0.0.1:{port.port}/api/version"


def test_a_busy_pool_is_not_taken_for_a_plain_http_port() -> None:
    """A pool timeout says nothing of the port: retried, never probed."""
    port = PlainHttpPort(answer_tls=True)

    def busy(request: httpx.Request) -> httpx.Response:
        raise httpx.PoolTimeout("no connection free", request=request)

    try:
        with (
            Client(
                "https://127.0.0.1",
                port.port,
                max_retries=0,
                transport=httpx.MockTransport(busy),
            ) as client,
            pytest.raises(TransportError) as caught,
        ):
            client.util.get_server_version()
    finally:
        port.close()
    assert "plain HTTP" not in str(caught.value)


def test_a_port_that_never_answers_is_given_up_on() -> None:
    """The probe waits two seconds at most for an answer."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    try:
        url = httpx.URL(f"https://127.0.0.1:{port}/")
        assert not _plain_http_port(url, httpx.ConnectTimeout("handshake"))
    finally:
        listener.close()
