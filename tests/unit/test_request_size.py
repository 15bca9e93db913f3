"""Requests too large for the server (issue 16): uWSGI, which serves vantage6,
drops one whose URL and headers outgrow its 4,096-byte buffer without an
answer (a proxy in front answers 502), and a proxy refuses a long URL, body or
header with 414, 413 or 431. None of these is retried: each raises a
:class:`RequestTooLargeError` that names the request's size and the limit."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest

from tests.unit.test_transport import jwt
from vantage6_client import Client, RequestTooLargeError, TransportError, _transport
from vantage6_client._transport import (
    UWSGI_BUFFER,
    RetryingTransport,
    uwsgi_size,
)

SERVER = "https://v6.example.org"
Handler = Callable[[httpx.Request], httpx.Response]


def request(name_length: int, **headers: str) -> httpx.Request:
    return httpx.Request(
        "GET",
        SERVER + "/api/task",
        params={"name": "x" * name_length},
        headers=headers,
    )


def test_the_size_counts_the_url_twice_and_each_header_once() -> None:
    bare = uwsgi_size(request(0))
    # the URL is in REQUEST_URI, and in PATH_INFO with QUERY_STRING
    assert uwsgi_size(request(100)) - bare == 200
    # a header is HTTP_NAME and its value, with a 2-byte length each
    with_header = httpx.Request(
        "GET", SERVER + "/api/task?name=", headers={"ab": "xyz"}
    )
    assert uwsgi_size(with_header) - bare == 4 + len("HTTP_ab") + len("xyz")


def test_the_size_of_a_request_in_full() -> None:
    sent = httpx.Request("GET", "http://v6/api/task?name=x", headers={"A": "b"})
    # the target twice; Host (v6) and A (b); uWSGI's own, rounded up
    assert (
        uwsgi_size(sent)
        == 2 * len("/api/task?name=x") + (4 + 9 + 2) + (4 + 6 + 1) + 224
    )


def test_a_request_of_exactly_the_buffer_fits(monkeypatch: pytest.MonkeyPatch) -> None:
    sent = request(10)
    monkeypatch.setattr(_transport, "uwsgi_size", lambda request: 4096)
    assert not _transport._beyond_uwsgi(sent)
    monkeypatch.setattr(_transport, "uwsgi_size", lambda request: 4097)
    assert _transport._beyond_uwsgi(sent)


def dropping(calls: list[str]) -> Handler:
    """The server as uWSGI is to a request: drop it when it is too large."""

    def handle(sent: httpx.Request) -> httpx.Response:
        calls.append(sent.url.path)
        if uwsgi_size(sent) > UWSGI_BUFFER:
            raise httpx.RemoteProtocolError("Server disconnected", request=sent)
        return httpx.Response(200, json={"data": [], "links": {}}, request=sent)

    return handle


def largest_fitting() -> int:
    """The longest name filter whose request still fits uWSGI's buffer."""
    return next(n for n in range(4000, 0, -1) if uwsgi_size(request(n)) <= UWSGI_BUFFER)


def test_a_request_dropped_for_its_size_is_not_retried() -> None:
    calls: list[str] = []
    sleeps: list[float] = []
    transport = RetryingTransport(
        httpx.MockTransport(dropping(calls)), sleep=sleeps.append
    )
    with pytest.raises(httpx.RemoteProtocolError):
        transport.handle_request(request(largest_fitting() + 1))
    assert (calls, sleeps) == (["/api/task"], [])


def test_a_dropped_request_that_fits_is_still_retried() -> None:
    calls: list[str] = []
    sleeps: list[float] = []

    def drop_twice(sent: httpx.Request) -> httpx.Response:
        calls.append(sent.url.path)
        if len(calls) <= 2:
            raise httpx.RemoteProtocolError("Server disconnected", request=sent)
        return httpx.Response(200, request=sent)

    transport = RetryingTransport(httpx.MockTransport(drop_twice), sleep=sleeps.append)
    response = transport.handle_request(request(largest_fitting()))
    assert response.status_code == 200
    assert len(calls) == 3


@pytest.fixture
def serve() -> Iterator[Callable[[Handler], Client]]:
    """A logged-in client whose requests ``handler`` answers, retrying as
    by default (but without sleeping)."""
    made: list[Client] = []

    def connect(handler: Handler) -> Client:
        client = Client(SERVER, transport=httpx.MockTransport(handler))
        retrying = client._transport.http._transport
        assert isinstance(retrying, RetryingTransport)
        retrying.sleep = lambda seconds: None
        client._transport.tokens.set(jwt(), None)
        made.append(client)
        return client

    yield connect
    for client in made:
        client.close()


