"""Small HTML tables for notebooks: the ``_repr_html_`` of models, pages,
lists, runs and results.

Jupyter shows these where a plain ``repr`` would be. They hide what the repr
hides, by the same rules (``_reprs.py``: a model's ``_repr_rules``, the
hand-written classes' own fields): secrets as ``<hidden>``, payloads (a run's
input, a result, a log) as ``<hidden: 1,234 characters>``. Every value is
``html.escape``-d: a name is text, never markup. A model is a table of
field/value rows, its fields named as its repr names them (the attributes:
``type_``; a DataFrame's columns are the API's names, ``type``); a page or
list is a row per item with a few columns, at most ``MAX_ROWS`` rows and then
how many more. A link shows its id. No pandas: this module imports
nothing heavy, and is loaded on a notebook's first HTML display.
"""

from __future__ import annotations

import datetime
import html
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from vantage6_client._exceptions import Vantage6Error
from vantage6_client._frames import is_link
from vantage6_client._reprs import (
    OMIT,
    PATH,
    PAYLOAD,
    PLAIN,
    check_rule,
    field_text,
    model_fields,
    short,
)

if TYPE_CHECKING:
    from vantage6_client._pagination import Page
    from vantage6_client._results import AlgorithmRun, TaskResult, TaskResults

MAX_ROWS = 20  # rows of a list shown; then "… N more"
MAX_COLUMNS = 6  # fields of a model shown as columns of a list
_MAX_TEXT = 100  # longer text is cut to its first _CUT characters
_CUT = 60
_ADDITIONAL = "additional_properties"
_UNREAD = "?"  # a run's fact that could not be read

Triple = tuple[str, Any, str]


def model_html(model: Any, rules: Mapping[str, str]) -> str:
    """A generated model as a table of its fields (the repr's, in its order)."""
    return fields_html(type(model).__name__, model_fields(model, rules))


def fields_html(name: str, fields: Iterable[Triple]) -> str:
    """A table of ``(field, value, rule)`` triples, captioned ``name``: what
    the repr shows, each value under its rule."""
    rows = [
        (field, cell_text(value, rule))
        for field, value, rule in fields
        if _shown(name, field, value, rule)
    ]
    return _table(name, ("field", "value"), rows, 0, header_column=True)


def page_html(page: Page[Any]) -> str:
    """A page: captioned with its number, size, total and kind."""
    of = f" of {page.total}" if page.total is not None else ""
    caption = f"Page {page.number}: {len(page.data)}{of} {_kind(page.data)}"
    return items_html(caption, page.data)


def list_html(items: Sequence[Any]) -> str:
    """A list of items (``page.all()``): captioned with its size and kind."""
    return items_html(f"{len(items)} {_kind(items)}", items)


def items_html(caption: str, items: Sequence[Any]) -> str:
    """A row per item, up to ``MAX_ROWS``: the first ``MAX_COLUMNS`` fields
    that any shown item has a value for (not None), in the repr's order; runs
    and results have their own few columns."""
    shown = list(items[:MAX_ROWS])
    fields = [_item_fields(item) for item in shown]
    columns: list[str] = []
    for item in fields:
        for name, (value, _rule) in item.items():
            if value is not None and name not in columns:
                columns.append(name)
    order = list(dict.fromkeys(name for item in fields for name in item))
    columns = sorted(columns, key=order.index)[:MAX_COLUMNS]
    rows = [
        tuple(cell_text(*item[column]) if column in item else "" for column in columns)
        for item in fields
    ]
    return _table(caption, columns, rows, len(items) - len(shown))


def results_html(results: TaskResults) -> str:
    """A task's results: a row per run, the result hidden."""
    caption = f"Results of task {results.task_id}: {len(results)} results"
    return items_html(caption, list(results))


def result_html(result: TaskResult) -> str:
    """One result: its fields and its run's, the result hidden."""
    return fields_html("TaskResult", _result_fields(result, full=True))


def runs_html(runs: Sequence[AlgorithmRun]) -> str:
    """A task's runs: a row per run, input and log hidden."""
    tasks = {run.task_id for run in runs}
    of = f" of task {tasks.pop()}" if len(tasks) == 1 else ""
    return items_html(f"Runs{of}: {len(runs)} runs", runs)


