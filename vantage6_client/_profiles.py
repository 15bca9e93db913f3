"""Clients made from a profile or the environment, and the token cache.

``Client.from_profile(name)`` and ``Client.from_env()`` read where the server
is and how to log in from a TOML file of named profiles, or from ``VANTAGE6_*``
environment variables, so that no notebook holds an address or a password.

The profiles file
-----------------
``$VANTAGE6_CONFIG``, else ``profiles.toml`` in ``vantage6-sdk`` under the
user's configuration directory: ``$XDG_CONFIG_HOME`` or ``~/.config`` on
Linux and macOS, ``%APPDATA%`` on Windows. Two top-level keys: ``default``
(the profile used when none is named) and ``profiles``, one table each::

    default = "work"

    [profiles.work]                      # a 4.x server
    url = "https://v6.example.org"       # the server, or its API root
    username = "rosalind"
    password = { env = "V6_WORK_PASSWORD" }
    private_key = "~/keys/hospital_a.pem"
    token_cache = true

    [profiles.hq]                        # a 5.x HQ: device login in a browser
    url = "https://hq.example.org/api"
    auth_url = "https://auth.example.org"

Secrets (``password``, ``client_secret``, ``private_key_password``) are never
written in the file: only a reference to the environment variable that holds
one, ``{ env = "NAME" }``, read when the login needs it. Every key, its
variable and its type are in :data:`KEYS`; an unknown key, a value of the
wrong type, a secret written out and a reference to an unset variable are
refused with a :class:`ProfileError` naming the key, the profile and the file.

Precedence: a ``VANTAGE6_*`` variable that is set (and not empty) overrides
the profile's value for its key; the profile's value overrides the default.
``Client.from_env()`` reads the variables alone (no file).

The token cache
---------------
With ``token_cache = true`` (or ``VANTAGE6_TOKEN_CACHE=1``, or the argument),
the refresh token of the login is kept in a file of its own per profile,
``<cache dir>/<profile>.json``: ``$VANTAGE6_CACHE_DIR``, else
``vantage6-sdk/tokens`` under ``$XDG_CACHE_HOME`` or ``~/.cache``
(``%LOCALAPPDATA%`` on Windows). The directory is made mode 0700, the file is
written mode 0600 and atomically (a temporary file renamed over it), and holds
the refresh token and whom it is for (server, identity provider, user): never
the access token, a password or a secret. The next client made from the
profile (a restarted notebook kernel) trades it for new tokens, at the 4.x
server's ``/token/refresh`` or at Keycloak (the refresh grant), instead of
logging in. Every renewal writes the new refresh token (Keycloak rotates
them): the session's token store tells the cache (``Tokens.observer``). A
cached token that is refused or has expired is removed, and the profile's
login happens. ``client.logout()`` removes the file; ``client.close()`` keeps
it (closing a notebook is not logging out).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from vantage6_client._exceptions import APIError, ProfileError
from vantage6_client._login import RefreshToken
from vantage6_client._tokens import TokenPair, jwt_claims

if TYPE_CHECKING:
    import httpx

    from vantage6_client._client import Client
    from vantage6_client._login import Renewal
    from vantage6_client._oidc import DeviceCode
    from vantage6_client._tokens import Tokens
    from vantage6_client._transport import Transport

    C = TypeVar("C", bound=Client)

log = logging.getLogger("vantage6_client.profiles")

APP_DIR = "vantage6-sdk"
FILE_NAME = "profiles.toml"
ENV_CONFIG = "VANTAGE6_CONFIG"
ENV_PROFILE = "VANTAGE6_PROFILE"
ENV_CACHE_DIR = "VANTAGE6_CACHE_DIR"


@dataclass(frozen=True)
class Key:
    """A key of a profile: its environment variable and its kind of value."""

    env: str
    kind: str  # "text", "secret", "path", "bool", "verify", "seconds"
    help: str


KEYS: Mapping[str, Key] = {
    "url": Key("VANTAGE6_URL", "text", "the server's address, or its API root"),
    "api_path": Key("VANTAGE6_API_PATH", "text", 'the API path, by default "/api"'),
    "auth_url": Key("VANTAGE6_AUTH_URL", "text", "5.x: the identity provider"),
    "auth_realm": Key("VANTAGE6_AUTH_REALM", "text", '5.x: by default "vantage6"'),
    "auth_client": Key(
        "VANTAGE6_AUTH_CLIENT", "text", '5.x: by default "public_client"'
    ),
    "username": Key("VANTAGE6_USERNAME", "text", "who logs in with a password"),
    "password": Key("VANTAGE6_PASSWORD", "secret", "the password (a reference)"),
    "client_id": Key("VANTAGE6_CLIENT_ID", "text", "5.x: a service account's"),
    "client_secret": Key(
        "VANTAGE6_CLIENT_SECRET", "secret", "5.x: its secret (a reference)"
    ),
    "private_key": Key("VANTAGE6_PRIVATE_KEY", "path", "the organization's key"),
    "private_key_password": Key(
        "VANTAGE6_PRIVATE_KEY_PASSWORD", "secret", "the key's password (a reference)"
    ),
    "token_cache": Key("VANTAGE6_TOKEN_CACHE", "bool", "keep the refresh token"),
    "verify": Key("VANTAGE6_VERIFY", "verify", "TLS: true, false or a CA bundle"),
    "timeout": Key("VANTAGE6_TIMEOUT", "seconds", "seconds a request may take"),
}
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


# -- where things are ----------------------------------------------------------
def config_path(path: str | Path | None = None) -> Path:
    """The profiles file: ``path``, ``$VANTAGE6_CONFIG``, or the default in
    the user's configuration directory."""
    given = path if path is not None else _env(ENV_CONFIG)
    if given is not None:
        return Path(given).expanduser()
    if sys.platform == "win32" and _env("APPDATA"):
        base = Path(str(_env("APPDATA")))
    else:
        base = Path(_env("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / APP_DIR / FILE_NAME


def cache_dir(path: str | Path | None = None) -> Path:
    """The token cache's directory: ``path``, ``$VANTAGE6_CACHE_DIR``, or the
    default in the user's cache directory."""
    given = path if path is not None else _env(ENV_CACHE_DIR)
    if given is not None:
        return Path(given).expanduser()
    if sys.platform == "win32" and _env("LOCALAPPDATA"):
        base = Path(str(_env("LOCALAPPDATA")))
    else:
        base = Path(_env("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / APP_DIR / "tokens"


def _env(name: str) -> str | None:
    """A variable's value; None when it is unset or empty (``VAR=`` in a
    shell clears a setting)."""
    return os.environ.get(name) or None


# -- secrets -------------------------------------------------------------------
@dataclass(frozen=True)
class SecretRef:
    """Where a secret is: an environment variable, read when it is needed.

    ``where`` says where the reference was written, for messages.
    """

    env: str
    key: str
    where: Origin

    def value(self) -> str:
        """The secret.

        Raises
        ------
        ProfileError
            The variable is not set (or empty).
        """
        secret = _env(self.env)
        if secret is None:
            raise self.where.error(
                self.key,
                f"refers to the environment variable {self.env}, which is not set",
            )
        return secret

    def __repr__(self) -> str:  # the variable's name, never its value
        return f"<${self.env}>"


@dataclass(frozen=True)
class Origin:
    """Where a profile was read: a file's profile, or the environment."""

    path: Path | None = None
    profile: str | None = None

    def error(self, key: str | None, problem: str) -> ProfileError:
        """A :class:`ProfileError` about ``key`` here."""
        if self.path is None:
            return ProfileError(f"{key}: {problem}", key=key)
        place = str(self.path)
        if self.profile is not None:
            place = f"profile {self.profile!r} of {place}"
        subject = f"{key} in {place}" if key else place
        return ProfileError(
            f"{subject}: {problem}",
            key=key,
            path=str(self.path),
            profile=self.profile,
        )


# -- a profile -----------------------------------------------------------------
@dataclass(frozen=True)
class Profile:
    """What a client is made with and logs in with, checked.

    ``sources`` tells, for each key that is set, where its value came from
    (an environment variable's name, or ``"file"``).
    """

    name: str | None
    origin: Origin
    url: str
    api_path: str = "/api"
    auth_url: str | None = None
    auth_realm: str = "vantage6"
    auth_client: str = "public_client"
    username: str | None = None
    password: SecretRef | None = None
    client_id: str | None = None
    client_secret: SecretRef | None = None
    private_key: Path | None = None
    private_key_password: SecretRef | None = None
    token_cache: bool = False
    verify: bool | str = True
    timeout: float | None = None
    sources: Mapping[str, str] = field(default_factory=dict)

    def __repr__(self) -> str:
        shown = [f"name={self.name!r}", f"url={self.url!r}"]
        if self.auth_url:
            shown.append(f"auth_url={self.auth_url!r}")
        for key in ("username", "client_id"):
            if getattr(self, key):
                shown.append(f"{key}={getattr(self, key)!r}")
        for key in ("password", "client_secret"):  # SecretRef: the variable
            if getattr(self, key):
                shown.append(f"{key}={getattr(self, key)!r}")
        if self.token_cache:
            shown.append("token_cache=True")
        return f"Profile({', '.join(shown)})"

    @property
    def identity(self) -> dict[str, str]:
        """Whom a cached token is for: a cached token for another server,
        provider or user is not used."""
        return {
            "url": self.url.rstrip("/"),
            "api_path": self.api_path,
            "auth_url": self.auth_url or "",
            "auth_realm": self.auth_realm if self.auth_url else "",
            "auth_client": self.auth_client if self.auth_url else "",
            "username": self.username or "",
            "client_id": self.client_id or "",
        }

    @property
    def cache_name(self) -> str:
        """The token cache file's name: the profile's, or (for the
        environment) one made from whom it is for."""
        if self.name is not None:
            safe = re.sub(r"[^A-Za-z0-9._-]", "_", self.name).lstrip(".")
            return f"{safe or '_'}.json"
        digest = hashlib.sha256(json.dumps(self.identity).encode()).hexdigest()
        return f"env-{digest[:16]}.json"


def read_environment() -> Profile:
    """The profile the ``VANTAGE6_*`` variables describe.

    Raises
    ------
    ProfileError
        ``VANTAGE6_URL`` is not set, or a variable's value is wrong.
    """
    origin = Origin()
    values, sources = _from_environment(origin)
    if "url" not in values:
        raise ProfileError(
            "VANTAGE6_URL: not set (the server's address, e.g. "
            "https://v6.example.org, or its API root)",
            key="VANTAGE6_URL",
        )
    return Profile(name=None, origin=origin, sources=sources, **values)


def read_profile(name: str | None = None, path: str | Path | None = None) -> Profile:
    """A profile of the profiles file, with the environment's overrides.

    Raises
    ------
    ProfileError
        The file is missing, unreadable or not TOML; the profile is not in
        it; or one of its keys (or a ``VANTAGE6_*`` variable) is wrong.
    """
    file = config_path(path)
    document = _load(file)
    name = _chosen(name, document, file)
    origin = Origin(file, name)
    table = document["profiles"][name]
    if not isinstance(table, dict):
        raise Origin(file).error(
            f"profiles.{name}", "must be a table ([profiles.NAME])"
        )
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for key, raw in table.items():
        if key not in KEYS:
            raise origin.error(key, f"unknown key (known: {', '.join(sorted(KEYS))})")
        values[key] = _file_value(key, raw, origin, file.parent)
        sources[key] = "file"
    overrides, from_env = _from_environment(Origin())
    values.update(overrides)
    sources.update(from_env)
    if "url" not in values:
        raise origin.error("url", "missing (the server's address, or its API root)")
    return Profile(name=name, origin=origin, sources=sources, **values)


def _load(file: Path) -> dict[str, Any]:
    where = Origin(file)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise where.error(
            None,
            "no such file: write one (see help(Client.from_profile)), or set "
            f"{ENV_CONFIG} to where yours is",
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise where.error(None, f"cannot be read: {exc}") from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise where.error(None, f"not valid TOML: {exc}") from None
    for key in document:
        if key not in ("default", "profiles"):
            raise where.error(
                key, "unknown key (the file holds default = ... and [profiles.NAME])"
            )
    profiles = document.get("profiles", {})
    if not isinstance(profiles, dict):
        raise where.error("profiles", "must be tables: [profiles.NAME]")
    document["profiles"] = profiles
    return document


def _chosen(name: str | None, document: dict[str, Any], file: Path) -> str:
    profiles: dict[str, Any] = document["profiles"]
    known = ", ".join(sorted(profiles)) or "none"
    if name is not None:
        if not isinstance(name, str) or not name:
            raise ProfileError("name must be a non-empty string or None", key="name")
        how = "asked for"
    elif _env(ENV_PROFILE) is not None:
        name, how = str(_env(ENV_PROFILE)), f"named by {ENV_PROFILE}"
    elif "default" in document:
        name, how = document["default"], "the default"
        if not isinstance(name, str) or not name:
            raise Origin(file).error("default", "must be a profile's name (text)")
    elif len(profiles) == 1:
        return next(iter(profiles))
    else:
        raise Origin(file).error(
            "default",
            f"no profile named and no default = ... (profiles: {known})",
        )
    if name not in profiles:
        raise Origin(file, name).error(
            None, f"no such profile ({how}; profiles: {known})"
        )
    return name


def _file_value(key: str, raw: object, origin: Origin, base: Path) -> Any:
    """A file's value for ``key``, checked."""
    kind = KEYS[key].kind
    if kind == "secret":
        if isinstance(raw, str):
            raise origin.error(
                key,
                "a secret is never written in the file: write "
                f'{key} = {{ env = "NAME" }} and set the environment variable '
                f"NAME (or set {KEYS[key].env})",
            )
        env = raw.get("env") if isinstance(raw, dict) else None
        if not isinstance(raw, dict) or set(raw) != {"env"} or not env:
            raise origin.error(
                key, 'must be a reference to an environment variable: { env = "NAME" }'
            )
        if not isinstance(env, str):
            raise origin.error(key, "env must be the variable's name (text)")
        return SecretRef(env, key, origin)
    if kind == "bool":
        if not isinstance(raw, bool):
            raise origin.error(key, f"must be true or false, not {raw!r}")
        return raw
    if kind == "verify":
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw:
            return str(_path_in(raw, base))
        raise origin.error(
            key, f"must be true, false or a CA bundle's path, not {raw!r}"
        )
    if kind == "seconds":
        if isinstance(raw, bool) or not isinstance(raw, int | float) or raw <= 0:
            raise origin.error(
                key, f"must be a positive number of seconds, not {raw!r}"
            )
        return float(raw)
    if not isinstance(raw, str) or not raw:
        raise origin.error(key, f"must be non-empty text, not {raw!r}")
    return _path_in(raw, base) if kind == "path" else raw


def _path_in(raw: str, base: Path) -> Path:
    """A path written in the file: ``~`` expanded, relative to the file."""
    path = Path(raw).expanduser()
    return path if path.is_absolute() else base / path


def _from_environment(origin: Origin) -> tuple[dict[str, Any], dict[str, str]]:
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for key, spec in KEYS.items():
        text = _env(spec.env)
        if text is None:
            continue
        sources[key] = spec.env
        if spec.kind == "secret":
            values[key] = SecretRef(spec.env, spec.env, origin)
        elif spec.kind == "bool":
            values[key] = _flag(spec.env, text)
        elif spec.kind == "verify":
            lowered = text.strip().lower()
            if lowered in _TRUE | _FALSE:
                values[key] = lowered in _TRUE
            else:
                values[key] = str(Path(text).expanduser())
        elif spec.kind == "seconds":
            values[key] = _seconds(spec.env, text)
        elif spec.kind == "path":
            values[key] = Path(text).expanduser()
        else:
            values[key] = text
    return values, sources


def _flag(variable: str, text: str) -> bool:
    lowered = text.strip().lower()
    if lowered not in _TRUE | _FALSE:
        raise ProfileError(
            f"{variable}: must be one of 1, true, yes, on, 0, false, no, off; "
            f"not {text!r}",
            key=variable,
        )
    return lowered in _TRUE


def _seconds(variable: str, text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not seconds > 0:
        raise ProfileError(
            f"{variable}: must be a positive number of seconds, not {text!r}",
            key=variable,
        )
    return seconds


# -- the token cache -------------------------------------------------------------
class TokenCache:
    """The refresh token of one profile's login, in a file of its own.

    Parameters
    ----------
    path : Path
        The file (its directory is made mode 0700).
    identity : Mapping[str, str]
        Whom the token is for; a file written for another is not used.
    """

    def __init__(self, path: Path, identity: Mapping[str, str]) -> None:
        self.path = path
        self.identity = dict(identity)
        self._tokens: Tokens | None = None

    def __repr__(self) -> str:  # where, never what
        return f"<TokenCache {self.path}>"

    def load(self) -> str | None:
        """The cached refresh token; None when there is none to use (a file
        that cannot be used is removed)."""
        try:
            saved = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            log.warning("token cache %s unreadable (%s): removed", self.path, exc)
            self.remove()
            return None
        token = saved.get("refresh_token") if isinstance(saved, dict) else None
        if not isinstance(token, str) or not token:
            self.remove()
            return None
        if saved.get("for") != self.identity:
            log.info("token cache %s is for another login: not used", self.path)
            self.remove()
            return None
        expires = jwt_claims(token).get("exp")
        if isinstance(expires, int | float) and expires <= time.time():
            log.info("cached refresh token has expired: logging in")
            self.remove()
            return None
        return token

    def store(self, refresh: str | None) -> None:
        """Keep ``refresh`` (mode 0600, written atomically); None removes the
        file. A file that cannot be written is logged, not raised: the
        session goes on without a cache."""
        if refresh is None:
            self.remove()
            return
        try:
            _write_private(
                self.path,
                json.dumps({"for": self.identity, "refresh_token": refresh}),
            )
        except OSError as exc:
            log.warning("token cache %s not written: %s", self.path, exc)

    def remove(self) -> None:
        """Remove the file, if there is one."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def follow(self, tokens: Tokens) -> None:
        """Keep every refresh token ``tokens`` are set to from now on."""
        self._tokens = tokens
        tokens.observer = self.store

    def forget(self) -> None:
        """Log out: stop following the session's tokens, remove the file."""
        if self._tokens is not None and self._tokens.observer == self.store:
            self._tokens.observer = None
        self._tokens = None
        self.remove()


def _write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` readable by the user alone: a temporary
    file in the same directory (mode 0600 from the start), renamed over it,
    so that a reader sees the old file or the new one, never half of one."""
    directory = path.parent
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # made earlier, or by someone: ours now
        os.chmod(directory, 0o700)
    handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=directory)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o600)  # mkstemp's mode already; said again
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


# -- logging in ------------------------------------------------------------------
class Resumed:
    """A login that trades a cached refresh token for the first tokens, then
    renews them as ``renewal`` does (the 4.x server's refresh, or
    Keycloak's)."""

    def __init__(self, renewal: Renewal, refresh: str) -> None:
        self.renewal = renewal
        self._refresh: str | None = refresh

    def obtain(self, transport: Transport) -> TokenPair:
        refresh, self._refresh = self._refresh or "", None
        # the 4.x refresh sends the session's refresh token: set it alone (the
        # token cache is told of the tokens this renewal gives, not of it)
        transport.tokens.refresh = refresh
        return self.renewal.renew(transport, TokenPair("", refresh))

    def renews(self, tokens: TokenPair) -> bool:
        return self.renewal.renews(tokens)

    def renew(self, transport: Transport, tokens: TokenPair) -> TokenPair:
        return self.renewal.renew(transport, tokens)

    def expired(self, error: APIError) -> bool:
        return self.renewal.expired(error)

    def __repr__(self) -> str:
        return f"<Resumed {self.renewal!r}>"


def connect(
    cls: type[C],
    profile: Profile,
    *,
    login: bool,
    mfa_code: int | str | None,
    token_cache: bool | None,
    cache_path: str | Path | None,
    show_code: Callable[[DeviceCode], None] | None,
    transport: httpx.BaseTransport | None,
) -> C:
    """A client made as ``profile`` says, logged in unless ``login`` is False
    (then the private key is not set up either: that needs a login)."""
    options: dict[str, Any] = {"verify": profile.verify, "transport": transport}
    if profile.timeout is not None:
        options["timeout"] = profile.timeout
    if profile.auth_url is not None:
        options.update(
            auth_url=profile.auth_url,
            auth_realm=profile.auth_realm,
            auth_client=profile.auth_client,
        )
    client = cls(profile.url, path=profile.api_path, **options)
    if not login:
        return client
    try:
        caching = profile.token_cache if token_cache is None else token_cache
        if profile.client_secret is not None or profile.client_id is not None:
            caching = False  # a service account logs in with its secret anyway
        cache = None
        if caching:
            cache = TokenCache(
                cache_dir(cache_path) / profile.cache_name, profile.identity
            )
            if not _resume(client, cache):
                _log_in(client, profile, mfa_code, show_code)
            # follow from now on: every renewal's refresh token is kept
            cache.follow(client._transport.tokens)
            cache.store(client._transport.tokens.refresh)
            client._session.token_cache = cache
        else:
            _log_in(client, profile, mfa_code, show_code)
        if profile.private_key is not None:
            password = profile.private_key_password
            client.setup_encryption(
                profile.private_key, password=password.value() if password else None
            )
    except BaseException:
        client.close()
        raise
    return client


def _resume(client: Client, cache: TokenCache) -> bool:
    """Log in with the cached refresh token, if there is one that works; a
    refused one is removed."""
    refresh = cache.load()
    if refresh is None:
        return False
    session = client._session
    try:
        if session.provider is not None:
            # the 5.x login code loads only for HQ, as in Client
            from vantage6_client._oidc import KeycloakRenewal  # noqa: PLC0415

            client._log_in_at_hq(Resumed(KeycloakRenewal(session.provider), refresh))
        else:
            client._transport.log_in(Resumed(RefreshToken(), refresh))
            subject = jwt_claims(client._transport.tokens.access or "").get("sub")
            session.logged_in_as(int(str(subject)))
    except APIError as exc:
        if exc.status >= 500:  # the server's trouble, not the token's: keep it
            raise
        log.info("cached refresh token refused (%s): logging in", exc.status)
        session.forget_login()
        cache.remove()
        return False
    except ValueError:  # a token without a user id
        session.forget_login()
        cache.remove()
        return False
    log.info("resumed the session from the token cache")
    return True


def _log_in(
    client: Client,
    profile: Profile,
    mfa_code: int | str | None,
    show_code: Callable[[DeviceCode], None] | None,
) -> None:
    """The profile's login: a service account, a password, or (5.x) the
    device login in a browser."""
    where = profile.origin
    hq = profile.auth_url is not None
    if profile.client_secret is not None or profile.client_id is not None:
        if not hq:
            raise where.error(
                "client_secret" if profile.client_secret else "client_id",
                "service accounts are 5.x's: set auth_url too",
            )
        if profile.client_secret is None:
            raise where.error(
                "client_secret",
                f"missing for client_id {profile.client_id!r}: "
                'write client_secret = { env = "NAME" } (or set '
                "VANTAGE6_CLIENT_SECRET)",
            )
        if profile.client_id is None and profile.username is None:
            raise where.error(
                "client_id", "missing: the service account's client (or username)"
            )
        client.authenticate_service_account(
            profile.client_secret.value(),
            username=profile.username,
            client_name=profile.client_id,
        )
        return
    if profile.username is not None:
        if profile.password is None:
            raise where.error(
                "password",
                f"missing for username {profile.username!r}: write "
                'password = { env = "NAME" } (or set VANTAGE6_PASSWORD)',
            )
        client.authenticate(profile.username, profile.password.value(), mfa_code)
        return
    if not hq:
        raise where.error(
            "username",
            "missing: a 4.x server logs in with a username and password "
            "(a 5.x HQ also needs auth_url)",
        )
    client.authenticate(mfa_code=mfa_code, show_code=show_code)
