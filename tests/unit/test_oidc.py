"""The 5.x logins' handling of what the identity provider answers, fast:
each answer is one Keycloak 26.7.3 gave on this machine (recorded from the
real server: tests/hq runs the same logins against it)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import redirect_stdout
from typing import Any

import httpx
import pytest

from vantage6_client import Client, OAuthError, TimeoutError, TransportError
from vantage6_client._exceptions import APIError
from vantage6_client._oidc import (
    DeviceCode,
    DeviceLogin,
    IdentityProvider,
    KeycloakPasswordLogin,
    KeycloakRenewal,
    ServiceAccountLogin,
    a_browser_is_at_hand,
    print_code,
)
from vantage6_client._tokens import TokenPair
from vantage6_client._transport import DEFAULT_TIMEOUT
from vantage6_client.testing._process import free_port

TOKENS = {"access_token": "a.b.c", "refresh_token": "r", "expires_in": 300}
DEVICE = {
    "device_code": "mtPy0EC-sgdVWA",
    "user_code": "VNCQ-IFCV",
    "verification_uri": "http://kc/realms/vantage6/device",
    "verification_uri_complete": "http://kc/realms/vantage6/device?user_code=VNCQ-IFCV",
    "expires_in": 600,
    "interval": 5,
}


def _error(code: str, description: str = "", status: int = 400) -> httpx.Response:
    return httpx.Response(
        status, json={"error": code, "error_description": description}
    )


class Keycloak:
    """Answers each request with the next of ``answers``; keeps the forms."""

    def __init__(self, *answers: httpx.Response) -> None:
        self.answers: Iterator[httpx.Response] = iter(answers)
        self.forms: list[dict[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.forms.append(dict(httpx.QueryParams(request.content.decode())))
        return next(self.answers)

    def provider(self) -> IdentityProvider:
        return IdentityProvider(
            "http://kc", timeout=DEFAULT_TIMEOUT, transport=httpx.MockTransport(self)
        )


def _obtain(login: Any) -> TokenPair:
    tokens: TokenPair = login.obtain(None)  # the grants never use HQ's transport
    return tokens


def test_a_password_login_posts_the_grant_and_keeps_no_password() -> None:
    keycloak = Keycloak(httpx.Response(200, json=TOKENS))
    login = KeycloakPasswordLogin(keycloak.provider(), "ada", "s3cret")
    assert _obtain(login) == TokenPair("a.b.c", "r")
    [form] = keycloak.forms
    assert form["grant_type"] == "password" and form["username"] == "ada"
    assert "s3cret" not in repr(vars(login))


def test_wrong_credentials_are_an_oauth_error_with_its_code() -> None:
    keycloak = Keycloak(_error("invalid_grant", "Invalid user credentials", 401))
    with pytest.raises(OAuthError) as refused:
        _obtain(KeycloakPasswordLogin(keycloak.provider(), "ada", "wrong"))
    assert (refused.value.status, refused.value.error) == (401, "invalid_grant")
    assert "wrong" not in str(refused.value)


def test_a_realm_without_passwords_says_what_to_use_instead() -> None:
    keycloak = Keycloak(
        _error("unauthorized_client", "Client not allowed for direct access grants")
    )
    with pytest.raises(OAuthError, match="device code") as refused:
        _obtain(KeycloakPasswordLogin(keycloak.provider(), "ada", "pw"))
    assert "authenticate_service_account" in str(refused.value)


def test_an_answer_that_is_not_the_providers_says_so() -> None:
    keycloak = Keycloak(httpx.Response(200, text="<html>proxy</html>"))
    with pytest.raises(OAuthError, match="is it the identity provider"):
        _obtain(KeycloakPasswordLogin(keycloak.provider(), "ada", "pw"))


def test_an_unreachable_provider_is_named_as_such() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    provider = IdentityProvider(
        "http://kc", timeout=DEFAULT_TIMEOUT, transport=httpx.MockTransport(refuse)
    )
    with pytest.raises(
        TransportError, match=r"identity provider \(Keycloak\) at http://kc"
    ):
        _obtain(ServiceAccountLogin(provider, "bot-user-client", "secret"))


def test_a_service_account_renews_by_logging_in_again() -> None:
    keycloak = Keycloak(
        httpx.Response(200, json={"access_token": "x.y.z"}),
        httpx.Response(200, json={"access_token": "x.y.w"}),
    )
    login = ServiceAccountLogin(keycloak.provider(), "bot-user-client", "secret")
    first = _obtain(login)
    assert first.refresh is None and login.renews(first)
    assert login.renew(None, first).access == "x.y.w"  # type: ignore[arg-type]
    assert [f["grant_type"] for f in keycloak.forms] == ["client_credentials"] * 2
    assert "secret" not in repr(login)


def test_renewal_uses_the_refresh_token_and_only_a_401_expired_means_expired() -> None:
    keycloak = Keycloak(httpx.Response(200, json=TOKENS))
    renewal = KeycloakRenewal(keycloak.provider())
    assert renewal.renew(None, TokenPair("old", "r0")).access == "a.b.c"  # type: ignore[arg-type]
    assert keycloak.forms[0] == {
        "grant_type": "refresh_token",
        "client_id": "public_client",
        "refresh_token": "r0",
    }
    assert renewal.expired(APIError(401, "Token has expired"))
    assert not renewal.expired(APIError(401, "You lack the permission to do that!"))
    assert not renewal.renews(TokenPair("a", None))


# -- the device authorization grant ---------------------------------------------
def _device_login(
    keycloak: Keycloak, **options: Any
) -> tuple[DeviceLogin, list[DeviceCode], list[float]]:
    shown: list[DeviceCode] = []
    waited: list[float] = []
    login = DeviceLogin(
        keycloak.provider(), show=shown.append, sleep=waited.append, **options
    )
    return login, shown, waited


def test_the_device_login_polls_at_the_interval_and_slows_down_when_told() -> None:
    keycloak = Keycloak(
        httpx.Response(200, json=DEVICE),
        _error("authorization_pending"),
        _error("slow_down"),
        httpx.Response(200, json=TOKENS),
    )
    login, shown, waited = _device_login(keycloak)
    assert _obtain(login) == TokenPair("a.b.c", "r")
    assert waited == [5, 5, 10]  # RFC 8628: slow_down adds 5 s
    [code] = shown
    assert code.url == DEVICE["verification_uri_complete"]
    assert code.user_code == "VNCQ-IFCV"
    assert not hasattr(code, "device_code")  # the secret half is not shown
    polls = keycloak.forms[1:]
    assert {p["device_code"] for p in polls} == {"mtPy0EC-sgdVWA"}
    assert "mtPy0EC" not in repr(login)


@pytest.mark.parametrize("final", ["access_denied", "expired_token", "invalid_grant"])
def test_a_denied_or_expired_device_login_ends_with_its_code(final: str) -> None:
    keycloak = Keycloak(
        httpx.Response(200, json=DEVICE), _error("authorization_pending"), _error(final)
    )
    login, _, _ = _device_login(keycloak)
    with pytest.raises(OAuthError) as refused:
        _obtain(login)
    assert refused.value.error == final


def test_a_device_login_nobody_approves_times_out_naming_the_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = iter(range(0, 1000, 5))
    monkeypatch.setattr("vantage6_client._oidc.time.monotonic", lambda: next(clock))
    keycloak = Keycloak(
        httpx.Response(200, json=DEVICE),
        *[_error("authorization_pending") for _ in range(50)],
    )
    login, _, waited = _device_login(keycloak, timeout=20)
    with pytest.raises(TimeoutError, match="nobody approved") as timed_out:
        _obtain(login)
    assert DEVICE["verification_uri_complete"] in str(timed_out.value)
    assert 0 < len(waited) < 10


def test_the_code_is_shown_on_stdout_by_default() -> None:
    code = DeviceCode("http://kc/device", None, "ABCD-EFGH", 600)
    shown = io.StringIO()
    with redirect_stdout(shown):
        print_code(code)
    assert "http://kc/device" in shown.getvalue() and "ABCD-EFGH" in shown.getvalue()
    assert "10 min" in shown.getvalue()


def test_a_browser_opens_by_itself_only_on_a_desktop(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("vantage6_client._oidc.sys.platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert not a_browser_is_at_hand()
    monkeypatch.setenv("DISPLAY", ":0")
    assert a_browser_is_at_hand()


def test_a_view_uses_the_service_account_initialized_after_it() -> None:
    """The credentials belong to the session: a view made before
    ``initialize_service_account`` logs in with them (here at a provider
    that is not there, so the error names it; without them it would say that
    no service account was given)."""
    nowhere = f"http://127.0.0.1:{free_port()}"
    client = Client(base_url="http://127.0.0.1:1/api", auth_url=nowhere, max_retries=0)
    view = client.with_options(timeout=2)
    client.initialize_service_account("secret", username="bot")
    with pytest.raises(TransportError, match="identity provider"):
        view.authenticate_service_account()
    client.close()
