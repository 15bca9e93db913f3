"""Profiles, the environment and the token cache (``vantage6_client._profiles``).

Parsing and precedence are checked on files written by the tests; every
refusal is a ``ProfileError`` whose message names the key, the profile and
the file. The logins run against a small fake of the 4.x server's token
endpoints (``FakeServer``): a password login, and the refresh that resumes a
session from the token cache. The real servers' turn is in
``tests/integration/test_profiles.py`` and ``tests/hq/test_profiles.py``.
Nothing here reads or writes the real home: ``HOME`` and the XDG directories
point into ``tmp_path``, and every ``VANTAGE6_*`` variable is cleared.
"""

from __future__ import annotations

import base64
import json
import os
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from vantage6_client import (
    AuthenticationError,
    Client,
    InvalidArgumentError,
    MFARequiredError,
    ProfileError,
    ServerError,
)
from vantage6_client._profiles import (
    KEYS,
    TokenCache,
    cache_dir,
    config_path,
    read_environment,
    read_profile,
)
from vantage6_client._tokens import Tokens

PASSWORD = "Pw-unit-secret-7f3a"


def jwt(sub: int | str = 7, lifetime: float = 3600, issued: float | None = None) -> str:
    """An unsigned token with the claims the client reads (exp, iat, sub)."""
    now = time.time() if issued is None else issued

    def part(data: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    claims: dict[str, object] = {
        "sub": sub,
        "iat": int(now),
        "exp": int(now + lifetime),
    }
    return f"{part({'alg': 'HS256'})}.{part(claims)}.signature"


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home of the test's own, and none of the user's settings."""
    for name in list(os.environ):
        if name.startswith("VANTAGE6_") or name.startswith("V6_TEST_"):
            monkeypatch.delenv(name)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    return home


def write(home: Path, text: str) -> Path:
    """The profiles file, where the user's configuration directory has it."""
    path = home / "config" / "vantage6-sdk" / "profiles.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


WORK = """
default = "work"

[profiles.work]
url = "http://127.0.0.1:7601"
username = "rosalind"
password = { env = "V6_TEST_PASSWORD" }

[profiles.hq]
url = "https://hq.example.org/api"
auth_url = "https://auth.example.org"
"""


# -- where the files are --------------------------------------------------------
def test_the_file_is_in_the_users_configuration_directory(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert config_path() == home / "config" / "vantage6-sdk" / "profiles.toml"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    assert config_path() == home / ".config" / "vantage6-sdk" / "profiles.toml"
    monkeypatch.setenv("VANTAGE6_CONFIG", "~/elsewhere.toml")
    assert config_path() == home / "elsewhere.toml"
    assert config_path("/x/p.toml") == Path("/x/p.toml")  # the argument wins


def test_on_windows_the_files_are_under_appdata(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", str(home / "Roaming"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "Local"))
    assert config_path() == home / "Roaming" / "vantage6-sdk" / "profiles.toml"
    assert cache_dir() == home / "Local" / "vantage6-sdk" / "tokens"


def test_the_cache_is_in_the_users_cache_directory(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cache_dir() == home / "cache" / "vantage6-sdk" / "tokens"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_dir() == home / ".cache" / "vantage6-sdk" / "tokens"
    monkeypatch.setenv("VANTAGE6_CACHE_DIR", str(home / "c"))
    assert cache_dir() == home / "c"
    assert cache_dir(home / "d") == home / "d"


# -- reading a profile ----------------------------------------------------------
def test_every_key_is_read_with_its_type(home: Path) -> None:
    path = write(
        home,
        """
[profiles.all]
url = "https://hq.example.org"
api_path = "/hq"
auth_url = "https://auth.example.org"
auth_realm = "r"
auth_client = "c"
username = "bot"
password = { env = "V6_TEST_A" }
client_id = "bot-user-client"
client_secret = { env = "V6_TEST_B" }
private_key = "keys/org.pem"
private_key_password = { env = "V6_TEST_C" }
token_cache = true
verify = "~/ca.pem"
timeout = 12
""",
    )
    profile = read_profile()  # the only profile: no default needed
    assert profile.name == "all"
    assert (profile.url, profile.api_path) == ("https://hq.example.org", "/hq")
    assert (profile.auth_url, profile.auth_realm, profile.auth_client) == (
        "https://auth.example.org",
        "r",
        "c",
    )
    assert (profile.username, profile.client_id) == ("bot", "bot-user-client")
    assert profile.password is not None and profile.password.env == "V6_TEST_A"
    assert profile.client_secret is not None
    assert profile.client_secret.env == "V6_TEST_B"
    assert profile.private_key_password is not None
    assert profile.private_key == path.parent / "keys" / "org.pem"  # the file's
    assert profile.verify == str(home / "ca.pem")
    assert profile.timeout == 12.0 and profile.token_cache is True
    assert set(profile.sources) == set(KEYS)
    assert set(profile.sources.values()) == {"file"}


def test_the_defaults_of_what_a_profile_leaves_out(home: Path) -> None:
    write(home, WORK)
    profile = read_profile("hq")
    assert profile.api_path == "/api"
    assert (profile.auth_realm, profile.auth_client) == ("vantage6", "public_client")
    assert profile.username is None and profile.password is None
    assert profile.token_cache is False and profile.verify is True
    assert profile.timeout is None and profile.private_key is None


def test_which_profile_the_name_the_variable_the_default(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(home, WORK)
    assert read_profile().name == "work"
    monkeypatch.setenv("VANTAGE6_PROFILE", "hq")
    assert read_profile().name == "hq"
    assert read_profile("work").name == "work"


def test_a_set_variable_overrides_the_profile(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(home, WORK)
    monkeypatch.setenv("VANTAGE6_URL", "http://other:5000/api")
    monkeypatch.setenv("VANTAGE6_PASSWORD", "from-the-environment")
    monkeypatch.setenv("VANTAGE6_TOKEN_CACHE", "yes")
    monkeypatch.setenv("VANTAGE6_USERNAME", "")  # empty: unset
    profile = read_profile()
    assert profile.url == "http://other:5000/api"
    assert profile.username == "rosalind"
    assert profile.password is not None
    assert profile.password.env == "VANTAGE6_PASSWORD"
    assert profile.password.value() == "from-the-environment"
    assert profile.token_cache is True
    assert profile.sources["url"] == "VANTAGE6_URL"
    assert profile.sources["username"] == "file"


def test_the_environment_alone(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(home, WORK)  # not read
    monkeypatch.setenv("VANTAGE6_URL", "https://v6.example.org")
    monkeypatch.setenv("VANTAGE6_AUTH_URL", "https://auth.example.org")
    monkeypatch.setenv("VANTAGE6_CLIENT_ID", "bot-user-client")
    monkeypatch.setenv("VANTAGE6_CLIENT_SECRET", "s")
    monkeypatch.setenv("VANTAGE6_PRIVATE_KEY", "~/k.pem")
    monkeypatch.setenv("VANTAGE6_VERIFY", "False")
    monkeypatch.setenv("VANTAGE6_TIMEOUT", "2.5")
    profile = read_environment()
    assert profile.name is None and profile.username is None
    assert profile.auth_url == "https://auth.example.org"
    assert profile.client_secret is not None
    assert profile.client_secret.value() == "s"
    assert profile.private_key == home / "k.pem"
    assert profile.verify is False and profile.timeout == 2.5
    monkeypatch.setenv("VANTAGE6_VERIFY", "~/ca.pem")
    assert read_environment().verify == str(home / "ca.pem")


# -- refusals: each names the key, the profile and the file -----------------------
REFUSED = [
    # (profile body, key, words of the message)
    ('url = "http://x"\nport = 7601', "port", "unknown key"),
    ("url = 7601", "url", "must be non-empty text"),
    ('url = ""', "url", "must be non-empty text"),
    ('url = "http://x"\nusername = 5', "username", "must be non-empty text"),
    ('url = "http://x"\ntoken_cache = "yes"', "token_cache", "true or false"),
    ('url = "http://x"\ntimeout = -1', "timeout", "positive number"),
    ('url = "http://x"\ntimeout = true', "timeout", "positive number"),
    ('url = "http://x"\nverify = 3', "verify", "CA bundle"),
    ('username = "a"', "url", "missing"),
    ('url = "http://x"\npassword = "hunter2"', "password", "never written"),
    ('url = "http://x"\nclient_secret = "s3"', "client_secret", "never written"),
    (
        'url = "http://x"\nprivate_key_password = "k"',
        "private_key_password",
        "never written",
    ),
    ('url = "http://x"\npassword = { env = "" }', "password", "{ env = "),
    ('url = "http://x"\npassword = { name = "X" }', "password", "{ env = "),
    ('url = "http://x"\npassword = { env = "X", y = 1 }', "password", "{ env = "),
    ('url = "http://x"\npassword = { env = 1 }', "password", "variable's name"),
]


@pytest.mark.parametrize(("body", "key", "words"), REFUSED)
def test_a_bad_entry_is_refused_naming_key_profile_and_file(
    home: Path, body: str, key: str, words: str
) -> None:
    path = write(home, f"[profiles.lab]\n{body}\n")
    with pytest.raises(ProfileError) as caught:
        read_profile("lab")
    error = caught.value
    assert (error.key, error.path, error.profile) == (key, str(path), "lab")
    message = str(error)
    assert message.startswith(f"{key} in profile 'lab' of {path}: ")
    assert words in message
    assert "hunter2" not in message and "s3" not in message
    assert isinstance(error, InvalidArgumentError)


FILE_REFUSED = [
    ("[profiles.lab\nurl = 1", None, "not valid TOML"),
    ('colour = "blue"\n[profiles.lab]\nurl = "http://x"', "colour", "unknown key"),
    ('profiles = "lab"', "profiles", "must be tables"),
    ('[profiles]\nlab = "http://x"', "profiles.lab", "must be a table"),
    (
        'default = 1\n[profiles.a]\nurl = "http://x"\n[profiles.b]\nurl = "y"',
        "default",
        "profile's name",
    ),
    (
        '[profiles.a]\nurl = "http://x"\n[profiles.b]\nurl = "y"',
        "default",
        "profiles: a, b",
    ),
]


@pytest.mark.parametrize(("text", "key", "words"), FILE_REFUSED)
def test_a_bad_file_is_refused_naming_it(
    home: Path, text: str, key: str | None, words: str
) -> None:
    path = write(home, text)
    with pytest.raises(ProfileError) as caught:
        read_profile("lab" if key == "profiles.lab" else None)
    assert (caught.value.key, caught.value.path) == (key, str(path))
    assert str(path) in str(caught.value) and words in str(caught.value)
    if key:
        assert str(caught.value).startswith(f"{key} in {path}: ")


def test_a_profile_not_in_the_file_is_named_with_those_that_are(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(home, WORK)
    with pytest.raises(ProfileError) as caught:
        read_profile("home")
    assert str(caught.value) == (
        f"profile 'home' of {path}: no such profile (asked for; profiles: hq, work)"
    )
    assert (caught.value.profile, caught.value.key) == ("home", None)
    monkeypatch.setenv("VANTAGE6_PROFILE", "lab")
    with pytest.raises(ProfileError, match="named by VANTAGE6_PROFILE"):
        read_profile()
    write(home, WORK.replace('default = "work"', 'default = "gone"'))
    monkeypatch.delenv("VANTAGE6_PROFILE")
    with pytest.raises(ProfileError, match=r"'gone' .* no such profile \(the default"):
        read_profile()


def test_a_missing_or_unreadable_file_is_named(home: Path) -> None:
    missing = home / "config" / "vantage6-sdk" / "profiles.toml"
    with pytest.raises(ProfileError) as caught:
        read_profile()
    assert str(caught.value).startswith(f"{missing}: no such file")
    assert "VANTAGE6_CONFIG" in str(caught.value)
    assert caught.value.path == str(missing)
    folder = home / "folder.toml"
    folder.mkdir()
    with pytest.raises(ProfileError, match=f"^{folder}: cannot be read"):
        read_profile(path=folder)
    binary = home / "binary.toml"
    binary.write_bytes(b"\xff\xfe url")
    with pytest.raises(ProfileError, match=f"^{binary}: cannot be read"):
        read_profile(path=binary)


def test_bad_variables_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ProfileError) as caught:
        read_environment()
    assert caught.value.key == "VANTAGE6_URL"
    assert str(caught.value).startswith("VANTAGE6_URL: not set")
    monkeypatch.setenv("VANTAGE6_URL", "http://x")
    monkeypatch.setenv("VANTAGE6_TOKEN_CACHE", "maybe")
    with pytest.raises(ProfileError, match=r"^VANTAGE6_TOKEN_CACHE: must be one of"):
        read_environment()
    monkeypatch.delenv("VANTAGE6_TOKEN_CACHE")
    for value in ("soon", "0", "-3", "nan"):
        monkeypatch.setenv("VANTAGE6_TIMEOUT", value)
        with pytest.raises(
            ProfileError, match=r"^VANTAGE6_TIMEOUT: must be a positive"
        ):
            read_environment()


def test_a_reference_to_an_unset_variable_is_refused_when_it_is_needed(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(home, WORK)
    profile = read_profile()  # read: not needed yet
    assert profile.password is not None
    with pytest.raises(ProfileError) as caught:
        profile.password.value()
    assert str(caught.value) == (
        f"password in profile 'work' of {path}: refers to the environment "
        "variable V6_TEST_PASSWORD, which is not set"
    )
    monkeypatch.setenv("V6_TEST_PASSWORD", "")
    with pytest.raises(ProfileError, match="V6_TEST_PASSWORD, which is not set"):
        profile.password.value()
    monkeypatch.setenv("V6_TEST_PASSWORD", PASSWORD)
    assert profile.password.value() == PASSWORD


# -- reprs -------------------------------------------------------------------------
def test_reprs_show_where_a_secret_is_never_what(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(
        home,
        WORK.replace(
            'username = "rosalind"', 'username = "rosalind"\ntoken_cache = true'
        ),
    )
    monkeypatch.setenv("V6_TEST_PASSWORD", PASSWORD)
    profile = read_profile()
    text = repr(profile)
    assert PASSWORD not in text
    assert text == (
        "Profile(name='work', url='http://127.0.0.1:7601', username='rosalind', "
        "password=<$V6_TEST_PASSWORD>, token_cache=True)"
    )
    cache = TokenCache(home / "t.json", profile.identity)
    cache.store("the-refresh-token")
    assert repr(cache) == f"<TokenCache {home / 't.json'}>"
    tokens = Tokens()
    tokens.set(jwt(), "the-refresh-token")
    assert "the-refresh-token" not in repr(tokens)


# -- the token cache ---------------------------------------------------------------
IDENTITY = {"url": "http://x", "username": "rosalind"}


def test_the_file_is_the_users_alone_and_holds_the_refresh_token_only(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cache" / "tokens" / "work.json"
    cache = TokenCache(path, IDENTITY)
    cache.store("refresh-1")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert json.loads(path.read_text()) == {
        "for": IDENTITY,
        "refresh_token": "refresh-1",
    }
    assert cache.load() == "refresh-1"
    assert os.listdir(path.parent) == ["work.json"]  # no temporary left


def test_a_directory_made_before_is_made_the_users_alone(tmp_path: Path) -> None:
    folder = tmp_path / "tokens"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    TokenCache(folder / "a.json", IDENTITY).store("r")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_write_that_fails_half_way_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "tokens" / "work.json"
    cache = TokenCache(path, IDENTITY)
    cache.store("old")

    def broken(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    cache.store("token-NEW")  # logged, not raised: the session goes on
    assert json.loads(path.read_text())["refresh_token"] == "old"
    assert os.listdir(path.parent) == ["work.json"]  # the temporary is gone
    assert "not written" in caplog.text and "token-NEW" not in caplog.text


def test_a_file_that_cannot_be_used_is_removed(tmp_path: Path) -> None:
    path = tmp_path / "work.json"
    cache = TokenCache(path, IDENTITY)
    for text in (
        "{not json",
        "[]",
        json.dumps({"for": IDENTITY}),
        json.dumps({"for": {"url": "http://other"}, "refresh_token": "r"}),
        json.dumps({"for": IDENTITY, "refresh_token": jwt(lifetime=-5)}),
    ):
        path.write_text(text)
        assert cache.load() is None, text
        assert not path.exists(), text
    assert cache.load() is None  # none at all
    fresh = jwt(lifetime=60)
    path.write_text(json.dumps({"for": IDENTITY, "refresh_token": fresh}))
    assert cache.load() == fresh


def test_the_token_store_tells_its_observer_every_new_refresh_token() -> None:
    tokens = Tokens()
    assert tokens.observer is None
    seen: list[str | None] = []
    tokens.observer = seen.append
    tokens.set(jwt(), "r1")
    tokens.set(jwt(), None)
    tokens.clear()  # logging out or closing tells no one
    assert seen == ["r1", None]


def test_the_cache_follows_the_tokens_until_it_is_forgotten(tmp_path: Path) -> None:
    path = tmp_path / "work.json"
    cache = TokenCache(path, IDENTITY)
    tokens = Tokens()
    cache.follow(tokens)
    tokens.set(jwt(), "r1")
    assert cache.load() == "r1"
    tokens.set(jwt(), "r2")  # a renewal: the rotated token is kept
    assert cache.load() == "r2"
    tokens.set(jwt(), None)  # no refresh token: nothing to keep
    assert not path.exists()
    tokens.set(jwt(), "r3")
    cache.forget()
    assert not path.exists() and tokens.observer is None
    tokens.set(jwt(), "r4")
    assert not path.exists()


def test_cache_files_are_named_after_the_profile(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(home, WORK.replace("[profiles.hq]", '[profiles."../my lab"]'))
    assert read_profile("work").cache_name == "work.json"
    assert read_profile("../my lab").cache_name == "_my_lab.json"
    monkeypatch.setenv("VANTAGE6_URL", "http://a")
    monkeypatch.setenv("VANTAGE6_USERNAME", "u")
    first = read_environment().cache_name
    monkeypatch.setenv("VANTAGE6_USERNAME", "v")
    assert first.startswith("env-") and read_environment().cache_name != first


# -- logging in, against a fake 4.x server ----------------------------------------
class FakeServer:
    """The 4.x token endpoints: ``/token/user`` takes ``PASSWORD`` (and, when
    ``mfa`` is set, that code); ``/token/refresh`` takes the refresh tokens it
    gave and gives new ones."""

    def __init__(self, *, mfa: str | None = None, user_id: int = 7) -> None:
        self.mfa = mfa
        self.user_id = user_id
        self.valid: set[str] = set()
        self.sent: list[str] = []
        self.refresh_status = 200
        self._count = 0

    def _tokens(self) -> httpx.Response:
        self._count += 1
        refresh = f"refresh-{self._count}"
        self.valid.add(refresh)
        return httpx.Response(
            200,
            json={
                "access_token": jwt(self.user_id),
                "refresh_token": refresh,
                "refresh_url": "/api/token/refresh",
                "user_url": f"/api/user/{self.user_id}",
            },
        )

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.sent.append(f"{request.method} {path}")
        if path == "/api/token/user":
            body = json.loads(request.content)
            if body["password"] != PASSWORD:
                return httpx.Response(401, json={"msg": "Failed to login"})
            if self.mfa is not None and body.get("mfa_code") != self.mfa:
                return httpx.Response(200, json={"msg": "Please include your 2FA code"})
            return self._tokens()
        if path == "/api/token/refresh":
            if self.refresh_status != 200:
                return httpx.Response(self.refresh_status, json={"msg": "down"})
            token = request.headers.get("Authorization", "").removeprefix("Bearer ")
            if token not in self.valid:
                return httpx.Response(401, json={"msg": "Token has expired"})
            return self._tokens()
        return httpx.Response(404, json={"msg": "not here (test)"})


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


def cached(home: Path, name: str = "work") -> Path:
    return home / "cache" / "vantage6-sdk" / "tokens" / f"{name}.json"


def make(server: FakeServer, **kw: Any) -> Client:
    return Client.from_profile(transport=httpx.MockTransport(server), **kw)


@pytest.fixture
def work(home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("V6_TEST_PASSWORD", PASSWORD)
    yield write(
        home, WORK.replace("[profiles.hq]", "token_cache = true\n[profiles.hq]")
    )


def test_a_profile_logs_in_with_the_password_its_variable_holds(
    home: Path, server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("V6_TEST_PASSWORD", PASSWORD)
    write(home, WORK)
    with make(server) as client:
        assert repr(client) == "<Client http://127.0.0.1:7601/api as user 7>"
    assert server.sent == ["POST /api/token/user"]
    assert not cached(home).exists()  # no cache unless asked for


def test_login_false_sends_nothing(home: Path, server: FakeServer) -> None:
    write(home, WORK)  # the password's variable is not even set
    with make(server, login=False) as client:
        assert client.base_path == "http://127.0.0.1:7601/api"
        assert client.token is None
    assert server.sent == []


def test_a_two_factor_code_is_the_callers_argument(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("V6_TEST_PASSWORD", PASSWORD)
    write(home, WORK)
    server = FakeServer(mfa="012345")
    with pytest.raises(MFARequiredError):
        make(server)
    with make(server, mfa_code=12345) as client:
        assert client.token


def test_the_environment_logs_in_alike(
    server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VANTAGE6_URL", "http://127.0.0.1:7601/api")
    monkeypatch.setenv("VANTAGE6_USERNAME", "rosalind")
    with pytest.raises(ProfileError, match=r"^password: missing for username"):
        Client.from_env(transport=httpx.MockTransport(server))
    monkeypatch.setenv("VANTAGE6_PASSWORD", PASSWORD)
    with Client.from_env(transport=httpx.MockTransport(server)) as client:
        assert repr(client).endswith("as user 7>")


def test_what_a_login_needs_and_lacks_is_named(home: Path, server: FakeServer) -> None:
    path = write(
        home,
        """
[profiles.nouser]
url = "http://x"
[profiles.nopassword]
url = "http://x"
username = "a"
[profiles.bot]
url = "http://x"
client_id = "bot-user-client"
client_secret = { env = "V6_TEST_SECRET" }
[profiles.unset]
url = "http://x"
username = "a"
password = { env = "V6_TEST_PASSWORD" }
""",
    )
    expected = {
        "nouser": "username in profile 'nouser' of {}: missing: a 4.x server",
        "nopassword": "password in profile 'nopassword' of {}: missing for username",
        "bot": "client_secret in profile 'bot' of {}: service accounts are 5.x's",
        "unset": "password in profile 'unset' of {}: refers to the environment",
    }
    for name, start in expected.items():
        with pytest.raises(ProfileError) as caught:
            make(server, name=name)
        assert str(caught.value).startswith(start.format(path)), caught.value
    assert server.sent == []  # refused before anything was sent


def test_the_cache_resumes_without_the_password_and_keeps_the_rotated_token(
    home: Path, work: Path, server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = make(server)
    file = cached(home)
    assert json.loads(file.read_text())["refresh_token"] == "refresh-1"
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    first.refresh_token()  # a renewal: the new refresh token is kept
    assert json.loads(file.read_text())["refresh_token"] == "refresh-2"
    first.close()  # closing is not logging out
    assert file.exists()
    monkeypatch.delenv("V6_TEST_PASSWORD")  # a new kernel, no password at hand
    server.sent.clear()
    second = make(server)
    assert server.sent == ["POST /api/token/refresh"]
    assert repr(second).endswith("as user 7>")
    assert json.loads(file.read_text())["refresh_token"] == "refresh-3"
    assert "access" not in file.read_text()
    second.logout()
    assert not file.exists()
    second.close()


def test_a_refused_cached_token_is_removed_and_the_password_used(
    home: Path, work: Path, server: FakeServer
) -> None:
    make(server).close()
    server.valid.clear()  # e.g. the server restarted with another secret
    server.sent.clear()
    with make(server) as client:
        assert client.token
    assert server.sent == ["POST /api/token/refresh", "POST /api/token/user"]
    assert json.loads(cached(home).read_text())["refresh_token"] == "refresh-2"


def test_a_refused_cached_token_without_a_password_says_what_is_missing(
    home: Path, work: Path, server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    make(server).close()
    server.valid.clear()
    monkeypatch.delenv("V6_TEST_PASSWORD")
    with pytest.raises(ProfileError, match="V6_TEST_PASSWORD, which is not set"):
        make(server)
    assert not cached(home).exists()


def test_a_server_error_on_resuming_keeps_the_cache(
    home: Path, work: Path, server: FakeServer
) -> None:
    make(server).close()
    server.refresh_status = 500
    with pytest.raises(ServerError):
        make(server)
    assert cached(home).exists()  # the token was not refused: the server failed


def test_a_wrong_password_leaves_no_cache(
    home: Path, work: Path, server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("V6_TEST_PASSWORD", "wrong")
    with pytest.raises(AuthenticationError):
        make(server)
    assert not cached(home).exists()


def test_the_argument_overrides_the_profiles_cache_setting(
    home: Path, work: Path, server: FakeServer, tmp_path: Path
) -> None:
    make(server, token_cache=False).close()
    assert not cached(home).exists()
    make(server, cache_dir=tmp_path / "mine").close()
    assert (tmp_path / "mine" / "work.json").exists()
