"""The 4.x login strategies: what they send, what they keep, what they say."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest

from tests.unit.test_transport import jwt
from vantage6_client import (
    AuthenticationError,
    Client,
    MFARequiredError,
    NodeClient,
    PermissionDeniedError,
    TwoFactorSetupRequiredError,
    UnexpectedResponseError,
)
from vantage6_client._exceptions import APIError
from vantage6_client._login import ApiKeyLogin, PasswordLogin, RefreshToken
from vantage6_client._tokens import TokenPair
from vantage6_client._transport import Transport

Handler = Callable[[httpx.Request], httpx.Response]
TOKENS = {
    "access_token": jwt(sub=4),
    "refresh_token": "refresh-1",
    "refresh_url": "/api/token/refresh",
    "user_url": "/api/user/4",
}


def server(answer: dict[str, object], sent: list[dict[str, object]]) -> Handler:
    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json=answer)

    return handle


def test_a_password_login_sends_the_code_only_when_given() -> None:
    sent: list[dict[str, object]] = []
    transport = httpx.MockTransport(server(TOKENS, sent))
    with Client("http://localhost", transport=transport) as client:
        client.authenticate("alice", "s3cret", mfa_code=12)
        client.authenticate("alice", "s3cret")
        client.authenticate("alice", "s3cret", mfa_code="")
    assert sent == [
        {"username": "alice", "password": "s3cret", "mfa_code": "000012"},
        {"username": "alice", "password": "s3cret"},
        {"username": "alice", "password": "s3cret"},
    ]


def test_a_login_keeps_no_password_once_logged_in() -> None:
    transport = httpx.MockTransport(server(TOKENS, []))
    with Client("http://localhost", transport=transport) as client:
        client.authenticate("alice", "s3cret", mfa_code="123456")
        login = client._transport.login
        assert isinstance(login, PasswordLogin)
        assert "s3cret" not in repr(vars(login))
        assert "123456" not in repr(vars(login))
        assert repr(login) == "<PasswordLogin user='alice'>"


def test_two_factor_answers_are_typed_errors() -> None:
    setup = {"qr_uri": "otpauth://totp/x", "otp_secret": "ABC", "msg": "set it up"}
    transport = httpx.MockTransport(server(setup, []))
    with Client("http://localhost", transport=transport) as client:
        with pytest.raises(TwoFactorSetupRequiredError) as raised:
            client.authenticate("alice", "s3cret")
        assert (raised.value.qr_uri, raised.value.otp_secret) == (
            "otpauth://totp/x",
            "ABC",
        )
        assert client.token is None
    transport = httpx.MockTransport(server({"msg": "code please"}, []))
    with Client("http://localhost", transport=transport) as client:
        with pytest.raises(MFARequiredError, match="code please"):
            client.authenticate("alice", "s3cret")
        assert client.token is None


def test_an_api_key_login_learns_its_node_and_keeps_no_key() -> None:
    answer = {
        "access_token": jwt(sub=9),
        "refresh_token": "r",
        "refresh_url": "/api/token/refresh",
        "node_url": "/api/node/9",
    }
    sent: list[dict[str, object]] = []
    login = ApiKeyLogin("the-api-key")
    with NodeClient(
        "http://localhost", transport=httpx.MockTransport(server(answer, sent))
    ) as node:
        node._transport.log_in(login)
        assert node._transport.tokens.access == answer["access_token"]
    assert sent == [{"api_key": "the-api-key"}]
    assert login.node_url == "/api/node/9"
    assert "the-api-key" not in repr(vars(login))
    assert repr(login) == "<ApiKeyLogin>"


@pytest.mark.parametrize(
    ("error", "expired"),
    [
        (AuthenticationError(401, "Token has expired"), True),
        (AuthenticationError(401, "token has expired"), True),
        (AuthenticationError(401, "Token has been revoked"), False),
        (PermissionDeniedError(401, "You lack the permission to do that!"), False),
        (APIError(403, "Token has expired"), False),
    ],
)
def test_only_an_expired_401_asks_for_renewal(error: APIError, expired: bool) -> None:
    assert RefreshToken().expired(error) is expired


def test_tokens_renew_only_with_a_refresh_token() -> None:
    assert RefreshToken().renews(TokenPair("access", "refresh"))
    assert not RefreshToken().renews(TokenPair("access", None))
    assert not RefreshToken().renews(TokenPair("access", ""))
    assert repr(RefreshToken()) == "<RefreshToken>"


def recorder(
    answer: dict[str, object], requests: list[httpx.Request], status: int = 200
) -> Transport:
    def handle(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(status, json=answer)

    return Transport("http://localhost/api", transport=httpx.MockTransport(handle))


def test_a_password_login_returns_the_tokens_and_sends_no_token() -> None:
    requests: list[httpx.Request] = []
    transport = recorder(TOKENS, requests)
    transport.tokens.set(jwt(sub=1, lifetime=5), "old-refresh")  # due for renewal
    pair = PasswordLogin("alice", "s3cret", None).obtain(transport)
    assert pair == TokenPair(TOKENS["access_token"], "refresh-1")
    assert [r.url.path for r in requests] == ["/api/token/user"]
    assert "Authorization" not in requests[0].headers
    assert requests[0].extensions["v6_operation"] == "authenticate"


def test_a_spent_password_login_sends_empty_credentials() -> None:
    requests: list[httpx.Request] = []
    transport = recorder(TOKENS, requests)
    login = PasswordLogin("alice", "s3cret", "123456")
    login.obtain(transport)
    login.obtain(transport)
    PasswordLogin("bob", "", None).obtain(transport)
    assert [json.loads(r.content) for r in requests] == [
        {"username": "alice", "password": "s3cret", "mfa_code": "123456"},
        {"username": "alice", "password": ""},
        {"username": "bob", "password": ""},
    ]


def test_refused_credentials_name_the_authenticate_operation() -> None:
    transport = recorder({"msg": "Failed to login"}, [], 401)
    with pytest.raises(AuthenticationError) as raised:
        PasswordLogin("alice", "wrong", None).obtain(transport)
    assert (raised.value.status, raised.value.operation) == (401, "authenticate")


def test_two_factor_errors_carry_status_message_and_operation() -> None:
    setup = {"qr_uri": "otpauth://totp/x", "otp_secret": "ABC", "msg": "set it up"}
    with pytest.raises(TwoFactorSetupRequiredError) as setup_raised:
        PasswordLogin("alice", "s3cret", None).obtain(recorder(setup, []))
    error = setup_raised.value
    assert (error.status, error.message, error.operation) == (
        200,
        "set it up",
        "authenticate",
    )
    assert str(error) == "authenticate: HTTP 200: set it up"
    with pytest.raises(MFARequiredError) as mfa_raised:
        PasswordLogin("alice", "s3cret", None).obtain(recorder({"msg": "code?"}, []))
    mfa = mfa_raised.value
    assert (mfa.status, mfa.message, mfa.operation) == (200, "code?", "authenticate")
    assert str(mfa) == "authenticate: HTTP 200: code?"


def test_an_undocumented_login_answer_names_the_authenticate_operation() -> None:
    transport = recorder(TOKENS, [], 201)
    with pytest.raises(UnexpectedResponseError) as raised:
        PasswordLogin("alice", "s3cret", None).obtain(transport)
    assert raised.value.operation == "authenticate"
    assert "expected UserTokens, got NoneType" in str(raised.value)


def test_an_api_key_login_returns_both_tokens_and_knows_no_node_before() -> None:
    answer = {
        "access_token": jwt(sub=9),
        "refresh_token": "r",
        "refresh_url": "/api/token/refresh",
        "node_url": "/api/node/9",
    }
    requests: list[httpx.Request] = []
    login = ApiKeyLogin("")
    assert login.node_url is None
    pair = login.obtain(recorder(answer, requests))
    assert pair == TokenPair(answer["access_token"], "r")
    assert json.loads(requests[0].content) == {"api_key": ""}
