"""Typed errors: the class, text and fields each answer gives, and what is logged."""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import ssl
import time
from collections.abc import Callable, Iterator
from typing import Any

import certifi
import httpx
import pytest
from vantage6_server_api.api.task import task_get

from tests.unit.test_transport import jwt
from vantage6_client import (
    APIError,
    AuthenticationError,
    BadRequestError,
    Client,
    InvalidArgumentError,
    NotFoundError,
    NotLoggedInError,
    PermissionDeniedError,
    ServerError,
    TaskFailedError,
    TransportError,
    UnexpectedResponseError,
    Vantage6Error,
)
from vantage6_client._exceptions import FailedRun
from vantage6_client._transport import (
    TokenExpiredError,
    Transport,
    _raise_for_status,
    _url_of,
    error_for,
    expect,
    operation_name,
    ssl_context,
)

SERVER = "https://v6.example.org"
Handler = Callable[[httpx.Request], httpx.Response]


def answer(
    status: int,
    body: Any = None,
    *,
    text: str | None = None,
    content_type: str | None = None,
    path: str = "/api/task/1",
    method: str = "GET",
) -> httpx.Response:
    """An answer to ``method path``: a JSON ``body``, or ``text`` as it is."""
    request = httpx.Request(method, SERVER + path)
    if text is None:
        return httpx.Response(status, json=body, request=request)
    headers = {"Content-Type": content_type} if content_type else {}
    return httpx.Response(
        status, content=text.encode(), headers=headers, request=request
    )


@pytest.fixture
def serve() -> Iterator[Callable[[Handler], Client]]:
    """A logged-in client whose requests ``handler`` answers; no retries."""
    made: list[Client] = []

    def connect(handler: Handler) -> Client:
        client = Client(SERVER, transport=httpx.MockTransport(handler), max_retries=0)
        client._transport.tokens.set(jwt(), None)
        made.append(client)
        return client

    yield connect
    for client in made:
        client.close()


def refuse(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("[Errno 111] Connection refused")


def distrust(request: httpx.Request) -> httpx.Response:
    cause = ssl.SSLCertVerificationError("certificate verify failed")
    raise httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED]") from cause


# -- the class of each error ------------------------------------------------
AUTHENTICATION_MESSAGES = [
    "Missing Authorization Header",
    "Missing 'Bearer' type in 'Authorization' header.",
    "Token has been revoked",
    "Error loading the user 7",
    "Failed to login",
    "Your two-factor authentication code is incorrect",
    "API key is not recognized",
    "Only refresh tokens are allowed",
    "Only non-refresh tokens are allowed",
    "Signature verification failed",
    "Not enough segments",
    "Bad Authorization header. Expected 'Authorization: Bearer <JWT>'",
]


@pytest.mark.parametrize("message", AUTHENTICATION_MESSAGES)
@pytest.mark.parametrize("status", [401, 422])
def test_authentication_messages_are_authentication_errors(
    status: int, message: str
) -> None:
    error = error_for(answer(status, {"msg": message}), "task_get")
    assert type(error) is AuthenticationError


@pytest.mark.parametrize(
    ("status", "message", "error_class"),
    [
        (401, "Token has expired", TokenExpiredError),
        (401, "TOKEN HAS EXPIRED", TokenExpiredError),
        (401, "You lack the permission to do that!", PermissionDeniedError),
        (401, "", PermissionDeniedError),
        (403, "Failed to login", PermissionDeniedError),
        (403, "You are not part of this collaboration", PermissionDeniedError),
        (422, "The server answers 422 only for malformed tokens", AuthenticationError),
        (400, "Request body is incorrect", BadRequestError),
        (400, "Failed to login", BadRequestError),
        (404, "task id=1 is not found", NotFoundError),
        (409, "Conflict", APIError),
        (423, "Failed to login", APIError),
        (429, "Too many requests", APIError),
        (499, "Client closed request", APIError),
        (500, "An unexpected error occurred on the server!", ServerError),
        (502, "Bad gateway", ServerError),
        (503, "Token has expired", ServerError),
    ],
)
def test_each_status_and_message_gives_its_error_class(
    status: int, message: str, error_class: type[APIError]
) -> None:
    error = error_for(answer(status, {"msg": message}), "task_get")
    assert type(error) is error_class


