"""Run a real vantage6 server on loopback, the way production runs it.

``v6 server start`` runs the server under uWSGI with gevent inside its Docker
image; :class:`LocalServer` runs that same command from a virtualenv that holds
``vantage6-server`` and ``uwsgi`` (``make`` builds ``.venv-server``), with a
fresh SQLite file in a temporary directory and a free port on 127.0.0.1.
(The Flask/gevent development server is no substitute: on a reused connection
it stalls every request for ~44 ms.)

Run ``python -m vantage6_client.testing.server`` (or ``make server``) for a
server in the foreground; ``--help`` lists its options.

Neither leaves a server behind: SIGTERM stops one as Ctrl-C does (the ``with``
block or ``finally`` clause that stops it runs), and should the program die
without stopping it (SIGKILL), the kernel sends uWSGI SIGTERM (Linux;
:mod:`vantage6_client.testing._lifetime`).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any, Self

from vantage6_client.testing._lifetime import hold_as_interrupt, release_as_interrupt
from vantage6_client.testing._process import LocalProcess, ProcessStartError, free_port
from vantage6_client.testing.registry import LocalRegistry

ROOT_USERNAME = "root"
ROOT_PASSWORD = "root"  # what the server gives its root user on first start
DEFAULT_SERVER_VENV = Path(__file__).resolve().parents[2] / ".venv-server"
_WSGI_WITH_OVERRIDES = Path(__file__).with_name("_wsgi_overrides.py")


__all__ = ["LocalServer", "LocalStore", "ServerStartError", "UwsgiApp", "free_port"]


class ServerStartError(ProcessStartError):
    """The server process did not come up; the message ends with its log."""


class UwsgiApp(LocalProcess):
    """A vantage6 web app under uWSGI with gevent, as its image runs it: the
    4.x server and algorithm store, and 5.x HQ. Each says which WSGI file,
    configuration and probe it has.

    Parameters
    ----------
    venv : Path
        Virtualenv holding the app and ``uwsgi``.
    workdir, startup_timeout, keep_workdir
        As for :class:`~vantage6_client.testing._process.LocalProcess`.
    port : int | None
        TCP port; default: a free one.
    jwt_secret_key : str
        Fixed, so that tokens stay valid across :meth:`restart`.
    """

    _wsgi = ""  # the app's WSGI file in its package
    _probe = ""  # answers once the app is up
    _error: type[ProcessStartError] = ServerStartError
    # the uWSGI flags of the app's production image (vantage6's helm chart
    # for HQ), plus --die-on-term (TERM stops it) and --virtualenv (ours is not
    # /usr)
    _uwsgi_flags: tuple[str, ...] = (
        "--gevent", "1000",
        "--http-websockets",
        "--master",
        "--callable", "app",
        "--disable-logging",
        "--die-on-term",
    )  # fmt: skip

    def __init__(
        self,
        venv: Path,
        *,
        workdir: str | os.PathLike[str] | None = None,
        port: int | None = None,
        jwt_secret_key: str = "vantage6-sdk-local-server",
        startup_timeout: float = 60.0,
        keep_workdir: bool = False,
    ) -> None:
        super().__init__(
            workdir=workdir, startup_timeout=startup_timeout, keep_workdir=keep_workdir
        )
        self.venv = venv
        self.port = port or free_port()
        self.host = "127.0.0.1"
        self.api_path = "/api"
        self.jwt_secret_key = jwt_secret_key

    # -- addresses -----------------------------------------------------------
    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``, without the API path."""
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """The API root, ``http://127.0.0.1:<port>/api``."""
        return self.url + self.api_path

    # -- lifetime ------------------------------------------------------------
    def start(self) -> Self:
        """Start the app and wait until it answers.

        Returns
        -------
        Self
            This app, answering.

        Raises
        ------
        RuntimeError
            The process exited or did not answer in time; the message shows
            the end of its log. Each app raises its own kind:
            :class:`ServerStartError` (a :class:`LocalServer` or
            :class:`LocalStore`), :class:`HQStartError` (a :class:`LocalHQ`),
            :class:`Store5StartError` (a :class:`LocalStore5`).
        """
        if self.running:
            return self
        uwsgi = self.venv / "bin" / "uwsgi"
        if not uwsgi.exists():
            raise self._error(
                f"no uwsgi in {self.venv}: build the {self.kind}'s virtualenv first "
                "(`make venvs`)"
            )
        config = self.workdir / f"{self.kind}.yaml"
        config.write_text("\n".join(self._config_lines()) + "\n")
        env = {**os.environ, "PYTHONUNBUFFERED": "1", **self._environment()}
        wsgi_file = self._wsgi_file(env)
        self._prepare(config, env)
        command = [
            str(uwsgi),
            "--http", f"{self.host}:{self.port}",
            *self._uwsgi_flags,
            "--virtualenv", str(self.venv),
            "--wsgi-file", str(wsgi_file),
            "--pyargv", str(config),
        ]  # fmt: skip
        self._launch(command, env=env, cwd=self.workdir, error=self._error)
        self._wait_until_answering(self.base_url + self._probe, self._error)
        return self

    def restart(self) -> Self:
        """Stop and start again: same port, database and token secret.

        Returns
        -------
        Self
            This app, answering again.
        """
        self.stop()
        return self.start()

    # -- what each app says ----------------------------------------------------
    def _config_lines(self) -> list[str]:
        raise NotImplementedError

    def _environment(self) -> dict[str, str]:
        return {}

    @staticmethod
    def _logging_lines(file: Path) -> list[str]:
        """The configuration's ``logging`` section: INFO, to ``file`` and the
        console (which the tool's log gets)."""
        return [
            "logging:",
            "  level: INFO",
            "  use_console: true",
            "  backup_count: 1",
            "  max_size: 10485760",
            "  format: '%(asctime)s %(levelname)-8s %(name)s: %(message)s'",
            "  datefmt: '%H:%M:%S'",
            f"  file: {file}",
        ]

    def _prepare(self, config: Path, env: dict[str, str]) -> None:
        """Run before uWSGI starts (HQ sets its database up)."""

    def _wsgi_file(self, env: dict[str, str]) -> Path:
        found = sorted(self.venv.glob(f"lib/python3*/site-packages/{self._wsgi}"))
        if not found:
            raise self._error(f"{self._wsgi} is not installed in {self.venv}")
        return found[0]


