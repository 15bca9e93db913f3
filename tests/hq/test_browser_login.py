"""The 5.x device login end to end in a real browser: ``authenticate()``
shows its code, headless Chromium (Debian's, driven by Playwright) opens the
page at Keycloak, logs in on Keycloak's own form (setting up a one-time
password where the account must), approves, and ``authenticate()`` returns
logged in as that user. Denied, it raises ``OAuthError("access_denied")``."""

from __future__ import annotations

import hashlib
import hmac
import struct
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from queue import Queue

import httpx
import pytest
from playwright.sync_api import Browser, Page
from vantage6_hq_api.api import Operations
from vantage6_hq_api.models import UserInput

from tests.conformance import ConformanceTransport
from tests.hq.world import ok, unique
from vantage6_client import Client, DeviceCode, OAuthError
from vantage6_client.testing.hq import LocalHQ
from vantage6_client.testing.keycloak import LocalKeycloak

STEP_MS = 20_000  # each page of Keycloak's flow appears within this


@pytest.fixture
def page(browser: Browser, tmp_path: Path) -> Iterator[Page]:
    """A fresh context per test (no Keycloak session carried over); on a
    failure the last page is kept as a screenshot and HTML."""
    context = browser.new_context()
    opened = context.new_page()
    opened.set_default_timeout(STEP_MS)
    yield opened
    opened.screenshot(path=str(tmp_path / "last-page.png"))
    (tmp_path / "last-page.html").write_text(opened.content())
    context.close()


class DeviceLoginInThread:
    """``client.authenticate()`` in a thread (it waits for the approval);
    the code it shows arrives in :attr:`codes`."""

    def __init__(self, client: Client) -> None:
        self.codes: Queue[DeviceCode] = Queue()
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(client,), daemon=True)
        self._thread.start()

    def _run(self, client: Client) -> None:
        try:
            client.authenticate(
                show_code=self.codes.put, open_browser=False, timeout=90
            )
        except BaseException as exc:  # handed to the test
            self.error = exc

    def code(self) -> DeviceCode:
        return self.codes.get(timeout=30)

    def join(self) -> BaseException | None:
        self._thread.join(timeout=60)
        assert not self._thread.is_alive(), "authenticate() did not return"
        return self.error


def _client(
    hq: LocalHQ, keycloak: LocalKeycloak, transport: Callable[[], ConformanceTransport]
) -> Client:
    return Client(base_url=hq.base_url, auth_url=keycloak.url, transport=transport())


def _log_in_on_keycloaks_form(page: Page, code: DeviceCode, user: str, pw: str) -> None:
    page.goto(code.url)  # with the code filled in: straight to the login form
    page.fill("#username", user)
    page.fill("#password", pw)
    page.click("#kc-login")


def _answer_the_grant(page: Page, approve: bool) -> None:
    page.wait_for_selector("#kc-oauth")  # Keycloak asks every device login
    page.click("#kc-login" if approve else "#kc-cancel")


def test_a_device_login_approved_in_a_browser(
    hq: LocalHQ,
    keycloak: LocalKeycloak,
    hq_transport: Callable[[], ConformanceTransport],
    page: Page,
) -> None:
    client = _client(hq, keycloak, hq_transport)
    login = DeviceLoginInThread(client)
    code = login.code()
    assert code.verification_uri.startswith(keycloak.url)
    _log_in_on_keycloaks_form(page, code, hq.root_username, hq.root_password)
    _answer_the_grant(page, approve=True)
    page.wait_for_selector("#kc-page-title:has-text('Device Login Successful')")
    assert login.join() is None
    whoami = client.whoami
    assert whoami is not None and whoami.name == "root"
    client.close()


def test_a_device_login_denied_in_the_browser_is_a_typed_refusal(
    hq: LocalHQ,
    keycloak: LocalKeycloak,
    hq_transport: Callable[[], ConformanceTransport],
    page: Page,
) -> None:
    client = _client(hq, keycloak, hq_transport)
    login = DeviceLoginInThread(client)
    _log_in_on_keycloaks_form(page, login.code(), hq.root_username, hq.root_password)
    _answer_the_grant(page, approve=False)
    error = login.join()
    assert isinstance(error, OAuthError) and error.error == "access_denied", error
    assert client.whoami is None and client.token is None
    client.close()


