"""DataFrames and notebook tables of what the real 4.15.2 server sends: a
page, every page, a task's runs and its decrypted results; and without pandas,
the error naming the extra, and the tables still shown."""

from __future__ import annotations

import html
import re
import sys

import pandas
import pytest

from tests.integration.conftest import World
from vantage6_client import Client, ItemList, MissingDependencyError

MEAN = {"method": "partial_sum", "kwargs": {"column": "age"}}
NEEDS_PANDAS = (
    "needs pandas, which is not installed: pip install 'vantage6-sdk[pandas]'"
)


def test_a_page_and_every_page_as_frames(
    world: World, admin: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = [world.organization() for _ in range(3)]
    page = admin.organization.list(per_page=2)
    assert page.total is not None and page.total >= 3

    table = page.to_pandas()
    assert len(table) == 2
    assert list(table.columns[:2]) == ["id", "name"]
    assert list(table["id"]) == [o.id for o in page]
    # the API paths of related lists (nodes, users, ...) are no columns
    assert not {"nodes", "users", "collaborations"} & set(table.columns)

    everything = page.all()
    assert isinstance(everything, ItemList)
    frame = everything.to_pandas()
    assert len(frame) == page.total  # every page fetched, 2 at a time
    assert frame["id"].is_unique
    assert {p.id for p in made} <= set(frame["id"])
    named = frame.set_index("id")["name"]
    assert all(named[p.id] == p.organization.name for p in made)

    shown = page._repr_html_()
    assert f"Page 1: 2 of {page.total} Organization" in shown
    assert shown.count("<tr>") == 3  # the header and two rows

    monkeypatch.setitem(sys.modules, "pandas", None)  # as if not installed
    for without in (page, everything):
        with pytest.raises(MissingDependencyError, match=re.escape(NEEDS_PANDAS)):
            without.to_pandas()
    assert page._repr_html_() == shown  # tables need no pandas


def test_a_page_of_users_shows_their_organization_as_an_id(
    world: World, admin: Client
) -> None:
    party = world.organization()
    user, _ = world.user(party, "Researcher")
    table = admin.user.list(organization=party.id).to_pandas()
    row = table.set_index("id").loc[user.id]
    assert row["organization"] == party.id
    assert row["username"] == user.username
    last_seen = table["last_seen"]
    assert last_seen.isna().all() or str(last_seen.dtype).endswith(", UTC]")
    model = admin.user.get(user.id)
    shown = model._repr_html_()
    assert f'<td style="text-align: left">{html.escape(user.username or "")}</td>' in (
        shown
    )


def test_a_tasks_results_and_runs_as_frames(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    alpha, beta = world.organization(), world.organization()
    collaboration = world.collaboration([alpha, beta], encrypted=True)
    world.node_player(alpha, table=[{"age": 10}, {"age": 20}])
    world.node_player(beta, table=[{"age": 60}])
    researcher = world.researcher(alpha)
    task = researcher.task.create(
        [alpha.id, beta.id], "mean", "v6/mean",
        input_=MEAN, collaboration=collaboration.id,
    )  # fmt: skip
    results = researcher.wait_for_results(task.id, interval=0.2, progress=False)

    table = results.to_pandas()
    assert list(table.columns) == [
        "run_id",
        "task_id",
        "organization_id",
        "status",
        "started_at",
        "finished_at",
        "duration",
        "sum",
        "count",
    ]
    by_organization = table.set_index("organization_id")
    assert by_organization.loc[alpha.id, "sum"] == 30.0
    assert by_organization.loc[beta.id, "count"] == 1
    assert set(table["status"]) == {"completed"}
    assert set(table["task_id"]) == {task.id}
    assert str(table["finished_at"].dtype).endswith(", UTC]")
    assert (table["finished_at"] >= table["started_at"]).all()
    assert (table["duration"] >= pandas.Timedelta(0)).all()
    # the official clients' dicts are still what pandas.DataFrame makes
    assert set(pandas.DataFrame(results)["result"].map(type)) == {str}

    same_results = researcher.result.from_task(task.id)
    same = same_results.to_pandas()
    assert sorted(same["run_id"]) == sorted(table["run_id"])

    runs = researcher.run.from_task(task.id)
    frame = runs.to_pandas()
    assert sorted(frame["organization_id"]) == sorted([alpha.id, beta.id])
    assert "input" not in frame.columns and set(frame["status"]) == {"completed"}

    # the runs as the server sent them: the input is encrypted, and hidden
    raw = ItemList(run.raw for run in runs).to_pandas()
    sealed = [run.raw.input_ or "" for run in runs]
    assert all("$" in text for text in sealed)  # encrypted for the organization
    assert all(cell.startswith("<hidden: ") for cell in raw["input"])
    assert not any(text in raw.to_csv() for text in sealed)

    shown = results._repr_html_()
    assert f"Results of task {task.id}: 2 results" in shown
    rows = re.findall(r"<tr>(.*?)</tr>", shown, re.S)[1:]
    assert len(rows) == 2 and all("completed" in row for row in rows)
    assert all("&lt;hidden: dict of 2 items&gt;" in row for row in rows)
    assert "30.0" not in shown  # the result itself is hidden
    assert f"Runs of task {task.id}: 2 runs" in runs._repr_html_()
    assert "&lt;hidden" in runs[0]._repr_html_()

    monkeypatch.setitem(sys.modules, "pandas", None)  # as if not installed
    for without in (results, same_results, runs):
        with pytest.raises(MissingDependencyError, match=re.escape(NEEDS_PANDAS)):
            without.to_pandas()
    assert results._repr_html_() == shown  # tables need no pandas