class LocalServer(UwsgiApp):
    """A vantage6 server process on 127.0.0.1 for tests, demos and benchmarks.

    Alongside it, :class:`LocalStore` runs an algorithm store the same way.

    Parameters
    ----------
    venv : str | os.PathLike | None
        Virtualenv holding ``vantage6-server`` and ``uwsgi``; default: the
        project's ``.venv-server`` (or ``$V6_SERVER_VENV``).
    workdir : str | os.PathLike | None
        Where the database, configuration and logs go; default: a new
        temporary directory, removed by :meth:`stop` unless ``keep_workdir``.
    port : int | None
        TCP port; default: a free one.
    two_factor_auth : bool
        Require two-factor authentication of users.
    access_token_seconds, refresh_token_seconds : int | None
        Token lifetimes. The server's configuration refuses access tokens
        shorter than 30 minutes; shorter ones are set on the Flask app after
        it is built, for fault tests.
    jwt_secret_key : str
        Fixed, so that tokens stay valid across :meth:`restart`.
    startup_timeout : float
        Seconds to wait for ``GET /api/health``.
    keep_workdir : bool
        Keep the temporary working directory after :meth:`cleanup`.

    Notes
    -----
    While a server runs, SIGTERM raises ``KeyboardInterrupt`` in the main
    thread, as Ctrl-C does, unless the program handles SIGTERM itself: a
    ``with LocalServer() as server:`` block then stops it and removes its
    folder. uWSGI runs in a session of its own (Ctrl-C in a terminal reaches
    the program, which stops it in order) and, on Linux, gets SIGTERM from the
    kernel when the program dies without stopping it, SIGKILL included.

    Examples
    --------
    >>> from vantage6_client import Client
    >>> from vantage6_client.testing import LocalServer
    >>> with LocalServer() as server, Client(base_url=server.base_url) as root:
    ...     root.authenticate(server.root_username, server.root_password)
    ...     print(root.whoami.name)
    root
    """

    kind = "server"
    _wsgi = "vantage6/server/wsgi.py"
    _probe = "/health"  # answers once the app is up
    # the flags `v6 server start` passes inside the 4.x image
    _uwsgi_flags = (
        "--gevent", "1000",
        "--http-websockets",
        "--http-chunked-input",
        "--http-keepalive",
        "--post-buffering", "0",
        "--master",
        "--callable", "app",
        "--disable-logging",
        "--die-on-term",
    )  # fmt: skip

    def __init__(
        self,
        venv: str | os.PathLike[str] | None = None,
        *,
        workdir: str | os.PathLike[str] | None = None,
        port: int | None = None,
        two_factor_auth: bool = False,
        access_token_seconds: int | None = None,
        refresh_token_seconds: int | None = None,
        jwt_secret_key: str = "vantage6-sdk-local-server",
        startup_timeout: float = 60.0,
        keep_workdir: bool = False,
    ) -> None:
        super().__init__(
            Path(venv or os.environ.get("V6_SERVER_VENV") or DEFAULT_SERVER_VENV),
            workdir=workdir,
            port=port,
            jwt_secret_key=jwt_secret_key,
            startup_timeout=startup_timeout,
            keep_workdir=keep_workdir,
        )
        self.two_factor_auth = two_factor_auth
        self.access_token_seconds = access_token_seconds
        self.refresh_token_seconds = refresh_token_seconds
        self.root_username = ROOT_USERNAME
        self.root_password = ROOT_PASSWORD

    # -- internals -----------------------------------------------------------
    def _wsgi_file(self, env: dict[str, str]) -> Path:
        official = super()._wsgi_file(env)
        if not (self.access_token_seconds or self.refresh_token_seconds):
            return official
        env["V6_SDK_WSGI_FILE"] = str(official)
        env["V6_SDK_ACCESS_TOKEN_SECONDS"] = str(self.access_token_seconds or "")
        env["V6_SDK_REFRESH_TOKEN_SECONDS"] = str(self.refresh_token_seconds or "")
        return _WSGI_WITH_OVERRIDES

    def _config_lines(self) -> list[str]:
        data = self.workdir / "data"
        logs = self.workdir / "log"
        data.mkdir(parents=True, exist_ok=True)
        logs.mkdir(parents=True, exist_ok=True)
        return [
            f"description: vantage6-sdk local {self.kind}",
            f"ip: {self.host}",
            f"port: {self.port}",
            f"api_path: {self.api_path}",
            f"uri: sqlite:///{self.workdir / (self.kind + '.sqlite')}",
            "allow_drop_all: true",
            # it contacts localhost services (stores, servers) through this
            "dev:",
            f"  host_uri: {self.host}",
            *self._dev_options(),
            *self._own_config(),
            *self._logging_lines(logs / f"vantage6-{self.kind}.log"),
            # /.dockerenv exists on CI machines: keep the server off its
            # in-container default directories
            "directories:",
            f"  log: {logs}",
            f"  data: {data}",
        ]

    def _dev_options(self) -> list[str]:
        return []

    def _own_config(self) -> list[str]:
        return [
            f"jwt_secret_key: {self.jwt_secret_key}",
            "server_name: sdk-local",
            f"two_factor_auth: {str(self.two_factor_auth).lower()}",
            "password_policy:",
            # tests log in wrongly on purpose; they must not lock accounts
            "  max_failed_attempts: 1000",
            "  inactivation_minutes: 1",
        ]


