"""The 5.x grants at Keycloak, to the letter: what :class:`IdentityProvider`
posts and how it reports each kind of failure (the messages a user reads,
the error codes, status, operation and URL a caller branches on), and what
the password, service-account and refresh-token logins send.

The answers are Keycloak 26.7.3's (the ``Keycloak`` stand-in of
tests/unit/test_oidc.py); the TLS tests use a local HTTPS server with a
self-signed certificate.
"""

from __future__ import annotations

import ssl
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.unit.test_oidc import TOKENS, Keycloak, _error, _obtain
from vantage6_client import OAuthError, TimeoutError, TransportError
from vantage6_client._oidc import (
    IdentityProvider,
    KeycloakPasswordLogin,
    KeycloakRenewal,
    ServiceAccountLogin,
)
from vantage6_client._tokens import TokenPair
from vantage6_client._transport import DEFAULT_TIMEOUT
from vantage6_client.testing.registry import (
    LocalRegistry,
    write_self_signed_certificate,
)

TOKEN_URL = "http://kc/realms/vantage6/protocol/openid-connect/token"
PASSWORDS_OFF = (
    "authenticate: HTTP 400: the realm 'vantage6' does not let 'public_client' "
    "take passwords (direct access grants are off): log in with "
    "client.authenticate() and no arguments (in a browser, with the device "
    "code), or as a service account (client.authenticate_service_account)"
)


def _failing(exc: type[httpx.TransportError], text: str) -> IdentityProvider:
    def fail(request: httpx.Request) -> httpx.Response:
        raise exc(text, request=request)

    return IdentityProvider(
        "http://kc", timeout=DEFAULT_TIMEOUT, transport=httpx.MockTransport(fail)
    )


# -- the provider: its endpoints, timeout and TLS ---------------------------------
@pytest.mark.parametrize(
    ("url", "root"),
    [
        ("http://kc", "http://kc"),
        ("http://kc//", "http://kc"),
        ("https://sso.example.org/iam-X/", "https://sso.example.org/iam-X"),
    ],
)
def test_only_trailing_slashes_are_trimmed_from_the_providers_address(
    url: str, root: str
) -> None:
    provider = IdentityProvider(url, "lab", timeout=DEFAULT_TIMEOUT)
    assert provider.url == root
    assert provider.token_url == f"{root}/realms/lab/protocol/openid-connect/token"
    provider.close()


