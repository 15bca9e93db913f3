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
)
from vantage6_client._exceptions import APIError
from vantage6_client._login import ApiKeyLogin, PasswordLogin, RefreshToken
from vantage6_client._tokens import TokenPair

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