class LocalStore(LocalServer):
    """A vantage6 algorithm store on 127.0.0.1 that trusts a :class:`LocalServer`.

    The store checks each caller's token with the server that issued it; this
    one whitelists ``server`` and makes its root user (``root``) a store root
    user, allows localhost servers, and lets the review process run unless
    ``review`` is False. The store asks an algorithm image's registry for its
    digest; images must come from ``registry`` when there is no internet.

    Parameters
    ----------
    server : LocalServer
        The (started) server whose users use this store.
    review : bool
        Keep the review process (algorithms need approval); by default True.
    registry : LocalRegistry | None
        The (started) registry whose certificate the store trusts.
    **options
        As for :class:`LocalServer`.
    """

    kind = "store"
    _wsgi = "vantage6/algorithm/store/wsgi.py"
    _probe = "/version"

    def __init__(
        self,
        server: LocalServer,
        *,
        review: bool = True,
        registry: LocalRegistry | None = None,
        **options: Any,
    ):
        super().__init__(options.pop("venv", server.venv), **options)
        self.server = server
        self.review = review
        self.registry = registry

    def _environment(self) -> dict[str, str]:
        if self.registry is None:
            return {}
        # the store looks digests up with `requests`, which reads this
        return {"REQUESTS_CA_BUNDLE": str(self.registry.certificate_file)}

    def _own_config(self) -> list[str]:
        return [
            "root_user:",
            f"  v6_server_uri: {self.server.base_url}",
            f"  username: {self.server.root_username}",
            "  organization_id: 1",
            "policies:",
            "  allow_localhost: true",
        ]

    def _dev_options(self) -> list[str]:
        return [] if self.review else ["  disable_review: true"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m vantage6_client.testing.server",
        description=(
            "Run a vantage6 server (4.15.2, under uWSGI, as `v6 server start` "
            "runs it) on 127.0.0.1 in the foreground, with a fresh SQLite "
            f"database. Log in as {ROOT_USERNAME!r}, password {ROOT_PASSWORD!r}."
        ),
        epilog=(
            "Ctrl-C, SIGTERM or SIGHUP stops the server and removes its "
            "temporary folder. So does the exit of the process that started "
            "this one, unless SIGHUP is ignored (nohup). Should this process be "
            "killed outright, the kernel stops the server (Linux)."
        ),
    )
    parser.add_argument(
        "--port",
        type=int,
        default=7601,
        help="TCP port to listen on (default: %(default)s; 0 picks a free one)",
    )
    parser.add_argument(
        "--workdir",
        type=Path,
        default=None,
        help=(
            "folder for the database, configuration and logs, kept afterwards "
            "(default: a new temporary folder, removed when the server stops)"
        ),
    )
    parser.add_argument(
        "--two-factor-auth",
        action="store_true",
        help="require two-factor authentication of users (TOTP codes)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run a local server in the foreground until told to stop.

    Stops on Ctrl-C, SIGTERM and SIGHUP, and when the process that started
    this one exits (unless SIGHUP is ignored, as ``nohup`` does); removes its
    temporary folder in each case.

    Parameters
    ----------
    argv : list[str] | None
        The command-line arguments; by default ``sys.argv[1:]``.

    Returns
    -------
    int
        The exit status: 0 when told to stop, 1 when the server could not
        start or stopped by itself.
    """
    args = _parser().parse_args(argv)
    # `make server &` then `kill`, a terminal closed, a CI job cancelled: each
    # ends this program as Ctrl-C does, through the `finally` below. Under
    # nohup SIGHUP stays ignored, and the server outlives its terminal.
    follow_parent = signal.getsignal(signal.SIGHUP) != signal.SIG_IGN
    parent = os.getppid()
    hold_as_interrupt(signal.SIGTERM, signal.SIGHUP)
    server = LocalServer(
        workdir=args.workdir, port=args.port, two_factor_auth=args.two_factor_auth
    )
    try:
        server.start()
        removed = " (removed when it stops)" if server._own_workdir else ""
        sys.stdout.write(
            f"vantage6 server at {server.url} (API root {server.base_url})\n"
            f"  log in as {server.root_username}, password {server.root_password}\n"
            f"  folder: {server.workdir}{removed}\n"
            f"  log: {server.log_file}\n"
            "Ctrl-C stops it.\n"
        )
        sys.stdout.flush()
        while server.running:
            # Orphaned (the program or terminal that started us is gone):
            # nobody is left to stop us.
            if follow_parent and os.getppid() != parent:
                return 0
            time.sleep(0.2)
        sys.stderr.write(
            f"the server exited; its log ({server.log_file}) ends with:\n"
            f"{server.log_tail()}\n"
        )
        return 1
    except ServerStartError as exc:
        sys.stderr.write(f"{exc}\n")
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        server.cleanup()
        release_as_interrupt()


if __name__ == "__main__":
    sys.exit(main())
