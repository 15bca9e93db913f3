"""The request pipeline's contract with a login (the ``Renewal`` protocol):
what a renewal is given, when it is asked, and how its failures reach the
caller. A recording renewal stands in for the login; a scripted handler plays
the server behind ``httpx.MockTransport``."""

from __future__ import annotations

import time

import httpx
import pytest
from vantage6_server_api.api.util import util_get_server_version
from vantage6_server_api.models import Version

from tests.unit.test_session_pipeline import jwt
from vantage6_client import AuthenticationError, PermissionDeniedError
from vantage6_client._exceptions import APIError
from vantage6_client._tokens import TokenPair
from vantage6_client._transport import CallOptions, RetryPolicy, Transport

ACCESS = jwt("first")
RENEWED = jwt("renewed")
EXPIRED = {"msg": "Token has expired"}


def due() -> str:
    """An access token with 10 s of its 600 left: renewed before use."""
    return jwt("due", lifetime=600, issued=time.time() - 590)


class Recorder:
    """Records what the pipeline asks and gives it; renews to ``RENEWED``."""

    def __init__(self, *, renews: bool = True, error: APIError | None = None):
        self.can = renews
        self.error = error
        self.given: list[TokenPair] = []

    def renews(self, tokens: TokenPair) -> bool:
        return self.can

    def renew(self, transport: Transport, tokens: TokenPair) -> TokenPair:
        self.given.append(tokens)
        if self.error:
            raise self.error
        return TokenPair(RENEWED, "refresh-2")

    def expired(self, error: APIError) -> bool:
        return error.status == 401 and error.message == EXPIRED["msg"]


class Server:
    """Answers ``GET /api/version`` from a script (the last answer repeats)
    and keeps each request's Authorization header."""

    def __init__(self, *answers: tuple[int, object]) -> None:
        self.answers = list(answers) or [(200, {"version": "4.15.2"})]
        self.auth: list[str | None] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/api/version"
        self.auth.append(request.headers.get("Authorization"))
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        return httpx.Response(answer[0], json=answer[1])


def transport_of(
    server: Server, login: Recorder | None, access: str, refresh: str = "refresh-1"
) -> Transport:
    made = Transport(
        "http://localhost/api",
        options=CallOptions(retry=RetryPolicy(max_retries=0)),
        transport=httpx.MockTransport(server),
        login=login,
    )
    made.tokens.set(access, refresh)
    return made


def version(transport: Transport) -> str:
    answer = transport.call(Version, util_get_server_version.sync_detailed)
    return str(answer.version)


def test_a_renewal_is_given_the_tokens_it_renews() -> None:
    renewal = Recorder()
    transport = transport_of(Server(), renewal, ACCESS)
    transport.refresh(ACCESS)
    assert renewal.given == [TokenPair(ACCESS, "refresh-1")]
    assert transport.tokens.pair() == TokenPair(RENEWED, "refresh-2")


def test_a_token_about_to_expire_is_renewed_before_the_call() -> None:
    server, renewal, stale = Server(), Recorder(), due()
    transport = transport_of(server, renewal, stale)
    assert version(transport) == "4.15.2"
    assert renewal.given == [TokenPair(stale, "refresh-1")]
    assert server.auth == [f"Bearer {RENEWED}"]


def test_a_call_refused_for_an_expired_token_is_renewed_and_sent_again() -> None:
    server = Server((401, EXPIRED), (200, {"version": "4.15.2"}))
    renewal = Recorder()
    transport = transport_of(server, renewal, ACCESS)
    assert version(transport) == "4.15.2"
    assert renewal.given == [TokenPair(ACCESS, "refresh-1")]
    assert server.auth == [f"Bearer {ACCESS}", f"Bearer {RENEWED}"]


@pytest.mark.parametrize("renewal", [None, Recorder(renews=False)])
def test_a_token_about_to_expire_that_cannot_be_renewed_is_sent_as_it_is(
    renewal: Recorder | None,
) -> None:
    server, stale = Server(), due()
    transport = transport_of(server, renewal, stale)
    assert version(transport) == "4.15.2"
    assert server.auth == [f"Bearer {stale}"]
    assert renewal is None or renewal.given == []


@pytest.mark.parametrize(
    ("operation", "named"),
    [("", "refresh_token"), ("authenticate", "authenticate")],
)
def test_a_refused_renewal_ends_the_session_and_names_its_operation(
    operation: str, named: str
) -> None:
    refused = AuthenticationError(422, "Signature verification failed")
    refused.operation = operation
    transport = transport_of(Server(), Recorder(error=refused), ACCESS)
    with pytest.raises(AuthenticationError) as raised:
        transport.refresh(ACCESS)
    assert raised.value.status == 422
    assert raised.value.message == (
        "the session has expired; log in again (authenticate)"
    )
    assert raised.value.operation == named
    assert raised.value.__cause__ is refused
    assert transport.tokens.pair() == TokenPair("", None)


def test_a_renewal_failing_otherwise_keeps_the_session() -> None:
    denied = PermissionDeniedError(403, "no", operation="refresh_token")
    transport = transport_of(Server(), Recorder(error=denied), ACCESS)
    with pytest.raises(PermissionDeniedError):
        transport.refresh(ACCESS)
    assert transport.tokens.pair() == TokenPair(ACCESS, "refresh-1")


def test_a_renewed_token_refused_as_expired_is_renewed_again() -> None:
    """A renewal right before the call, then an 'expired' answer (the server's
    clock ahead of ours): the token the request carried is renewed once more,
    not taken for one another thread already renewed."""
    server = Server((401, EXPIRED), (200, {"version": "4.15.2"}))
    login = Recorder()
    transport = transport_of(server, login, due())
    assert version(transport) == "4.15.2"
    assert len(login.given) == 2
    assert login.given[1] == TokenPair(RENEWED, "refresh-2")
    assert server.auth == [f"Bearer {RENEWED}", f"Bearer {RENEWED}"]
