"""Run a real Keycloak on loopback: the identity provider of vantage6 5.x.

vantage6 5.x leaves logins to Keycloak: users get their tokens there (the
device authorization grant, or a password grant where a realm allows it),
nodes with the client-credentials grant, and HQ checks each token against the
realm's key and manages users and node clients through Keycloak's admin API.
:class:`LocalKeycloak` runs Keycloak's own server distribution (fetched from
Maven Central by ``make``) in development mode, with an embedded database in a
fresh folder and a realm imported at start from ``keycloak-realm.json``: a
realm modelled on the one vantage6 deploys (its helm chart's realm import),
with switches for what tests need.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from vantage6_client.testing._process import LocalProcess, ProcessStartError, free_port

KEYCLOAK_VERSION = "26.7.3"
DEFAULT_DISTRIBUTION = (
    Path(__file__).resolve().parents[2]
    / ".cache"
    / "keycloak"
    / f"keycloak-{KEYCLOAK_VERSION}"
)
REALM_FILE = Path(__file__).with_name("keycloak-realm.json")
MIN_JAVA = 21  # Keycloak 26.x runs on Java 21 or 25


class KeycloakStartError(ProcessStartError):
    """Keycloak did not come up: no distribution or JDK, or it failed (the
    message ends with its log)."""


class LocalKeycloak(LocalProcess):
    """Keycloak on 127.0.0.1 with the vantage6 realm, for tests and demos.

    Parameters
    ----------
    distribution : str | os.PathLike | None
        The unpacked Keycloak server distribution; default: the one ``make``
        fetches into ``.cache/keycloak`` (or ``$V6_KEYCLOAK_HOME``).
    java_home : str | os.PathLike | None
        A JDK 21 or newer; default: ``$V6_JAVA_HOME``, ``$JAVA_HOME`` or the
        first one in ``/usr/lib/jvm`` that is new enough.
    workdir : str | os.PathLike | None
        Where Keycloak's copy, database and log go; default: a new temporary
        directory, removed by :meth:`cleanup`.
    port : int | None
        HTTP port; default: a free one.
    two_factor_auth : bool
        Require users to set up a one-time-password app at their first login
        (``CONFIGURE_TOTP``, as vantage6's production realm does).
    direct_access_grants : bool
        Let the public client take a username and password (the password
        grant): what scripts and tests use without a browser. Off, users log
        in with the device authorization grant only, as in production.
    access_token_seconds : int
        How long an access token lives; by default 300.
    session_idle_seconds : int
        How long a refresh token lives unused; by default 1800.
    startup_timeout : float
        Seconds to wait for the realm to answer; by default 180 (a first start
        builds Keycloak, ~40 s on two cores).

    Attributes
    ----------
    realm, public_client, admin_client, admin_client_secret : str
        What HQ and clients are configured with.
    root_username, root_password : str
        The realm's administrator: HQ's root user.
    """

    kind = "keycloak"
    realm = "vantage6"
    public_client = "public_client"
    admin_client = "backend-admin-client"

    def __init__(
        self,
        distribution: str | os.PathLike[str] | None = None,
        *,
        java_home: str | os.PathLike[str] | None = None,
        workdir: str | os.PathLike[str] | None = None,
        port: int | None = None,
        two_factor_auth: bool = False,
        direct_access_grants: bool = True,
        access_token_seconds: int = 300,
        session_idle_seconds: int = 1800,
        startup_timeout: float = 180.0,
    ) -> None:
        super().__init__(workdir=workdir, startup_timeout=startup_timeout)
        self.distribution = Path(
            distribution or os.environ.get("V6_KEYCLOAK_HOME") or DEFAULT_DISTRIBUTION
        )
        self.java_home = Path(java_home) if java_home else None
        self.port = port or free_port()
        self.two_factor_auth = two_factor_auth
        self.direct_access_grants = direct_access_grants
        self.access_token_seconds = access_token_seconds
        self.session_idle_seconds = session_idle_seconds
        self.realm_definition = json.loads(REALM_FILE.read_text())
        self.admin_client_secret = _client(self.realm_definition, self.admin_client)[
            "secret"
        ]
        root = self.realm_definition["users"][0]
        self.root_username = root["username"]
        self.root_password = root["credentials"][0]["value"]

    # -- addresses -----------------------------------------------------------
    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``: Keycloak's root."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def realm_url(self) -> str:
        """The realm's root: its OpenID configuration is under it."""
        return f"{self.url}/realms/{self.realm}"

    @property
    def token_url(self) -> str:
        return f"{self.realm_url}/protocol/openid-connect/token"

    # -- lifetime ------------------------------------------------------------
    def start(self) -> LocalKeycloak:
        """Copy the distribution, import the realm, start, wait for the realm.

        Returns
        -------
        LocalKeycloak
            This Keycloak, its realm answering.

        Raises
        ------
        KeycloakStartError
            No distribution or no JDK 21+, or Keycloak exited or did not
            answer in time (with the end of its log).
        """
        if self.running:
            return self
        script = self.distribution / "bin" / "kc.sh"
        if not script.exists():
            raise KeycloakStartError(
                f"no Keycloak distribution at {self.distribution}: run `make venvs` "
                "(it fetches Keycloak from Maven Central), or set V6_KEYCLOAK_HOME"
            )
        java_home = self.java_home or find_java_home()
        home = self.workdir / "keycloak"
        # Keycloak writes its build and its database beside itself: each run
        # gets its own copy, the cached distribution stays as fetched
        if not home.exists():
            shutil.copytree(
                self.distribution, home, ignore=shutil.ignore_patterns("data")
            )
        imports = home / "data" / "import"
        imports.mkdir(parents=True, exist_ok=True)
        (imports / "vantage6-realm.json").write_text(json.dumps(self._realm()))
        env = {
            **os.environ,
            "JAVA_HOME": str(java_home),
            "PATH": f"{java_home / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
            # the master realm's administrator; the tests use the vantage6
            # realm's own service account instead
            "KC_BOOTSTRAP_ADMIN_USERNAME": "keycloak-admin",
            "KC_BOOTSTRAP_ADMIN_PASSWORD": self.admin_client_secret,
        }
        command = [
            str(home / "bin" / "kc.sh"),
            "start-dev",
            "--http-host", "127.0.0.1",
            "--http-port", str(self.port),
            "--import-realm",
        ]  # fmt: skip
        self._launch(command, env=env, cwd=home, error=KeycloakStartError)
        self._wait_until_answering(self.realm_url, KeycloakStartError)
        return self

    def environment(self) -> dict[str, str]:
        """The variables vantage6's backends (HQ, the 5.x store) read to find
        and manage this Keycloak.

        Returns
        -------
        dict[str, str]
            ``KEYCLOAK_URL``, ``KEYCLOAK_REALM``, and the administrator's
            login and client.
        """
        return {
            "KEYCLOAK_URL": self.url,
            "KEYCLOAK_REALM": self.realm,
            "KEYCLOAK_ADMIN_USERNAME": self.root_username,
            "KEYCLOAK_ADMIN_PASSWORD": self.root_password,
            "KEYCLOAK_ADMIN_CLIENT": self.admin_client,
            "KEYCLOAK_ADMIN_CLIENT_SECRET": self.admin_client_secret,
        }

    def user_token(self, username: str, password: str) -> dict[str, Any]:
        """Tokens of a user by the password grant (``direct_access_grants``).

        Parameters
        ----------
        username, password : str
            The user's login.

        Returns
        -------
        dict[str, Any]
            Keycloak's answer: ``access_token``, ``refresh_token``, ...
        """
        answer = httpx.post(
            self.token_url,
            data={
                "grant_type": "password",
                "client_id": self.public_client,
                "username": username,
                "password": password,
            },
        )
        answer.raise_for_status()
        tokens: dict[str, Any] = answer.json()
        return tokens

    def access_tokens(self, username: str, password: str) -> Callable[[], str]:
        """A source of a user's access token, fetched again (password grant)
        when less than a minute of it is left: Keycloak's live five minutes,
        and a test session or a fuzzing run lasts longer.

        Parameters
        ----------
        username, password : str
            The user's login.

        Returns
        -------
        Callable[[], str]
            Call it for a token valid for at least another minute.
        """
        cached: dict[str, Any] = {"token": "", "until": 0.0}

        def current() -> str:
            if time.monotonic() >= cached["until"]:
                reply = self.user_token(username, password)
                cached["token"] = reply["access_token"]
                cached["until"] = time.monotonic() + float(reply["expires_in"]) - 60
            return str(cached["token"])

        return current

    def client_token(self, client_id: str, secret: str) -> dict[str, Any]:
        """Tokens of a confidential client (a node) by client credentials.

        Parameters
        ----------
        client_id, secret : str
            The client's credentials.

        Returns
        -------
        dict[str, Any]
            Keycloak's answer: ``access_token``, ...
        """
        answer = httpx.post(
            self.token_url,
            data={
                "grant_type": "client_credentials",
                "client_id": client_id,
                "client_secret": secret,
            },
        )
        answer.raise_for_status()
        tokens: dict[str, Any] = answer.json()
        return tokens

    def finish_account(
        self,
        username: str,
        password: str,
        *,
        first_name: str = "Test",
        last_name: str = "User",
        email: str | None = None,
    ) -> None:
        """Do what a user does at a first login in the browser, through
        Keycloak's admin API, so that the password login works.

        HQ makes a user's Keycloak account with a temporary password and
        without the names and e-mail address the realm's user profile asks
        for; until both are settled, Keycloak refuses the password grant
        ("Account is not fully set up").

        Parameters
        ----------
        username : str
            The account's username (HQ's user).
        password : str
            The password it keeps (no longer temporary).
        first_name, last_name : str
            The names the profile asks for.
        email : str | None
            Its e-mail address (marked verified); default
            ``<username>@example.org``.
        """
        admin = self.client_token(self.admin_client, self.admin_client_secret)
        with httpx.Client(
            base_url=f"{self.url}/admin/realms/{self.realm}",
            headers={"Authorization": f"Bearer {admin['access_token']}"},
        ) as api:
            found = api.get("/users", params={"username": username, "exact": "true"})
            [account] = found.raise_for_status().json()
            account.update(
                firstName=first_name,
                lastName=last_name,
                email=email or f"{username}@example.org",
                emailVerified=True,
                requiredActions=[],
            )
            api.put(f"/users/{account['id']}", json=account).raise_for_status()
            api.put(
                f"/users/{account['id']}/reset-password",
                json={"type": "password", "value": password, "temporary": False},
            ).raise_for_status()

    # -- the realm, with this instance's switches ---------------------------
    def _realm(self) -> dict[str, Any]:
        realm: dict[str, Any] = json.loads(json.dumps(self.realm_definition))
        realm["accessTokenLifespan"] = self.access_token_seconds
        realm["ssoSessionIdleTimeout"] = self.session_idle_seconds
        _client(realm, self.public_client)["directAccessGrantsEnabled"] = (
            self.direct_access_grants
        )
        if self.two_factor_auth:
            realm["requiredActions"] = [
                {
                    "alias": "CONFIGURE_TOTP",
                    "name": "Configure OTP",
                    "providerId": "CONFIGURE_TOTP",
                    "enabled": True,
                    "defaultAction": True,
                    "priority": 10,
                }
            ]
            for user in realm["users"]:
                if "serviceAccountClientId" not in user:
                    user["requiredActions"] = ["CONFIGURE_TOTP"]
        return realm


def _client(realm: dict[str, Any], client_id: str) -> dict[str, Any]:
    for client in realm["clients"]:
        if client["clientId"] == client_id:
            found: dict[str, Any] = client
            return found
    raise KeyError(client_id)


def find_java_home() -> Path:
    """A JDK that Keycloak runs on: ``$V6_JAVA_HOME``, ``$JAVA_HOME``, or the
    newest in ``/usr/lib/jvm`` of version 21 or later.

    Raises
    ------
    KeycloakStartError
        None of them is a JDK 21 or newer (the message lists what was found).
    """
    candidates = [
        Path(path)
        for path in (os.environ.get("V6_JAVA_HOME"), os.environ.get("JAVA_HOME"))
        if path
    ]
    candidates += sorted(Path("/usr/lib/jvm").glob("*"), reverse=True)
    seen = []
    for home in candidates:
        version = java_version(home)
        if version is None:
            continue
        seen.append(f"{version} ({home})")
        if version >= MIN_JAVA:
            return home
    raise KeycloakStartError(
        f"Keycloak {KEYCLOAK_VERSION} needs a JDK {MIN_JAVA} or newer; found "
        + (", ".join(seen) or "none")
        + ": install one, or set V6_JAVA_HOME"
    )


def java_version(home: Path) -> int | None:
    """The major version of the JDK at ``home``; None if it is none."""
    java = home / "bin" / "java"
    if not java.exists():
        return None
    try:
        shown = subprocess.run(
            [str(java), "-version"],
            check=False,
            capture_output=True,
            text=True,
            timeout=30,
        ).stderr
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = re.search(r'version "(\d+)', shown)
    return int(found.group(1)) if found else None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m vantage6_client.testing.keycloak",
        description=(
            f"Run Keycloak {KEYCLOAK_VERSION} on 127.0.0.1 with the vantage6 realm "
            "(its administrator, HQ's root user: root, password root), in the "
            "foreground, or for as long as COMMAND runs."
        ),
        epilog=(
            "COMMAND gets KEYCLOAK_URL, KEYCLOAK_REALM, KEYCLOAK_ADMIN_USERNAME, "
            "KEYCLOAK_ADMIN_PASSWORD, KEYCLOAK_ADMIN_CLIENT and "
            "KEYCLOAK_ADMIN_CLIENT_SECRET, the variables vantage6's backends read. "
            "Ctrl-C or SIGTERM stops Keycloak and removes its folder."
        ),
    )
    parser.add_argument(
        "--port",
        type=int,
        default=0,
        help="TCP port to listen on (default: a free one)",
    )
    parser.add_argument(
        "command",
        nargs=argparse.REMAINDER,
        help="a command to run while Keycloak runs (after --)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run a command with a Keycloak started for it, or Keycloak alone in the
    foreground until Ctrl-C.

    ``make spec`` runs the HQ contract's extraction this way: building HQ's
    app asks Keycloak for the realm's key.

    Parameters
    ----------
    argv : list[str] | None
        The command-line arguments; by default ``sys.argv[1:]``.

    Returns
    -------
    int
        The command's exit status; 0 when Keycloak alone was stopped, 1 when
        it stopped by itself or did not start.
    """
    args = _parser().parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    try:
        with LocalKeycloak(port=args.port or None) as keycloak:
            if command:
                env = {**os.environ, **keycloak.environment()}
                return subprocess.run(command, env=env, check=False).returncode
            sys.stdout.write(
                f"Keycloak at {keycloak.url}, realm {keycloak.realm}; log in as "
                f"{keycloak.root_username}, password {keycloak.root_password}\n"
            )
            sys.stdout.flush()
            while keycloak.running:
                time.sleep(0.5)
    except KeycloakStartError as exc:
        sys.stderr.write(f"{exc}\n")
    except KeyboardInterrupt:
        return 0
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
