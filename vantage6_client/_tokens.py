"""The tokens of one login, and when the access token runs out."""

from __future__ import annotations

import base64
import binascii
import json
import time
from collections.abc import Callable
from typing import Any, NamedTuple

MAX_MARGIN = 60.0  # seconds before expiry at most that a refresh is due


class TokenPair(NamedTuple):
    """What a login gives: an access token and, where there is one, a refresh
    token."""

    access: str
    refresh: str | None

    def __repr__(self) -> str:  # secrets: whether they are there, not what
        refresh = "<hidden>" if self.refresh else repr(self.refresh)
        return f"TokenPair(access=<hidden>, refresh={refresh})"


class Tokens:
    """Access and refresh token of a session.

    The expiry is read from the access token's ``exp`` claim (the signature is
    the server's business). Refresh happens when less than a tenth of the
    token's lifetime is left, and at most a minute before it ends.
    """

    __slots__ = ("_expires_at", "_issued_at", "access", "observer", "refresh")

    def __init__(self) -> None:
        self.access: str | None = None
        self.refresh: str | None = None
        self._expires_at: float | None = None
        self._issued_at: float | None = None
        # told the refresh token of every login and renewal (a profile's token
        # cache keeps it; Keycloak rotates them); clearing tells no one
        self.observer: Callable[[str | None], None] | None = None

    def set(self, access: str, refresh: str | None) -> None:
        claims = jwt_claims(access)
        self.access = access
        self.refresh = refresh
        self._expires_at = _number(claims.get("exp"))
        self._issued_at = _number(claims.get("iat"))
        if self.observer is not None:
            self.observer(refresh)

    def pair(self) -> TokenPair:
        """The tokens as they are now (``access`` empty when logged out)."""
        return TokenPair(self.access or "", self.refresh)

    def clear(self) -> None:
        self.access = self.refresh = None
        self._expires_at = self._issued_at = None

    def expires_soon(self, now: float | None = None) -> bool:
        if self._expires_at is None:  # logged out, or a token without expiry
            return False
        now = time.time() if now is None else now
        margin = MAX_MARGIN
        if self._issued_at is not None:
            lifetime = max(self._expires_at - self._issued_at, 0.0)
            margin = min(MAX_MARGIN, lifetime / 10)
        return self._expires_at - now <= margin

    def __repr__(self) -> str:  # never show the tokens themselves
        state = "logged in" if self.access else "logged out"
        return f"<Tokens {state}>"


def jwt_claims(token: str) -> dict[str, Any]:
    """The claims of a JWT, unverified; ``{}`` when it is not a JWT."""
    try:
        payload = token.split(".")[1]
        padded = payload + "=" * (-len(payload) % 4)
        claims = json.loads(base64.urlsafe_b64decode(padded))
    except (IndexError, ValueError, binascii.Error):
        return {}
    return claims if isinstance(claims, dict) else {}


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) else None