def test_each_request_to_the_provider_carries_the_timeout_given() -> None:
    timeouts: list[dict[str, float | None]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        timeouts.append(request.extensions["timeout"])
        return httpx.Response(200, json=TOKENS)

    timeout = httpx.Timeout(42.0, connect=7.0)
    provider = IdentityProvider(
        "http://kc", timeout=timeout, transport=httpx.MockTransport(answer)
    )
    _obtain(ServiceAccountLogin(provider, "bot-user-client", "secret"))
    assert timeouts == [timeout.as_dict()]


@pytest.fixture(scope="module")
def https_server() -> Iterator[LocalRegistry]:
    """Any HTTPS server with a self-signed certificate will do."""
    with LocalRegistry() as server:
        yield server


def test_the_providers_certificate_is_verified_by_default(
    https_server: LocalRegistry,
) -> None:
    provider = IdentityProvider(
        f"https://127.0.0.1:{https_server.port}", timeout=DEFAULT_TIMEOUT
    )
    with pytest.raises(TransportError, match="CERTIFICATE_VERIFY_FAILED"):
        _obtain(ServiceAccountLogin(provider, "bot-user-client", "secret"))
    provider.close()


def test_the_provider_is_trusted_as_verify_says(https_server: LocalRegistry) -> None:
    """With its CA, or without verification, the handshake succeeds (this
    HTTPS server is not Keycloak, and the error says that instead)."""
    trusted = ssl.create_default_context(cafile=str(https_server.certificate_file))
    for verify in (trusted, False):
        provider = IdentityProvider(
            f"https://127.0.0.1:{https_server.port}",
            timeout=DEFAULT_TIMEOUT,
            verify=verify,
        )
        with pytest.raises(OAuthError, match="is it the identity provider"):
            _obtain(ServiceAccountLogin(provider, "bot-user-client", "secret"))
        provider.close()


# -- the provider's answers --------------------------------------------------------
@pytest.mark.parametrize("access", ["", 123, None])
def test_an_answer_without_an_access_token_is_refused(access: Any) -> None:
    answer: dict[str, Any] = {"refresh_token": "r"}
    if access is not None:
        answer["access_token"] = access
    keycloak = Keycloak(httpx.Response(200, json=answer))
    with pytest.raises(OAuthError) as refused:
        _obtain(KeycloakPasswordLogin(keycloak.provider(), "ada", "pw"))
    exc = refused.value
    assert (exc.status, exc.error, exc.operation) == (
        200,
        "invalid_response",
        "authenticate",
    )
    assert str(exc) == "authenticate: HTTP 200: no access token in the answer"


@pytest.mark.parametrize("refresh", [None, 5, {"token": "r"}, ""])
def test_a_refresh_token_that_is_not_a_string_is_none(refresh: Any) -> None:
    keycloak = Keycloak(
        httpx.Response(200, json={"access_token": "a.b.c", "refresh_token": refresh})
    )
    tokens = _obtain(KeycloakPasswordLogin(keycloak.provider(), "ada", "pw"))
    assert tokens == TokenPair("a.b.c", refresh if isinstance(refresh, str) else None)


def test_a_provider_that_does_not_answer_in_time_is_a_timeout_naming_it() -> None:
    provider = _failing(httpx.ReadTimeout, "timed out")
    with pytest.raises(TimeoutError) as timed_out:
        _obtain(ServiceAccountLogin(provider, "bot-user-client", "secret"))
    assert str(timed_out.value) == (
        "authenticate_service_account: the identity provider at http://kc did not "
        "answer within the timeout (ReadTimeout)"
    )
    assert timed_out.value.url == TOKEN_URL


def test_an_unreachable_provider_is_a_transport_error_with_its_url() -> None:
    provider = _failing(httpx.ConnectError, "connection refused")
    with pytest.raises(TransportError) as failed:
        _obtain(KeycloakPasswordLogin(provider, "ada", "pw"))
    assert not isinstance(failed.value, TimeoutError)
    assert str(failed.value) == (
        "authenticate: cannot reach the identity provider (Keycloak) at "
        "http://kc: connection refused"
    )
    assert failed.value.url == TOKEN_URL


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(502, text="<html>Bad Gateway</html>"),
        httpx.Response(502, json=["not", "an", "object"]),
    ],
)
def test_an_answer_without_a_json_object_is_an_invalid_response(
    response: httpx.Response,
) -> None:
    keycloak = Keycloak(response)
    with pytest.raises(OAuthError) as refused:
        _obtain(KeycloakPasswordLogin(keycloak.provider(), "ada", "pw"))
    exc = refused.value
    assert (exc.status, exc.error) == (502, "invalid_response")
    assert str(exc) == (
        "authenticate: HTTP 502: http://kc answered HTTP 502 without JSON: is it "
        "the identity provider (e.g. https://auth.example.org, without "
        "/realms/...)?"
    )


@pytest.mark.parametrize(
    ("response", "error", "message"),
    [
        (
            _error("invalid_grant", "Invalid user credentials", 401),
            "invalid_grant",
            "authenticate: HTTP 401: Invalid user credentials (invalid_grant)",
        ),
        (  # Keycloak's answer for a realm that is not there
            httpx.Response(404, json={"error": "Realm does not exist"}),
            "Realm does not exist",
            "authenticate: HTTP 404: Realm does not exist (Realm does not exist)",
        ),
        (
            httpx.Response(500, json={}),
            "unknown_error",
            "authenticate: HTTP 500: unknown_error (unknown_error)",
        ),
    ],
)
def test_a_refusal_carries_the_providers_code_and_description(
    response: httpx.Response, error: str, message: str
) -> None:
    keycloak = Keycloak(response)
    with pytest.raises(OAuthError) as refused:
        _obtain(KeycloakPasswordLogin(keycloak.provider(), "ada", "pw"))
    exc = refused.value
    assert (exc.status, exc.error, exc.operation) == (
        response.status_code,
        error,
        "authenticate",
    )
    assert str(exc) == message


# -- the refresh-token renewal -----------------------------------------------------
def test_a_refresh_token_is_what_makes_tokens_renewable() -> None:
    renewal = KeycloakRenewal(Keycloak().provider())
    assert renewal.renews(TokenPair("a", "r"))
    assert not renewal.renews(TokenPair("a", None))
    assert not renewal.renews(TokenPair("a", ""))
    assert repr(renewal) == "<KeycloakRenewal at http://kc>"


def test_a_refused_renewal_says_it_was_the_refresh() -> None:
    keycloak = Keycloak(_error("invalid_grant", "Invalid refresh token"))
    renewal = KeycloakRenewal(keycloak.provider())
    with pytest.raises(OAuthError) as refused:
        renewal.renew(None, TokenPair("a", "r0"))  # type: ignore[arg-type]
    assert refused.value.operation == "refresh_token"
    assert str(refused.value) == (
        "refresh_token: HTTP 400: Invalid refresh token (invalid_grant)"
    )


