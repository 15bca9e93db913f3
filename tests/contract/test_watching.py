"""``task.watch`` and ``task.run`` against the spec-mocked server (polling:
the mock speaks no Socket.IO; events are tested on the real servers)."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from tests.contract.conftest import covers
from tests.contract.spec_mock import SpecMock
from vantage6_client import (
    Client,
    InvalidArgumentError,
    ResultsByOrganization,
    RunFinished,
    RunStarted,
    TaskDone,
    TaskFailedError,
)

RUNS = {"task_id": 12, "page": 1, "per_page": 200}


def b64_json(value: Any) -> str:
    return base64.b64encode(json.dumps(value).encode()).decode()


def runs(mock: SpecMock, *states: tuple[int, int, str]) -> Any:
    """A page of runs: (run id, organization id, status) each."""
    page = mock.model("RunPage")
    item = page["data"][0]
    page["data"] = [
        item
        | {
            "id": run_id,
            "status": status,
            "input": "",
            "log": f"log of run {run_id}",
            "organization": {
                "id": organization,
                "link": f"/api/organization/{organization}",
                "methods": ["GET"],
            },
        }
        for run_id, organization, status in states
    ]
    return page


@covers("task.watch")
def test_task_watch_reports_each_run_then_the_task(
    mock: SpecMock, client: Client
) -> None:
    mock.expect("run_list", query=RUNS, body=runs(mock, (40, 2, "pending")))
    mock.expect("run_list", query=RUNS, body=runs(mock, (40, 2, "active")))
    mock.expect("run_list", query=RUNS, body=runs(mock, (40, 2, "completed")))
    mock.expect("task_get_status", path={"task_id": 12}, body={"status": "completed"})
    events = list(client.task.watch(12, interval=0.01))
    assert events == [
        RunStarted(12, 40, 2, "active"),
        RunFinished(12, 40, 2, "completed"),
        TaskDone(12, "completed"),
    ]
    assert events[1].log == "log of run 40"  # type: ignore[union-attr]
    assert events[-1].ok  # type: ignore[union-attr]


def arm_create(mock: SpecMock) -> None:
    mock.expect("collaboration_get", path={"id": 3}, body=mock.model("Collaboration"))
    mock.expect("util_get_blob_store_status", body={"blob_store_enabled": False})
    mock.expect(
        "task_create",
        json_body={
            "image": "v6/mean",
            "organizations": [
                {"id": 2, "input": b64_json({"method": "mean"})},
                {"id": 4, "input": b64_json({"method": "mean"})},
            ],
            "collaboration_id": 3,
            "description": "",
            "name": "mean",
            "databases": [{"label": "default"}],
        },
        body=mock.model("Task", id=12, name="mean"),
    )


def run_mean(client: Client) -> ResultsByOrganization:
    """The task arm_create expects, run."""
    return client.task.run(
        [2, 4],
        "mean",
        "v6/mean",
        input_={"method": "mean"},
        collaboration=3,
        database="default",
        interval=0.01,
        progress=False,
    )


@covers("task.run")
def test_task_run_creates_waits_and_returns_each_organizations_result(
    mock: SpecMock, client: Client
) -> None:
    arm_create(mock)
    done = runs(mock, (40, 2, "completed"), (41, 4, "completed"))
    mock.expect("run_list", query=RUNS, body=done)
    mock.expect("task_get_status", path={"task_id": 12}, body={"status": "completed"})
    results = mock.model("ResultPage")
    item = results["data"][0]
    results["data"] = [
        item
        | {
            "id": run_id,
            "result": b64_json({"mean": mean}),
            "run": {"id": run_id, "link": f"/api/run/{run_id}", "methods": ["GET"]},
        }
        for run_id, mean in ((40, 1.5), (41, 2.5))
    ]
    mock.expect("result_list", query=RUNS, body=results)
    mock.expect("run_list", query=RUNS, body=done)  # whose result is whose
    got = run_mean(client)
    assert isinstance(got, ResultsByOrganization)
    assert got == {2: {"mean": 1.5}, 4: {"mean": 2.5}}
    assert got.task_id == 12
    assert got.results.values == [{"mean": 1.5}, {"mean": 2.5}]


def test_task_run_raises_with_each_failed_run(mock: SpecMock, client: Client) -> None:
    arm_create(mock)
    ended = runs(mock, (40, 2, "completed"), (41, 4, "failed"))
    mock.expect("run_list", query=RUNS, body=ended)
    mock.expect("task_get_status", path={"task_id": 12}, body={"status": "failed"})
    mock.expect("run_list", query=RUNS, body=ended)  # the failed runs' logs
    with pytest.raises(TaskFailedError) as failed:
        run_mean(client)
    (run,) = failed.value.failed_runs
    assert (run.run_id, run.organization_id, run.status) == (41, 4, "failed")
    assert run.log == "log of run 41"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"timeout": 0}, "timeout must be a positive number"),
        ({"interval": -1}, "interval must be a positive number"),
        ({"events": "yes"}, "events must be True, False or None"),
    ],
)
def test_task_run_checks_the_wait_before_creating_anything(
    mock: SpecMock, client: Client, options: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        client.task.run([2], "mean", "v6/mean", input_={}, collaboration=3, **options)
