"""When the access token counts as about to expire, and what a token says."""

from __future__ import annotations

import base64
import json
import time

import pytest

from vantage6_client._tokens import Tokens, jwt_claims

NOW = 1_700_000_000.0


def token(claims: object) -> str:
    body = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode()
    return f"header.{body.rstrip('=')}.signature"


def tokens(**claims: object) -> Tokens:
    made = Tokens()
    made.set(token(claims), "refresh")
    return made


def test_set_keeps_both_tokens_and_clear_forgets_them() -> None:
    made = Tokens()
    assert (made.access, made.refresh) == (None, None)
    assert not made.expires_soon()
    access = token({"exp": NOW + 10, "iat": NOW})
    made.set(access, "the refresh token")
    assert (made.access, made.refresh) == (access, "the refresh token")
    assert made.expires_soon(now=NOW + 10)
    made.clear()
    assert (made.access, made.refresh) == (None, None)
    assert not made.expires_soon(now=NOW + 10**6)


@pytest.mark.parametrize(
    ("lifetime", "margin"),
    [
        (3600, 60.0),  # a tenth would be 360 s: at most a minute
        (300, 30.0),  # a tenth of the lifetime
        (20, 2.0),
    ],
)
def test_refresh_is_due_a_tenth_of_the_lifetime_before_expiry_at_most_a_minute(
    lifetime: float, margin: float
) -> None:
    made = tokens(iat=NOW, exp=NOW + lifetime)
    expiry = NOW + lifetime
    assert not made.expires_soon(now=expiry - margin - 0.01)
    assert made.expires_soon(now=expiry - margin)
    assert made.expires_soon(now=expiry + 1)


def test_without_an_issue_time_a_ten_minute_lifetime_is_assumed() -> None:
    made = tokens(exp=NOW + 3600)
    assert not made.expires_soon(now=NOW + 3600 - 60.01)
    assert made.expires_soon(now=NOW + 3600 - 60)


def test_a_token_issued_after_it_expires_is_due_only_at_expiry() -> None:
    made = tokens(iat=NOW + 100, exp=NOW)
    assert not made.expires_soon(now=NOW - 0.01)
    assert made.expires_soon(now=NOW)


def test_a_token_without_expiry_never_counts_as_expiring() -> None:
    assert not tokens(iat=NOW).expires_soon(now=NOW + 10**9)
    assert not tokens(exp="tomorrow").expires_soon(now=NOW + 10**9)
    assert not Tokens().expires_soon(now=NOW)


def test_expiry_is_measured_against_the_clock_by_default() -> None:
    assert tokens(iat=time.time() - 100, exp=time.time() - 1).expires_soon()
    assert not tokens(iat=time.time(), exp=time.time() + 3600).expires_soon()


@pytest.mark.parametrize(
    "text",
    ["opaque", "a.%%%.c", "", token([1, 2]), token("claims"), "a." + "e30" * 3 + "x"],
)
def test_claims_of_what_is_not_a_jwt_are_empty(text: str) -> None:
    assert jwt_claims(text) == {}


def test_claims_are_read_whatever_the_padding() -> None:
    for length in range(12):
        sub = "x" * length
        assert jwt_claims(token({"sub": sub})) == {"sub": sub}


def test_the_repr_says_whether_logged_in() -> None:
    made = Tokens()
    assert repr(made) == "<Tokens logged out>"
    made.set(token({"exp": NOW}), "refresh")
    assert repr(made) == "<Tokens logged in>"
    made.clear()
    assert repr(made) == "<Tokens logged out>"


def test_the_pair_is_the_tokens_with_an_empty_access_when_logged_out() -> None:
    made = Tokens()
    assert made.pair() == ("", None)
    access = token({"exp": NOW})
    made.set(access, "refresh")
    assert made.pair() == (access, "refresh")