def test_an_expired_token_error_says_what_the_server_said() -> None:
    error = error_for(answer(401, {"msg": "Token has expired"}), "task_get")
    assert isinstance(error, AuthenticationError)
    assert (error.status, error.message, error.operation) == (
        401,
        "Token has expired",
        "task_get",
    )
    assert str(error) == "task_get: HTTP 401: Token has expired"


def test_an_expired_token_with_nothing_to_refresh_it_reaches_the_caller(
    serve: Callable[[Handler], Client],
) -> None:
    client = serve(
        lambda request: httpx.Response(401, json={"msg": "Token has expired"})
    )
    with pytest.raises(AuthenticationError) as raised:
        client.task.get(1)
    assert str(raised.value) == "task.get: HTTP 401: Token has expired"


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (401, "Failed to login"),
        (401, "You lack the permission to do that!"),
        (403, "Not yours"),
        (400, "Request body is incorrect"),
        (404, "Not found"),
        (409, "Conflict"),
        (422, "Not enough segments"),
        (500, "Broken"),
    ],
)
def test_every_error_keeps_the_field_errors(status: int, message: str) -> None:
    body = {"msg": message, "errors": {"name": ["Missing data."], "age": "Too old"}}
    error = error_for(answer(status, body, method="POST"), "user_create")
    assert error.errors == {"name": ["Missing data."], "age": "Too old"}
    assert str(error) == (
        f"user_create: HTTP {status}: {message} (name: Missing data.; age: Too old)"
    )


def test_a_request_outside_a_call_is_named_by_method_and_path(
    serve: Callable[[Handler], Client],
) -> None:
    client = serve(lambda request: httpx.Response(404, json={"msg": "Not found"}))
    with pytest.raises(NotFoundError) as raised:
        client._transport.http.delete("/task/1")
    assert raised.value.operation == "DELETE /api/task/1"
    assert str(raised.value) == "DELETE /api/task/1: HTTP 404: Not found"


def test_an_answer_that_went_through_no_client_is_named_by_method_and_path() -> None:
    response = answer(404, {"msg": "Not found"}, method="DELETE")
    assert error_for(response, "").operation == "DELETE /api/task/1"
    with pytest.raises(NotFoundError) as raised:
        _raise_for_status(response)
    assert str(raised.value) == "DELETE /api/task/1: HTTP 404: Not found"


def test_a_call_names_its_operation(serve: Callable[[Handler], Client]) -> None:
    client = serve(lambda request: httpx.Response(404, json={"msg": "Not found"}))
    with pytest.raises(NotFoundError) as raised:
        client.task.get(1)
    assert raised.value.operation == "task_get"
    assert raised.value.status == 404


# -- the message of a JSON answer ---------------------------------------------
@pytest.mark.parametrize(
    ("body", "message", "errors"),
    [
        ({"msg": "Not found"}, "Not found", {}),
        ({"message": "Internal Server Error"}, "Internal Server Error", {}),
        ({"msg": "from msg", "message": "from message"}, "from msg", {}),
        ({"msg": 7}, "7", {}),
        ({}, "", {}),
        ({"errors": {"name": ["Missing"]}}, "", {"name": ["Missing"]}),
        ({"msg": "Invalid", "errors": ["name", "age"]}, "Invalid", {}),
        ({"msg": "Invalid", "errors": "name"}, "Invalid", {}),
        ({"msg": "Invalid", "errors": None}, "Invalid", {}),
        (["not", "an object"], "['not', 'an object']", {}),
        ("just text", "just text", {}),
    ],
)
def test_the_message_and_field_errors_come_from_the_json_body(
    body: Any, message: str, errors: dict[str, Any]
) -> None:
    error = error_for(answer(400, body), "task_get")
    assert (error.message, error.errors) == (message, errors)


def test_a_json_body_that_is_no_object_is_cut_at_200_characters() -> None:
    body = ["x" * 300]
    error = error_for(answer(500, body), "task_get")
    assert error.message == "['" + "x" * 198
    assert len(json.dumps(body)) > 200


