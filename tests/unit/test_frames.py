"""``to_pandas()``: pages, lists, runs and results as DataFrames.

Columns are the API's field names; a link is its id; date-times are UTC;
what a model's repr hides its frame hides (every model class is walked with
every field set to a marker, as ``test_reprs`` does); a task's results are
one row per run with the parsed result's fields. Without pandas the error
names the extra.
"""

from __future__ import annotations

import datetime
import inspect
import json
import re
import subprocess
import sys
from typing import Any

import pandas
import pytest
from vantage6_server_api.models import Organization, Run, User

from tests.unit.test_reprs import MODELS, SECRET_OR_PAYLOAD, USER, Maker, _name
from tests.unit.test_results import (
    FINISHED,
    PLAIN,
    STARTED,
    Runs,
    algorithm_run,
    b64,
    link,
    result,
    run,
)
from vantage6_client import ItemList, MissingDependencyError, Vantage6Error
from vantage6_client._frames import (
    RESULT_COLUMNS,
    RUN_COLUMNS,
    duration,
    frame,
    json_name,
    record,
)
from vantage6_client._pagination import Page
from vantage6_client._results import (
    AlgorithmRun,
    RunLookup,
    TaskResult,
    TaskResults,
    TaskRuns,
)


def organization(id_: int, name: str, **more: Any) -> Organization:
    data = {
        "id": id_,
        "name": name,
        "address1": "",
        "address2": "",
        "country": "NL",
        "domain": None,
        "public_key": "",
        "zipcode": "",
        "collaborations": f"/api/collaboration?organization_id={id_}",
        "nodes": f"/api/node?organization_id={id_}",
        "runs": f"/api/run?organization_id={id_}",
        "users": f"/api/user?organization_id={id_}",
        "studies": f"/api/study?organization_id={id_}",
        "tasks": f"/api/task?init_org_id={id_}",
    }
    return Organization.from_dict(data | more)


def pages(*chunks: list[Any]) -> Page[Any]:
    """Page 1 of ``chunks``, each a page; the next ones fetched on demand."""

    def fetch(number: int) -> Page[Any] | None:
        if number > len(chunks):
            return None
        items = chunks[number - 1]
        more = number < len(chunks)
        links = Page.single(items).links
        links.next_ = "/next" if more else None  # type: ignore[assignment]
        total = sum(map(len, chunks))
        return Page(items, links, total=total, number=number, fetch=fetch)

    first = fetch(1)
    assert first is not None
    return first


# -- models -------------------------------------------------------------------------


def test_a_page_is_a_row_per_item_with_the_apis_field_names() -> None:
    user = User.from_dict(USER)
    table = Page.single([user]).to_pandas()
    assert list(table.columns) == [
        "id",
        "username",
        "email",
        "firstname",
        "ip",
        "last_email_failed_login_sent",
        "last_email_recover_password_sent",
        "last_seen",
        "lastname",
        "organization",
        "otp_secret",
        "status",
        "type",  # the attribute is type_: the column is to_dict()'s key
    ]
    row = table.iloc[0]
    assert row["id"] == 3 and row["username"] == "alice" and row["type"] == "user"
    # a link is its id; the API paths of related lists (roles, rules) are left out
    assert row["organization"] == 1
    assert table["organization"].dtype.kind == "i"
    # the secret: hidden as in the repr
    assert row["otp_secret"] == "<hidden>"
    assert user.otp_secret not in table.to_string()
    assert user.otp_secret not in table.to_csv()


def test_date_times_are_utc_pandas_date_times() -> None:
    naive = dict(USER, last_seen="2026-11-26T05:11:03")  # 4.15.2 sends these
    other = dict(USER, id=4, last_seen="2026-11-26T06:11:03+01:00")
    never = dict(USER, id=5, last_seen=None)
    table = Page.single([User.from_dict(d) for d in (naive, other, never)]).to_pandas()
    column = table["last_seen"]
    assert isinstance(column.dtype, pandas.DatetimeTZDtype)
    assert str(column.dtype.tz) == "UTC"
    when = pandas.Timestamp("2026-11-26T05:11:03", tz="UTC")
    assert column[0] == when and column[1] == when
    assert pandas.isna(column[2])


def test_unset_fields_are_nan_and_a_column_only_when_some_row_has_them() -> None:
    plain = organization(1, "a")
    assert "permissions" not in record(User.from_dict(USER))
    with_key = organization(2, "b", public_key="LS0tLS1CRUdJTg==")
    table = Page.single([plain, with_key]).to_pandas()
    assert list(table["name"]) == ["a", "b"]
    # the API paths of related lists are no columns
    assert not {"collaborations", "nodes", "runs", "users", "tasks"} & set(table)
    bare = User.from_dict(USER)
    full = User.from_dict(USER)
    full.permissions = None  # type: ignore[assignment]  # set on one row only
    both = frame([bare, full])
    assert "permissions" in both and pandas.isna(both["permissions"][0])


