"""The device login (RFC 8628) in detail, fast: what it posts where, what it
shows the user, how it polls and when it gives up, whether it opens a
browser; and :func:`print_code` / :func:`a_browser_is_at_hand`.

Keycloak is the recording :class:`tests.unit.test_oidc.Keycloak`, answering
what Keycloak 26.7.3 answered; time is a fake clock that the fake ``sleep``
moves on.
"""

from __future__ import annotations

import io
import logging
from contextlib import redirect_stdout
from typing import Any

import httpx
import pytest

from tests.unit.test_oidc import DEVICE, TOKENS, Keycloak, _error, _obtain
from vantage6_client import OAuthError, TimeoutError
from vantage6_client._oidc import (
    DeviceCode,
    DeviceLogin,
    a_browser_is_at_hand,
    print_code,
)
from vantage6_client._tokens import TokenPair

DEVICE_URL = "http://kc/realms/vantage6/protocol/openid-connect/auth/device"
TOKEN_URL = "http://kc/realms/vantage6/protocol/openid-connect/token"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


class RecordingKeycloak(Keycloak):
    """A :class:`Keycloak` that also keeps the URLs posted to."""

    def __init__(self, *answers: httpx.Response) -> None:
        super().__init__(*answers)
        self.urls: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.urls.append(str(request.url))
        return super().__call__(request)


class Clock:
    """``time.monotonic`` that only the fake ``sleep`` moves on."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.waited: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waited.append(seconds)
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr("vantage6_client._oidc.time.monotonic", fake.monotonic)
    return fake


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The pages ``webbrowser.open`` was asked to open (none really is)."""
    pages: list[Any] = []

    def open_page(url: Any, *args: Any, **kwargs: Any) -> bool:
        pages.append(url)
        return True

    monkeypatch.setattr("webbrowser.open", open_page)
    return pages


def _login(
    keycloak: Keycloak, clock: Clock, **options: Any
) -> tuple[DeviceLogin, list[DeviceCode]]:
    shown: list[DeviceCode] = []
    login = DeviceLogin(
        keycloak.provider(), show=shown.append, sleep=clock.sleep, **options
    )
    return login, shown


def _pending(count: int) -> list[httpx.Response]:
    return [_error("authorization_pending") for _ in range(count)]


# -- what is posted where ----------------------------------------------------------
def test_the_device_login_asks_the_device_endpoint_then_polls_the_token_endpoint(
    clock: Clock,
) -> None:
    keycloak = RecordingKeycloak(
        httpx.Response(200, json=DEVICE),
        _error("authorization_pending"),
        httpx.Response(200, json=TOKENS),
    )
    login, _ = _login(keycloak, clock)
    assert _obtain(login) == TokenPair("a.b.c", "r")
    assert keycloak.urls == [DEVICE_URL, TOKEN_URL, TOKEN_URL]
    assert keycloak.forms[0] == {"client_id": "public_client", "scope": "openid"}
    poll = {
        "grant_type": DEVICE_GRANT,
        "client_id": "public_client",
        "device_code": "mtPy0EC-sgdVWA",
    }
    assert keycloak.forms[1:] == [poll, poll]


def test_a_refused_device_request_is_an_authenticate_error(clock: Clock) -> None:
    keycloak = Keycloak(
        _error(
            "unauthorized_client",
            "Client is not allowed to initiate OAuth 2.0 Device Authorization Grant. "
            "The flow is disabled for the client.",
        )
    )
    login, shown = _login(keycloak, clock)
    with pytest.raises(OAuthError) as refused:
        _obtain(login)
    assert refused.value.operation == "authenticate"
    assert str(refused.value).startswith("authenticate: ")
    assert refused.value.error == "unauthorized_client"
    assert shown == [] and clock.waited == []


def test_a_denied_device_login_is_an_authenticate_error(clock: Clock) -> None:
    keycloak = Keycloak(
        httpx.Response(200, json=DEVICE),
        _error("access_denied", "The end user denied the authorization request."),
    )
    login, _ = _login(keycloak, clock)
    with pytest.raises(OAuthError) as refused:
        _obtain(login)
    assert refused.value.operation == "authenticate"
    assert str(refused.value) == (
        "authenticate: HTTP 400: The end user denied the authorization request. "
        "(access_denied)"
    )


@pytest.mark.parametrize(
    ("dropped", "named"),
    [
        (("device_code",), "device_code"),
        (("user_code",), "user_code"),
        (("verification_uri",), "verification_uri"),
        (("device_code", "verification_uri"), "device_code or verification_uri"),
    ],
)
def test_a_device_answer_without_what_rfc_8628_requires_is_refused_at_once(
    clock: Clock, dropped: tuple[str, ...], named: str
) -> None:
    answer = {k: v for k, v in DEVICE.items() if k not in dropped}
    keycloak = Keycloak(httpx.Response(200, json=answer))
    login, shown = _login(keycloak, clock)
    with pytest.raises(OAuthError) as refused:
        _obtain(login)
    assert (refused.value.status, refused.value.error) == (200, "invalid_response")
    assert (
        str(refused.value)
        == f"authenticate: HTTP 200: no {named} in the answer of {DEVICE_URL}"
    )
    assert shown == [] and clock.waited == []  # nothing blank shown, no polling
    assert len(keycloak.forms) == 1


