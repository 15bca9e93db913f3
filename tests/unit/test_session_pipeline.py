"""The session in the request pipeline: which token each request carries, when
and how it is refreshed, and what the pipeline's entry points promise.

A scripted handler plays the server behind ``httpx.MockTransport``.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from vantage6_server_api.api.role import role_add_rule
from vantage6_server_api.api.util import util_get_server_version
from vantage6_server_api.models import Rule, Version

from vantage6_client import (
    AuthenticationError,
    Client,
    NotFoundError,
    NotLoggedInError,
    ServerError,
    TransportError,
    UnexpectedResponseError,
)
from vantage6_client._login import RefreshToken
from vantage6_client._tokens import Tokens
from vantage6_client._transport import (
    STREAM_READ_BYTES,
    CallOptions,
    RetryPolicy,
    Transport,
)
from vantage6_client.testing.registry import LocalRegistry

Handler = Callable[[httpx.Request], httpx.Response]
Answer = tuple[int, Any] | Handler

NO_RETRIES = CallOptions(retry=RetryPolicy(max_retries=0))
EXPIRED = (401, {"msg": "Token has expired"})
VERSION = "GET /api/version"
REFRESH = "POST /api/token/refresh"


def jwt(tag: str, lifetime: float = 3600, issued: float | None = None) -> str:
    """An unsigned token with the claims the client reads (exp, iat, sub)."""
    now = time.time() if issued is None else issued

    def part(data: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    claims = {"sub": 1, "jti": tag, "iat": int(now), "exp": int(now + lifetime)}
    return f"{part({'alg': 'HS256'})}.{part(claims)}.signature"


ACCESS = jwt("first")
RENEWED = jwt("renewed")
DUE = jwt("due", lifetime=600, issued=time.time() - 590)  # 10 s of 600 left


def tokens_body(access: str, refresh: str) -> dict[str, str]:
    return {
        "access_token": access,
        "refresh_token": refresh,
        "refresh_url": "/api/token/refresh",
        "user_url": "/api/user/1",
    }


def rule_body(id_: int) -> dict[str, object]:
    return {
        "id": id_,
        "name": "task",
        "description": None,
        "operation": "view",
        "scope": "own",
        "users": f"/api/user?rule_id={id_}",
    }


class Server:
    """Answers each ``"METHOD /path"`` from a script (the last answer repeats)
    and remembers every request."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.script: dict[str, list[Answer]] = {
            "POST /api/token/user": [(200, tokens_body(ACCESS, "refresh-1"))],
            REFRESH: [(200, tokens_body(RENEWED, "refresh-2"))],
            VERSION: [(200, {"version": "4.15.2"})],
        }

    def on(self, route: str, *answers: Answer) -> None:
        self.script[route] = list(answers)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        queue = self.script[f"{request.method} {request.url.path}"]
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if callable(answer):
            return answer(request)
        status, body = answer
        return httpx.Response(status, json=body)

    @property
    def routes(self) -> list[str]:
        return [f"{r.method} {r.url.path}" for r in self.requests]

    def auth(self, route: str) -> list[str | None]:
        """The Authorization header of each request to ``route``."""
        return [
            r.headers.get("Authorization")
            for r in self.requests
            if f"{r.method} {r.url.path}" == route
        ]


@pytest.fixture
def server() -> Server:
    return Server()


@pytest.fixture
def client(server: Server) -> Iterator[Client]:
    with Client(
        "http://localhost", path="/api", transport=httpx.MockTransport(server)
    ) as made:
        yield made


@pytest.fixture
def transport(server: Server) -> Transport:
    return Transport(
        "http://localhost/api",
        options=NO_RETRIES,
        transport=httpx.MockTransport(server),
        login=RefreshToken(),
    )


def log_in(
    transport: Transport, access: str = ACCESS, refresh: str = "refresh-1"
) -> None:
    """What a login leaves behind (the one place tests set tokens directly)."""
    transport.tokens.set(access, refresh)


def version(transport: Transport, call: Callable[..., Any] | None = None) -> Any:
    call = call or transport.call
    return call(Version, util_get_server_version.sync_detailed)


