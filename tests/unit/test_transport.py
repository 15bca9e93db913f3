"""The request pipeline against a scripted HTTP server: errors, retries, tokens."""

from __future__ import annotations

import base64
import json
import socket
import threading
import time
import types
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from vantage6_client import (
    AuthenticationError,
    BadRequestError,
    Client,
    NotFoundError,
    PermissionDeniedError,
    ServerError,
    TimeoutError,
    TransportError,
    UnexpectedResponseError,
    _sockets,
)
from vantage6_client._sockets import _QuickAckBackend, acknowledge_at_once
from vantage6_client._transport import RetryingTransport, RetryPolicy


def jwt(sub: int = 1, lifetime: float = 3600, issued: float | None = None) -> str:
    """An unsigned token with the claims the client reads (exp, iat, sub)."""
    now = time.time() if issued is None else issued

    def part(data: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    claims = {"sub": sub, "iat": int(now), "exp": int(now + lifetime)}
    return f"{part({'alg': 'HS256'})}.{part(claims)}.signature"


@pytest.fixture
def client(httpserver: HTTPServer) -> Iterator[Client]:
    with Client(
        httpserver.url_for("/").rstrip("/"), path="/api", max_retries=2
    ) as made:
        made._transport.options = made._transport.options.__class__(
            timeout=httpx.Timeout(2.0), retry=RetryPolicy(max_retries=2, backoff=0.01)
        )
        yield made


def logged_in(
    client: Client, access: str | None = None, refresh: str = "refresh-0"
) -> Client:
    client._transport.tokens.set(access or jwt(), refresh)
    return client


# -- errors -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("status", "body", "error", "message"),
    [
        (
            400,
            {"msg": "Request body is incorrect", "errors": {"name": ["Missing"]}},
            BadRequestError,
            "name: Missing",
        ),
        (
            401,
            {"msg": "You lack the permission to do that!"},
            PermissionDeniedError,
            "lack the permission",
        ),
        (
            401,
            {"msg": "Missing Authorization Header"},
            AuthenticationError,
            "Missing Authorization",
        ),
        (401, {"msg": "Failed to login"}, AuthenticationError, "Failed to login"),
        (403, {"msg": "Not part of it"}, PermissionDeniedError, "Not part"),
        (404, {"msg": "task id=9 is not found"}, NotFoundError, "not found"),
        (
            422,
            {"msg": "Signature verification failed"},
            AuthenticationError,
            "Signature",
        ),
        (
            500,
            {"msg": "An unexpected error occurred on the server!"},
            ServerError,
            "unexpected error",
        ),
    ],
)
def test_error_statuses_become_typed_errors(
    httpserver: HTTPServer,
    client: Client,
    status: int,
    body: dict[str, object],
    error: type,
    message: str,
) -> None:
    httpserver.expect_request("/api/task/9").respond_with_json(body, status=status)
    with pytest.raises(error, match=message) as raised:
        logged_in(client).task.get(9)
    assert raised.value.status == status
    assert raised.value.operation == "task_get"


def test_role_validation_errors_keep_their_fields(
    httpserver: HTTPServer, client: Client
) -> None:
    httpserver.expect_request("/api/role", method="POST").respond_with_json(
        {"msg": {"name": ["Role name cannot be one of the default roles"]}}, status=400
    )
    with pytest.raises(BadRequestError) as raised:
        logged_in(client).role.create("Root", "x", [])
    assert raised.value.errors == {
        "name": ["Role name cannot be one of the default roles"]
    }


def test_html_from_a_proxy_gives_status_and_excerpt(
    httpserver: HTTPServer, client: Client
) -> None:
    httpserver.expect_request("/api/task/1").respond_with_data(
        "<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>",
        status=502,
        content_type="text/html",
    )
    client._transport.options = client._transport.options.__class__(
        retry=RetryPolicy(max_retries=0)
    )
    with pytest.raises(ServerError, match="502 Bad Gateway nginx") as raised:
        logged_in(client).task.get(1)
    assert raised.value.status == 502


def test_a_wrong_api_path_says_so(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/version").respond_with_data(
        "<h1>Not Found</h1>", status=404, content_type="text/html"
    )
    wrong = Client(httpserver.url_for("/").rstrip("/"), path="/")
    with pytest.raises(NotFoundError, match="is the API path right"):
        wrong.util.get_server_version()
    wrong.close()


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        ("", "application/json"),
        ('{"version": ', "application/json"),
        ("<html>hi</html>", "text/html"),
    ],
)
def test_unreadable_success_bodies_are_typed(
    httpserver: HTTPServer, client: Client, content: str, content_type: str
) -> None:
    httpserver.expect_request("/api/version").respond_with_data(
        content, content_type=content_type
    )
    with pytest.raises(UnexpectedResponseError, match="util_get_server_version"):
        client.util.get_server_version()


def test_connection_refused_is_a_transport_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with Client("http://127.0.0.1", port, max_retries=1) as nowhere:
        started = time.monotonic()
        with pytest.raises(TransportError, match="cannot reach the server") as raised:
            nowhere.util.get_server_version()
    assert time.monotonic() - started < 5
    assert raised.value.url.endswith("/api/version")


