"""Logging in to a 5.x HQ with the facade, at the real Keycloak: the official
5.x constructor, passwords where the realm takes them, service accounts, the
device login's refusals and pacing, renewal at Keycloak, and the errors that
say what to do (a 4.x-style client on HQ, Keycloak unreachable)."""

from __future__ import annotations

import _thread
import itertools
import signal
import threading
import time
from collections.abc import Callable

import httpx
import pytest
from vantage6_hq_api.api import Operations
from vantage6_hq_api.models import UserInput

from tests.conformance import ConformanceTransport
from tests.hq.world import ok, unique
from vantage6_client import (
    AuthenticationError,
    Client,
    DeviceCode,
    NotLoggedInError,
    NotOnThisServerError,
    OAuthError,
    TimeoutError,
    TransportError,
    UserClient,
)
from vantage6_client._oidc import DeviceLogin, IdentityProvider
from vantage6_client._transport import DEFAULT_TIMEOUT
from vantage6_client.testing._process import free_port
from vantage6_client.testing.hq import LocalHQ
from vantage6_client.testing.keycloak import LocalKeycloak

Transports = Callable[[], ConformanceTransport]


def _client(hq: LocalHQ, keycloak: LocalKeycloak, transport: Transports) -> Client:
    return Client(base_url=hq.base_url, auth_url=keycloak.url, transport=transport())


def test_the_official_5x_constructor_and_a_password_login(
    hq: LocalHQ, keycloak: LocalKeycloak, hq_transport: Transports
) -> None:
    """``UserClient(hq_url, auth_url)`` as scripts for the official 5.x
    client write it; the realm of these tests allows passwords."""
    with UserClient(hq.base_url, keycloak.url, transport=hq_transport()) as client:
        assert client.hq_url == hq.base_url
        assert client.auth_url == keycloak.url
        assert client.server_version == "5.0.3"
        client.authenticate(hq.root_username, hq.root_password)
        whoami = client.whoami
        assert whoami is not None and whoami.name == "root"
        assert whoami.organization_id > 0
        assert client.token is not None and client.token not in repr(client)


def test_a_wrong_password_is_keycloaks_refusal(
    hq: LocalHQ, keycloak: LocalKeycloak, hq_transport: Transports
) -> None:
    client = _client(hq, keycloak, hq_transport)
    with client, pytest.raises(OAuthError) as refused:
        client.authenticate(hq.root_username, "not-the-password")
    assert refused.value.error == "invalid_grant"
    assert "not-the-password" not in str(refused.value)
    assert client.whoami is None


def test_a_4x_style_client_on_hq_says_to_pass_auth_url(hq: LocalHQ) -> None:
    """It tries 4.x's POST /token/user, which HQ lacks (404: outside HQ's
    spec, so this client's answers are not checked against it)."""
    client = Client(base_url=hq.base_url)
    with client, pytest.raises(NotOnThisServerError, match="auth_url") as refused:
        client.authenticate("root", "whatever")
    assert "HQ 5.0.3" in str(refused.value)


def test_two_factor_codes_are_keycloaks_page_on_5x(
    hq: LocalHQ, keycloak: LocalKeycloak, hq_transport: Transports
) -> None:
    client = _client(hq, keycloak, hq_transport)
    with client, pytest.raises(NotOnThisServerError, match="browser"):
        client.authenticate("root", "pw", mfa_code="123456")


def test_tokens_are_renewed_at_keycloak(
    hq: LocalHQ, keycloak: LocalKeycloak, hq_transport: Transports
) -> None:
    with _client(hq, keycloak, hq_transport) as client:
        client.authenticate(hq.root_username, hq.root_password)
        before = client.token
        client.refresh_token()
        assert client.token != before
        client._session.whoami = None
        assert client.whoami is not None  # asked again, with the new token


def test_an_expired_refresh_token_asks_to_log_in_again(
    hq: LocalHQ, keycloak: LocalKeycloak, hq_transport: Transports
) -> None:
    with _client(hq, keycloak, hq_transport) as client:
        client.authenticate(hq.root_username, hq.root_password)
        tokens = client._transport.tokens
        tokens.set(tokens.access or "", "not-a-refresh-token")
        with pytest.raises(AuthenticationError, match="log in again"):
            client.refresh_token()


def test_a_service_account_logs_in_in_two_calls_or_one(
    hq: LocalHQ,
    keycloak: LocalKeycloak,
    hq_transport: Transports,
    ops: Operations,
    root: httpx.Client,
) -> None:
    """The account HQ makes for ``is_service_account`` is a Keycloak client
    ``{username}-user-client``; who it is is known at once (the official
    5.0.3 client leaves ``whoami`` None, so its encryption set-up fails)."""
    username = unique("bot")
    made = ok(
        ops.user_create(
            root, body=UserInput(username=username, is_service_account=True)
        ),
        201,
    )
    secret = made.client_secret
    assert isinstance(secret, str) and secret
    with _client(hq, keycloak, hq_transport) as client:
        client.initialize_service_account(secret, username=username)
        client.authenticate_service_account()
        assert client.whoami is not None and client.whoami.id_ == made.id
    with _client(hq, keycloak, hq_transport) as client:
        client.authenticate_service_account(secret, username=username)
        assert client.whoami is not None and client.whoami.name == username
        # its token has no refresh token: renewing is logging in again
        before = client.token
        client.refresh_token()
        assert client.token != before
    with _client(hq, keycloak, hq_transport) as client:
        with pytest.raises(OAuthError) as refused:
            client.authenticate_service_account("wrong-secret", username=username)
        assert refused.value.error in {"unauthorized_client", "invalid_client"}


