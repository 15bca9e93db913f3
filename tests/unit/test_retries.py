"""Retries: when, how long between them, what the log says, and the timeout."""

from __future__ import annotations

import logging
from collections.abc import Callable

import httpx
import pytest

from vantage6_client import Client, _transport
from vantage6_client._transport import RetryingTransport, RetryPolicy

Handler = Callable[[httpx.Request], httpx.Response]


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def upper_jitter(monkeypatch: pytest.MonkeyPatch) -> None:
    """Jitter always at its top: delays become exact."""
    monkeypatch.setattr(_transport.random, "uniform", lambda low, high: high)


def failing(times: int, error: type[Exception], calls: list[str]) -> Handler:
    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if len(calls) <= times:
            raise error("no", request=request)  # type: ignore[call-arg]
        return httpx.Response(200, json={})

    return handle


def send(handler: Handler, sleeps: Sleeps, method: str = "GET") -> httpx.Response:
    transport = RetryingTransport(httpx.MockTransport(handler), sleep=sleeps)
    return transport.handle_request(httpx.Request(method, "http://v6.test/api/version"))


@pytest.mark.parametrize(
    ("attempt", "lowest", "highest"),
    [(1, 0.25, 0.5), (2, 0.5, 1.0), (3, 1.0, 2.0), (4, 2.0, 4.0), (6, 4.0, 8.0)],
)
def test_the_delay_doubles_with_jitter_in_its_upper_half(
    monkeypatch: pytest.MonkeyPatch, attempt: int, lowest: float, highest: float
) -> None:
    policy = RetryPolicy()
    monkeypatch.setattr(_transport.random, "uniform", lambda low, high: low)
    assert policy.delay(attempt) == lowest
    monkeypatch.setattr(_transport.random, "uniform", lambda low, high: high)
    assert policy.delay(attempt) == highest


def test_no_retry_once_max_elapsed_is_reached(monkeypatch: pytest.MonkeyPatch) -> None:
    policy = RetryPolicy(max_retries=5, max_elapsed=10)
    monkeypatch.setattr(_transport.time, "monotonic", lambda: 110.0)
    assert policy.allows(1, started=100.01)
    assert not policy.allows(1, started=100.0)  # exactly max_elapsed later
    assert policy.allows(5, started=105)
    assert not policy.allows(6, started=105)  # max_retries used up


@pytest.mark.parametrize("method", ["GET", "POST", "PATCH", "DELETE"])
def test_a_failed_connection_is_retried_whatever_the_method(
    method: str, sleeps: Sleeps, upper_jitter: None, caplog: pytest.LogCaptureFixture
) -> None:
    """Nothing reached the server, so even a POST is safe to send again."""
    calls: list[str] = []
    with caplog.at_level(logging.INFO, "vantage6_client.http"):
        response = send(failing(2, httpx.ConnectError, calls), sleeps, method)
    assert response.status_code == 200
    assert calls == [method] * 3
    assert sleeps == [0.5, 1.0]
    assert caplog.messages == [
        f"{method} /api/version: connection failed; retrying in 0.5 s",
        f"{method} /api/version: connection failed; retrying in 1.0 s",
    ]


def test_failed_connections_end_after_max_retries(sleeps: Sleeps) -> None:
    calls: list[str] = []
    with pytest.raises(httpx.ConnectError):
        send(failing(10, httpx.ConnectError, calls), sleeps)
    assert len(calls) == 4  # the first attempt and three retries
    assert len(sleeps) == 3


def test_a_dropped_get_is_sent_again_and_logged(
    sleeps: Sleeps, upper_jitter: None, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[str] = []
    with caplog.at_level(logging.INFO, "vantage6_client.http"):
        send(failing(1, httpx.RemoteProtocolError, calls), sleeps)
    assert calls == ["GET", "GET"]
    assert sleeps == [0.5]
    assert caplog.messages == [
        "GET /api/version: connection dropped; retrying in 0.5 s"
    ]


def test_a_busy_server_is_asked_again_and_logged(
    sleeps: Sleeps, upper_jitter: None, caplog: pytest.LogCaptureFixture
) -> None:
    answers = iter([503, 429, 200])

    def busy(request: httpx.Request) -> httpx.Response:
        return httpx.Response(next(answers), json={})

    with caplog.at_level(logging.INFO, "vantage6_client.http"):
        assert send(busy, sleeps).status_code == 200
    assert sleeps == [0.5, 1.0]
    assert caplog.messages == [
        "GET /api/version: HTTP 503; retrying in 0.5 s",
        "GET /api/version: HTTP 429; retrying in 1.0 s",
    ]


def test_each_request_carries_the_timeout_of_its_client_or_view() -> None:
    seen: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json={"version": "4.15.2"})

    with Client("http://v6.test", transport=httpx.MockTransport(handler)) as client:
        client.util.get_server_version()
        client.with_options(timeout=7).util.get_server_version()
        client.with_options(
            timeout=httpx.Timeout(3, connect=1)
        ).util.get_server_version()
    assert seen == [
        {"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0},
        {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0},
        {"connect": 1.0, "read": 3.0, "write": 3.0, "pool": 3.0},
    ]
