"""Profiles, the environment and the token cache on the real 4.15.2 server.

A researcher of a new organization logs in from ``VANTAGE6_*`` variables and
from a profile (its private key set up), and the token cache lets the next
client of the profile resume with the server's ``/token/refresh`` without the
password, rotating the cached token; a cached token the server refuses is
removed and the password login happens; ``logout`` removes the file. The
home, configuration and cache directories are the test's own (``tmp_path``).
"""

from __future__ import annotations

import json
import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from vantage6_client import Client, ProfileError, write_private_key
from vantage6_client._payloads import PlainCryptor
from vantage6_client.testing import LocalServer

from .conftest import World, running


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


def profiles_file(home: Path, text: str) -> Path:
    path = home / "config" / "vantage6-sdk" / "profiles.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def cache_file(home: Path, profile: str = "study") -> Path:
    return home / "cache" / "vantage6-sdk" / "tokens" / f"{profile}.json"


@pytest.fixture
def researcher(world: World, home: Path) -> tuple[str, str, Path]:
    """A researcher's username and password, and their organization's key
    in a file."""
    party = world.organization()
    world.collaboration([party], nodes=False)
    user, password = world.user(party, "Researcher")
    (home / "keys").mkdir()
    key = write_private_key(home / "keys" / "org.pem", party.private_key)
    return user.username or "", password, key


def test_from_env_logs_in_and_works(
    v6_server: LocalServer,
    researcher: tuple[str, str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    username, password, key = researcher
    monkeypatch.setenv("VANTAGE6_URL", v6_server.base_url)  # the API root
    monkeypatch.setenv("VANTAGE6_USERNAME", username)
    monkeypatch.setenv("VANTAGE6_PASSWORD", password)
    monkeypatch.setenv("VANTAGE6_PRIVATE_KEY", str(key))
    with Client.from_env() as client:
        assert client.whoami is not None and client.whoami.name == "Test"
        assert not isinstance(client.cryptor, PlainCryptor)  # the key is set up
        assert len(client.collaboration.list().data) == 1
        assert password not in repr(client)


def test_from_profile_logs_in_and_works(
    v6_server: LocalServer,
    researcher: tuple[str, str, Path],
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    username, password, key = researcher
    profiles_file(
        home,
        f"""
default = "study"

[profiles.study]
url = "{v6_server.url}"
api_path = "{v6_server.api_path}"
username = "{username}"
password = {{ env = "V6_STUDY_PASSWORD" }}
private_key = "{key}"
""",
    )
    monkeypatch.setenv("V6_STUDY_PASSWORD", password)
    with Client.from_profile() as client:
        me = client.whoami
        assert me is not None and client.user.get(me.id_).username == username
        assert not isinstance(client.cryptor, PlainCryptor)
    assert not cache_file(home).exists()  # the cache is opt-in


def test_a_password_in_the_file_is_refused_before_anything_is_sent(
    v6_server: LocalServer, researcher: tuple[str, str, Path], home: Path
) -> None:
    username, password, _ = researcher
    path = profiles_file(
        home,
        f'[profiles.study]\nurl = "{v6_server.base_url}"\n'
        f'username = "{username}"\npassword = "{password}"\n',
    )
    with pytest.raises(ProfileError) as caught:
        Client.from_profile()
    assert str(caught.value).startswith(f"password in profile 'study' of {path}: ")
    assert password not in str(caught.value)


@pytest.fixture
def cached_profile(
    v6_server: LocalServer,
    researcher: tuple[str, str, Path],
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> str:
    """A profile with the token cache; its password's variable set."""
    username, password, _ = researcher
    profiles_file(
        home,
        f"""
[profiles.study]
url = "{v6_server.base_url}"
username = "{username}"
password = {{ env = "V6_STUDY_PASSWORD" }}
token_cache = true
""",
    )
    monkeypatch.setenv("V6_STUDY_PASSWORD", password)
    return password


def test_the_cache_resumes_without_the_password(
    cached_profile: str, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    password = cached_profile
    first = Client.from_profile()
    me = first.whoami
    assert me is not None
    file = cache_file(home)
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert stat.S_IMODE(file.parent.stat().st_mode) == 0o700
    text = file.read_text()
    assert first.token is not None and first.token not in text  # no access token
    assert password not in text
    saved = json.loads(text)["refresh_token"]
    first.refresh_token()  # a renewal: the new refresh token is kept
    renewed = json.loads(file.read_text())["refresh_token"]
    assert renewed != saved
    first.close()  # a notebook's kernel ends: the cache stays
    assert file.exists()

    monkeypatch.delenv("V6_STUDY_PASSWORD")  # no password at hand any more
    with Client.from_profile() as second:
        assert second.whoami == me
        assert second.organization.get(me.organization_id).id == me.organization_id
        assert json.loads(file.read_text())["refresh_token"] != renewed
        second.logout()
        assert not file.exists()
    with pytest.raises(ProfileError, match="V6_STUDY_PASSWORD, which is not set"):
        Client.from_profile()  # logged out: the password is needed again


@pytest.mark.parametrize("bad", ["tampered", "access token"])
def test_a_refused_cached_token_is_removed_and_the_password_used(
    cached_profile: str, home: Path, bad: str
) -> None:
    with Client.from_profile() as first:
        me = first.whoami
        access = first.token or ""
    file = cache_file(home)
    saved = json.loads(file.read_text())
    refresh = saved["refresh_token"]
    # another signature (as after a server's secret changed), or a token of
    # the wrong kind: the server refuses both
    saved["refresh_token"] = refresh[:-4] + "AAAA" if bad == "tampered" else access
    file.write_text(json.dumps(saved))
    with Client.from_profile() as second:
        assert second.whoami == me  # logged in with the password
    fresh = json.loads(file.read_text())["refresh_token"]
    assert fresh not in (saved["refresh_token"], refresh)


@pytest.fixture(scope="module")
def short_lived() -> Iterator[LocalServer]:
    """A server whose refresh tokens live for 3 seconds."""
    yield from running(LocalServer(access_token_seconds=2, refresh_token_seconds=3))


def test_an_expired_cached_token_is_removed_and_the_password_used(
    short_lived: LocalServer, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profiles_file(
        home,
        f"""
[profiles.study]
url = "{short_lived.base_url}"
username = "{short_lived.root_username}"
password = {{ env = "V6_STUDY_PASSWORD" }}
token_cache = true
""",
    )
    monkeypatch.setenv("V6_STUDY_PASSWORD", short_lived.root_password)
    Client.from_profile().close()
    file = cache_file(home)
    expired = json.loads(file.read_text())["refresh_token"]
    time.sleep(4)
    with Client.from_profile() as client:
        assert client.user.list().data
    assert json.loads(file.read_text())["refresh_token"] != expired
