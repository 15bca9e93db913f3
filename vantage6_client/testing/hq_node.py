"""A vantage6 5.x node, played over HQ's node API (no Docker here).

A 5.x node logs in at Keycloak with the client-credentials grant (its client
is ``{name}-node-client``; the node's API key is the secret), finds itself at
``GET /node/me``, and picks up its runs at ``GET /run?node_id=...``. A run is
one step of a session: ``data_extraction`` makes a dataframe from a database
(the node then reports the dataframe's columns to HQ), the compute steps
(``federated_compute``, ``central_compute``, ``preprocessing``, ...) call the
task's method with the run's ``arguments``, keyword arguments only.
:class:`HQNodePlayer` does both on a local table of records, so that tasks
really complete, in plain and encrypted collaborations alike: arguments come
encrypted with the organization's public key, and results go out encrypted
with the public key of the organization that created the task, in the same
format as 4.x's.
"""

from __future__ import annotations

import datetime
import logging
import traceback
from collections.abc import Callable, Generator, Iterator, Mapping
from typing import Any, Self, TypeVar

import httpx
from vantage6_hq_api.api import Operations
from vantage6_hq_api.models import (
    DataframeNodeUpdate,
    Error,
    Link,
    NewNode,
    OrganizationUpdate,
    Run,
    RunPage,
    RunUpdate,
    Task,
)
from vantage6_hq_api.models.run_update_status import RunUpdateStatus
from vantage6_hq_api.types import UNSET, Response, Unset

from vantage6_client._crypto import (
    PrivateKeySource,
    RSACryptor,
    load_private_key,
    same_public_key,
)
from vantage6_client._oidc import IdentityProvider, ServiceAccountLogin
from vantage6_client._payloads import Cryptor, PlainCryptor, dump_payload, load_payload
from vantage6_client.testing._player import RunPlayer
from vantage6_client.testing.keycloak import LocalKeycloak
from vantage6_client.testing.node import DEFAULT_ALGORITHMS, RunCrashed, Table

log = logging.getLogger("vantage6_client.testing.node")

Algorithm = Callable[..., Any]

# the dtype pandas would give a column of these values
_DTYPES = {bool: "bool", int: "int64", float: "float64", str: "object"}
_PAGE_SIZE = 100