def test_a_slow_server_times_out(httpserver: HTTPServer) -> None:
    release = threading.Event()

    def slow(request: Request) -> Response:
        release.wait(5)
        return Response('{"version": "4.15.2"}', content_type="application/json")

    httpserver.expect_request("/api/version").respond_with_handler(slow)
    try:
        with Client(
            httpserver.url_for("/").rstrip("/"), timeout=0.2, max_retries=0
        ) as impatient:
            with pytest.raises(TimeoutError):
                impatient.util.get_server_version()
            # per call too, through a view of the client
            with pytest.raises(TimeoutError):
                impatient.with_options(timeout=0.3).util.get_server_version()
    finally:
        release.set()
        deadline = time.monotonic() + 5
        while len(httpserver.log) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)  # let the handlers finish before the next test


# -- retries ----------------------------------------------------------------
def test_get_is_retried_after_503s(httpserver: HTTPServer, client: Client) -> None:
    for _ in range(2):
        httpserver.expect_ordered_request("/api/version").respond_with_data(
            "busy", status=503
        )
    httpserver.expect_ordered_request("/api/version").respond_with_json(
        {"version": "4.15.2"}
    )
    assert client.util.get_server_version().version == "4.15.2"
    assert len(httpserver.log) == 3


def test_post_is_never_resent(httpserver: HTTPServer, client: Client) -> None:
    httpserver.expect_request("/api/organization", method="POST").respond_with_data(
        "busy", status=503
    )
    with pytest.raises(ServerError):
        logged_in(client).organization.create("Once")
    assert len(httpserver.log) == 1


def test_retries_are_bounded(httpserver: HTTPServer, client: Client) -> None:
    httpserver.expect_request("/api/version").respond_with_data("busy", status=503)
    with pytest.raises(ServerError):
        client.util.get_server_version()
    assert len(httpserver.log) == 3  # the first attempt and max_retries=2


def test_retry_delays_back_off_and_cap_what_the_server_asks() -> None:
    # RetryPolicy's arithmetic only; the Retry-After header itself is read in
    # test_retry_after_reaches_the_wait_before_a_retry below.
    policy = RetryPolicy(max_backoff=8)
    assert policy.delay(1, retry_after=2) == 2
    assert policy.delay(1, retry_after=600) == 8
    assert policy.delay(1, retry_after=-5) == 0
    assert 0.25 <= RetryPolicy(backoff=0.5).delay(1) <= 0.5
    assert 2 <= RetryPolicy(backoff=0.5).delay(4) <= 4
    assert RetryPolicy(backoff=0.5, max_backoff=1).delay(9) <= 1


@pytest.mark.parametrize(
    ("retry_after", "waits"),
    [
        ("3", [3.0]),
        ("600", [8.0]),  # at most max_backoff
        ("Thu, 01 Jan 1970 00:00:00 GMT", [0.0]),  # a moment long gone
    ],
)
def test_retry_after_reaches_the_wait_before_a_retry(
    retry_after: str, waits: list[float]
) -> None:
    """A 503 to a GET with ``Retry-After``: the transport reads the header and
    sleeps that long (more in tests/unit/test_promises.py)."""
    answers = iter(
        [httpx.Response(503, headers={"Retry-After": retry_after}), httpx.Response(200)]
    )
    slept: list[float] = []
    retrying = RetryingTransport(
        httpx.MockTransport(lambda request: next(answers)), sleep=slept.append
    )
    request = httpx.Request("GET", "http://v6.test/api/version")
    assert retrying.handle_request(request).status_code == 200
    assert slept == waits


# -- tokens -----------------------------------------------------------------
def test_an_expired_token_is_refreshed_once_and_the_request_resent(
    httpserver: HTTPServer, client: Client
) -> None:
    stale, fresh = jwt(sub=1), jwt(sub=1, lifetime=7200)

    def task(request: Request) -> Response:
        if request.headers["Authorization"] == f"Bearer {stale}":
            return Response(
                '{"msg": "Token has expired"}',
                status=401,
                content_type="application/json",
            )
        return Response('{"status": "active"}', content_type="application/json")

    httpserver.expect_request("/api/task/5/status").respond_with_handler(task)
    httpserver.expect_request("/api/token/refresh", method="POST").respond_with_json(
        {
            "access_token": fresh,
            "refresh_token": "refresh-1",
            "refresh_url": "/api/token/refresh",
        }
    )
    logged_in(client, stale)
    assert client.task.get_status(5) == "active"
    refresh = [r for r, _ in httpserver.log if r.path == "/api/token/refresh"]
    assert len(refresh) == 1
    assert (
        refresh[0].headers["Authorization"] == "Bearer refresh-0"
    )  # the refresh token
    assert client.token == fresh


def test_a_permission_denial_is_not_a_reason_to_refresh(
    httpserver: HTTPServer, client: Client
) -> None:
    httpserver.expect_request("/api/task/5/status").respond_with_json(
        {"msg": "You lack the permission to do that!"}, status=401
    )
    with pytest.raises(PermissionDeniedError):
        logged_in(client).task.get_status(5)
    assert [r.path for r, _ in httpserver.log] == ["/api/task/5/status"]