def test_role_endpoints_put_field_errors_in_msg() -> None:
    body = {"msg": {"name": ["Role name cannot be one of the default roles"]}}
    error = error_for(answer(400, body, path="/api/role", method="POST"), "role_create")
    assert type(error) is BadRequestError
    assert error.message == "Request body is incorrect"
    assert error.errors == {"name": ["Role name cannot be one of the default roles"]}
    assert str(error) == (
        "role_create: HTTP 400: Request body is incorrect"
        " (name: Role name cannot be one of the default roles)"
    )


# -- answers that are not JSON ------------------------------------------------
@pytest.mark.parametrize(
    ("status", "text", "content_type", "message"),
    [
        (
            502,
            "<html><body><h1>502 Bad Gateway</h1>\n<p>nginx</p></body></html>",
            "text/html",
            "not a vantage6 answer (text/html): 502 Bad Gateway nginx",
        ),
        (
            503,
            "Service Unavailable",
            "text/plain; charset=utf-8",
            "not a vantage6 answer (text/plain; charset=utf-8): Service Unavailable",
        ),
        (502, "", None, "not a vantage6 answer (no content type): (empty body)"),
        (
            502,
            "<html><body></body></html>",
            "text/html",
            "not a vantage6 answer (text/html): (empty body)",
        ),
        (
            500,
            "Internal error",
            None,
            "not a vantage6 answer (no content type): Internal error",
        ),
        (
            404,
            "<h1>Not Found</h1>",
            "text/html",
            "/api/task/1 is not an endpoint of this server: is the API path right"
            " (usually /api)? The server said: Not Found",
        ),
        (
            404,
            "",
            None,
            "/api/task/1 is not an endpoint of this server: is the API path right"
            " (usually /api)? The server said: (nothing)",
        ),
    ],
)
def test_a_body_that_is_not_json_is_described(
    status: int, text: str, content_type: str | None, message: str
) -> None:
    error = error_for(answer(status, text=text, content_type=content_type), "task_get")
    assert error.message == message
    assert error.errors == {}


@pytest.mark.parametrize(
    ("length", "excerpt"),
    [
        (159, "x" * 159),
        (160, "x" * 160),
        (161, "x" * 160 + "..."),
        (400, "x" * 160 + "..."),
    ],
)
def test_a_body_that_is_not_json_is_cut_at_160_characters(
    length: int, excerpt: str
) -> None:
    response = answer(502, text="x" * length, content_type="text/plain")
    assert error_for(response, "").message == (
        f"not a vantage6 answer (text/plain): {excerpt}"
    )
    response = answer(404, text=f"<p>{'x' * length}</p>", content_type="text/html")
    assert error_for(response, "").message.endswith(f"The server said: {excerpt}")


def test_a_proxy_page_reaches_the_caller_as_a_server_error(
    serve: Callable[[Handler], Client],
) -> None:
    page = "<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>"
    client = serve(
        lambda request: httpx.Response(
            502, text=page, headers={"Content-Type": "text/html"}
        )
    )
    with pytest.raises(ServerError) as raised:
        client.task.get(1)
    assert str(raised.value) == (
        "task.get: HTTP 502: not a vantage6 answer (text/html): 502 Bad Gateway nginx"
    )


# -- the log line of each answer ----------------------------------------------
def http_log(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        record.getMessage()
        for record in caplog.records
        if record.name == "vantage6_client.http" and record.levelno == logging.DEBUG
    ]


@pytest.mark.parametrize(
    ("status", "body"),
    [(200, {"version": "4.15.2"}), (404, {"msg": "Not found"})],
)
def test_each_answer_is_logged_with_method_path_status_and_time(
    serve: Callable[[Handler], Client],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    status: int,
    body: dict[str, str],
) -> None:
    clock = [1000.0]
    monkeypatch.setattr(time, "perf_counter", lambda: clock[0])

    def slow(request: httpx.Request) -> httpx.Response:
        clock[0] += 2.5  # the server takes its time
        return httpx.Response(status, json=body)

    client = serve(slow)
    caplog.set_level(logging.DEBUG, logger="vantage6_client.http")
    with contextlib.suppress(NotFoundError):
        client.util.get_server_version()
    assert http_log(caplog) == [f"GET /api/version -> {status} (2500 ms)"]


def test_an_answer_timed_by_no_call_is_logged_without_a_time(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="vantage6_client.http")
    _raise_for_status(answer(204, path="/api/task/1", method="DELETE"))
    assert http_log(caplog) == ["DELETE /api/task/1 -> 204"]


