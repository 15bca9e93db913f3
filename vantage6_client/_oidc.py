"""Logging in to vantage6 5.x: at its OpenID Connect provider (Keycloak).

A 5.x HQ takes no passwords. Users and service accounts get their tokens from
the identity provider HQ trusts, and renew them there; HQ only checks them.
Each way of logging in is a strategy of the interface in :mod:`_login` (first
tokens, renewal, "did the token expire?"), so the transport treats a Keycloak
login as it treats a 4.x one:

- :class:`DeviceLogin`: the OAuth 2.0 device authorization grant (RFC 8628),
  what the official 5.x client does: the user opens a URL in any browser,
  logs in there (with a one-time code where the realm wants one), and the
  client polls until the provider hands out the tokens;
- :class:`ServiceAccountLogin`: a service account's client credentials (no
  refresh token: it logs in again when its token runs out);
- :class:`KeycloakPasswordLogin`: a username and password, where the realm
  lets its public client take them (direct access grants).

Nothing here logs or shows a token, a client secret or a device code; the
user code is meant to be shown (the user types it into the verification page).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from vantage6_client._exceptions import (
    APIError,
    OAuthError,
    TimeoutError,
    TransportError,
)
from vantage6_client._tokens import TokenPair
from vantage6_client._transport import ssl_context

if TYPE_CHECKING:
    from vantage6_client._transport import Transport

log = logging.getLogger("vantage6_client.auth")

DEFAULT_REALM = "vantage6"
DEFAULT_PUBLIC_CLIENT = "public_client"
# RFC 8628 3.5: without an interval, poll every 5 s; slow_down adds 5 s.
DEFAULT_POLL_SECONDS = 5.0
SLOW_DOWN_SECONDS = 5.0


class IdentityProvider:
    """The OpenID Connect provider a 5.x HQ trusts, and the client its users
    log in with.

    Parameters
    ----------
    url : str
        The provider's root, e.g. ``https://auth.v6.example.org``.
    realm : str
        The Keycloak realm, by default ``"vantage6"``.
    client_id : str
        The public client users log in with, by default ``"public_client"``.
    timeout : httpx.Timeout
        Per request.
    verify : bool | str | ssl.SSLContext
        TLS verification, as for HQ.
    transport : httpx.BaseTransport | None
        Innermost HTTP transport, for tests and proxies.
    """

    def __init__(
        self,
        url: str,
        realm: str = DEFAULT_REALM,
        client_id: str = DEFAULT_PUBLIC_CLIENT,
        *,
        timeout: httpx.Timeout,
        verify: Any = True,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.url = url.rstrip("/")
        self.realm = realm
        self.client_id = client_id
        endpoints = f"{self.url}/realms/{realm}/protocol/openid-connect"
        self.token_url = f"{endpoints}/token"
        self.device_url = f"{endpoints}/auth/device"
        # a CA bundle's path loaded as HQ's connection loads it (httpx
        # deprecates paths), and none at all for a plain-HTTP provider
        self.http = httpx.Client(
            timeout=timeout, verify=ssl_context(verify, self.url), transport=transport
        )

    def __repr__(self) -> str:
        return f"<IdentityProvider {self.url} realm={self.realm!r}>"

    def tokens(self, operation: str, form: dict[str, str]) -> TokenPair:
        """Tokens from the token endpoint for ``form`` (a grant)."""
        answer = self.post(operation, self.token_url, form)
        access = answer.get("access_token")
        if not isinstance(access, str) or not access:
            raise OAuthError(
                200,
                "invalid_response",
                "no access token in the answer",
                operation=operation,
            )
        refresh = answer.get("refresh_token")
        return TokenPair(access, refresh if isinstance(refresh, str) else None)

    def post(self, operation: str, url: str, form: dict[str, str]) -> dict[str, Any]:
        """POST a form; the JSON answer, or the provider's refusal raised as
        :class:`OAuthError`.

        Raises
        ------
        OAuthError
            The provider answered with an OAuth error.
        TransportError
            The provider cannot be reached (the message names it, not HQ).
        """
        try:
            response = self.http.post(url, data=form)
        except httpx.TimeoutException as exc:
            raise TimeoutError(
                f"{operation}: the identity provider at {self.url} did not answer "
                f"within the timeout ({type(exc).__name__})",
                url=url,
            ) from exc
        except httpx.TransportError as exc:
            raise TransportError(
                f"{operation}: cannot reach the identity provider (Keycloak) at "
                f"{self.url}: {exc}",
                url=url,
            ) from exc
        try:
            answer = response.json()
        except ValueError:
            answer = None
        if not isinstance(answer, dict):
            raise OAuthError(
                response.status_code,
                "invalid_response",
                f"{self.url} answered HTTP {response.status_code} without JSON: is "
                "it the identity provider (e.g. https://auth.example.org, without "
                "/realms/...)?",
                operation=operation,
            )
        if response.is_success:
            return answer
        error = str(answer.get("error") or "unknown_error")
        description = str(answer.get("error_description") or error)
        raise OAuthError(
            response.status_code, error, f"{description} ({error})", operation=operation
        )

    def close(self) -> None:
        self.http.close()


# -- renewal -------------------------------------------------------------------
class KeycloakRenewal:
    """Tokens renewed at the provider with the refresh token; HQ's 401
    "Token has expired" means the access token ran out."""

    def __init__(self, provider: IdentityProvider) -> None:
        self.provider = provider

    def renews(self, tokens: TokenPair) -> bool:
        return bool(tokens.refresh)

    def renew(self, transport: Transport, tokens: TokenPair) -> TokenPair:
        return self.provider.tokens(
            "refresh_token",
            {
                "grant_type": "refresh_token",
                "client_id": self.provider.client_id,
                "refresh_token": tokens.refresh or "",
            },
        )

    def expired(self, error: APIError) -> bool:
        return error.status == 401 and error.message.lower() == "token has expired"

    def __repr__(self) -> str:
        return f"<{type(self).__name__} at {self.provider.url}>"


class KeycloakPasswordLogin(KeycloakRenewal):
    """A user's username and password, given to the provider (the password
    grant): only where the realm allows direct access grants."""

    def __init__(self, provider: IdentityProvider, username: str, password: str):
        super().__init__(provider)
        self.username = username
        self._password: str | None = password

    def obtain(self, transport: Transport) -> TokenPair:
        password, self._password = self._password or "", None  # keep none
        try:
            return self.provider.tokens(
                "authenticate",
                {
                    "grant_type": "password",
                    "client_id": self.provider.client_id,
                    "username": self.username,
                    "password": password,
                    "scope": "openid",
                },
            )
        except OAuthError as exc:
            if exc.error != "unauthorized_client":
                raise
            raise OAuthError(
                exc.status,
                exc.error,
                f"the realm {self.provider.realm!r} does not let "
                f"{self.provider.client_id!r} take passwords (direct access grants "
                "are off): log in with client.authenticate() and no arguments "
                "(in a browser, with the device code), or as a service account "
                "(client.authenticate_service_account)",
                operation="authenticate",
            ) from None

    def __repr__(self) -> str:
        return f"<KeycloakPasswordLogin user={self.username!r} at {self.provider.url}>"


class ServiceAccountLogin(KeycloakRenewal):
    """A service account: its Keycloak client and the client's secret (the
    client-credentials grant). Such tokens come without a refresh token, so
    renewing them is logging in again."""

    def __init__(self, provider: IdentityProvider, client_id: str, secret: str):
        super().__init__(provider)
        self.client_id = client_id
        self._secret = secret  # needed again at every renewal

    def obtain(self, transport: Transport) -> TokenPair:
        return self.provider.tokens(
            "authenticate_service_account",
            {
                "grant_type": "client_credentials",
                "client_id": self.client_id,
                "client_secret": self._secret,
            },
        )

    def renews(self, tokens: TokenPair) -> bool:
        return True

    def renew(self, transport: Transport, tokens: TokenPair) -> TokenPair:
        return self.obtain(transport)

    def __repr__(self) -> str:
        return f"<ServiceAccountLogin client={self.client_id!r} at {self.provider.url}>"


# -- the device authorization grant --------------------------------------------
@dataclass(frozen=True)
class DeviceCode:
    """What the user needs to approve a device login: where to go and the
    code to enter there (no secret: the device code itself is kept out).

    Attributes
    ----------
    verification_uri : str
        The page where the user logs in and enters ``user_code``.
    verification_uri_complete : str | None
        The same page with the code filled in, where the provider gives one.
    user_code : str
        The short code to enter, e.g. ``"WDJB-MJHT"``.
    expires_in : float
        Seconds the code stays valid.
    """

    verification_uri: str
    verification_uri_complete: str | None
    user_code: str
    expires_in: float

    @property
    def url(self) -> str:
        """The page to open: with the code filled in where there is one."""
        return self.verification_uri_complete or self.verification_uri


ShowCode = Callable[[DeviceCode], None]


def print_code(code: DeviceCode) -> None:
    """The default way to show a device code: one line on stdout (a
    notebook's cell output, a terminal)."""
    # showing the code is the point: the user must see it, with or without
    # logging set up (a notebook's cell output, a terminal)
    sys.stdout.write(
        f"To log in, open {code.url} in a browser and, if asked, enter the code "
        f"{code.user_code} (valid for {int(code.expires_in // 60)} min).\n"
    )
    sys.stdout.flush()


def a_browser_is_at_hand() -> bool:
    """Whether opening a browser would show the user a window: a desktop
    session (macOS, Windows, or a display on Linux), not a server or CI."""
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


class DeviceLogin(KeycloakRenewal):
    """The device authorization grant (RFC 8628).

    Parameters
    ----------
    provider : IdentityProvider
        Where the user logs in.
    show : callable
        Called once with the :class:`DeviceCode` to show the user.
    open_browser : bool
        Also open the verification page in the default browser.
    timeout : float | None
        Seconds to wait for the user at most (by default: as long as the
        code is valid).
    sleep : callable
        How to wait between polls (tests pass their own clock).
    """

    def __init__(
        self,
        provider: IdentityProvider,
        *,
        show: ShowCode = print_code,
        open_browser: bool = False,
        timeout: float | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(provider)
        self._show = show
        self._open_browser = open_browser
        self._timeout = timeout
        self._sleep = sleep

    def obtain(self, transport: Transport) -> TokenPair:
        started = time.monotonic()
        answer = self.provider.post(
            "authenticate",
            self.provider.device_url,
            {"client_id": self.provider.client_id, "scope": "openid"},
        )
        # RFC 8628 3.2: required; without them there is nothing to show or poll
        missing = [
            name
            for name in ("device_code", "user_code", "verification_uri")
            if not answer.get(name)
        ]
        if missing:
            raise OAuthError(
                200,
                "invalid_response",
                f"no {' or '.join(missing)} in the answer of "
                f"{self.provider.device_url}",
                operation="authenticate",
            )
        device_code = str(answer["device_code"])
        code = DeviceCode(
            verification_uri=str(answer["verification_uri"]),
            verification_uri_complete=answer.get("verification_uri_complete"),
            user_code=str(answer["user_code"]),
            expires_in=float(answer.get("expires_in") or 600),
        )
        interval = float(answer.get("interval") or DEFAULT_POLL_SECONDS)
        self._show(code)
        if self._open_browser:
            import webbrowser  # noqa: PLC0415 - loads subprocess and more: only here

            webbrowser.open(code.url)
        limit = code.expires_in
        if self._timeout is not None:
            limit = min(limit, self._timeout)
        deadline = started + limit
        while True:
            if time.monotonic() + interval > deadline:
                raise TimeoutError(
                    f"authenticate: nobody approved the device login at {code.url} "
                    f"within {limit:g} s"
                )
            self._sleep(interval)
            try:
                return self.provider.tokens(
                    "authenticate",
                    {
                        "grant_type": "urn:ietf:params:oauth:grant-type:device_code",
                        "client_id": self.provider.client_id,
                        "device_code": device_code,
                    },
                )
            except OAuthError as exc:
                if exc.error == "authorization_pending":
                    continue
                if exc.error == "slow_down":
                    interval += SLOW_DOWN_SECONDS
                    log.debug("device login: polling every %g s", interval)
                    continue
                raise

    def __repr__(self) -> str:
        return f"<DeviceLogin at {self.provider.url}>"