def test_a_dropped_request_too_large_is_an_error_naming_its_size(
    serve: Callable[[Handler], Client],
) -> None:
    calls: list[str] = []
    client = serve(dropping(calls))
    with pytest.raises(RequestTooLargeError) as error:
        client.task.list(name="x" * 5000)
    assert len(calls) == 1
    too_large = error.value
    assert isinstance(too_large, ValueError)
    assert (too_large.limit, too_large.status, too_large.method) == (
        4096,
        None,
        "task.list",
    )
    assert too_large.size > 10_000
    assert str(too_large) == (
        "task.list: the server dropped the connection: the request's URL and "
        f"headers take {too_large.size:,} bytes of the 4,096 that uWSGI, which "
        "serves vantage6, reads (the URL counts twice; this one is "
        f"{len('/api/task?name=' + 'x' * 5000 + '&page=1&per_page=10'):,} bytes); "
        "shorten the arguments that go into the URL, such as filter texts"
    )


def test_a_dropped_request_that_fits_is_still_a_transport_error(
    serve: Callable[[Handler], Client],
) -> None:
    def drop(sent: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("Server disconnected", request=sent)

    with Client(SERVER, transport=httpx.MockTransport(drop), max_retries=0) as client:
        client._transport.tokens.set(jwt(), None)
        unreachable = r"^task\.list: cannot reach the server"
        with pytest.raises(TransportError, match=unreachable):
            client.task.list(name="x")


def test_a_proxys_502_for_a_request_too_large_is_not_retried(
    serve: Callable[[Handler], Client],
) -> None:
    calls: list[int] = []

    def proxy(sent: httpx.Request) -> httpx.Response:
        calls.append(uwsgi_size(sent))
        return httpx.Response(502, text="<html>Bad Gateway</html>", request=sent)

    client = serve(proxy)
    with pytest.raises(
        RequestTooLargeError, match=r"^task.list: a proxy answered HTTP 502: "
    ) as error:
        client.task.list(name="x" * 3000)
    assert len(calls) == 1
    assert (error.value.status, error.value.limit, error.value.size) == (
        502,
        4096,
        calls[0],
    )


@pytest.mark.parametrize("status", [502, 503])
def test_a_bad_gateway_for_a_request_that_fits_is_still_retried(
    status: int,
) -> None:
    answers = iter([status, 200])
    calls: list[int] = []

    def proxy(sent: httpx.Request) -> httpx.Response:
        calls.append(uwsgi_size(sent))
        return httpx.Response(next(answers), request=sent)

    retrying = RetryingTransport(httpx.MockTransport(proxy), sleep=lambda s: None)
    assert retrying.handle_request(request(largest_fitting())).status_code == 200
    assert len(calls) == 2


def test_a_503_is_retried_however_large_the_request() -> None:
    # only a 502 says "the server behind me dropped it"; a 503 is busy
    answers = iter([503, 200])

    def proxy(sent: httpx.Request) -> httpx.Response:
        return httpx.Response(next(answers), request=sent)

    retrying = RetryingTransport(httpx.MockTransport(proxy), sleep=lambda s: None)
    assert retrying.handle_request(request(3000)).status_code == 200


def test_a_413_for_a_request_without_body_counts_no_bytes(
    serve: Callable[[Handler], Client],
) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(413, request=request)

    with pytest.raises(RequestTooLargeError) as error:
        serve(refuse).task.get(1)
    assert (error.value.size, error.value.status) == (0, 413)


@pytest.mark.parametrize(
    ("status", "part", "default"),
    [
        (414, "URL", "8,192 bytes for the request line"),
        (431, "headers", "8,192 bytes per header line"),
        (413, "body", "client_max_body_size: 1 MiB"),
    ],
)
def test_a_refusal_of_the_size_names_the_part_its_size_and_nginxs_default(
    serve: Callable[[Handler], Client], status: int, part: str, default: str
) -> None:
    sent: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(status, text="<html>Too large</html>", request=request)

    client = serve(refuse)
    with pytest.raises(RequestTooLargeError) as error:
        client.organization.create("Hospital", address1="a" * 100)
    request = sent[0]
    size = {
        "URL": len(request.url.raw_path),
        "headers": sum(len(n) + len(v) + 4 for n, v in request.headers.raw),
        "body": len(request.content),
    }[part]
    assert (error.value.status, error.value.size, error.value.limit) == (
        status,
        size,
        None,
    )
    assert str(error.value) == (
        f"organization.create: HTTP {status}: the request's {part} ({size:,} bytes) "
        "is larger than the server, or a proxy in front of it, takes (nginx's "
        f"default: {default}); shorten the arguments that go into it"
    )
    assert len(sent) == 1