def test_keycloak_unreachable_is_named_in_the_error(
    hq: LocalHQ, hq_transport: Transports
) -> None:
    nowhere = f"http://127.0.0.1:{free_port()}"
    client = Client(
        base_url=hq.base_url, auth_url=nowhere, transport=hq_transport(), max_retries=0
    )
    with client, pytest.raises(TransportError, match="identity provider") as failed:
        client.authenticate("root", "pw")
    assert nowhere in str(failed.value) and hq.base_url not in str(failed.value)


# -- the device login, without a browser (the approval is tests/hq's browser
# test): what Keycloak says while nobody approves
def _provider(keycloak: LocalKeycloak) -> IdentityProvider:
    return IdentityProvider(keycloak.url, timeout=DEFAULT_TIMEOUT)


def test_the_device_login_shows_its_code_and_waits_at_keycloaks_pace(
    keycloak: LocalKeycloak,
) -> None:
    """Polled without pause, Keycloak answers ``slow_down``: each one adds
    5 s to the interval (RFC 8628); nobody approves, so the wait ends with a
    TimeoutError that names the page."""
    shown: list[DeviceCode] = []
    waited: list[float] = []
    login = DeviceLogin(
        _provider(keycloak), show=shown.append, timeout=12, sleep=waited.append
    )
    with pytest.raises(TimeoutError, match="nobody approved") as timed_out:
        login.obtain(None)  # type: ignore[arg-type]  # the transport is not used
    [code] = shown
    assert code.user_code and code.verification_uri.startswith(keycloak.url)
    assert code.url in str(timed_out.value)
    assert waited[0] >= 1 and any(
        later > earlier for earlier, later in itertools.pairwise(waited)
    ), waited
    assert code.user_code not in repr(login)


def test_an_expired_device_code_is_a_typed_refusal(keycloak: LocalKeycloak) -> None:
    """Waited for past the code's lifespan (Keycloak's, set short for this
    client through the admin API), the poll gets ``expired_token``."""
    client_id = _device_client(keycloak, lifespan=2)
    provider = IdentityProvider(
        keycloak.url, client_id=client_id, timeout=DEFAULT_TIMEOUT
    )
    login = DeviceLogin(provider, show=lambda code: None, sleep=lambda s: time.sleep(3))
    with pytest.raises(OAuthError) as refused:
        login.obtain(None)  # type: ignore[arg-type]
    assert refused.value.error == "expired_token"


def _device_client(keycloak: LocalKeycloak, lifespan: int) -> str:
    """A public client like ``public_client``, whose device codes live
    ``lifespan`` seconds."""
    admin = keycloak.client_token(keycloak.admin_client, keycloak.admin_client_secret)
    client_id = unique("device")
    with httpx.Client(
        base_url=f"{keycloak.url}/admin/realms/{keycloak.realm}",
        headers={"Authorization": f"Bearer {admin['access_token']}"},
    ) as api:
        made = api.post(
            "/clients",
            json={
                "clientId": client_id,
                "publicClient": True,
                "attributes": {
                    "oauth2.device.authorization.grant.enabled": "true",
                    "oauth2.device.code.lifespan": str(lifespan),
                    "oauth2.device.polling.interval": "1",
                },
            },
        )
        made.raise_for_status()
    return client_id


def test_ctrl_c_during_a_device_login_leaves_the_client_usable(
    hq: LocalHQ, keycloak: LocalKeycloak, hq_transport: Transports
) -> None:
    """Ctrl-C while ``authenticate()`` waits for the approval: the client is
    logged out, nothing of its earlier login left to act as, and logs in
    again as usual."""
    with _client(hq, keycloak, hq_transport) as client:
        client.authenticate(hq.root_username, hq.root_password)
        assert client.whoami is not None
        shown: list[DeviceCode] = []
        # as in tests/integration/test_hygiene.py: SIGINT's handler set for
        # this test (a background process may inherit it ignored)
        previous = signal.signal(signal.SIGINT, signal.default_int_handler)
        interrupt = threading.Timer(0.5, _thread.interrupt_main)
        try:
            interrupt.start()
            with pytest.raises(KeyboardInterrupt):
                client.authenticate(show_code=shown.append, open_browser=False)
        finally:
            interrupt.join()
            signal.signal(signal.SIGINT, previous)
        assert len(shown) == 1  # it was waiting for the approval
        assert client.whoami is None and client.token is None
        with pytest.raises(NotLoggedInError):
            client.organization.list()
        client.authenticate(hq.root_username, hq.root_password)
        whoami = client.whoami
        assert whoami is not None and whoami.name == "root"
        assert client.organization.list().data
