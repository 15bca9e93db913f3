"""Play a vantage6 node over the real node API.

A real node runs algorithms in Docker containers, which these machines do not
have. :class:`NodePlayer` does what a node does over HTTP instead: it logs in
with the node's API key, picks up its open runs, marks them active, decrypts
their input with its organization's private key (in encrypted
collaborations), runs a small Python function on a local table, encrypts the
result for the organization that created the task, and reports it. The server
sees a node; a task really completes.

Algorithms are plain functions ``f(table, *args, **kwargs)``; the task input's
``method`` names one of them. Besides the defaults below, a test can make a
run fail (``status: failed``, with the traceback as log) or crash.

Runs the server has finished before the player got to them are skipped: when
one organization's run fails or crashes, vantage6-server 4.15.2 marks the
task's runs that have not started as failed ("Marked as failed because sibling
run id=N failed ..."), and refuses any update of them.
"""

from __future__ import annotations

import datetime
import logging
import traceback
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Self
from urllib.parse import urlsplit

import httpx
from vantage6_server_api.models import Link, Run, Task
from vantage6_server_api.models.run_update_status import RunUpdateStatus

from vantage6_client._crypto import (
    PrivateKeySource,
    RSACryptor,
    load_private_key,
    same_public_key,
)
from vantage6_client._exceptions import BadRequestError
from vantage6_client._node_client import NodeClient
from vantage6_client._payloads import Cryptor, PlainCryptor, dump_payload, load_payload
from vantage6_client.testing._player import RunPlayer

log = logging.getLogger("vantage6_client.testing.node")

Table = Sequence[Mapping[str, Any]]
Algorithm = Callable[..., Any]


class RunCrashed(Exception):  # noqa: N818 - names what happens to the run
    """Raise in an algorithm to report the run as crashed (not failed)."""


def partial_sum(table: Table, column: str) -> dict[str, float]:
    """Sum and count of ``column``: the node's part of a federated mean."""
    values = [float(row[column]) for row in table]
    return {"sum": sum(values), "count": len(values)}


def echo(table: Table, *args: Any, **kwargs: Any) -> dict[str, Any]:
    """The arguments back, and the table's size: for checking what arrived."""
    return {"args": list(args), "kwargs": kwargs, "rows": len(table)}


def fail(table: Table, message: str = "failing on purpose") -> None:
    """Always raises: the run ends as failed."""
    raise RuntimeError(message)


def crash(table: Table) -> None:
    """The run ends as crashed."""
    raise RunCrashed("crashing on purpose")


DEFAULT_ALGORITHMS: Mapping[str, Algorithm] = {
    "partial_sum": partial_sum,
    "echo": echo,
    "fail": fail,
    "crash": crash,
}


class NodePlayer(RunPlayer[Run]):
    """One node of one organization in one collaboration.

    Process its open runs once with :meth:`handle_open_runs`, or from a
    background thread (:meth:`start`, or ``with``) until :meth:`stop`.

    Parameters
    ----------
    base_url : str
        The server's API root, e.g. ``http://127.0.0.1:7601/api``.
    api_key : str
        The node's API key (from ``client.node.create``).
    private_key : str | os.PathLike | bytes | RSAPrivateKey | None
        The organization's private key; needed in encrypted collaborations.
    table : Sequence[Mapping[str, Any]]
        The node's local data, e.g. ``[{"age": 34}, {"age": 51}]``.
    algorithms : Mapping[str, Callable] | None
        The algorithms by name, in place of :data:`DEFAULT_ALGORITHMS`.
    transport : httpx.BaseTransport | None
        Innermost HTTP transport (tests use it to check every response).
    """

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        private_key: PrivateKeySource | None = None,
        table: Table = (),
        algorithms: Mapping[str, Algorithm] | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__()
        parts = urlsplit(base_url)
        self.client = NodeClient(
            f"{parts.scheme}://{parts.netloc}", path=parts.path, transport=transport
        )
        self._api_key = api_key
        self._private_key = load_private_key(private_key) if private_key else None
        self.table = list(table)
        self.algorithms = dict(DEFAULT_ALGORITHMS if algorithms is None else algorithms)
        self._cryptor: Cryptor = PlainCryptor()
        self._public_keys: dict[int, str] = {}

    # -- session -------------------------------------------------------------
    def login(self) -> Self:
        """Log in with the API key; in an encrypted collaboration, make sure the
        server holds this organization's public key (as a real node does).

        Returns
        -------
        NodePlayer
            This player, logged in.
        """
        identity = self.client.authenticate(self._api_key)
        if identity.collaboration_id is None:
            raise RuntimeError(f"node {identity.id_} is not in a collaboration")
        if self.client.collaboration().encrypted:
            if self._private_key is None:
                raise RuntimeError(
                    f"collaboration {identity.collaboration_id} is encrypted: the "
                    f"node of organization {identity.organization_id} needs its "
                    "private key"
                )
            cryptor = RSACryptor(self._private_key)
            if not same_public_key(
                self.client.organization().public_key, cryptor.public_key
            ):
                self.client.publish_public_key(cryptor.public_key)
            self._cryptor = cryptor
        return self

    @property
    def logged_in(self) -> bool:
        """Whether :meth:`login` has run."""
        return self.client.whoami is not None

    # -- work ----------------------------------------------------------------
    def _open_runs(self) -> list[Run]:
        return self.client.open_runs()

    def _process(self, run: Run) -> bool:
        """Run one run and report it; False when the server had finished it."""
        if not self._update_unless_finished(run.id, started_at=_now(), status="active"):
            return False
        status: RunUpdateStatus = "completed"
        result = None
        try:
            request = load_payload(self._cryptor.decrypt(run.input_ or ""))
            method = self.algorithms[request["method"]]
            args, kwargs = request.get("args", []), request.get("kwargs", {})
            output = method(self.table, *args, **kwargs)
            result = self._encrypt_for_initiator(run, dump_payload(output))
            run_log = f"ran {request['method']} on {len(self.table)} rows"
        except RunCrashed:
            status, run_log = "crashed", traceback.format_exc()
        except Exception:
            status, run_log = "failed", traceback.format_exc()
        reported = self._update_unless_finished(
            run.id, finished_at=_now(), status=status, log=run_log, result=result
        )
        log.debug("run %d: %s", run.id, status if reported else "skipped")
        return reported

    def _update_unless_finished(self, run_id: int, **update: Any) -> bool:
        """``update_run``; False, not an error, when the server has finished
        the run (it answers 400 to any update of a finished run)."""
        try:
            self.client.update_run(run_id, **update)
        except BadRequestError:
            # Another reason for a 400 must still be raised: ask for the run.
            current = self.client.run(run_id)
            if current.finished_at is None:
                raise
            log.info(
                "run %d skipped: the server has already finished it (%s)",
                run_id,
                current.status,
            )
            return False
        return True

    def _encrypt_for_initiator(self, run: Run, payload: bytes) -> str:
        if not self._cryptor.encrypts:
            return self._cryptor.encrypt(payload, None)
        task = run.task
        if not isinstance(task, Task) or not isinstance(task.init_org, Link):
            raise RuntimeError(f"run {run.id} carries no initiating organization")
        initiator = task.init_org.id
        if initiator not in self._public_keys:
            self._public_keys[initiator] = self.client.organization(
                initiator
            ).public_key
        return self._cryptor.encrypt(payload, self._public_keys[initiator])

    def _close_connections(self) -> None:
        self.client.close()


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)