# -- what is shown --------------------------------------------------------------------
def test_the_code_shown_is_the_providers_answer(clock: Clock) -> None:
    answer = {**DEVICE, "expires_in": 900, "interval": 2}
    del answer["verification_uri_complete"]  # optional in RFC 8628
    keycloak = Keycloak(
        httpx.Response(200, json=answer), httpx.Response(200, json=TOKENS)
    )
    login, shown = _login(keycloak, clock)
    _obtain(login)
    assert shown == [
        DeviceCode(
            verification_uri="http://kc/realms/vantage6/device",
            verification_uri_complete=None,
            user_code="VNCQ-IFCV",
            expires_in=900.0,
        )
    ]
    assert shown[0].url == "http://kc/realms/vantage6/device"
    assert clock.waited == [2.0]  # the provider's interval, not the default 5 s


def test_without_expires_in_or_interval_the_rfc_defaults_apply(clock: Clock) -> None:
    answer = {k: v for k, v in DEVICE.items() if k not in ("expires_in", "interval")}
    keycloak = Keycloak(httpx.Response(200, json=answer), *_pending(200))
    login, shown = _login(keycloak, clock)
    with pytest.raises(TimeoutError) as timed_out:
        _obtain(login)
    assert shown[0].expires_in == 600.0
    assert str(timed_out.value).endswith("within 600 s")
    assert set(clock.waited) == {5.0} and sum(clock.waited) == 600


def test_print_code_says_where_to_go_what_to_enter_and_for_how_long() -> None:
    code = DeviceCode("http://kc/device", "http://kc/device?user_code=AB", "AB", 599)
    out = io.StringIO()
    with redirect_stdout(out):
        print_code(code)
    assert out.getvalue() == (
        "To log in, open http://kc/device?user_code=AB in a browser and, if asked, "
        "enter the code AB (valid for 9 min).\n"
    )


# -- polling and giving up ------------------------------------------------------------
def test_polling_stops_at_the_last_interval_that_fits_the_timeout(clock: Clock) -> None:
    keycloak = Keycloak(httpx.Response(200, json=DEVICE), *_pending(50))
    login, _ = _login(keycloak, clock, timeout=20)
    with pytest.raises(TimeoutError) as timed_out:
        _obtain(login)
    # polls at 5, 10, 15 and 20 s: the one that ends exactly at 20 s still fits
    assert clock.waited == [5, 5, 5, 5]
    assert str(timed_out.value) == (
        "authenticate: nobody approved the device login at "
        f"{DEVICE['verification_uri_complete']} within 20 s"
    )


def test_the_code_expiring_first_ends_the_wait(clock: Clock) -> None:
    answer = {**DEVICE, "expires_in": 12, "interval": 3}
    keycloak = Keycloak(httpx.Response(200, json=answer), *_pending(50))
    login, _ = _login(keycloak, clock, timeout=60)
    with pytest.raises(TimeoutError, match=r"within 12 s$"):
        _obtain(login)
    assert clock.waited == [3, 3, 3, 3]


def test_slow_down_is_logged_and_the_device_code_is_not(
    clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="vantage6_client")
    keycloak = Keycloak(
        httpx.Response(200, json=DEVICE),
        _error("slow_down"),
        _error("slow_down"),
        httpx.Response(200, json=TOKENS),
    )
    login, _ = _login(keycloak, clock)
    _obtain(login)
    assert clock.waited == [5, 10, 15]
    polling = [
        r.getMessage() for r in caplog.records if r.name == "vantage6_client.auth"
    ]
    assert polling == [
        "device login: polling every 10 s",
        "device login: polling every 15 s",
    ]
    assert "mtPy0EC" not in caplog.text


# -- the browser ----------------------------------------------------------------------
def test_no_browser_is_opened_unless_asked(clock: Clock, opened: list[Any]) -> None:
    keycloak = Keycloak(
        httpx.Response(200, json=DEVICE), httpx.Response(200, json=TOKENS)
    )
    login, _ = _login(keycloak, clock)
    _obtain(login)
    assert opened == []


def test_asked_to_the_browser_opens_the_page_with_the_code(
    clock: Clock, opened: list[Any]
) -> None:
    keycloak = Keycloak(
        httpx.Response(200, json=DEVICE), httpx.Response(200, json=TOKENS)
    )
    login, _ = _login(keycloak, clock, open_browser=True)
    _obtain(login)
    assert opened == [DEVICE["verification_uri_complete"]]


@pytest.mark.parametrize("platform", ["darwin", "win32"])
def test_macos_and_windows_always_have_a_browser(
    monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    monkeypatch.setattr("vantage6_client._oidc.sys.platform", platform)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert a_browser_is_at_hand() is True


def test_a_wayland_session_has_a_browser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("vantage6_client._oidc.sys.platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert a_browser_is_at_hand() is True
    monkeypatch.setenv("WAYLAND_DISPLAY", "")
    assert a_browser_is_at_hand() is False
