"""Two-factor authentication on a server that requires it (its own server)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.integration.conftest import running
from vantage6_client import (
    AuthenticationError,
    Client,
    MFARequiredError,
    TwoFactorSetupRequiredError,
)
from vantage6_client.testing.server import LocalServer


def totp(secret: str, at: float | None = None) -> str:
    """The six-digit RFC 6238 code an authenticator app shows (SHA-1, 30 s)."""
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    counter = int((time.time() if at is None else at) // 30)
    digest = hmac.new(key, counter.to_bytes(8, "big"), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = int.from_bytes(digest[offset : offset + 4], "big") & 0x7FFFFFFF
    return f"{number % 1_000_000:06d}"


def test_totp_matches_the_rfc_6238_test_vector() -> None:
    secret = base64.b32encode(b"12345678901234567890").decode()
    assert totp(secret, at=59) == "287082"  # RFC 6238 appendix B, last 6 digits
    assert totp(secret, at=1111111109) == "081804"  # a leading zero


@pytest.fixture(scope="module")
def v6_server() -> Iterator[LocalServer]:
    yield from running(LocalServer(two_factor_auth=True))


@pytest.fixture(scope="module")
def otp_secret(v6_server: LocalServer) -> str:
    """Root's first login: the server hands out the secret to set up 2FA."""
    with Client(v6_server.url) as client:
        with pytest.raises(TwoFactorSetupRequiredError) as setup:
            client.authenticate(v6_server.root_username, v6_server.root_password)
        assert client.token is None  # not logged in yet
    uri = urlsplit(setup.value.qr_uri)
    assert uri.scheme == "otpauth"
    assert parse_qs(uri.query)["secret"] == [setup.value.otp_secret]
    assert setup.value.otp_secret not in repr(setup.value)
    return setup.value.otp_secret


def test_login_with_the_code_from_the_app(
    v6_server: LocalServer, otp_secret: str
) -> None:
    with Client(v6_server.url) as client:
        client.authenticate(
            v6_server.root_username, v6_server.root_password, mfa_code=totp(otp_secret)
        )
        assert client.whoami is not None
        assert client.whoami.name == v6_server.root_username
        assert client.user.get(client.whoami.id_).username == v6_server.root_username


def test_the_code_may_be_given_as_a_number(
    v6_server: LocalServer, otp_secret: str
) -> None:
    # int("012345") is 12345: the client puts the leading zero back
    with Client(v6_server.url) as client:
        code = int(totp(otp_secret))
        client.authenticate(v6_server.root_username, v6_server.root_password, code)
        assert client.whoami is not None


def test_a_missing_code_is_asked_for(v6_server: LocalServer, otp_secret: str) -> None:
    with Client(v6_server.url) as client:
        with pytest.raises(MFARequiredError, match="two-factor authentication code"):
            client.authenticate(v6_server.root_username, v6_server.root_password)
        assert client.token is None


def test_a_wrong_code_is_refused(v6_server: LocalServer, otp_secret: str) -> None:
    now = time.time()
    accepted = {totp(otp_secret, now + drift) for drift in (-30, 0, 30)}
    wrong = next(
        code for code in (f"{n:06d}" for n in range(1000)) if code not in accepted
    )
    with Client(v6_server.url) as client:
        with pytest.raises(AuthenticationError, match="incorrect"):
            client.authenticate(
                v6_server.root_username, v6_server.root_password, mfa_code=wrong
            )
        assert client.token is None