def test_a_token_about_to_expire_is_refreshed_first(
    httpserver: HTTPServer, client: Client
) -> None:
    nearly = jwt(lifetime=5, issued=time.time() - 3595)  # 5 s of an hour left
    httpserver.expect_ordered_request(
        "/api/token/refresh", method="POST"
    ).respond_with_json(
        {
            "access_token": jwt(),
            "refresh_token": "refresh-1",
            "refresh_url": "/api/token/refresh",
        }
    )
    httpserver.expect_ordered_request("/api/task/5/status").respond_with_json(
        {"status": "active"}
    )
    assert logged_in(client, nearly).task.get_status(5) == "active"


def test_an_expired_refresh_token_asks_for_a_new_login(
    httpserver: HTTPServer, client: Client
) -> None:
    httpserver.expect_request("/api/task/5/status").respond_with_json(
        {"msg": "Token has expired"}, status=401
    )
    httpserver.expect_request("/api/token/refresh", method="POST").respond_with_json(
        {"msg": "Token has expired"}, status=401
    )
    with pytest.raises(AuthenticationError, match="log in again"):
        logged_in(client).task.get_status(5)
    assert client.token is None


def test_concurrent_calls_refresh_once(httpserver: HTTPServer, client: Client) -> None:
    nearly = jwt(lifetime=5, issued=time.time() - 3595)
    refreshed = threading.Event()

    def refresh(request: Request) -> Response:
        time.sleep(0.2)  # let the other threads pile up
        refreshed.set()
        body = {
            "access_token": jwt(),
            "refresh_token": "r2",
            "refresh_url": "/api/token/refresh",
        }
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request("/api/token/refresh", method="POST").respond_with_handler(
        refresh
    )
    httpserver.expect_request("/api/task/5/status").respond_with_json(
        {"status": "active"}
    )
    logged_in(client, nearly)
    threads = [
        threading.Thread(target=client.task.get_status, args=(5,)) for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(1 for r, _ in httpserver.log if r.path == "/api/token/refresh") == 1
    assert sum(1 for r, _ in httpserver.log if r.path == "/api/task/5/status") == 8


def test_public_operations_carry_no_token(
    httpserver: HTTPServer, client: Client
) -> None:
    httpserver.expect_request("/api/version").respond_with_json({"version": "4.15.2"})
    logged_in(client).util.get_server_version()
    [(request, _)] = httpserver.log
    assert "Authorization" not in request.headers


# -- sockets ----------------------------------------------------------------
@pytest.mark.skipif(
    not hasattr(socket, "TCP_QUICKACK"), reason="TCP_QUICKACK is Linux's"
)
def test_every_read_acknowledges_at_once(
    httpserver: HTTPServer, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A large body arrives in several reads; each one re-arms the quick ACK
    # (the kernel clears it), or a Nagle-ing server stalls 40 ms per response.
    httpserver.expect_request("/api/version").respond_with_json(
        {"version": "4.15.2", "padding": "x" * 1_000_000}
    )
    options: list[tuple[int, int]] = []
    real = socket.socket.setsockopt

    def setsockopt(self: socket.socket, level: int, option: int, *value: int) -> None:
        options.append((level, option))
        real(self, level, option, *value)

    monkeypatch.setattr(socket.socket, "setsockopt", setsockopt)
    reads: list[int] = []
    real_recv = socket.socket.recv

    def recv(self: socket.socket, size: int, *flags: int) -> bytes:
        reads.append(size)
        return real_recv(self, size, *flags)

    monkeypatch.setattr(socket.socket, "recv", recv)
    client.util.get_server_version()
    client.util.get_server_version()  # the second on the kept-alive connection
    quick_acks = options.count((socket.IPPROTO_TCP, socket.TCP_QUICKACK))
    assert len(reads) > 2
    assert quick_acks == len(reads)


@pytest.mark.skipif(
    not hasattr(socket, "TCP_QUICKACK"), reason="TCP_QUICKACK is Linux's"
)
def test_the_network_backend_is_wrapped_for_quick_acks() -> None:
    transport = httpx.HTTPTransport()
    backend = transport._pool._network_backend
    assert acknowledge_at_once(transport) is transport
    wrapped = transport._pool._network_backend
    assert isinstance(wrapped, _QuickAckBackend)
    assert wrapped._inner is backend
    assert wrapped._option == socket.TCP_QUICKACK


def test_without_the_expected_httpx_insides_reads_stay_as_they_are() -> None:
    transport = httpx.HTTPTransport()
    pool: Any = types.SimpleNamespace(_network_backend="not an httpcore backend")
    transport._pool = pool  # as a future httpx might
    assert acknowledge_at_once(transport) is transport
    assert pool._network_backend == "not an httpcore backend"
    assert transport._pool is pool


def test_without_quick_acks_on_the_platform_the_backend_stays(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_sockets, "_QUICKACK", None)  # not Linux
    transport = httpx.HTTPTransport()
    backend = transport._pool._network_backend
    assert acknowledge_at_once(transport) is transport
    assert transport._pool._network_backend is backend
