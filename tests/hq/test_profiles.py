"""Profiles and the token cache on the real 5.x pair (HQ 5.0.3 and Keycloak).

A 5.x profile logs in at Keycloak with a password (the realm of these tests
takes them); with the token cache, the next client of the profile resumes
with Keycloak's refresh grant, without the password, and the cached token
rotates; a refused one is removed and the password login happens;
``logout`` removes the file. A service account logs in from ``VANTAGE6_*``
variables, and keeps no cache (it gets no refresh token). The home,
configuration and cache directories are the test's own.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from vantage6_hq_api.api import Operations
from vantage6_hq_api.models import UserInput

from tests.conformance import ConformanceTransport
from tests.hq.world import ok, unique
from vantage6_client import Client, ProfileError
from vantage6_client.testing.hq import LocalHQ
from vantage6_client.testing.keycloak import LocalKeycloak

Transports = Callable[[], ConformanceTransport]


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in list(os.environ):
        if name.startswith("VANTAGE6_"):
            monkeypatch.delenv(name)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    return home


@pytest.fixture
def profile(
    hq: LocalHQ, keycloak: LocalKeycloak, home: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """An HQ profile with the token cache; its password's variable set.
    Returns where its cache file goes."""
    path = home / "config" / "vantage6-sdk" / "profiles.toml"
    path.parent.mkdir(parents=True)
    path.write_text(
        f"""
default = "hq"

[profiles.hq]
url = "{hq.base_url}"
auth_url = "{keycloak.url}"
auth_realm = "vantage6"
auth_client = "public_client"
username = "{hq.root_username}"
password = {{ env = "V6_HQ_PASSWORD" }}
token_cache = true
""",
        encoding="utf-8",
    )
    monkeypatch.setenv("V6_HQ_PASSWORD", hq.root_password)
    return home / "cache" / "vantage6-sdk" / "tokens" / "hq.json"


def cached(file: Path) -> str:
    token = json.loads(file.read_text())["refresh_token"]
    assert isinstance(token, str)
    return token


def test_a_5x_profile_resumes_with_keycloaks_refresh_without_the_password(
    hq: LocalHQ,
    profile: Path,
    hq_transport: Transports,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = Client.from_profile(transport=hq_transport())
    me = first.whoami
    assert me is not None and me.name == hq.root_username
    assert stat.S_IMODE(profile.stat().st_mode) == 0o600
    assert stat.S_IMODE(profile.parent.stat().st_mode) == 0o700
    text = profile.read_text()
    assert first.token is not None and first.token not in text
    # the refresh token and whom it is for: nothing else (root's password is
    # "root", as its username: looking for it in the text would tell nothing)
    assert set(json.loads(text)) == {"for", "refresh_token"}
    assert "password" not in json.loads(text)["for"]
    saved = cached(profile)
    first.refresh_token()  # renewed at Keycloak: the new refresh token is kept
    renewed = cached(profile)
    assert renewed != saved
    first.close()
    assert profile.exists()

    monkeypatch.delenv("V6_HQ_PASSWORD")  # a new kernel, no password at hand
    with Client.from_profile(transport=hq_transport()) as second:
        assert second.whoami == me
        assert second.organization.get(me.organization_id).id == me.organization_id
        assert cached(profile) != renewed  # Keycloak's refresh gave a new one
        second.logout()
        assert not profile.exists()
    with pytest.raises(ProfileError, match="V6_HQ_PASSWORD, which is not set"):
        Client.from_profile(transport=hq_transport())


def test_a_cached_token_keycloak_refuses_is_removed_and_the_password_used(
    profile: Path, hq_transport: Transports
) -> None:
    with Client.from_profile(transport=hq_transport()) as first:
        me = first.whoami
    saved = json.loads(profile.read_text())
    # its signature changed: Keycloak refuses it (invalid_grant)
    saved["refresh_token"] = saved["refresh_token"][:-6] + "AAAAAA"
    profile.write_text(json.dumps(saved))
    with Client.from_profile(transport=hq_transport()) as client:
        assert client.whoami == me  # logged in with the password
    assert cached(profile) != saved["refresh_token"]


def test_a_service_account_from_the_environment(
    hq: LocalHQ,
    keycloak: LocalKeycloak,
    hq_transport: Transports,
    ops: Operations,
    root: httpx.Client,
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    username = unique("bot")
    made = ok(
        ops.user_create(
            root, body=UserInput(username=username, is_service_account=True)
        ),
        201,
    )
    assert isinstance(made.client_secret, str)
    monkeypatch.setenv("VANTAGE6_URL", hq.base_url)
    monkeypatch.setenv("VANTAGE6_AUTH_URL", keycloak.url)
    monkeypatch.setenv("VANTAGE6_CLIENT_ID", f"{username}-user-client")
    monkeypatch.setenv("VANTAGE6_CLIENT_SECRET", made.client_secret)
    monkeypatch.setenv("VANTAGE6_TOKEN_CACHE", "true")
    with Client.from_env(transport=hq_transport()) as client:
        assert client.whoami is not None and client.whoami.name == username
        assert made.client_secret not in repr(client)
    # a service account logs in with its secret every time: nothing cached
    assert not (home / "cache").exists()