# -- unreadable success answers -------------------------------------------------
@pytest.mark.parametrize(
    ("error", "said"),
    [
        (KeyError("id"), "KeyError: 'id'"),
        (ValueError("y" * 300), "ValueError: " + "y" * 120),
        (TypeError("z" * 120), "TypeError: " + "z" * 120),
        (AttributeError(), "AttributeError: "),
    ],
)
def test_an_unreadable_success_answer_names_the_operation_and_the_parser_error(
    error: Exception, said: str
) -> None:
    def parse() -> None:
        raise error

    transport = Transport(SERVER + "/api", transport=httpx.MockTransport(refuse))
    with pytest.raises(UnexpectedResponseError) as raised:
        transport.run("task_get", parse)
    transport.close()
    assert str(raised.value) == (
        "task_get: the server's answer is not the documented task_get response"
        f" ({said}); is the base URL a vantage6 4.x server?"
    )
    assert (raised.value.operation, raised.value.status) == ("task_get", 200)
    assert raised.value.__cause__ is error


def test_an_answer_of_another_type_is_unexpected() -> None:
    assert expect(str, "4.15.2", "util_get_server_version") == "4.15.2"
    with pytest.raises(UnexpectedResponseError) as raised:
        expect(dict, ["4.15.2"], "util_get_server_version")
    assert str(raised.value) == "util_get_server_version: expected dict, got list"
    assert (raised.value.operation, raised.value.status) == (
        "util_get_server_version",
        200,
    )


# -- operation names and URLs -------------------------------------------------
@pytest.mark.parametrize(
    ("endpoint", "name"),
    [
        (task_get.sync_detailed, "task_get"),
        (functools.partial(task_get.sync_detailed, None, 1), "task_get"),
        (json.dumps, "json"),  # a module that is not in a package
    ],
)
def test_an_operation_is_named_after_its_module(
    endpoint: Callable[..., Any], name: str
) -> None:
    assert operation_name(endpoint) == name


def test_the_url_of_a_failure_drops_the_query_and_may_be_unknown() -> None:
    request = httpx.Request("GET", SERVER + "/api/task?page=2&per_page=10")
    assert _url_of(httpx.ConnectError("refused", request=request)) == (
        SERVER + "/api/task"
    )
    assert _url_of(httpx.ConnectError("refused")) == ""


# -- connection failures --------------------------------------------------------
@pytest.mark.parametrize(
    ("handler", "said"),
    [
        (refuse, "[Errno 111] Connection refused"),
        (
            distrust,
            "[SSL: CERTIFICATE_VERIFY_FAILED]; pass verify='/path/to/ca-bundle.pem'"
            " if it is signed by your own certificate authority",
        ),
    ],
)
def test_a_failed_connection_says_why_and_hints_at_a_ca_bundle_only_for_tls(
    serve: Callable[[Handler], Client], handler: Handler, said: str
) -> None:
    client = serve(handler)
    with pytest.raises(TransportError) as raised:
        client.util.get_server_version()
    assert str(raised.value) == (
        f"util.get_server_version: cannot reach the server at {SERVER}/api: {said}"
    )
    assert raised.value.url == SERVER + "/api/version"


# -- TLS settings -------------------------------------------------------------
def trusts_nothing(context: object) -> bool:
    return (
        isinstance(context, ssl.SSLContext)
        and context.verify_mode == ssl.CERT_REQUIRED
        and context.check_hostname
        and context.get_ca_certs() == []
    )


@pytest.mark.parametrize(
    "verify", [True, "/nowhere/ca.pem", ssl.create_default_context()]
)
def test_a_plain_http_server_gets_a_context_that_trusts_nothing(verify: Any) -> None:
    assert trusts_nothing(ssl_context(verify, "http://localhost:7601/api"))


def test_tls_verification_is_as_asked_for_an_https_server() -> None:
    assert ssl_context(False, "http://localhost:7601/api") is False
    assert ssl_context(False, SERVER + "/api") is False
    assert ssl_context(True, SERVER + "/api") is True
    ready = ssl.create_default_context()
    assert ssl_context(ready, SERVER + "/api") is ready
    bundle = ssl_context(certifi.where(), SERVER + "/api")
    assert isinstance(bundle, ssl.SSLContext)
    assert bundle.verify_mode == ssl.CERT_REQUIRED
    assert bundle.get_ca_certs() != []


