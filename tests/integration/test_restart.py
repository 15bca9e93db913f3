"""A wait that outlives a server restart (this module's own server restarts)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integration.conftest import World, running
from tests.outage import outage
from vantage6_client.testing.node import NodePlayer
from vantage6_client.testing.server import LocalServer


@pytest.fixture(scope="module")
def v6_server() -> Iterator[LocalServer]:
    yield from running(LocalServer())


def test_a_wait_continues_through_a_server_restart(
    world: World, v6_server: LocalServer
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

    # the server comes back with the same secret and database: tokens stay valid
    try:
        with outage(v6_server.stop, v6_server.start, node.handle_open_runs) as noticed:
            results = researcher.wait_for_results(
                task.id, interval=0.2, timeout=60, progress=False
            )
    finally:
        node.close()
    assert results.by_organization() == {party.id: {"sum": 41.0, "count": 1}}
    assert noticed.is_set()  # it did lose the server