def test_a_renewal_without_a_refresh_token_sends_none_made_up() -> None:
    keycloak = Keycloak(_error("invalid_request", "Missing parameter: refresh_token"))
    renewal = KeycloakRenewal(keycloak.provider())
    with pytest.raises(OAuthError):
        renewal.renew(None, TokenPair("a", None))  # type: ignore[arg-type]
    assert keycloak.forms == [
        {
            "grant_type": "refresh_token",
            "client_id": "public_client",
            "refresh_token": "",
        }
    ]


# -- the password grant ------------------------------------------------------------
def test_a_password_login_posts_exactly_the_password_grant_once() -> None:
    keycloak = Keycloak(
        httpx.Response(200, json=TOKENS),
        _error("invalid_grant", "Invalid user credentials", 401),
    )
    provider = IdentityProvider(
        "http://kc",
        client_id="lab_client",
        timeout=DEFAULT_TIMEOUT,
        transport=httpx.MockTransport(keycloak),
    )
    login = KeycloakPasswordLogin(provider, "ada", "s3cret")
    assert _obtain(login) == TokenPair("a.b.c", "r")
    with pytest.raises(OAuthError):  # the password is gone: not sent again
        _obtain(login)
    assert keycloak.forms == [
        {
            "grant_type": "password",
            "client_id": "lab_client",
            "username": "ada",
            "password": password,
            "scope": "openid",
        }
        for password in ("s3cret", "")
    ]


def test_a_refused_password_login_names_authenticate() -> None:
    keycloak = Keycloak(_error("invalid_grant", "Invalid user credentials", 401))
    with pytest.raises(OAuthError) as refused:
        _obtain(KeycloakPasswordLogin(keycloak.provider(), "ada", "wrong"))
    assert refused.value.operation == "authenticate"


def test_a_realm_without_passwords_keeps_the_code_and_says_what_to_do() -> None:
    keycloak = Keycloak(
        _error("unauthorized_client", "Client not allowed for direct access grants")
    )
    with pytest.raises(OAuthError) as refused:
        _obtain(KeycloakPasswordLogin(keycloak.provider(), "ada", "pw"))
    exc = refused.value
    assert (exc.status, exc.error, exc.operation) == (
        400,
        "unauthorized_client",
        "authenticate",
    )
    assert str(exc) == PASSWORDS_OFF
    assert exc.__cause__ is None and exc.__suppress_context__


# -- the client-credentials grant --------------------------------------------------
def test_a_service_account_posts_exactly_its_client_credentials() -> None:
    keycloak = Keycloak(
        httpx.Response(200, json={"access_token": "x.y.z"}),
        httpx.Response(200, json={"access_token": "x.y.w"}),
    )
    login = ServiceAccountLogin(keycloak.provider(), "bot-user-client", "s3cret")
    tokens = _obtain(login)
    login.renew(None, tokens)  # type: ignore[arg-type]
    credentials = {
        "grant_type": "client_credentials",
        "client_id": "bot-user-client",
        "client_secret": "s3cret",
    }
    assert keycloak.forms == [credentials, credentials]  # renewing: the same again
    assert repr(login) == "<ServiceAccountLogin client='bot-user-client' at http://kc>"


def test_a_refused_service_account_names_its_method() -> None:
    wrong = "Invalid client or Invalid client credentials"
    keycloak = Keycloak(_error("unauthorized_client", wrong, 401))
    with pytest.raises(OAuthError) as refused:
        _obtain(ServiceAccountLogin(keycloak.provider(), "bot-user-client", "wrong"))
    exc = refused.value
    assert (exc.status, exc.error, exc.operation) == (
        401,
        "unauthorized_client",
        "authenticate_service_account",
    )
    assert str(exc) == (
        "authenticate_service_account: HTTP 401: Invalid client or Invalid client "
        "credentials (unauthorized_client)"
    )


def test_a_ca_bundle_path_is_loaded_as_hqs_connection_loads_it(tmp_path: Path) -> None:
    """httpx deprecates a path as ``verify``: the provider's connection gets
    an SSL context made from it, as HQ's does."""
    certificate, _ = write_self_signed_certificate(tmp_path, "127.0.0.1")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        provider = IdentityProvider(
            "https://127.0.0.1:1", timeout=DEFAULT_TIMEOUT, verify=str(certificate)
        )
    provider.http.close()


def test_a_plain_http_provider_loads_no_ca_bundle() -> None:
    """As for HQ: no CA bundle read (~20 ms of a script's start) for a
    provider spoken to over plain HTTP; the context trusts nothing, so an
    https redirect could not go unverified."""
    provider = IdentityProvider("http://127.0.0.1:1", timeout=DEFAULT_TIMEOUT)
    context = provider.http._transport._pool._ssl_context  # type: ignore[attr-defined]
    provider.http.close()
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.get_ca_certs() == []
