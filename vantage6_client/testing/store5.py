"""Run vantage6's 5.x algorithm store on loopback, the way its container runs
it, against the Keycloak its HQ uses.

The 5.x store (``vantage6-algorithm-store`` 5.0.3) has, like HQ, no command
that starts it outside Kubernetes. Its image's ``server.sh`` runs
``vantage6/algorithm/store/init_db.py CONFIG`` (the default roles, and the
configured root user, linked to its Keycloak account by username), then uWSGI;
:class:`LocalStore5` runs the same two from ``.venv-hq`` with the flags of
vantage6's helm chart for the store.

What links a 5.x store to an HQ is not what linked a 4.x one. The 4.x store
asked the server named in each request's ``Server-Url`` header whether the
token was good, and only for servers it had whitelisted (``POST /vertex``).
The 5.x store has neither: it checks each bearer token itself with the public
key of the Keycloak realm (``KEYCLOAK_*`` variables, as HQ), and serves the
users it has registered by their Keycloak id. The store and the HQ share a
realm, not a whitelist; HQ is told about the store (``POST /algorithmstore``,
which checks only that the store answers ``/version``). :meth:`LocalStore5.link`
does that, as HQ's root, when an HQ is given.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any, Self

import httpx
from vantage6_hq_api.api import Operations
from vantage6_hq_api.models import AlgorithmStore, AlgorithmStoreInput

from vantage6_client.testing._process import ProcessStartError
from vantage6_client.testing.hq import DEFAULT_HQ_VENV, LocalHQ
from vantage6_client.testing.keycloak import LocalKeycloak
from vantage6_client.testing.registry import LocalRegistry
from vantage6_client.testing.server import UwsgiApp

__all__ = ["LocalStore5", "Store5StartError"]


class Store5StartError(ProcessStartError):
    """The 5.x store did not come up: no virtualenv, its database set-up
    failed, it exited or did not answer, or HQ refused to link it (the message
    ends with the log or HQ's answer)."""


class LocalStore5(UwsgiApp):
    """The vantage6 algorithm store 5.0.3 on 127.0.0.1, for tests and demos.

    Parameters
    ----------
    keycloak : LocalKeycloak
        The (started) Keycloak whose realm the store trusts: the one of
        ``hq``, when one is given.
    hq : LocalHQ | None
        A (started) HQ to link the store to: once the store answers, HQ's root
        registers it for all collaborations (``POST /algorithmstore``).
    review : bool
        Keep the review process (new algorithms await reviewers); False
        approves each algorithm as it is submitted (``dev.disable_review``).
    algorithm_view : str
        The store's ``algorithm_view`` policy: ``"public"`` (anyone may read
        approved algorithms; the helm chart's default), ``"authenticated"``
        (the store's own default) or ``"private"``.
    registry : LocalRegistry | None
        A local image registry whose certificate the store trusts, so that
        it can look up the digests of the images pushed there.
    venv : str | os.PathLike | None
        Virtualenv holding ``vantage6-algorithm-store`` and ``uwsgi``;
        default: the project's ``.venv-hq`` (or ``$V6_HQ_VENV``).
    **options
        ``workdir``, ``port``, ``startup_timeout``, ``keep_workdir``, as for
        :class:`~vantage6_client.testing.server.LocalServer`.

    Attributes
    ----------
    root_username, root_password : str
        The store's root user: the realm's administrator, HQ's root as well.
    hq_store_id : int | None
        The store's id at HQ once linked.
    """

    kind = "store5"
    _wsgi = "vantage6/algorithm/store/wsgi.py"
    _probe = "/version"
    _error = Store5StartError
    # The helm chart's flags (charts/store, store-deployment.yml), plus
    # --http-keepalive as for LocalHQ: uWSGI's own HTTP router, reached
    # without an ingress, would otherwise close each connection after one
    # answer.
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
        hq: LocalHQ | None = None,
        *,
        review: bool = True,
        algorithm_view: str = "public",
        registry: LocalRegistry | None = None,
        venv: str | os.PathLike[str] | None = None,
        **options: Any,
    ) -> None:
        super().__init__(
            Path(venv or os.environ.get("V6_HQ_VENV") or DEFAULT_HQ_VENV), **options
        )
        self.keycloak = keycloak
        self.hq = hq
        self.review = review
        self.algorithm_view = algorithm_view
        self.registry = registry
        self.root_username = keycloak.root_username
        self.root_password = keycloak.root_password
        self.hq_store_id: int | None = None

    def start(self) -> Self:
        """Set the database up, start uWSGI, wait for ``/version``; then link
        the store to ``hq``, if given.

        Returns
        -------
        LocalStore5
            This store, answering (and linked).

        Raises
        ------
        Store5StartError
            No virtualenv, ``init_db`` failed, the store exited or did not
            answer in time, or HQ refused the link.
        """
        if self.running:
            return self
        super().start()
        if self.hq is not None and self.hq_store_id is None:
            try:
                self.hq_store_id = self.link(self.hq)
            except BaseException:
                self.stop()
                raise
        return self

    def link(self, hq: LocalHQ, collaboration_id: int | None = None) -> int:
        """Register this store at ``hq`` as HQ's root, for one collaboration
        or (by default) all.

        Parameters
        ----------
        hq : LocalHQ
            The (started) HQ, on this store's Keycloak.
        collaboration_id : int | None
            The collaboration the store is for; None: all.

        Returns
        -------
        int
            The store's id at HQ.

        Raises
        ------
        Store5StartError
            HQ did not answer 201 (its answer is in the message).
        """
        token = self.keycloak.user_token(hq.root_username, hq.root_password)
        body = AlgorithmStoreInput(
            name=f"sdk-local-store-{self.port}",
            algorithm_store_url=self.url,
            api_path=self.api_path,
        )
        if collaboration_id is not None:
            body.collaboration_id = collaboration_id
        with httpx.Client(
            base_url=hq.base_url,
            headers={"Authorization": f"Bearer {token['access_token']}"},
            timeout=30,
        ) as as_root:
            answer = Operations().store_create(as_root, body=body)
        if answer.status_code != 201 or not isinstance(answer.parsed, AlgorithmStore):
            raise Store5StartError(
                f"HQ at {hq.base_url} did not link the store at {self.base_url}: "
                f"HTTP {int(answer.status_code)} {answer.content[:500]!r}"
            )
        return answer.parsed.id

    # -- what this app says ----------------------------------------------------
    def _environment(self) -> dict[str, str]:
        env = self.keycloak.environment()
        if self.registry is not None:
            # the store looks digests up with `requests`, which reads this
            env["REQUESTS_CA_BUNDLE"] = str(self.registry.certificate_file)
        return env

    def _config_lines(self) -> list[str]:
        # the flat configuration of the helm chart's store-configmap.yml
        lines = [
            "description: vantage6-sdk local algorithm store (5.x)",
            f"api_path: {self.api_path}",
            f"port: {self.port}",
            f"base_url: {self.url}",
            f"uri: sqlite:///{self.workdir / 'store.sqlite'}",
            "policies:",
            f"  algorithm_view: {self.algorithm_view}",
            "root_user:",
            f"  username: {self.root_username}",
        ]
        if self.hq is not None:
            # what the chart writes; 5.0.3 reads it nowhere (see the module
            # docstring), it documents the pairing
            lines.append(f"  v6_hq_uri: {self.hq.base_url}")
        if not self.review:
            lines += ["dev:", "  disable_review: true"]
        return [
            *lines,
            *self._logging_lines(self.workdir / "vantage6-store.log"),
            "  loggers: []",
        ]

    def _prepare(self, config: Path, env: dict[str, str]) -> None:
        """``init_db``, as the image's ``server.sh`` does before uWSGI."""
        python = self.venv / "bin" / "python"
        done = subprocess.run(
            [str(python), "-m", "vantage6.algorithm.store.init_db", str(config)],
            check=False,
            cwd=self.workdir,
            env=env,
            capture_output=True,
            text=True,
            timeout=self.startup_timeout,
        )
        log = done.stdout + done.stderr
        tail = "\n".join(log.splitlines()[-30:])
        if done.returncode != 0:
            raise Store5StartError(
                "the 5.x store's database set-up "
                f"(vantage6.algorithm.store.init_db) failed (code {done.returncode}); "
                f"it ends with:\n{tail}"
            )
        # init_db logs and goes on when it cannot find the root user at
        # Keycloak: nobody could then use the store
        if "Could not get keycloak ID for super user" in log:
            raise Store5StartError(
                f"the 5.x store's init_db could not find its root user "
                f"{self.root_username!r} at Keycloak ({self.keycloak.url}); "
                f"it ends with:\n{tail}"
            )
