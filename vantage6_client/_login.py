"""How a session gets its tokens and keeps them fresh: one strategy per way of
logging in.

The transport knows nothing of login endpoints. It holds a :class:`Login` and
asks it three things: the first tokens (:meth:`Login.obtain`), new ones when
the access token runs out (:meth:`Login.renew`), and whether a refused request
means that it ran out (:meth:`Login.expired`; vantage6 4.x answers 401 for
permission denials too). A strategy's ``repr`` names who logs in, never a
secret, so a strategy may appear in logs and tracebacks.

vantage6 4.x logs in at the server: users with a password (and a two-factor
code), nodes with their API key; both renew at ``/token/refresh`` with the
refresh token. vantage6 5.x logs in at an OpenID Connect provider (device
authorization grant, client credentials, refresh at the provider): those are
further strategies of the same interface, and nothing outside this module and
the transport changes for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from vantage6_server_api.api.session import authenticate as authenticate_op
from vantage6_server_api.api.session import authenticate_node, refresh_token
from vantage6_server_api.models import (
    Message,
    NodeTokens,
    RefreshedTokens,
    TokenNodeInput,
    TokenUserInput,
    TwoFactorSetup,
    UserTokens,
)

from vantage6_client._exceptions import (
    APIError,
    MFARequiredError,
    TwoFactorSetupRequiredError,
    expect,
)
from vantage6_client._tokens import TokenPair

if TYPE_CHECKING:
    from vantage6_client._transport import Transport


class Renewal(Protocol):
    """How tokens are kept fresh (see the module docstring)."""

    def renews(self, tokens: TokenPair) -> bool:
        """Whether :meth:`renew` can renew ``tokens`` (else a token about to
        expire is sent as it is, and the server decides)."""
        ...

    def renew(self, transport: Transport, tokens: TokenPair) -> TokenPair:
        """New tokens for the current ones, whose access token has expired or
        is about to.

        Raises
        ------
        AuthenticationError
            They cannot be renewed: the caller must log in again.
        """
        ...

    def expired(self, error: APIError) -> bool:
        """Whether the server refused a request because the access token
        expired (and renewing it and sending the request again may work)."""
        ...


class Login(Renewal, Protocol):
    """A way of logging in: the first tokens, then their renewal."""

    def obtain(self, transport: Transport) -> TokenPair:
        """Log in: the first tokens of the session.

        Raises
        ------
        AuthenticationError
            The credentials are refused.
        """
        ...


class RefreshToken:
    """vantage6 4.x's own tokens: renewed at ``/token/refresh`` with the refresh
    token; a 401 "Token has expired" means the access token ran out. The
    renewal of tokens set by other means (a session resumed from its tokens);
    the base of the 4.x logins."""

    def renew(self, transport: Transport, tokens: TokenPair) -> TokenPair:
        response = transport.run(
            "refresh_token",
            transport.bind(refresh_token.sync_detailed),
            token="refresh",
        )
        answer = expect(RefreshedTokens, response.parsed, "refresh_token")
        return TokenPair(answer.access_token, answer.refresh_token)

    def expired(self, error: APIError) -> bool:
        return error.status == 401 and error.message.lower() == "token has expired"

    def renews(self, tokens: TokenPair) -> bool:
        return bool(tokens.refresh)

    def __repr__(self) -> str:
        return "<RefreshToken>"


class PasswordLogin(RefreshToken):
    """A user's username and password, with a two-factor code where the
    server requires one (vantage6 4.x: ``POST /token/user``)."""

    def __init__(self, username: str, password: str, mfa_code: str | None) -> None:
        self.username = username
        self._password: str | None = password
        self._mfa_code = mfa_code

    def obtain(self, transport: Transport) -> TokenPair:
        body = TokenUserInput(username=self.username, password=self._password or "")
        if self._mfa_code is not None:
            body.mfa_code = self._mfa_code
        # renewing needs only the refresh token: keep no password in memory
        self._password = self._mfa_code = None
        response = transport.run(
            "authenticate",
            transport.bind(authenticate_op.sync_detailed, body=body),
            token="none",
        )
        answer = response.parsed
        if isinstance(answer, TwoFactorSetup):
            raise TwoFactorSetupRequiredError(
                200, answer.msg, qr_uri=answer.qr_uri, otp_secret=answer.otp_secret
            )
        if isinstance(answer, Message):
            raise MFARequiredError(200, answer.msg, operation="authenticate")
        tokens = expect(UserTokens, answer, "authenticate")
        return TokenPair(tokens.access_token, tokens.refresh_token)

    def __repr__(self) -> str:
        return f"<PasswordLogin user={self.username!r}>"


class ApiKeyLogin(RefreshToken):
    """A node's API key (vantage6 4.x: ``POST /token/node``)."""

    def __init__(self, api_key: str) -> None:
        self._api_key: str | None = api_key
        self.node_url: str | None = None

    def obtain(self, transport: Transport) -> TokenPair:
        body = TokenNodeInput(api_key=self._api_key or "")
        self._api_key = None  # renewing needs only the refresh token
        tokens = transport.call_public(
            NodeTokens, authenticate_node.sync_detailed, body=body
        )
        self.node_url = tokens.node_url
        return TokenPair(tokens.access_token, tokens.refresh_token)

    def __repr__(self) -> str:
        return "<ApiKeyLogin>"
