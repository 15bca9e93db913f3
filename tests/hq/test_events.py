"""Waiting on the real HQ 5.0.3's Socket.IO events (bearer: the Keycloak access
token), ``task.watch`` and ``task.run`` there: the same facade as on 4.x."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from vantage6_hq_api.api import Operations

from tests.conformance import ConformanceTransport
from tests.hq.world import Federation, add_own_node, federation, unique
from tests.integration.conftest import RecordingTransport
from tests.integration.test_events import (
    Waiting,
    assert_woken_by_the_event,
    eventually,
    listed_runs,
)
from vantage6_client import (
    Client,
    RunFinished,
    TaskDone,
    TaskFailedError,
)
from vantage6_client.testing.hq import LocalHQ
from vantage6_client.testing.hq_node import HQNodePlayer
from vantage6_client.testing.keycloak import LocalKeycloak

AGES = [{"age": 34}, {"age": 51}, {"age": 46}]
SUMS = {"sum": 131.0, "count": 3}


@pytest.fixture
def recorded(
    hq: LocalHQ,
    keycloak: LocalKeycloak,
    hq_transport: Callable[[], ConformanceTransport],
) -> Iterator[tuple[Client, RecordingTransport]]:
    """HQ's root through the facade, every request recorded."""
    recorder = RecordingTransport(hq_transport())
    with Client(
        base_url=hq.base_url, auth_url=keycloak.url, transport=recorder
    ) as made:
        made.authenticate(hq.root_username, hq.root_password)
        yield made, recorder


def a_federation(
    ops: Operations, root: httpx.Client, player: Callable[..., HQNodePlayer]
) -> tuple[Federation, HQNodePlayer, HQNodePlayer]:
    """A federation whose two organizations have nodes: the hospital's, and
    root's own (a dataframe is extracted at every organization)."""
    world = federation(ops, root, encrypted=False)
    own = player(add_own_node(ops, root, world), AGES[:1])
    return world, player(world.node, AGES), own


def with_dataframe(client: Client, world: Federation, *nodes: HQNodePlayer) -> int:
    """The session's dataframe, extracted by every node."""
    client.collaboration_id = world.collaboration
    client.session_id = world.session
    made = client.dataframe.create("default", "any/image", "read")
    for node in nodes:
        node.handle_open_runs()
    client.dataframe.wait(made.id, timeout=60, interval=0.2)
    return made.id


def sums(client: Client, world: Federation, dataframe: int, **options: Any) -> Any:
    """``task.run`` of the hospital's partial sums (or what ``options`` say)."""
    settings: dict[str, Any] = {
        "method": "partial_sum",
        "arguments": {"column": "age"},
        "action": "federated_compute",
        "databases": dataframe,
        "timeout": 60,
        "events": True,
    }
    return client.task.run(
        [world.hospital],
        unique("sum"),
        "any/image",
        "partial sums",
        **(settings | options),
    )


def test_an_hq_wait_returns_on_the_event(
    recorded: tuple[Client, RecordingTransport],
    ops: Operations,
    root: httpx.Client,
    player: Callable[..., HQNodePlayer],
) -> None:
    client, recorder = recorded
    world, node, own = a_federation(ops, root, player)
    dataframe = with_dataframe(client, world, node, own)
    task = client.task.create(
        [world.hospital],
        unique("sum"),
        "any/image",
        "partial sums",
        "partial_sum",
        arguments={"column": "age"},
        action="federated_compute",
        databases=dataframe,
    )
    listed = listed_runs(recorder)
    waiting = Waiting(client, task.id, events=True, timeout=60)
    eventually(lambda: listed_runs(recorder) > listed, "the wait's first read")
    mark = len(recorder.exchanges)
    (run_id,) = node.handle_open_runs()
    assert waiting.result().by_organization() == {world.hospital: SUMS}
    assert_woken_by_the_event(recorder, mark, run_id, task.id)


def test_hq_watch_and_run(
    recorded: tuple[Client, RecordingTransport],
    ops: Operations,
    root: httpx.Client,
    player: Callable[..., HQNodePlayer],
) -> None:
    client, _ = recorded
    world, node, own = a_federation(ops, root, player)
    dataframe = with_dataframe(client, world, node, own)
    with node:  # answers runs in the background from here
        results = sums(client, world, dataframe)
        assert results == {world.hospital: SUMS}
        events = list(client.task.watch(results.task_id, timeout=30, events=True))
    # a watch of a task that has ended tells how each run ended, then that
    assert events == [
        RunFinished(results.task_id, events[0].run_id, world.hospital, "completed"),  # type: ignore[attr-defined]
        TaskDone(results.task_id, "completed"),
    ]


def test_hq_task_run_raises_on_a_failed_run(
    recorded: tuple[Client, RecordingTransport],
    ops: Operations,
    root: httpx.Client,
    player: Callable[..., HQNodePlayer],
) -> None:
    client, _ = recorded
    world, node, own = a_federation(ops, root, player)
    dataframe = with_dataframe(client, world, node, own)
    with node, pytest.raises(TaskFailedError) as failed:
        sums(
            client,
            world,
            dataframe,
            method="fail",
            arguments={"message": "no such column"},
        )
    (run,) = failed.value.failed_runs
    assert (run.organization_id, run.status) == (world.hospital, "failed")
    assert "no such column" in (run.log or "")