# -- which token each request carries --------------------------------------
def test_calls_carry_the_access_token_and_public_calls_none(
    client: Client, server: Server
) -> None:
    server.on("GET /api/task/1", (200, {"id": 1}))
    client.authenticate("alice", "s3cret!")
    client.request("task/1")
    client.util.get_server_version()

    assert server.auth("POST /api/token/user") == [None]
    assert server.auth("GET /api/task/1") == [f"Bearer {ACCESS}"]
    assert server.auth(VERSION) == [None]
    on_the_wire = server.requests[1].headers.raw  # in the conventional spelling
    assert (b"Authorization", f"Bearer {ACCESS}".encode()) in on_the_wire


def test_call_public_passes_positional_arguments_and_no_token(
    transport: Transport, server: Server
) -> None:
    log_in(transport)
    server.on("POST /api/role/3/rule/4", (201, []))
    answer = transport.call_public(list, role_add_rule.sync_detailed, 3, 4)
    assert answer == []
    assert server.auth("POST /api/role/3/rule/4") == [None]


def test_a_call_begun_logged_out_stays_anonymous(
    transport: Transport, server: Server
) -> None:
    def log_in_meanwhile() -> httpx.Response:
        log_in(transport)
        return transport.http.get("/version")

    transport.run("util_get_server_version", log_in_meanwhile)
    assert server.auth(VERSION) == [None]


def test_without_an_access_token_a_call_is_refused_before_sending(
    transport: Transport, server: Server
) -> None:
    log_in(transport, access="", refresh="refresh-1")
    server.on(VERSION, EXPIRED)
    with pytest.raises(NotLoggedInError) as refused:
        version(transport)
    assert str(refused.value) == (
        "util_get_server_version: not logged in; call authenticate() first"
    )
    assert server.routes == []


def test_an_open_operation_goes_without_a_login(server: Server) -> None:
    """An operation that takes a login but does not need one (an algorithm
    store's list) is sent without a token; with a login, with it."""
    transport = Transport(
        "http://localhost/api",
        options=NO_RETRIES,
        transport=httpx.MockTransport(server),
        open_operations=frozenset({"util_get_server_version"}),
    )
    version(transport)
    assert "Authorization" not in server.requests[-1].headers
    log_in(transport)
    version(transport)
    assert server.requests[-1].headers["Authorization"] == f"Bearer {ACCESS}"
    with pytest.raises(NotLoggedInError, match=r"^role_add_rule: not logged in"):
        Transport("http://localhost/api", open_operations=frozenset({"x"})).call_list(
            Version, role_add_rule.sync_detailed, 3, 4
        )


def test_default_headers_go_with_every_request(server: Server) -> None:
    transport = Transport(
        "http://localhost/api",
        transport=httpx.MockTransport(server),
        headers={"Server-Url": "http://v6.example.org/api"},
    )
    version(transport, transport.call_public)
    assert server.requests[0].headers["Server-Url"] == "http://v6.example.org/api"


def test_redirects_are_not_followed(client: Client, server: Server) -> None:
    server.on(
        "GET /api/task/1", lambda _: httpx.Response(302, headers={"Location": "/x"})
    )
    client.authenticate("alice", "s3cret!")
    client.request("task/1")
    assert server.routes == ["POST /api/token/user", "GET /api/task/1"]


# -- refreshing ------------------------------------------------------------
def test_a_token_about_to_expire_is_refreshed_once_before_the_call(
    client: Client, server: Server
) -> None:
    server.on("POST /api/token/user", (200, tokens_body(DUE, "refresh-1")))
    server.on("GET /api/task/1", (200, {"id": 1}))
    client.authenticate("alice", "s3cret!")
    client.request("task/1")
    client.request("task/1")

    assert server.routes == [
        "POST /api/token/user",
        REFRESH,
        "GET /api/task/1",
        "GET /api/task/1",
    ]
    assert server.auth(REFRESH) == ["Bearer refresh-1"]
    assert server.auth("GET /api/task/1") == [f"Bearer {RENEWED}"] * 2


def test_a_fresh_token_is_not_refreshed(client: Client, server: Server) -> None:
    server.on("GET /api/task/1", (200, {"id": 1}))
    client.authenticate("alice", "s3cret!")
    client.request("task/1")
    assert REFRESH not in server.routes


def test_a_call_refused_for_an_expired_token_is_refreshed_and_sent_again(
    client: Client, server: Server
) -> None:
    server.on("GET /api/task/1", EXPIRED, (200, {"id": 1}))
    client.authenticate("alice", "s3cret!")
    assert client.request("task/1") == {"id": 1}
    assert server.auth("GET /api/task/1") == [f"Bearer {ACCESS}", f"Bearer {RENEWED}"]
    assert server.auth(REFRESH) == ["Bearer refresh-1"]


