"""A vantage6 5.x node, played over HQ's node API (no Docker here).

A 5.x node logs in at Keycloak with the client-credentials grant (its client
is ``{name}-node-client``; the node's API key is the secret), finds itself at
``GET /node/me``, and picks up its runs at ``GET /run?node_id=...``. A run is
one step of a session: ``data_extraction`` makes a dataframe from a database
(the node then reports the dataframe's columns to HQ), ``federated_compute``
(and the other compute steps) call the task's method with the run's
``arguments``, keyword arguments only. :class:`HQNodePlayer` does both on a
local table of records, so that tasks really complete. Encrypted
collaborations are not played yet (the 5.x facade issue brings them).
"""

from __future__ import annotations

import base64
import datetime
import json
from collections.abc import Callable, Mapping
from typing import Any

import httpx
from vantage6_hq_api.api import Operations

from vantage6_client.testing.keycloak import LocalKeycloak

Table = list[dict[str, Any]]
Algorithm = Callable[..., Any]

_DTYPES = {bool: "bool", int: "int64", float: "float64", str: "object"}


def partial_sum(table: Table, column: str) -> dict[str, float]:
    """The sum and count of ``column``."""
    values = [float(row[column]) for row in table]
    return {"sum": sum(values), "count": len(values)}


DEFAULT_ALGORITHMS: dict[str, Algorithm] = {"partial_sum": partial_sum}


class HQNodePlayer:
    """Plays one 5.x node: extraction and compute runs on a local table.

    Parameters
    ----------
    keycloak : LocalKeycloak
        Where the node logs in.
    hq_url : str
        HQ's API root, e.g. ``http://127.0.0.1:7601/api``.
    node : Mapping[str, Any]
        What ``POST /node`` answered: its ``name``, ``id`` and ``api_key``.
    table : list[dict[str, Any]]
        The node's data, one dict per record.
    algorithms : Mapping[str, Callable[..., Any]] | None
        Methods by name, called as ``f(table, **arguments)``; by default
        ``partial_sum``.
    """

    def __init__(
        self,
        keycloak: LocalKeycloak,
        hq_url: str,
        node: Mapping[str, Any],
        table: Table,
        algorithms: Mapping[str, Algorithm] | None = None,
    ) -> None:
        self.node_id = int(node["id"])
        self.table = table
        self.algorithms = dict(algorithms or DEFAULT_ALGORITHMS)
        token = keycloak.client_token(f"{node['name']}-node-client", node["api_key"])
        self.http = httpx.Client(
            base_url=hq_url,
            headers={"Authorization": f"Bearer {token['access_token']}"},
        )
        self._ops = Operations()  # HQ 5.0.3's generated bindings

    def close(self) -> None:
        """Close the connection."""
        self.http.close()

    def __enter__(self) -> HQNodePlayer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def me(self) -> dict[str, Any]:
        """``GET /node/me``: the node as HQ knows it."""
        return _parsed(self._ops.node_me(self.http))

    def handle_open_runs(self) -> list[dict[str, Any]]:
        """Run every pending run of this node once; the runs handled.

        Raises
        ------
        RuntimeError
            HQ refused a step (the run is left as HQ has it).
        """
        page = _parsed(
            self._ops.run_list(self.http, node_id=self.node_id, include=["task"])
        )
        handled = []
        for run in page["data"]:
            if run["status"] == "pending":
                self._run(run)
                handled.append(run)
        return handled

    # -- one run -------------------------------------------------------------
    def _run(self, run: dict[str, Any]) -> None:
        self._update(run, status="active", started_at=_now())
        if run["action"] == "data_extraction":
            result: Any = self._extract(run)
        else:
            method = run["task"]["method"]
            arguments = json.loads(base64.b64decode(run["arguments"] or "e30="))
            result = self.algorithms[method](self.table, **arguments)
        self._update(
            run,
            status="completed",
            finished_at=_now(),
            result=base64.b64encode(json.dumps(result).encode()).decode(),
            log=f"played by HQNodePlayer: {run['action']}",
        )

    def _extract(self, run: dict[str, Any]) -> dict[str, Any]:
        """The dataframe is the table: report its columns to HQ."""
        dataframe = run["task"]["dataframe"]["id"]
        columns = [
            {"name": name, "dtype": _DTYPES.get(type(value), "object")}
            for name, value in (self.table[0] if self.table else {}).items()
        ]
        reported = self.http.post(
            f"/session/dataframe/{dataframe}/column", json=columns
        )
        reported.raise_for_status()
        return {}

    def _update(self, run: dict[str, Any], **fields: Any) -> None:
        answer = self.http.patch(f"/run/{run['id']}", json=fields)
        answer.raise_for_status()


def _parsed(response: Any) -> dict[str, Any]:
    """The JSON form of a generated response's model; HQ's refusal raised."""
    if not 200 <= response.status_code < 300:
        raise RuntimeError(
            f"HQ answered {int(response.status_code)}: {response.content[:200]!r}"
        )
    answer: dict[str, Any] = response.parsed.to_dict()
    return answer


def _now() -> str:
    # HQ parses only YYYY-MM-DDTHH:MM:SS.ffffff: keep the microseconds
    moment = datetime.datetime.now(datetime.UTC).replace(tzinfo=None)
    return moment.replace(microsecond=moment.microsecond or 1).isoformat()