def test_lists_of_links_are_lists_of_ids_and_nested_models_dicts() -> None:
    made = Run.from_dict(
        {
            "id": 2,
            "assigned_at": None,
            "blob_storage_used": None,
            "cleanup_at": None,
            "finished_at": None,
            "started_at": None,
            "input": b64({"method": "secret-method"}),
            "log": "MARK-log",
            "node": {"id": 41, "name": "node <b>"},
            "organization": link(5, "organization"),
            "ports": [],
            "results": link(2, "result"),
            "status": "pending",
            "task": link(9, "task"),
        }
    )
    row = record(made)
    assert row["organization"] == 5 and row["task"] == 9 and row["results"] == 2
    assert row["node"] == {"id": 41, "name": "node <b>"}
    # a run's input and log are payloads: hidden as in the repr, never the text
    assert row["input"] == f"<hidden: {len(made.input_ or '')} characters>"
    assert row["log"] == "<hidden: 8 characters>"
    assert "secret-method" not in json.dumps(row, default=str)
    assert (made.input_ or "") not in json.dumps(row, default=str)


def test_json_names_match_every_generated_models_from_dict() -> None:
    """The generator only appends ``_``: ``json_name`` undoes exactly that,
    for every field of every model (``d.pop("<json name>"`` in from_dict)."""
    checked = 0
    for cls in MODELS:
        source = inspect.getsource(sys.modules[cls.__module__])
        for field in cls.__attrs_attrs__:
            if field.name == "additional_properties":
                continue
            assert f'd.pop("{json_name(field.name)}"' in source, (cls, field.name)
            checked += 1
    assert checked > 500
    assert json_name("type_") == "type" and json_name("name") == "name"


@pytest.mark.parametrize("cls", MODELS, ids=_name)
@pytest.mark.parametrize("nested", [False, True], ids=["plain", "nested"])
def test_a_frame_hides_what_the_repr_hides(cls: type, nested: bool) -> None:
    maker = Maker(nested=nested)
    made = maker.model(cls)
    shown = frame([made]).to_csv() + json.dumps(record(made), default=str)
    for name, marker in maker.markers:
        if SECRET_OR_PAYLOAD.search(name) or name == "extra_token":
            assert marker not in shown, f"{name} in the frame: {shown}"


def test_fields_the_spec_does_not_name_are_columns_with_hidden_values() -> None:
    user = User.from_dict(USER)
    user.additional_properties = {"new_field": "MARK-extra"}
    row = record(user)
    assert row["new_field"] == "<hidden>"
    assert "MARK-extra" not in json.dumps(row, default=str)


def test_all_is_a_list_of_every_page_with_to_pandas() -> None:
    first = pages(
        [organization(1, "a"), organization(2, "b")],
        [organization(3, "c"), organization(4, "d")],
        [organization(5, "e")],
    )
    assert list(first.to_pandas()["id"]) == [1, 2]
    everything = first.all()
    assert isinstance(everything, ItemList) and isinstance(everything, list)
    assert [o.id for o in everything] == [1, 2, 3, 4, 5]
    table = everything.to_pandas()
    assert list(table["id"]) == [1, 2, 3, 4, 5]
    assert list(table["name"]) == ["a", "b", "c", "d", "e"]


def test_an_empty_page_is_an_empty_frame() -> None:
    assert Page.single([]).to_pandas().empty
    assert ItemList().to_pandas().empty


def test_items_that_are_no_models_are_a_value_column_or_their_keys() -> None:
    assert list(frame([1, 2])["value"]) == [1, 2]
    assert list(frame([{"a": 1}, {"a": 2}])["a"]) == [1, 2]


# -- runs and results -----------------------------------------------------------------


def test_runs_are_a_row_each_without_input_or_log() -> None:
    raw = run(2, 12, "failed", input_=b64({"method": "MARK-input"}))
    runs = TaskRuns([algorithm_run(1, 11), AlgorithmRun.of(raw, PLAIN)])
    table = runs.to_pandas()
    assert list(table.columns) == list(RUN_COLUMNS)
    assert list(table["run_id"]) == [1, 2]
    assert list(table["organization_id"]) == [11, 12]
    assert list(table["node_id"]) == [41, 42]
    assert list(table["status"]) == ["completed", "failed"]
    assert list(table["task_id"]) == [9, 9]
    assert table["started_at"][0] == pandas.Timestamp(STARTED)
    assert table["duration"][0] == pandas.Timedelta(minutes=5)
    assert "MARK-input" not in table.to_csv() and "log of" not in table.to_csv()


