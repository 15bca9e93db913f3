"""What a failed or unfinished wait says, against the real server: the run
that failed first with the end of its log, and what keeps a task from
finishing."""

from __future__ import annotations

import pytest

from tests.integration.conftest import World
from vantage6_client import TaskFailedError, TimeoutError

pytestmark = pytest.mark.server


def test_a_timeout_says_what_the_runs_do_and_which_nodes_are_offline(
    world: World,
) -> None:
    party = world.organization()
    collaboration = world.collaboration([party])  # its node never comes online
    researcher = world.researcher(party, encryption=False)
    task = researcher.task.create(
        [party.id], "echo", "v6/echo", input_={"method": "echo"},
        collaboration=collaboration.id,
    )  # fmt: skip
    with pytest.raises(TimeoutError) as late:
        researcher.wait_for_results(task.id, interval=0.2, timeout=1, progress=False)
    assert str(late.value) == (
        f"task {task.id} did not finish within 1 s: 1 run pending (organization "
        f"{party.id}); no node online for organization {party.id}, so their runs "
        "cannot start"
    )
    assert late.value.method == "wait_for_results"


def test_a_failed_task_names_the_run_that_failed_first_and_its_log(
    world: World,
) -> None:
    """One run crashes; the server then fails its sibling, which never
    started. The crash comes first, with the end of its log."""
    crashing, waiting = world.organization(), world.organization()
    collaboration = world.collaboration([crashing, waiting])
    researcher = world.researcher(crashing, encryption=False)
    task = researcher.task.create(
        [waiting.id, crashing.id], "crash", "v6/crash", input_={"method": "crash"},
        collaboration=collaboration.id,
    )  # fmt: skip
    world.node_player(crashing)  # only the crashing organization's node runs
    with pytest.raises(TaskFailedError) as failed:
        researcher.wait_for_results(task.id, interval=0.2, timeout=30, progress=False)
    first, then = failed.value.failed_runs
    assert (first.organization_id, first.status) == (crashing.id, "crashed")
    assert (then.organization_id, then.status) == (waiting.id, "failed")
    assert then.stopped_by_sibling
    message = str(failed.value)
    assert message.startswith(
        f"task {task.id} did not complete: run {first.run_id} (organization "
        f"{crashing.id}): crashed; then the server stopped 1 other run ({then.run_id})"
        f"\nthe end of run {first.run_id}'s log:\n"
    )
    assert "crashing on purpose" in message.splitlines()[-1]
