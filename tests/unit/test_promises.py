"""What the README promises, each at the cheapest layer that can break it.

No server, no network, no real sleeping: inner transports are
``httpx.MockTransport`` handlers, clocks and sleeps are fakes.
"""

from __future__ import annotations

import base64
import email.utils
import json
import time
import types
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.unit.test_transport import jwt
from vantage6_client import (
    Client,
    DecryptionError,
    InvalidArgumentError,
    TimeoutError,
    _transport,
    _watching,
)
from vantage6_client._crypto import RSACryptor
from vantage6_client._payloads import PlainCryptor, b64decode_stream
from vantage6_client._results import decode, decode_stream
from vantage6_client._tokens import Tokens
from vantage6_client._transport import RetryingTransport
from vantage6_client.resources._base import id_list, require_id

Handler = Callable[[httpx.Request], httpx.Response]


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class Sleeps(list[float]):
    """A fake ``sleep`` that records what it was asked to wait."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def retrying(handler: Handler, sleeps: Sleeps) -> RetryingTransport:
    return RetryingTransport(httpx.MockTransport(handler), sleep=sleeps)


class Server:
    """A ``MockTransport`` handler that records every request it gets."""

    def __init__(self, answer: Handler | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self._answer = answer

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self._answer is None:
            return httpx.Response(404, json={"msg": "nothing here"})
        return self._answer(request)


@pytest.fixture
def server() -> Server:
    return Server()


@pytest.fixture
def client(server: Server) -> Iterator[Client]:
    with Client(
        "http://localhost", path="/api", transport=httpx.MockTransport(server)
    ) as made:
        yield made


# -- a dropped connection ---------------------------------------------------
def dropping_once(calls: list[str]) -> Handler:
    """The first request meets a pooled connection the server had closed."""

    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if len(calls) == 1:
            raise httpx.RemoteProtocolError("Server disconnected", request=request)
        return httpx.Response(200, json={})

    return handle


@pytest.mark.parametrize("method", ["POST", "PATCH", "PUT"])
def test_a_dropped_post_is_not_sent_again(method: str, sleeps: Sleeps) -> None:
    """The server may have read it already: sending it again could act twice."""
    calls: list[str] = []
    request = httpx.Request(method, "http://v6.test/api/task", json={"name": "x"})
    with pytest.raises(httpx.RemoteProtocolError):
        retrying(dropping_once(calls), sleeps).handle_request(request)
    assert calls == [method]
    assert sleeps == []


@pytest.mark.parametrize("method", ["GET", "HEAD", "DELETE", "OPTIONS"])
def test_a_dropped_idempotent_request_is_sent_again(
    method: str, sleeps: Sleeps
) -> None:
    calls: list[str] = []
    request = httpx.Request(method, "http://v6.test/api/task/1")
    response = retrying(dropping_once(calls), sleeps).handle_request(request)
    assert response.status_code == 200
    assert calls == [method, method]
    assert len(sleeps) == 1


# -- undecodable payloads ---------------------------------------------------
@pytest.fixture(scope="module")
def cryptor() -> RSACryptor:
    # small and quick to make: the wire format does not depend on the size
    return RSACryptor(rsa.generate_private_key(public_exponent=65537, key_size=1024))


def header(cryptor: RSACryptor) -> str:
    """A valid ``key$iv$`` for ``cryptor``, to put a damaged body after."""
    wrapped, iv, _ = cryptor.encrypt(b"{}", cryptor.public_key).split("$")
    return f"{wrapped}${iv}$"


def sealed(cryptor: RSACryptor, data: bytes) -> str:
    return cryptor.encrypt(data, cryptor.public_key)


UNDECODABLE: dict[str, Callable[[RSACryptor], object]] = {
    # unencrypted: base64 of JSON
    "plain, not base64": lambda _: PlainCryptor().decrypt("not base64!"),
    "plain stream, not base64": lambda _: list(
        PlainCryptor().decrypt_stream([b"not ", b"base64!!"])
    ),
    "base64 cut off": lambda _: list(b64decode_stream([b"abcde"])),
    "decode, not base64": lambda _: decode(PlainCryptor(), "not base64!"),
    "decode, not JSON": lambda _: decode(PlainCryptor(), b64(b"not json")),
    "decode, not UTF-8": lambda _: decode(PlainCryptor(), b64(b"\xff\xfe")),
    "decode_stream, not base64": lambda _: decode_stream(
        PlainCryptor(), [b"not base64!"]
    ),
    "decode_stream, not JSON": lambda _: decode_stream(
        PlainCryptor(), [b64(b"not json").encode()]
    ),
    # encrypted: key$iv$data
    "encrypted, body not base64": lambda c: c.decrypt(header(c) + "not base64!"),
    "encrypted, key not base64": lambda c: c.decrypt("not base64!$abc$abcd"),
    "encrypted, iv not base64": lambda c: c.decrypt(
        header(c).split("$")[0] + "$not base64!$abcd"
    ),
    "encrypted stream, body not base64": lambda c: list(
        c.decrypt_stream([header(c).encode(), b"not base64!"], form="text")
    ),
    "encrypted stream, key not base64": lambda c: list(
        c.decrypt_stream([b"not base64!$abc$abcd"])
    ),
    "decode, encrypted, not JSON": lambda c: decode(c, sealed(c, b"not json")),
    "decode_stream, encrypted, not JSON": lambda c: decode_stream(
        c, [sealed(c, b"not json").encode()]
    ),
    "decode_stream, encrypted, not base64": lambda c: decode_stream(
        c, [(header(c) + "not base64!").encode()]
    ),
}


@pytest.mark.parametrize("read", UNDECODABLE.values(), ids=UNDECODABLE.keys())
def test_an_undecodable_payload_is_a_decryption_error(
    read: Callable[[RSACryptor], object], cryptor: RSACryptor
) -> None:
    """Not a bare ValueError: callers catch DecryptionError (and name the run)."""
    with pytest.raises(DecryptionError):
        read(cryptor)


# -- every page of results --------------------------------------------------
def result_pages(pages: int, task_id: int) -> Handler:
    """``GET /result?task_id=..``: one result per page, ``pages`` pages."""

    def link(kind: str, id_: int) -> dict[str, Any]:
        return {"id": id_, "link": f"/api/{kind}/{id_}", "methods": ["GET"]}

    def handle(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/api/result"
        number = int(request.url.params["page"])
        query = f"/api/result?task_id={task_id}&per_page=200&page="
        links = {"first": f"{query}1", "self": f"{query}{number}"}
        if number < pages:
            links["next"] = f"{query}{number + 1}"
        result = {
            "id": number,
            "result": b64(json.dumps({"page": number}).encode()),
            "run": link("run", number),
            "task": link("task", task_id),
            "blob_storage_used": False,
            "cleanup_at": None,
        }
        return httpx.Response(200, json={"data": [result], "links": links})

    return handle


def test_results_from_a_task_come_from_every_page() -> None:
    server = Server(result_pages(3, task_id=7))
    with Client(
        "http://localhost", path="/api", transport=httpx.MockTransport(server)
    ) as client:
        client._transport.tokens.set(jwt(), None)
        results = client.result.from_task(7)
    assert results.values == [{"page": 1}, {"page": 2}, {"page": 3}]
    assert [r.url.params["page"] for r in server.requests] == ["1", "2", "3"]


# -- tokens stay out of sight -----------------------------------------------
def test_tokens_never_appear_in_their_repr() -> None:
    tokens = Tokens()
    tokens.set("access.secret.token", "refresh-secret-token")
    shown = repr(tokens)
    assert "access.secret.token" not in shown
    assert "refresh-secret-token" not in shown
    assert "secret" not in shown


# -- arguments checked before anything is sent ------------------------------
@pytest.mark.parametrize("bad", [0, -1, True, 1.0, "1"])
def test_an_id_must_be_a_positive_integer(bad: object) -> None:
    with pytest.raises(InvalidArgumentError):
        require_id(bad, "id_")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError):
        id_list([1, bad], "organizations")
    with pytest.raises(InvalidArgumentError):
        id_list(bad, "organizations")


def test_id_zero_is_refused_before_sending(client: Client, server: Server) -> None:
    with pytest.raises(InvalidArgumentError, match="positive"):
        client.task.get(0)
    assert server.requests == []


def create(client: Client, **arguments: Any) -> None:
    given: dict[str, Any] = {
        "organizations": [2, 3],
        "name": "mean age",
        "image": "harbor2.vantage6.ai/demo/average",
        "input_": {"method": "central_average"},
        "collaboration": 1,
    }
    client.task.create(**{**given, **arguments})


@pytest.mark.parametrize("name", ["", "   ", "42", None, 42])
def test_a_task_name_is_checked_before_sending_anything(
    client: Client, server: Server, name: object
) -> None:
    with pytest.raises(InvalidArgumentError, match="name"):
        create(client, name=name)
    assert server.requests == []


@pytest.mark.parametrize(
    "databases",
    [
        {"databases": [{"label": "my-db"}]},
        {"databases": [{"label": "default"}, {"label": "1st"}]},
        {"databases": [{"label": ""}]},
        {"databases": [{"label": "a b"}]},
        {"databases": "my-db"},
        {"database": "my-db"},
    ],
)
def test_database_labels_must_be_identifiers(
    client: Client, server: Server, databases: dict[str, Any]
) -> None:
    """Nodes put labels in the names of environment variables."""
    with pytest.raises(InvalidArgumentError, match="label"):
        create(client, **databases)
    assert server.requests == []


# -- waiting gives up on time -----------------------------------------------
def test_waiting_for_results_gives_up_at_its_timeout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    link = {"id": 5, "link": "/api/task/5", "methods": ["GET"]}
    run = dict.fromkeys(
        ("assigned_at", "started_at", "finished_at", "cleanup_at", "log", "input"),
        None,
    ) | {"id": 1, "status": "active", "task": link, "results": link, "ports": []}
    run |= {"blob_storage_used": False, "organization": None, "node": {"id": 3}}

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/run":
            return httpx.Response(200, json={"data": [run], "links": {}})
        return httpx.Response(200, json={"status": "active"})

    server = Server(answer)
    now = [1000.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        if len(slept) > 50:
            raise AssertionError("still waiting long after the timeout")
        slept.append(seconds)
        now[0] += seconds

    clock = types.SimpleNamespace(monotonic=lambda: now[0], sleep=sleep)
    monkeypatch.setattr(_watching, "time", clock)
    with (
        Client(
            "http://localhost", path="/api", transport=httpx.MockTransport(server)
        ) as client,
        pytest.raises(TimeoutError, match="within 3"),
    ):
        client._transport.tokens.set(jwt(), None)
        client.wait_for_results(5, interval=1, timeout=3, progress=False)
    assert 0 < sum(slept) <= 3
    polls = server.requests[: len(slept) + 1]
    assert {r.url.path for r in polls} == {"/api/run"}
    # and nothing after: what keeps the task is what the polls read (here a
    # run of no organization: the message stays short)
    assert server.requests[len(polls) :] == []


# -- Retry-After --------------------------------------------------------------
def busy_once(retry_after: str) -> Handler:
    calls: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            return httpx.Response(503, headers={"Retry-After": retry_after})
        return httpx.Response(200, json={})

    return handle


@pytest.mark.parametrize(
    ("retry_after", "low", "high"),
    [
        ("3", 3, 3),
        (" 2 ", 2, 2),
        ("600", 8, 8),  # capped by max_backoff
        ("in a moment", 0.25, 0.5),  # unreadable: the first backoff
    ],
)
def test_retry_after_sets_the_wait_before_a_retry(
    sleeps: Sleeps, retry_after: str, low: float, high: float
) -> None:
    request = httpx.Request("GET", "http://v6.test/api/version")
    response = retrying(busy_once(retry_after), sleeps).handle_request(request)
    assert response.status_code == 200
    assert len(sleeps) == 1
    assert low <= sleeps[0] <= high


def test_retry_after_as_an_http_date_is_honoured(sleeps: Sleeps) -> None:
    # whole seconds on the wire: 5 s ahead means a wait of 4 to 5 s
    in_five_seconds = email.utils.formatdate(time.time() + 5, usegmt=True)
    request = httpx.Request("GET", "http://v6.test/api/version")
    retrying(busy_once(in_five_seconds), sleeps).handle_request(request)
    assert len(sleeps) == 1
    assert 4 < sleeps[0] <= 5


def test_retry_after_as_a_date_without_zone_is_utc(
    sleeps: Sleeps, monkeypatch: pytest.MonkeyPatch
) -> None:
    # RFC 5322's "-0000" (UTC, source unknown) on a machine that is not on UTC
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        in_five_seconds = email.utils.formatdate(time.time() + 5)
        assert in_five_seconds.endswith(" -0000")
        request = httpx.Request("GET", "http://v6.test/api/version")
        retrying(busy_once(in_five_seconds), sleeps).handle_request(request)
    finally:
        monkeypatch.undo()
        time.tzset()
    assert len(sleeps) == 1
    assert 4 < sleeps[0] <= 5


def test_retry_after_in_the_past_retries_at_once(sleeps: Sleeps) -> None:
    long_ago = email.utils.formatdate(time.time() - 3600, usegmt=True)
    request = httpx.Request("GET", "http://v6.test/api/version")
    retrying(busy_once(long_ago), sleeps).handle_request(request)
    assert sleeps == [0]


# -- retries stop in time -----------------------------------------------------
def test_retries_stop_once_max_elapsed_has_passed(
    monkeypatch: pytest.MonkeyPatch, sleeps: Sleeps
) -> None:
    """A server answering 503 after 40 s each time (RetryPolicy defaults:
    max_elapsed 60 s, max_retries 3): attempts start at 0 and 40 s; none at
    80 s, past max_elapsed, though max_retries would allow it."""
    now = [0.0]
    clock = types.SimpleNamespace(
        monotonic=lambda: now[0], time=time.time, perf_counter=time.perf_counter
    )
    monkeypatch.setattr(_transport, "time", clock)
    started: list[float] = []

    def slow_and_busy(request: httpx.Request) -> httpx.Response:
        started.append(now[0])
        now[0] += 40
        return httpx.Response(503, headers={"Retry-After": "0"})

    request = httpx.Request("GET", "http://v6.test/api/version")
    response = retrying(slow_and_busy, sleeps).handle_request(request)
    assert response.status_code == 503
    assert started == [0, 40]
