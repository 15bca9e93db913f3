"""Run vantage6 5.x HQ on loopback, with its Keycloak, the way its container
runs it.

The 5.x server ("HQ", ``vantage6-hq``) has no command that starts it outside
Kubernetes. Its container runs two things, and :class:`LocalHQ` runs the same
two from the project's ``.venv-hq`` (Python 3.13; ``make`` builds it):
``python -m vantage6.hq.init_db CONFIG``, which creates the default roles and
the root organization and user, and links the root user to its Keycloak
account; then uWSGI with the flags of vantage6's helm chart. Users and nodes
log in at a :class:`~vantage6_client.testing.keycloak.LocalKeycloak`, which HQ
also manages (it creates users and the clients of nodes there).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

from vantage6_client.testing._process import ProcessStartError
from vantage6_client.testing.keycloak import LocalKeycloak
from vantage6_client.testing.server import UwsgiApp

DEFAULT_HQ_VENV = Path(__file__).resolve().parents[2] / ".venv-hq"


class HQStartError(ProcessStartError):
    """HQ did not come up: no virtualenv, its database set-up failed, or it
    exited or did not answer (the message ends with its log)."""


class LocalHQ(UwsgiApp):
    """The vantage6 HQ 5.0.3 on 127.0.0.1 for tests, demos and benchmarks.

    Parameters
    ----------
    keycloak : LocalKeycloak
        The (started) Keycloak whose realm HQ trusts and manages.
    venv : str | os.PathLike | None
        Virtualenv holding ``vantage6-hq`` and ``uwsgi``; default: the
        project's ``.venv-hq`` (or ``$V6_HQ_VENV``).
    **options
        ``workdir``, ``port``, ``startup_timeout``, ``keep_workdir``, as for
        :class:`~vantage6_client.testing.server.LocalServer`.

    Attributes
    ----------
    root_username, root_password : str
        HQ's root user: Keycloak's realm administrator.
    """

    kind = "hq"
    _wsgi = "vantage6/hq/wsgi.py"
    _probe = "/version"
    _error = HQStartError
    # The helm chart's flags, plus --http-keepalive: in a deployment an ingress
    # keeps clients' connections alive; uWSGI's own HTTP router, reached
    # directly here, would otherwise close every connection after one answer
    # (a client reusing it sees "Server disconnected" on about every second
    # request).
    _uwsgi_flags = (
        "--gevent", "1000",
        "--http-websockets",
        "--http-keepalive",
        "--master",
        "--callable", "app",
        "--disable-logging",
        "--die-on-term",
    )  # fmt: skip

    def __init__(
        self,
        keycloak: LocalKeycloak,
        venv: str | os.PathLike[str] | None = None,
        **options: Any,
    ) -> None:
        super().__init__(
            Path(venv or os.environ.get("V6_HQ_VENV") or DEFAULT_HQ_VENV), **options
        )
        self.keycloak = keycloak
        self.root_username = keycloak.root_username
        self.root_password = keycloak.root_password

    def _environment(self) -> dict[str, str]:
        return self.keycloak.environment()

    def _config_lines(self) -> list[str]:
        # the flat configuration HQ's container reads
        return [
            "description: vantage6-sdk local HQ",
            f"api_path: {self.api_path}",
            f"port: {self.port}",
            f"hq_url: {self.base_url}",
            f"uri: sqlite:///{self.workdir / 'hq.sqlite'}",
            f"jwt_secret_key: {self.jwt_secret_key}",
            "algorithm_stores: []",
            *self._logging_lines(self.workdir / "vantage6-hq.log"),
            "  loggers: []",
        ]

    def _prepare(self, config: Path, env: dict[str, str]) -> None:
        """``init_db``, as the container does before uWSGI starts."""
        python = self.venv / "bin" / "python"
        done = subprocess.run(
            [str(python), "-m", "vantage6.hq.init_db", str(config)],
            check=False,
            cwd=self.workdir,
            env=env,
            capture_output=True,
            text=True,
            timeout=self.startup_timeout,
        )
        if done.returncode != 0:
            tail = "\n".join((done.stdout + done.stderr).splitlines()[-30:])
            raise HQStartError(
                f"HQ's database set-up (vantage6.hq.init_db) failed (code "
                f"{done.returncode}); it ends with:\n{tail}"
            )
