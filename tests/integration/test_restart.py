"""A wait that outlives a server restart (this module's own server restarts)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator

import pytest

from tests.integration.conftest import World, running
from vantage6_client.testing.node import NodePlayer
from vantage6_client.testing.server import LocalServer


@pytest.fixture(scope="module")
def v6_server() -> Iterator[LocalServer]:
    yield from running(LocalServer())


def test_a_wait_continues_through_a_server_restart(
    world: World, v6_server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    party = world.organization()
    collaboration = world.collaboration([party])
    researcher = world.researcher(party)
    assert party.node is not None
    node = NodePlayer(
        v6_server.base_url,
        party.node.api_key,
        private_key=party.private_key,
        table=[{"age": 41}],
    ).login()
    task = researcher.task.create(
        [party.id], "sum", "v6/sum",
        input_={"method": "partial_sum", "kwargs": {"column": "age"}},
        collaboration=collaboration.id,
    )  # fmt: skip

    def restart_then_answer() -> None:
        v6_server.stop()
        time.sleep(5)  # longer than one request's retries last
        v6_server.start()  # tokens stay valid: same secret, same database
        node.handle_open_runs()

    meanwhile = threading.Timer(0.5, restart_then_answer)
    meanwhile.start()
    try:
        with caplog.at_level(logging.WARNING, logger="vantage6_client"):
            results = researcher.wait_for_results(
                task.id, interval=0.2, timeout=60, progress=False
            )
    finally:
        meanwhile.join()
        node.close()
    assert results.by_organization() == {party.id: {"sum": 41.0, "count": 1}}
    assert "still waiting" in caplog.text  # it did lose the server
