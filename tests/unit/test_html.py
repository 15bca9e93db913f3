"""``_repr_html_``: small HTML tables for notebooks.

A model is a table of its fields, a page or a list a row per item (at most
``MAX_ROWS``, then how many more), runs and results a row per run. They hide
what the repr hides (every model class walked, as in ``test_reprs``), and
every value is escaped. No pandas is needed; the plain repr stays short.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from typing import Any

import pytest
from vantage6_server_api.models import Run, User

from tests.unit.test_frames import organization, pages
from tests.unit.test_reprs import MODELS, RUN, SECRET_OR_PAYLOAD, USER, Maker, _name
from tests.unit.test_results import PLAIN, Runs, algorithm_run, b64, result
from vantage6_client import DecryptionError
from vantage6_client._html import MAX_COLUMNS, MAX_ROWS, cell_text
from vantage6_client._pagination import ItemList, Page
from vantage6_client._results import (
    AlgorithmRun,
    RunLookup,
    TaskResult,
    TaskResults,
    TaskRuns,
)


def cells(table: str) -> list[list[str]]:
    """The table's rows (header included) as lists of cell texts, unescaped."""
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)
    return [
        [html.unescape(cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row)]
        for row in rows
    ]


def caption(table: str) -> str:
    found = re.search(r"<caption[^>]*>(.*?)</caption>", table, re.S)
    assert found is not None
    return html.unescape(found.group(1))


# -- a model ---------------------------------------------------------------------


def test_a_model_is_a_table_of_its_fields() -> None:
    user = User.from_dict(USER)
    table = user._repr_html_()
    assert caption(table) == "User"
    rows = dict(cells(table)[1:])
    assert cells(table)[0] == ["field", "value"]
    assert rows["id"] == "3"
    assert rows["username"] == "alice"  # text without the repr's quotes
    assert rows["organization"] == "1"  # a link is its id
    assert rows["otp_secret"] == "<hidden>"
    assert rows["last_seen"] == "2026-11-26T05:11:03+00:00"
    assert "roles" not in rows  # the API path of a list, as in the repr
    assert user.otp_secret not in table
    assert len(repr(user)) < 400  # the plain repr stays short


def test_a_run_hides_its_encrypted_input_and_log() -> None:
    run = Run.from_dict({**RUN, "input": "c2VjcmV0$aXY=$ZW5jcnlwdGVk", "log": "MARK"})
    table = run._repr_html_()
    rows = dict(cells(table)[1:])
    assert rows["input_"] == "<hidden: 26 characters>"
    assert rows["log"] == "<hidden: 4 characters>"
    assert "c2VjcmV0" not in table and "MARK" not in table


def test_text_is_escaped_never_markup() -> None:
    user = User.from_dict(dict(USER, username="<script>alert(1)</script>"))
    for table in (
        user._repr_html_(),
        Page.single([user])._repr_html_(),
        ItemList([user])._repr_html_(),
    ):
        assert "<script>" not in table
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in table
    named = organization(1, '"a" & <b>')
    assert "&quot;a&quot; &amp; &lt;b&gt;" in named._repr_html_()


def test_long_text_is_cut() -> None:
    assert cell_text("x" * 1000, "plain") == "x" * 60 + "… (1,000 characters)"
    assert cell_text("short", "plain") == "short"
    assert cell_text([1, 2], "plain") == "[1, 2]"
    assert cell_text("abc", "payload") == "&lt;hidden: 3 characters&gt;"
    assert cell_text(None, "secret") == "None"


@pytest.mark.parametrize("cls", MODELS, ids=_name)
@pytest.mark.parametrize("nested", [False, True], ids=["plain", "nested"])
def test_a_models_table_hides_what_the_repr_hides(cls: type, nested: bool) -> None:
    maker = Maker(nested=nested)
    made = maker.model(cls)
    shown = made._repr_html_() + ItemList([made])._repr_html_()
    for name, marker in maker.markers:
        if SECRET_OR_PAYLOAD.search(name) or name == "extra_token":
            assert marker not in shown, f"{name} in the HTML: {shown}"


# -- pages and lists ----------------------------------------------------------------


def test_a_page_says_its_number_and_the_total() -> None:
    first = pages([organization(1, "a"), organization(2, "b")], [organization(3, "c")])
    table = first._repr_html_()
    assert caption(table) == "Page 1: 2 of 3 Organization"
    rows = cells(table)
    assert rows[0][:2] == ["id", "name"]
    assert [row[:2] for row in rows[1:]] == [["1", "a"], ["2", "b"]]
    second = first.next_page()
    assert second is not None
    assert caption(second._repr_html_()) == "Page 2: 1 of 3 Organization"
    assert caption(Page.single([])._repr_html_()) == "Page 1: 0 of 0 items"


