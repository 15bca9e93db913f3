"""Faults on the real pair: Keycloak frozen during a session (a clear error
that names the identity provider, then recovery once it answers again), and
HQ restarted during a wait (the wait goes on)."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable

import httpx
import pytest
from vantage6_hq_api.api import Operations

from tests.conformance import ConformanceTransport
from tests.hq.world import extract_dataframe, federation, unique
from tests.outage import outage
from vantage6_client import Client, TransportError
from vantage6_client.testing.hq import LocalHQ
from vantage6_client.testing.hq_node import HQNodePlayer
from vantage6_client.testing.keycloak import LocalKeycloak


def test_keycloak_frozen_during_a_session_then_back(
    hq: LocalHQ,
    keycloak: LocalKeycloak,
    hq_transport: Callable[[], ConformanceTransport],
) -> None:
    """Keycloak stops answering (its process stopped with SIGSTOP: a hung
    identity provider, the hard case): renewing the tokens fails within the
    client's timeout with an error naming Keycloak, not HQ; the session is
    not lost, and renews once Keycloak answers again."""
    client = Client(
        base_url=hq.base_url,
        auth_url=keycloak.url,
        transport=hq_transport(),
        timeout=3,
        max_retries=0,
    )
    with client:
        client.authenticate(hq.root_username, hq.root_password)
        before = client.token
        with _frozen(keycloak):
            with pytest.raises(TransportError, match="identity provider") as failed:
                client.refresh_token()
            assert hq.base_url not in str(failed.value)
            assert client.whoami is not None  # still logged in
        client.refresh_token()
        assert client.token != before
        client._session.whoami = None
        assert client.whoami is not None  # HQ takes the new token


def test_a_wait_continues_through_an_hq_restart(
    admin: Client,
    hq: LocalHQ,
    ops: Operations,
    root: httpx.Client,
    player: Callable[..., HQNodePlayer],
) -> None:
    world = federation(ops, root, encrypted=False)
    node = player(world.node, [{"age": 41}])
    admin.setup_collaboration(world.collaboration)
    admin.session_id = world.session
    dataframe = extract_dataframe(ops, root, world, node)  # at the hospital
    task = admin.task.create(
        [world.hospital],
        unique("sum"),
        "any/image",
        "",
        "partial_sum",
        arguments={"column": "age"},
        action="federated_compute",
        databases=dataframe,
    )

    with outage(hq.stop, hq.start, node.handle_open_runs) as noticed:
        # same port, database and secret once back: tokens stay valid
        results = admin.wait_for_results(
            task.id, interval=0.2, timeout=90, progress=False
        )
    assert results.by_organization() == {world.hospital: {"sum": 41.0, "count": 1}}
    assert noticed.is_set()  # it did lose HQ


class _frozen:  # noqa: N801 - a context manager, like open()
    """Keycloak stopped (SIGSTOP) inside the block, continued (SIGCONT) after
    it: its whole process group, the JVM as well as ``kc.sh``, which starts
    it as a child."""

    def __init__(self, keycloak: LocalKeycloak) -> None:
        process = keycloak._process
        assert process is not None
        self.group = os.getpgid(process.pid)

    def __enter__(self) -> None:
        os.killpg(self.group, signal.SIGSTOP)

    def __exit__(self, *exc: object) -> None:
        os.killpg(self.group, signal.SIGCONT)
        time.sleep(0.5)