class HQNodePlayer(RunPlayer[Run]):
    """Plays one 5.x node: extraction and compute runs on a local table.

    Process its open runs once with :meth:`handle_open_runs`, or from a
    background thread (:meth:`start`, or ``with``) until :meth:`stop`.

    Parameters
    ----------
    keycloak : LocalKeycloak | str
        Where the node logs in: a local Keycloak, or the root URL of the
        Keycloak HQ trusts (realm ``realm``).
    hq_url : str
        HQ's API root, e.g. ``http://127.0.0.1:7601/api``.
    node : NewNode | Mapping[str, Any]
        What ``POST /node`` answered: its ``name``, ``id`` and ``api_key``.
    table : Sequence[Mapping[str, Any]]
        The node's data, one mapping per record; every dataframe the node
        extracts is this table.
    private_key : str | os.PathLike | bytes | RSAPrivateKey | None
        The organization's private key; needed in encrypted collaborations,
        where the player also publishes its public key if HQ lacks it.
    algorithms : Mapping[str, Callable[..., Any]] | None
        Methods by name, called as ``f(table, **arguments)``; by default
        those of :data:`vantage6_client.testing.DEFAULT_ALGORITHMS`.
        Raise :class:`~vantage6_client.testing.node.RunCrashed` to report a
        crash, anything else to report a failure.
    transport : httpx.BaseTransport | None
        Innermost HTTP transport to HQ (tests use it to check every response).
    realm : str
        The Keycloak realm, by default ``"vantage6"``.

    Attributes
    ----------
    arguments : dict[int, Any]
        The arguments each run handled came with, by run id, decrypted.
    """

    def __init__(
        self,
        keycloak: LocalKeycloak | str,
        hq_url: str,
        node: NewNode | Mapping[str, Any],
        table: Table = (),
        *,
        private_key: PrivateKeySource | None = None,
        algorithms: Mapping[str, Algorithm] | None = None,
        transport: httpx.BaseTransport | None = None,
        realm: str = "vantage6",
    ) -> None:
        super().__init__()
        self.node_id = int(node["id"])
        self.table = [dict(row) for row in table]
        self.algorithms = dict(DEFAULT_ALGORITHMS if algorithms is None else algorithms)
        self._private_key = load_private_key(private_key) if private_key else None
        self._identity = IdentityProvider(
            keycloak if isinstance(keycloak, str) else keycloak.url,
            realm,
            timeout=httpx.Timeout(30.0),
        )
        login = ServiceAccountLogin(
            self._identity, f"{node['name']}-node-client", node["api_key"]
        )
        self.http = httpx.Client(
            base_url=hq_url, auth=_ClientCredentials(login), transport=transport
        )
        self._ops = Operations()  # HQ 5.0.3's generated bindings
        self._cryptor: Cryptor = PlainCryptor()
        self._public_keys: dict[int, str] = {}
        self._me: dict[str, Any] | None = None
        # the arguments each run came with, decrypted (for tests to check)
        self.arguments: dict[int, Any] = {}

    # -- session ---------------------------------------------------------------
    def me(self) -> dict[str, Any]:
        """``GET /node/me``: the node as HQ knows it.

        Returns
        -------
        dict[str, Any]
            HQ's answer, keyed by its field names.
        """
        me: dict[str, Any] = _ok(self._ops.node_me(self.http)).to_dict()
        return me

    def login(self) -> Self:
        """Find the node at HQ; in an encrypted collaboration, make sure HQ
        holds this organization's public key (as a real node does).

        Returns
        -------
        HQNodePlayer
            This player, logged in.
        """
        me = self.me()
        collaboration = _ok(
            self._ops.collaboration_get(self.http, me["collaboration"]["id"])
        )
        if collaboration.encrypted:
            self._cryptor = self._encryption(me["organization"]["id"])
        self._me = me
        return self

    def _encryption(self, organization_id: int) -> RSACryptor:
        if self._private_key is None:
            raise RuntimeError(
                f"the collaboration of node {self.node_id} is encrypted: the "
                f"node of organization {organization_id} needs its private key"
            )
        cryptor = RSACryptor(self._private_key)
        held = _ok(self._ops.organization_get(self.http, organization_id)).public_key
        if not held or not same_public_key(held, cryptor.public_key):
            _ok(
                self._ops.organization_update(
                    self.http,
                    organization_id,
                    body=OrganizationUpdate(public_key=cryptor.public_key),
                )
            )
        return cryptor

    @property
    def logged_in(self) -> bool:
        """Whether :meth:`login` has run."""
        return self._me is not None

    def _close_connections(self) -> None:
        self.http.close()
        self._identity.close()

    # -- work ------------------------------------------------------------------
    def _open_runs(self) -> Iterator[Run]:
        page = 1
        while True:
            runs: RunPage = _ok(
                self._ops.run_list(
                    self.http,
                    node_id=self.node_id,
                    state="open",
                    include=["task"],
                    page=page,
                    per_page=_PAGE_SIZE,
                )
            )
            yield from runs.data
            if len(runs.data) < _PAGE_SIZE:
                return
            page += 1

    def _process(self, run: Run) -> bool:
        task = run.task
        if not isinstance(task, Task):
            raise RuntimeError(f"run {run.id} came without its task")
        if not self._update(run.id, RunUpdate(status="active", started_at=_now())):
            return False
        status: RunUpdateStatus = "completed"
        result: str | Unset = UNSET
        try:
            # as a node, whatever the step: arguments it cannot read fail it
            arguments = (
                load_payload(self._cryptor.decrypt(run.arguments))
                if run.arguments
                else {}
            )
            self.arguments[run.id] = arguments
            if run.action == "data_extraction":
                output: Any = self._extract(task)
                run_log = f"extracted {len(self.table)} rows"
            else:
                output = self.algorithms[task.method or ""](self.table, **arguments)
                run_log = f"ran {task.method} on {len(self.table)} rows"
            result = self._encrypt_for_initiator(task, dump_payload(output))
        except RunCrashed:
            status, run_log = "crashed", traceback.format_exc()
        except Exception:
            status, run_log = "failed", traceback.format_exc()
        update = RunUpdate(
            status=status, finished_at=_now(), log=run_log, result=result
        )
        reported = self._update(run.id, update)
        log.debug("run %d: %s", run.id, status if reported else "skipped")
        return reported

    def _extract(self, task: Task) -> dict[str, Any]:
        """The dataframe is the table: report its columns to HQ."""
        if task.dataframe is None:
            raise RuntimeError(f"extraction task {task.id} names no dataframe")
        columns = [
            DataframeNodeUpdate(name=name, dtype=_DTYPES.get(type(value), "object"))
            for name, value in (self.table[0] if self.table else {}).items()
        ]
        _ok(
            self._ops.dataframe_update_columns(
                self.http, task.dataframe.id, body=columns
            )
        )
        return {}

    def _update(self, run_id: int, update: RunUpdate) -> bool:
        """``PATCH /run/{id}``; False, not an error, when HQ has finished the
        run already (a sibling's failure, a kill) and refuses the update."""
        answer = self._ops.run_update(self.http, run_id, body=update)
        if answer.status_code == 400:
            current: Run = _ok(self._ops.run_get(self.http, run_id))
            if current.finished_at is not None:
                log.info(
                    "run %d skipped: HQ has already finished it (%s)",
                    run_id,
                    current.status,
                )
                return False
        _ok(answer)
        return True

    def _encrypt_for_initiator(self, task: Task, payload: bytes) -> str:
        if not self._cryptor.encrypts:
            return self._cryptor.encrypt(payload, None)
        if not isinstance(task.init_org, Link):
            raise RuntimeError(f"task {task.id} names no initiating organization")
        initiator = task.init_org.id
        if initiator not in self._public_keys:
            organization = _ok(self._ops.organization_get(self.http, initiator))
            self._public_keys[initiator] = organization.public_key or ""
        return self._cryptor.encrypt(payload, self._public_keys[initiator])