def test_a_list_shows_at_most_max_rows_then_how_many_more() -> None:
    everything = ItemList(organization(i, f"org {i}") for i in range(1, 46))
    table = everything._repr_html_()
    assert caption(table) == "45 Organization"
    rows = cells(table)
    assert len(rows) == 1 + MAX_ROWS + 1
    assert rows[MAX_ROWS][:2] == [str(MAX_ROWS), f"org {MAX_ROWS}"]
    assert rows[-1] == [f"… {45 - MAX_ROWS} more"]
    exactly = ItemList(organization(i, "o") for i in range(MAX_ROWS))._repr_html_()
    assert "more" not in exactly


def test_a_list_shows_a_few_columns_that_have_values() -> None:
    users = [User.from_dict(USER)]
    header = cells(ItemList(users)._repr_html_())[0]
    assert len(header) == MAX_COLUMNS
    # ip and the e-mail dates are None for every row: not worth a column
    assert header == ["id", "username", "email", "firstname", "last_seen", "lastname"]


# -- runs and results ------------------------------------------------------------------


def test_an_algorithm_run_shows_its_repr_fields_with_input_hidden() -> None:
    run = AlgorithmRun.of(Run.from_dict({**RUN, "input": b64({"k": "MARK"})}), PLAIN)
    table = run._repr_html_()
    rows = dict(cells(table)[1:])
    assert caption(table) == "AlgorithmRun"
    assert rows["input"] == "<hidden: dict of 1 item>"
    assert rows["organization_id"] == "2" and rows["status"] == "completed"
    assert "MARK" not in table and rows["log"].startswith("<hidden")


def test_task_runs_are_a_row_per_run() -> None:
    runs = TaskRuns([algorithm_run(1, 11), algorithm_run(2, 12, "failed")])
    table = runs._repr_html_()
    assert caption(table) == "Runs of task 9: 2 runs"
    rows = cells(table)
    assert rows[0] == ["id", "organization_id", "status", "started_at", "finished_at"]
    assert rows[2][:3] == ["2", "12", "failed"]
    assert "log of" not in table


def _results(*values: Any, runs: Any) -> TaskResults:
    lookup = RunLookup(runs)
    return TaskResults(
        9,
        [
            TaskResult.of(result(i + 1, "x"), value, lookup)
            for i, value in enumerate(values)
        ],
    )


def test_results_show_each_runs_organization_and_status_not_the_result() -> None:
    runs = Runs(algorithm_run(1, 11), algorithm_run(2, 12, "failed"))
    results = _results({"MARK": 1}, None, runs=runs)
    table = results._repr_html_()
    assert caption(table) == "Results of task 9: 2 results"
    rows = cells(table)
    assert rows[0] == ["id", "organization_id", "status", "finished_at", "result"]
    assert rows[1] == [
        "1",
        "11",
        "completed",
        "2026-11-30T10:05:00+00:00",
        "<hidden: dict of 1 item>",
    ]
    assert rows[2][:3] == ["2", "12", "failed"]
    assert "MARK" not in table
    assert runs.fetched == 1
    assert repr(results) == "<TaskResults of task 9: 2 results>"


def test_one_result_is_a_table_of_its_fields() -> None:
    runs = Runs(algorithm_run(1, 11))
    made = _results([1, 2, 3], runs=runs)[0]
    rows = dict(cells(made._repr_html_())[1:])
    assert rows["organization_id"] == "11" and rows["task_id"] == "9"
    assert rows["result"] == "<hidden: list of 3 items>"
    assert rows["started_at"] == "2026-11-30T10:00:00+00:00"


def test_runs_that_cannot_be_read_show_a_question_mark() -> None:
    def broken() -> Any:
        raise DecryptionError("no key")

    results = _results({"a": 1}, runs=broken)
    rows = cells(results._repr_html_())
    assert rows[1][:3] == ["1", "?", "?"]
    assert dict(cells(results[0]._repr_html_())[1:])["status"] == "?"


def test_html_needs_no_pandas() -> None:
    probe = (
        "import sys\nsys.modules['pandas'] = None\n"
        "from vantage6_server_api.models import Organization\n"
        "from vantage6_client._pagination import ItemList\n"
        f"o = Organization.from_dict({organization(1, 'a').to_dict()!r})\n"
        "print(len(o._repr_html_()) > 0, len(ItemList([o])._repr_html_()) > 0)\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert shown.stdout.strip() == "True True"