def test_a_device_login_with_a_one_time_password(
    hq: LocalHQ,
    keycloak: LocalKeycloak,
    hq_transport: Callable[[], ConformanceTransport],
    ops: Operations,
    root: httpx.Client,
    page: Page,
) -> None:
    """A user who must set up an authenticator app (CONFIGURE_TOTP, as
    vantage6's production realm requires): first login sets it up on
    Keycloak's page, the next one asks for a code."""
    username, password = unique("totp"), "Aa1!" + unique("pw")
    ok(ops.user_create(root, body=UserInput(username=username, password=password)), 201)
    _require_totp(keycloak, username)

    client = _client(hq, keycloak, hq_transport)
    login = DeviceLoginInThread(client)
    _log_in_on_keycloaks_form(page, login.code(), username, password)
    page.wait_for_selector("#kc-totp-settings-form")
    app = Authenticator(page.input_value("#totpSecret").encode())
    page.fill("#totp", app.code())
    page.click("#saveTOTPBtn")
    # HQ made the Keycloak account with a username only: the realm's user
    # profile wants e-mail and names, and Keycloak asks for them once
    page.wait_for_selector("#kc-update-profile-form")
    page.fill("#email", f"{username}@example.org")
    page.fill("#firstName", "Tot")
    page.fill("#lastName", "P")
    page.click("#kc-update-profile-form [type=submit]")
    _answer_the_grant(page, approve=True)
    assert login.join() is None
    assert client.whoami is not None and client.whoami.name == username
    client.close()

    # again, in a new browser session: the code is asked for
    page.context.clear_cookies()
    client = _client(hq, keycloak, hq_transport)
    login = DeviceLoginInThread(client)
    _log_in_on_keycloaks_form(page, login.code(), username, password)
    page.wait_for_selector("#otp")
    page.fill("#otp", app.code())
    page.click("#kc-login")
    _answer_the_grant(page, approve=True)
    assert login.join() is None
    assert client.whoami is not None and client.whoami.name == username
    client.close()


def _require_totp(keycloak: LocalKeycloak, username: str) -> None:
    """The account must set up a one-time password at its next login (through
    Keycloak's admin API, as the realm's administrator would)."""
    admin = keycloak.client_token(keycloak.admin_client, keycloak.admin_client_secret)
    with httpx.Client(
        base_url=f"{keycloak.url}/admin/realms/{keycloak.realm}",
        headers={"Authorization": f"Bearer {admin['access_token']}"},
    ) as api:
        [user] = api.get(
            "/users", params={"username": username, "exact": "true"}
        ).json()
        api.put(
            f"/users/{user['id']}", json={"requiredActions": ["CONFIGURE_TOTP"]}
        ).raise_for_status()


class Authenticator:
    """An authenticator app: RFC 6238's six-digit codes (30 s steps,
    HMAC-SHA1) for ``secret``. Keycloak takes each code once, so a second
    code waits for the next step."""

    def __init__(self, secret: bytes) -> None:
        self.secret = secret
        self._used: int | None = None

    def code(self) -> str:
        while int(time.time() // 30) == self._used:
            time.sleep(0.5)
        self._used = int(time.time() // 30)
        return totp(self.secret, self._used)


def totp(secret: bytes, step: int, digits: int = 6) -> str:
    digest = hmac.new(secret, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{number % 10**digits:0{digits}d}"


def test_the_codes_are_an_authenticator_apps() -> None:
    """RFC 6238's test vectors (appendix B, SHA-1, 8 digits)."""
    secret = b"12345678901234567890"
    assert totp(secret, 59 // 30, 8) == "94287082"
    assert totp(secret, 1111111109 // 30, 8) == "07081804"