def cell_text(value: Any, rule: str) -> str:
    """A value as a table shows it, escaped: hidden as the repr hides it, a
    link as its id, text without quotes (cut when long), the rest as the
    repr shows it."""
    if rule != PLAIN:
        return html.escape(field_text(value, rule))
    value = _ids(value)
    if isinstance(value, str):
        text = value
        if len(text) > _MAX_TEXT:
            text = f"{text[:_CUT]}… ({len(text):,} characters)"
        return html.escape(text)
    if isinstance(value, datetime.datetime):
        return html.escape(value.isoformat(timespec="seconds"))
    return html.escape(short(value))


# -- what an item shows ------------------------------------------------------------


def _item_fields(item: Any) -> dict[str, tuple[Any, str]]:
    """An item's shown fields, by name: ``(value, rule)``."""
    fields: Iterable[Triple]
    results = _results_module()
    if results is not None and isinstance(item, results.TaskResult):
        fields = _result_fields(item, full=False)
    elif results is not None and isinstance(item, results.AlgorithmRun):
        fields = (
            ("id", item.id, PLAIN),
            ("organization_id", item.organization_id, PLAIN),
            ("status", item.status, PLAIN),
            ("started_at", item.started_at, PLAIN),
            ("finished_at", item.finished_at, PLAIN),
            ("input", item.input, PAYLOAD),
        )
    else:
        rules = getattr(type(item), "_repr_rules", None)
        if rules is None or not hasattr(type(item), "__attrs_attrs__"):
            fields = (("value", item, PLAIN),)
        else:
            fields = (
                triple
                for triple in model_fields(item, rules)
                if triple[0] != _ADDITIONAL
            )
    name = type(item).__name__
    return {
        field: (value, rule)
        for field, value, rule in fields
        if _shown(name, field, value, rule)
    }


def _result_fields(result: TaskResult, *, full: bool) -> list[Triple]:
    """A result's fields and those of its run, read once for the task; a
    run that cannot be read shows ``?``."""
    organization: object
    status: object
    started: object
    finished: object
    try:
        run = result.run
    except Vantage6Error:  # a notebook's display must not fail on it
        organization = status = started = finished = _UNREAD
    else:
        organization = run.organization_id if run else None
        status = run.status if run else None
        started = run.started_at if run else None
        finished = run.finished_at if run else None
    fields: list[Triple] = [("id", result.id, PLAIN)]
    if full:
        fields.append(("task_id", result.task_id, PLAIN))
    fields += [
        ("organization_id", organization, PLAIN),
        ("status", status, PLAIN),
    ]
    if full:
        fields.append(("started_at", started, PLAIN))
    fields.append(("finished_at", finished, PLAIN))
    if full and result.blob_storage_used is not None:
        fields.append(("blob_storage_used", result.blob_storage_used, PLAIN))
    fields.append(("result", result.result, PAYLOAD))
    return fields


def _shown(name: str, field: str, value: Any, rule: str) -> bool:
    check_rule(name, field, rule)
    return not (rule == OMIT or (rule == PATH and isinstance(value, str)))


def _ids(value: Any) -> Any:
    if is_link(value):
        return value.id
    if isinstance(value, list | tuple):
        return [_ids(item) for item in value]
    return value


def _kind(items: Sequence[Any]) -> str:
    return type(items[0]).__name__ if items else "items"


def _results_module() -> Any:
    # loaded whenever any item is a run or a result
    return sys.modules.get("vantage6_client._results")


# -- the table ------------------------------------------------------------------


def _table(
    caption: str,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    more: int,
    *,
    header_column: bool = False,
) -> str:
    """An HTML table; ``rows`` are escaped already, the rest is escaped here.
    ``more`` items left out are counted in a last row."""
    lines = [
        '<table class="vantage6">',
        f'<caption style="text-align: left">{html.escape(caption)}</caption>',
        "<thead><tr>"
        + "".join(
            f'<th style="text-align: left">{html.escape(name)}</th>' for name in header
        )
        + "</tr></thead>",
        "<tbody>",
    ]
    for row in rows:
        cells = [
            f'<th style="text-align: left">{html.escape(text)}</th>'
            if header_column and index == 0
            else f'<td style="text-align: left">{text}</td>'
            for index, text in enumerate(row)
        ]
        lines.append("<tr>" + "".join(cells) + "</tr>")
    if more > 0:
        lines.append(
            f'<tr><td colspan="{max(len(header), 1)}">… {more:,} more</td></tr>'
        )
    lines += ["</tbody>", "</table>"]
    return "\n".join(lines)
