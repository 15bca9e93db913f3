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
import threading
import traceback
from collections.abc import Callable, Mapping, Sequence
from types import TracebackType
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


class NodePlayer:
    """One node of one organization in one collaboration.

    Parameters
    ----------
    base_url : str
        The server's API root, e.g. ``http://127.0.0.1:7601/api``.
    api_key : str
        The node's API key (from ``client.node.create``).
    private_key : str | os.PathLike | bytes | RSAPrivateKey | None
        The organization's private key; needed in encrypted collaborations.
    table : sequence of mappings
        The node's local data, e.g. ``[{"age": 34}, {"age": 51}]``.
    algorithms : mapping of name to function
        Replaces :data:`DEFAULT_ALGORITHMS`.
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
        # The poller's thread and the event that tells it to stop (a new one
        # per start(): each thread keeps its own, which nothing clears).
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        # Whether the thread runs (until its very end), and whether close()
        # came while it did: then the thread closes the client last.
        self._lock = threading.Lock()
        self._serving = False
        self._close_when_stopped = False
        self.handled: list[int] = []

    # -- session -------------------------------------------------------------
    def login(self) -> Self:
        """Log in with the API key; in an encrypted collaboration, make sure the
        server holds this organization's public key (as a real node does)."""
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

    # -- work ----------------------------------------------------------------
    def handle_open_runs(self) -> list[int]:
        """Process every open run of this node once.

        Runs the server has already finished (failed because a sibling run
        failed, or killed) are skipped and logged at INFO.

        Returns
        -------
        list[int]
            The ids of the runs processed (not those skipped).
        """
        return self._handle_open_runs(None)

    def _handle_open_runs(self, stop: threading.Event | None) -> list[int]:
        if self.client.whoami is None:
            self.login()
        done = []
        for run in self.client.open_runs():
            if stop is not None and stop.is_set():
                break  # the poller is stopping: no new work
            if run.status in ("pending", "initializing") and self._process(run):
                done.append(run.id)
        self.handled.extend(done)
        return done

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

    # -- background ----------------------------------------------------------
    def start(self, poll_interval: float = 0.1) -> Self:
        """Answer runs in a background thread until :meth:`stop`.

        Parameters
        ----------
        poll_interval : float
            Seconds between two looks for open runs.

        Returns
        -------
        NodePlayer
            This player. Starting a player that runs changes nothing.

        Raises
        ------
        RuntimeError
            The previous thread, told to stop, is still in a run after 10 s.
        """
        previous = self._thread
        if previous is not None and previous.is_alive():
            if not self._stop.is_set():
                return self  # a second poller would go unstopped
            previous.join(10.0)  # finishing a run after stop() gave up waiting
            if previous.is_alive():
                raise RuntimeError("the node player is still finishing a run")
        if self.client.whoami is None:
            self.login()
        self._stop = stop = threading.Event()
        with self._lock:
            self._serving = True
            self._close_when_stopped = False
        self._thread = threading.Thread(
            target=self._serve,
            args=(poll_interval, stop),
            daemon=True,
            name="node-player",
        )
        self._thread.start()
        return self

    @property
    def running(self) -> bool:
        """Whether the background thread answers runs (and is not stopping)."""
        thread = self._thread
        return thread is not None and thread.is_alive() and not self._stop.is_set()

    def _serve(self, poll_interval: float, stop: threading.Event) -> None:
        try:
            while not stop.is_set():
                try:
                    self._handle_open_runs(stop)
                except Exception:
                    if stop.is_set():
                        # told to stop meanwhile (the server may be gone
                        # already): nobody waits for what this would bring
                        log.debug("polling ended by stop()", exc_info=True)
                        break
                    log.exception("polling for runs failed")  # and keep serving
                stop.wait(poll_interval)
        finally:
            with self._lock:
                self._serving = False
                close = self._close_when_stopped
            if close:  # close() came while this thread was busy
                self.client.close()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop answering runs: finish the run in hand, then end the thread.

        Parameters
        ----------
        timeout : float
            Seconds to wait for the thread. A run that takes longer is still
            reported, by the thread, which then ends; a warning says so.
        """
        self._stop.set()
        thread = self._thread
        if thread is None or thread is threading.current_thread():
            return
        thread.join(timeout)
        if thread.is_alive():
            log.warning(
                "the node player is still busy after %g s; it stops after this run",
                timeout,
            )
        else:
            self._thread = None

    def close(self, timeout: float = 10.0) -> None:
        """Stop (see :meth:`stop`), then close the connections.

        The connections close only once the thread has ended: closed under a
        request on its way, they would fail it ("Bad file descriptor").

        Parameters
        ----------
        timeout : float
            Seconds to wait for the thread; should it still be busy then, it
            closes the connections itself when it ends.
        """
        self.stop(timeout)
        with self._lock:
            if self._serving:
                self._close_when_stopped = True
                return
        self.client.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)