def test_no_runs_is_a_frame_with_the_run_columns() -> None:
    assert list(TaskRuns().to_pandas().columns) == list(RUN_COLUMNS)
    assert list(TaskResults(9, []).to_pandas().columns) == list(RESULT_COLUMNS)


def _results(*values: Any, runs: Runs | None = None) -> TaskResults:
    lookup = RunLookup(
        runs or Runs(*(algorithm_run(i + 1, 11 + i) for i in range(len(values))))
    )
    return TaskResults(
        9,
        [
            TaskResult.of(result(i + 1, "ignored"), value, lookup)
            for i, value in enumerate(values)
        ],
    )


def test_results_are_a_row_per_run_with_the_results_fields() -> None:
    runs = Runs(algorithm_run(1, 11), algorithm_run(2, 12, "failed"))
    results = _results({"mean": 2.5, "count": 10}, None, runs=runs)
    table = results.to_pandas()
    assert list(table.columns) == [*RESULT_COLUMNS, "mean", "count"]
    assert list(table["run_id"]) == [1, 2]
    assert list(table["organization_id"]) == [11, 12]
    assert list(table["status"]) == ["completed", "failed"]
    assert table["mean"][0] == 2.5 and pandas.isna(table["mean"][1])
    assert str(table["finished_at"].dtype).endswith("UTC]")
    assert table["finished_at"][0] == pandas.Timestamp(FINISHED)
    assert table["duration"][1] == pandas.Timedelta(minutes=5)
    assert runs.fetched == 1  # one lookup for the whole task


def test_a_result_key_named_like_a_run_column_is_prefixed() -> None:
    table = _results({"status": "ok", "n": 1}).to_pandas()
    assert table["status"][0] == "completed"
    assert table["result.status"][0] == "ok"
    assert table["n"][0] == 1


def test_results_that_are_not_all_mappings_are_one_result_column() -> None:
    table = _results([1, 2], {"a": 1}).to_pandas()
    assert list(table.columns) == [*RESULT_COLUMNS, "result"]
    assert table["result"][0] == [1, 2] and table["result"][1] == {"a": 1}
    assert list(_results(None, None).to_pandas()["result"]) == [None, None]


def test_the_dataframe_of_results_is_still_the_official_dicts() -> None:
    results = _results({"mean": 2.5})
    official = pandas.DataFrame(results)  # as scripts for the official client do
    assert json.loads(official["result"][0]) == {"mean": 2.5}
    assert results.to_pandas()["mean"][0] == 2.5


def test_a_page_of_results_or_runs_is_framed_as_they_are() -> None:
    results = _results({"mean": 1})
    assert Page.single(list(results)).to_pandas()["mean"][0] == 1
    assert list(Page.single([algorithm_run(1, 11)]).to_pandas().columns) == list(
        RUN_COLUMNS
    )
    # in a mixed list, a result is still a row of its own kind, never its fields
    mixed = frame([results[0], User.from_dict(USER)])
    assert mixed["result"][0] == {"mean": 1}


def test_durations() -> None:
    start = datetime.datetime(2026, 1, 1, 10)
    end = datetime.datetime(2026, 1, 1, 11, 30, tzinfo=datetime.UTC)
    assert duration(start, end) == datetime.timedelta(hours=1, minutes=30)
    assert duration(start, start.replace(minute=1)) == datetime.timedelta(minutes=1)
    assert duration(None, end) is None and duration(start, None) is None


# -- without pandas --------------------------------------------------------------------

WITHOUT_PANDAS = """
import sys
sys.modules["pandas"] = None  # an import of it fails, as when not installed
from vantage6_client._pagination import Page
from vantage6_client import MissingDependencyError, Vantage6Error
try:
    Page.single([1]).to_pandas()
except MissingDependencyError as exc:
    assert isinstance(exc, ImportError) and isinstance(exc, Vantage6Error)
    print(exc.package, exc.extra, exc.name)
    print(exc)
else:
    raise SystemExit("no error")
print(Page.single([1])._repr_html_().count("<tr>"))  # no pandas needed
"""


def test_without_pandas_the_error_names_the_extra() -> None:
    shown = subprocess.run(
        [sys.executable, "-c", WITHOUT_PANDAS],
        check=False,
        capture_output=True,
        text=True,
    )
    assert shown.returncode == 0, shown.stderr
    names, message, rows = shown.stdout.splitlines()
    assert names == "pandas pandas pandas"
    assert message == (
        "to_pandas() needs pandas, which is not installed: "
        "pip install 'vantage6-sdk[pandas]'"
    )
    assert rows == "2"


def test_the_error_is_an_import_error_and_a_vantage6_error() -> None:
    error = MissingDependencyError("x", package="pandas", extra="pandas")
    assert isinstance(error, ImportError) and isinstance(error, Vantage6Error)
    assert re.fullmatch("x", str(error))
