"""The node player against the real server: runs the server has finished, and
shutting down while a request or a run is under way."""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

import pytest
from vantage6_server_api.models import Task

from tests.integration.conftest import Party, World
from vantage6_client.testing.node import DEFAULT_ALGORITHMS, NodePlayer, Table


def unstarted_player(world: World, party: Party, **options: Any) -> NodePlayer:
    """A player of ``party``'s node that the test drives itself."""
    assert party.node is not None
    player = NodePlayer(
        world.server.base_url,
        party.node.api_key,
        private_key=party.private_key,
        transport=world.transport(),
        **options,
    )
    world.players.append(player)  # closed at teardown
    return player


def errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        f"{r.name}: {r.getMessage()}"
        for r in caplog.records
        if r.levelno >= logging.ERROR
    ]


def test_runs_the_server_failed_after_a_sibling_crashed_are_skipped(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    """4.15.2 fails a task's unstarted runs when one of its runs crashes, and
    refuses updates of them: the player skips them and carries on."""
    alpha, beta = world.organization(), world.organization()
    collaboration = world.collaboration([alpha, beta])
    researcher = world.researcher(alpha)
    alpha_node = unstarted_player(world, alpha)

    def let_alpha_crash(table: Table) -> dict[str, list[int]]:
        # beta's first run: alpha's run of the other task crashes meanwhile,
        # after beta had listed its open runs
        return {"alpha handled": alpha_node.handle_open_runs()}

    beta_node = unstarted_player(
        world,
        beta,
        algorithms={**DEFAULT_ALGORITHMS, "let_alpha_crash": let_alpha_crash},
    )
    crashing = researcher.task.create(
        [alpha.id, beta.id], "crash", "v6/crash",
        input_={"method": "crash"}, collaboration=collaboration.id,
    )  # fmt: skip
    trigger = researcher.task.create(
        [beta.id], "let alpha crash", "v6/trigger",
        input_={"method": "let_alpha_crash"}, collaboration=collaboration.id,
    )  # fmt: skip
    listed = beta_node.login().client.open_runs()
    # newest first: beta runs the trigger before its run of the crashing task
    assert [r.task.id for r in listed if isinstance(r.task, Task)] == [
        trigger.id,
        crashing.id,
    ]

    with caplog.at_level(logging.INFO, logger="vantage6_client"):
        handled = beta_node.handle_open_runs()  # raised BadRequestError before

    [trigger_run] = researcher.run.from_task(trigger.id)
    assert handled == [trigger_run.id]
    assert trigger_run.status == "completed"
    runs = {run.organization_id: run for run in researcher.run.from_task(crashing.id)}
    assert runs[alpha.id].status == "crashed"
    assert runs[beta.id].status == "failed"
    assert (runs[beta.id].log or "").startswith("Marked as failed because sibling")
    skipped = [
        (r.levelname, r.getMessage())
        for r in caplog.records
        if "skipped" in r.getMessage()
    ]
    expected = f"run {runs[beta.id].id} skipped: the server has already finished it"
    assert skipped == [("INFO", f"{expected} (failed)")]
    assert errors(caplog) == []


@pytest.mark.parametrize("stop_first", [True, False], ids=["stop-close", "close"])
def test_starting_and_stopping_quickly_logs_no_errors(
    world: World, caplog: pytest.LogCaptureFixture, stop_first: bool
) -> None:
    party = world.organization()
    collaboration = world.collaboration([party])
    researcher = world.researcher(party)
    with caplog.at_level(logging.DEBUG, logger="vantage6_client"):
        for _ in range(10):
            # a run to be in the middle of when told to stop
            researcher.task.create(
                [party.id], "echo", "v6/echo", input_={"method": "echo"},
                collaboration=collaboration.id,
            )  # fmt: skip
            player = unstarted_player(world, party).start(poll_interval=0.0)
            if stop_first:
                player.stop()
            player.close()
    assert errors(caplog) == []


def test_close_waits_for_the_run_in_hand_also_after_a_second_start(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    """``start()`` on a running player used to start a second poller and
    forget the first: ``close()`` then closed the connections under it, and
    its run was never reported ("polling for runs failed")."""
    party = world.organization()
    collaboration = world.collaboration([party])
    researcher = world.researcher(party)
    entered, release = threading.Event(), threading.Event()

    def slow(table: Table) -> dict[str, bool]:
        entered.set()
        return {"released": release.wait(10)}

    player = unstarted_player(world, party, algorithms={"slow": slow})
    task = researcher.task.create(
        [party.id], "slow", "v6/slow", input_={"method": "slow"},
        collaboration=collaboration.id,
    )  # fmt: skip
    player.start(poll_interval=0.05)
    assert entered.wait(10), "the run did not start"

    releaser = threading.Timer(0.5, release.set)
    with caplog.at_level(logging.INFO, logger="vantage6_client"):
        with player:  # start() again, close() at the end
            releaser.start()
        results = researcher.wait_for_results(
            task.id, interval=0.1, timeout=5, progress=False
        )
    releaser.join()

    assert results.by_organization() == {party.id: {"released": True}}
    assert errors(caplog) == []


def test_a_close_that_stops_waiting_leaves_the_closing_to_the_poller(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    """A run outlasting ``close(timeout)``: reported all the same, and the
    connections close after it, not under it."""
    party = world.organization()
    collaboration = world.collaboration([party])
    researcher = world.researcher(party)
    entered = threading.Event()

    def slow(table: Table) -> str:
        entered.set()
        time.sleep(1)
        return "done"

    player = unstarted_player(world, party, algorithms={"slow": slow})
    task = researcher.task.create(
        [party.id], "slow", "v6/slow", input_={"method": "slow"},
        collaboration=collaboration.id,
    )  # fmt: skip
    player.start(poll_interval=0.05)
    assert entered.wait(10), "the run did not start"
    connections = player.client._transport.http

    with caplog.at_level(logging.INFO, logger="vantage6_client"):
        player.close(timeout=0.2)
        assert not connections.is_closed  # the run is still in hand
        results = researcher.wait_for_results(
            task.id, interval=0.1, timeout=5, progress=False
        )
        deadline = time.monotonic() + 5
        while not connections.is_closed and time.monotonic() < deadline:
            time.sleep(0.05)

    assert results.by_organization() == {party.id: "done"}
    assert connections.is_closed
    assert "still busy" in caplog.text
    assert errors(caplog) == []