def test_a_refresh_keeps_the_new_refresh_token_and_says_so(
    client: Client, server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    server.on(
        REFRESH,
        (200, tokens_body(RENEWED, "refresh-2")),
        (200, tokens_body(jwt("third"), "refresh-3")),
    )
    client.authenticate("alice", "s3cret!")
    with caplog.at_level(logging.DEBUG, logger="vantage6_client.http"):
        client.refresh_token()
        client.refresh_token()
    assert server.auth(REFRESH) == ["Bearer refresh-1", "Bearer refresh-2"]
    assert client.token == jwt("third")
    assert caplog.messages.count("access token refreshed") == 2


def test_refreshing_without_a_refresh_token_says_not_logged_in(
    client: Client, server: Server
) -> None:
    with pytest.raises(AuthenticationError) as raised:
        client.refresh_token()
    assert str(raised.value) == (
        "refresh_token: HTTP 401: not logged in (no refresh token)"
    )
    assert raised.value.status == 401
    assert raised.value.message == "not logged in (no refresh token)"
    assert raised.value.operation == "refresh_token"
    assert server.requests == []


@pytest.mark.parametrize(
    ("status", "message"),
    [(401, "Token has expired"), (422, "Signature verification failed")],
)
def test_a_refused_refresh_ends_the_session(
    client: Client, server: Server, status: int, message: str
) -> None:
    server.on(REFRESH, (status, {"msg": message}))
    server.on("GET /api/task/1", (200, {"id": 1}))
    client.authenticate("alice", "s3cret!")
    with pytest.raises(AuthenticationError) as raised:
        client.refresh_token()
    assert raised.value.status == status
    assert raised.value.message == (
        "the session has expired; log in again (authenticate)"
    )
    assert raised.value.operation == "refresh_token"
    assert client.token is None
    client.request("task/1")
    assert server.auth("GET /api/task/1") == [None]


def test_a_refresh_the_server_fails_names_the_refresh(
    client: Client, server: Server
) -> None:
    server.on(REFRESH, (500, {"msg": "An unexpected error occurred on the server!"}))
    client.authenticate("alice", "s3cret!")
    with pytest.raises(ServerError) as raised:
        client.refresh_token()
    assert raised.value.operation == "refresh_token"
    assert client.token == ACCESS


@pytest.mark.parametrize(
    ("status", "body", "says"),
    [
        (201, {}, "expected RefreshedTokens, got NoneType"),
        (200, {"access_token": "x"}, "not the documented refresh_token response"),
    ],
)
def test_an_odd_refresh_answer_names_the_refresh(
    client: Client, server: Server, status: int, body: object, says: str
) -> None:
    server.on(REFRESH, (status, body))
    client.authenticate("alice", "s3cret!")
    with pytest.raises(UnexpectedResponseError, match=says) as raised:
        client.refresh_token()
    assert raised.value.operation == "refresh_token"


def test_refresh_does_nothing_when_another_thread_already_refreshed(
    transport: Transport, server: Server
) -> None:
    log_in(transport, access=RENEWED)
    transport.refresh(ACCESS)  # the token this thread saw is no longer current
    assert server.requests == []
    assert transport.tokens.access == RENEWED


def test_a_transport_with_a_login_refreshes_through_it(server: Server) -> None:
    login = Transport(
        "http://localhost/api",
        transport=httpx.MockTransport(server),
        login=RefreshToken(),
    )
    store = Server()
    store.on(VERSION, EXPIRED, (200, {"version": "1.0"}))
    on_store = Transport(
        "http://store/api", transport=httpx.MockTransport(store), login_of=login
    )
    log_in(login)

    assert version(on_store).version == "1.0"
    assert server.routes == [REFRESH]
    assert store.auth(VERSION) == [f"Bearer {ACCESS}", f"Bearer {RENEWED}"]
    assert login.tokens.access == RENEWED


# -- views -----------------------------------------------------------------
def test_a_view_with_other_tokens_refreshes_its_own(
    transport: Transport, server: Server
) -> None:
    log_in(transport)
    own = Tokens()
    own.set(jwt("container"), "refresh-c")
    view = transport.with_tokens(own)

    view.refresh(own.access)
    version(view)
    assert server.auth(REFRESH) == ["Bearer refresh-c"]
    assert server.auth(VERSION) == [f"Bearer {RENEWED}"]
    assert transport.tokens.access == ACCESS
    version(transport)
    assert server.auth(VERSION)[-1] == f"Bearer {ACCESS}"


def test_a_view_with_other_tokens_does_not_wait_for_its_parents_refresh(
    transport: Transport, server: Server
) -> None:
    parent_refreshing = threading.Event()
    view_refreshed = threading.Event()
    finished: list[str] = []

    def refresh(request: httpx.Request) -> httpx.Response:
        if request.headers["Authorization"] == "Bearer refresh-1":
            parent_refreshing.set()
            view_refreshed.wait(timeout=5)
            finished.append("parent")
        return httpx.Response(200, json=tokens_body(jwt("new"), "refresh-new"))

    server.on(REFRESH, refresh)
    log_in(transport)
    own = Tokens()
    own.set(jwt("container"), "refresh-c")
    view = transport.with_tokens(own)

    parent = threading.Thread(target=transport.refresh, args=(ACCESS,))
    parent.start()
    assert parent_refreshing.wait(timeout=5)
    view.refresh(own.access)
    finished.append("view")
    view_refreshed.set()
    parent.join(timeout=5)
    assert finished == ["view", "parent"]


def test_with_options_changes_only_the_options(
    transport: Transport, server: Server
) -> None:
    log_in(transport)
    timeout = httpx.Timeout(123.0)
    view = transport.with_options(CallOptions(timeout=timeout))
    version(view)
    version(transport)

    sent = [r.extensions["timeout"] for r in server.requests]
    assert sent == [timeout.as_dict(), NO_RETRIES.timeout.as_dict()]
    assert server.auth(VERSION) == [f"Bearer {ACCESS}"] * 2
    assert view.base_url == transport.base_url
    assert transport.options is NO_RETRIES


# -- the entry points --------------------------------------------------------
@pytest.mark.parametrize("public", [False, True])
def test_an_answer_of_another_type_names_the_operation(
    transport: Transport, server: Server, public: bool
) -> None:
    log_in(transport)
    server.on(VERSION, (202, {}))  # undocumented: the bindings parse nothing
    call = transport.call_public if public else transport.call
    with pytest.raises(
        UnexpectedResponseError, match="expected Version, got NoneType"
    ) as raised:
        version(transport, call)
    assert raised.value.operation == "util_get_server_version"


@pytest.mark.parametrize("after_refresh", [False, True])
def test_an_unreadable_answer_names_the_operation(
    transport: Transport, server: Server, after_refresh: bool
) -> None:
    log_in(transport)
    unreadable = (200, {"versions": "4.15.2"})
    server.on(VERSION, *([EXPIRED] if after_refresh else []), unreadable)
    with pytest.raises(
        UnexpectedResponseError, match="not the documented util_get_server_version"
    ) as raised:
        version(transport)
    assert raised.value.operation == "util_get_server_version"
    assert len(server.auth(REFRESH)) == after_refresh


def test_call_list_returns_typed_items(client: Client, server: Server) -> None:
    server.on("POST /api/role/3/rule/4", (201, [rule_body(4), rule_body(5)]))
    client.authenticate("alice", "s3cret!")
    rules = client.role.add_rule(3, 4)
    assert [type(r) for r in rules] == [Rule, Rule]
    assert [r.id for r in rules] == [4, 5]


@pytest.mark.parametrize(
    ("answer", "error", "says"),
    [
        ((200, [rule_body(4)]), UnexpectedResponseError, "expected list, got NoneType"),
        ((404, {"msg": "role id=3 is not found"}), NotFoundError, "not found"),
    ],
)
def test_call_list_errors_name_the_operation(
    client: Client, server: Server, answer: Answer, error: type, says: str
) -> None:
    server.on("POST /api/role/3/rule/4", answer)
    client.authenticate("alice", "s3cret!")
    with pytest.raises(error, match=says) as raised:
        client.role.add_rule(3, 4)
    assert raised.value.operation == "role_add_rule"


def test_call_list_checks_every_item(transport: Transport, server: Server) -> None:
    log_in(transport)
    server.on("POST /api/role/3/rule/4", (201, [rule_body(4)]))
    with pytest.raises(
        UnexpectedResponseError, match="expected Version, got Rule"
    ) as raised:
        transport.call_list(Version, role_add_rule.sync_detailed, 3, 4)
    assert raised.value.operation == "role_add_rule"


class Body(httpx.SyncByteStream):
    """A response body that tells how much of it was read, and if it was closed."""

    def __init__(self, *chunks: bytes) -> None:
        self.chunks = chunks
        self.delivered = 0
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.delivered += 1
            yield chunk

    def close(self) -> None:
        self.closed = True


RESULT = {"method": "GET", "url": "/result/5"}


def test_stream_hands_the_body_over_unread_in_chunks_of_at_most_64_kib(
    transport: Transport, server: Server
) -> None:
    body = Body(b"a" * (2 * STREAM_READ_BYTES + 10), b"b" * 10)
    server.on("GET /api/result/5", lambda _: httpx.Response(200, stream=body))
    log_in(transport)

    def read(chunks: Iterator[bytes]) -> tuple[int, list[int]]:
        return body.delivered, [len(chunk) for chunk in chunks]

    delivered_before, sizes = transport.stream("result_get", RESULT, read)
    assert delivered_before == 0
    assert sizes == [STREAM_READ_BYTES, STREAM_READ_BYTES, 20]
    assert STREAM_READ_BYTES == 1 << 16
    assert body.closed
    assert server.auth("GET /api/result/5") == [f"Bearer {ACCESS}"]


def test_stream_closes_the_response_when_reading_fails(
    transport: Transport, server: Server
) -> None:
    log_in(transport)
    body = Body(b"{}")
    server.on("GET /api/result/5", lambda _: httpx.Response(200, stream=body))

    def read(chunks: Iterator[bytes]) -> None:
        raise UnexpectedResponseError("bad", operation="result_get", status=200)

    with pytest.raises(UnexpectedResponseError):
        transport.stream("result_get", RESULT, read)
    assert body.closed


def test_stream_errors_name_the_operation(transport: Transport, server: Server) -> None:
    log_in(transport)
    server.on("GET /api/result/5", (404, {"msg": "result id=5 is not found"}))
    with pytest.raises(NotFoundError) as raised:
        transport.stream("result_get", RESULT, list)
    assert raised.value.operation == "result_get"


def test_a_request_outside_any_call_is_named_by_method_and_path(
    transport: Transport, server: Server
) -> None:
    server.on("GET /api/nowhere", (404, {"msg": "no such thing"}))
    log_in(transport)
    with pytest.raises(NotFoundError) as raised:
        transport.http.get("/nowhere")
    assert raised.value.operation == "GET /api/nowhere"
    assert server.auth("GET /api/nowhere") == [None]


def test_each_answer_is_logged_with_its_duration(
    transport: Transport, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="vantage6_client.http"):
        version(transport, transport.call_public)
    assert any(
        re.fullmatch(r"GET /api/version -> 200 \(\d+ ms\)", m) for m in caplog.messages
    )


# -- construction ------------------------------------------------------------
def test_the_base_url_loses_its_trailing_slashes_only(server: Server) -> None:
    server.on("GET /X/version", (200, {"version": "4.15.2"}))
    transport = Transport("http://localhost/X//", transport=httpx.MockTransport(server))
    version(transport, transport.call_public)
    assert transport.base_url == "http://localhost/X"
    assert server.routes == ["GET /X/version"]


def test_an_unreachable_server_is_named_by_its_base_url() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    transport = Transport(
        "http://localhost/api/",
        options=NO_RETRIES,
        transport=httpx.MockTransport(refuse),
    )
    with pytest.raises(
        TransportError, match="cannot reach the server at http://localhost/api: "
    ):
        version(transport, transport.call_public)


@pytest.fixture(scope="module")
def https_server() -> Iterator[LocalRegistry]:
    """Any HTTPS server with a self-signed certificate will do."""
    with LocalRegistry() as registry:
        yield registry


def test_a_transport_verifies_tls_by_default(https_server: LocalRegistry) -> None:
    transport = Transport(f"https://127.0.0.1:{https_server.port}", options=NO_RETRIES)
    with pytest.raises(TransportError, match="CERTIFICATE_VERIFY_FAILED"):
        version(transport, transport.call_public)
    transport.close()


def test_a_stream_needs_a_login_and_sends_nothing_without_one(
    transport: Transport, server: Server
) -> None:
    server.on("GET /api/result/5", (200, {}))
    with pytest.raises(NotLoggedInError, match=r"^result_get: not logged in"):
        transport.stream("result_get", RESULT, list)
    assert server.routes == []