# -- plain HTTP -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("host", "warned"),
    [
        ("http://v6.example.org", True),
        ("http://10.0.0.5", True),
        ("http://localhost", False),
        ("http://127.0.0.1", False),
        ("http://[::1]", False),
        ("https://v6.example.org", False),
    ],
)
def test_plain_http_is_warned_about_except_on_this_machine(
    caplog: pytest.LogCaptureFixture, host: str, warned: bool
) -> None:
    caplog.set_level(logging.WARNING, logger="vantage6_client.http")
    Client(host, 7601, transport=httpx.MockTransport(refuse)).close()
    hostname = host.split("//")[1]
    expected = [
        f"connecting to {hostname} over plain HTTP: passwords and tokens travel "
        "unencrypted; use https:// outside a trusted network"
    ]
    assert [
        record.getMessage()
        for record in caplog.records
        if record.levelno == logging.WARNING
    ] == (expected if warned else [])


# -- a failed task: the first failure first, with the end of its log ----------
SIBLING = "Marked as failed because sibling run id=11 failed with status 'crashed'."


def test_a_failed_task_puts_the_run_that_failed_first_before_those_it_stopped() -> None:
    log = (
        "\n".join(f"line {n}" for n in range(1, 9))
        + "\n\nRuntimeError: age "
        + "x" * 300
    )
    error = TaskFailedError(
        7,
        [
            FailedRun(12, 3, "failed", SIBLING),
            FailedRun(11, 2, "crashed", log),
            FailedRun(13, 4, "failed", SIBLING),
        ],
    )
    assert [r.run_id for r in error.failed_runs] == [11, 12, 13]
    assert str(error) == (
        "task 7 did not complete: run 11 (organization 2): crashed; then the server "
        "stopped 2 other runs (12, 13)\n"
        "the end of run 11's log:\n"
        "    line 5\n    line 6\n    line 7\n    line 8\n"
        "    RuntimeError: age " + "x" * 182 + "..."
    )


def test_a_failed_task_without_a_log_or_a_sibling_lists_its_runs() -> None:
    error = TaskFailedError(
        7, [FailedRun(1, 2, "killed by user", None), FailedRun(2, 3, "failed", "")]
    )
    assert str(error) == (
        "task 7 did not complete: run 1 (organization 2): killed by user; "
        "run 2 (organization 3): failed"
    )


def test_runs_all_stopped_by_a_sibling_are_still_listed() -> None:
    error = TaskFailedError(7, [FailedRun(12, 3, "failed", SIBLING)])
    assert str(error) == (
        "task 7 did not complete: run 12 (organization 3): failed\n"
        "the end of run 12's log:\n    " + SIBLING
    )
    assert error.failed_runs[0].stopped_by_sibling
    assert not FailedRun(1, 2, "crashed", "x " + SIBLING).stopped_by_sibling


def test_a_missing_item_keeps_the_answers_details() -> None:
    body = {"msg": "Task id=9 does not exist!", "errors": {"task_id": ["unknown"]}}
    error = error_for(answer(400, body), "result_list")
    assert isinstance(error, NotFoundError)
    assert (error.status, error.operation, error.errors) == (
        400,
        "result_list",
        {"task_id": ["unknown"]},
    )


def test_an_error_before_the_server_answered_names_the_method_called() -> None:
    """The transport's errors begin with the operation's name; leaving the
    user's method, they name the method, and the operation it looked up when
    that is another one."""
    closed = Vantage6Error("the client is closed; make a new one").at("task_get")
    closed.told_by("task.get")
    assert str(closed) == "task.get: the client is closed; make a new one"
    assert closed.operation == "task_get"
    looked_up = NotLoggedInError("not logged in").at("collaboration_get")
    looked_up.told_by("task.create")
    assert str(looked_up) == "task.create (collaboration_get): not logged in"
    assert looked_up.method == "task.create"
    plain = InvalidArgumentError("id_ must be a positive integer")
    plain.told_by("task.get")
    assert str(plain) == "id_ must be a positive integer"  # no operation: as said
