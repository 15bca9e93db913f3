"""The harness itself: a real server process, a node player that completes tasks."""

from __future__ import annotations

import socket

import pytest

from tests.integration.conftest import World
from vantage6_client import Client, TaskFailedError
from vantage6_client.testing.server import LocalServer, ServerStartError


def test_server_runs_under_uwsgi_with_gevent(
    v6_server: LocalServer, admin: Client
) -> None:
    assert admin.util.get_server_version().version == "4.15.2"
    assert admin.util.get_server_health().database is True
    log = v6_server.log_file.read_text()
    assert "uWSGI http bound on 127.0.0.1" in log
    assert "async cores set to 1000" in log  # --gevent 1000, as in production


def test_node_player_completes_a_task(world: World) -> None:
    alpha, beta = world.organization(), world.organization()
    collaboration = world.collaboration([alpha, beta])
    world.node_player(alpha, table=[{"age": 20}, {"age": 30}])
    world.node_player(beta, table=[{"age": 50}])
    researcher = world.researcher(alpha)

    task = researcher.task.create(
        organizations=[alpha.id, beta.id],
        name="mean",
        image="v6/federated-mean",
        description="federated mean of age",
        input_={"method": "partial_sum", "kwargs": {"column": "age"}},
        collaboration=collaboration.id,
    )
    results = researcher.wait_for_results(task.id, interval=0.2, progress=False)

    assert results.by_organization() == {
        alpha.id: {"sum": 50.0, "count": 2},
        beta.id: {"sum": 50.0, "count": 1},
    }
    assert {r.status for r in results} == {"completed"}


@pytest.mark.parametrize(
    ("method", "status"), [("fail", "failed"), ("crash", "crashed")]
)
def test_node_player_fails_and_crashes_runs_on_purpose(
    world: World, method: str, status: str
) -> None:
    party = world.organization()
    collaboration = world.collaboration([party])
    world.node_player(party)
    researcher = world.researcher(party)
    task = researcher.task.create(
        organizations=[party.id],
        name=method,
        image="v6/broken",
        input_={"method": method},
        collaboration=collaboration.id,
    )
    with pytest.raises(TaskFailedError) as failure:
        researcher.wait_for_results(task.id, interval=0.2, progress=False)
    [run] = failure.value.failed_runs
    assert run.status == status
    assert run.organization_id == party.id
    assert "on purpose" in (run.log or "")


def test_start_failure_says_why_and_shows_the_log(tmp_path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = LocalServer(workdir=tmp_path, port=port, startup_timeout=20)
        with pytest.raises(ServerStartError) as failure:
            server.start()
    assert "log" in str(failure.value)
    assert "Address already in use" in str(failure.value)
    assert not server.running


def test_missing_server_venv_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(ServerStartError, match="no uwsgi in"):
        LocalServer(tmp_path / "nowhere", workdir=tmp_path).start()


def test_responses_are_checked_against_the_spec(admin: Client, conformance) -> None:
    before = conformance.checked
    admin.organization.list()
    admin.util.get_server_version()
    assert conformance.checked == before + 2