class _ClientCredentials(httpx.Auth):
    """A node's access token from Keycloak (the client-credentials grant,
    the SDK's own), fetched again when HQ refuses it: it expired, and that
    grant has no refresh token."""

    def __init__(self, login: ServiceAccountLogin) -> None:
        self._login = login
        self._token: str | None = None

    def _fetch(self) -> str:
        # the grant goes to Keycloak only: no transport to HQ is needed
        return self._login.obtain(None).access  # type: ignore[arg-type]

    def auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        fresh = self._token is None
        if fresh:
            self._token = self._fetch()
        request.headers["Authorization"] = f"Bearer {self._token}"
        response = yield request
        if response.status_code == 401 and not fresh:
            self._token = self._fetch()
            request.headers["Authorization"] = f"Bearer {self._token}"
            yield request


Parsed = TypeVar("Parsed")


def _ok(response: Response[Error | Parsed]) -> Parsed:
    """The parsed answer of a generated operation; HQ's refusal raised."""
    parsed = response.parsed
    if not 200 <= response.status_code < 300 or isinstance(parsed, Error):
        raise RuntimeError(
            f"HQ answered {int(response.status_code)}: {response.content[:300]!r}"
        )
    if parsed is None:
        raise RuntimeError(f"HQ's answer has no body: {response.content[:300]!r}")
    return parsed


def _now() -> datetime.datetime:
    # naive UTC with microseconds, as HQ's own timestamps are (it parses any
    # ISO 8601, but 4.x's only this form with an optional +00:00)
    moment = datetime.datetime.now(datetime.UTC).replace(tzinfo=None)
    return moment.replace(microsecond=moment.microsecond or 1)
