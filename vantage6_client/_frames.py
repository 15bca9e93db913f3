"""``to_pandas()``: pages, lists, runs and results as ``pandas.DataFrame``.

pandas is an optional extra (``pip install 'vantage6-sdk[pandas]'``): it is
imported here, on the first ``to_pandas()``, and its absence is a
:class:`MissingDependencyError` naming the extra. This module itself imports
nothing heavy, so ``_html.py`` can share its reading of models.

What a frame holds
------------------
Models (a page or ``.all()`` of organizations, tasks, users, ...): one row per
item, one column per field, named as the API (and ``to_dict()``) names it:
``type``, ``input``, not the attributes' ``type_``, ``input_``; ``id``,
``name`` and ``username`` first. Then

- a link to another resource (``{"id", "link", "methods"}``) is its id, in a
  column of the field's own name: ``organization`` holds the organization's
  id; a list of links is a list of ids;
- a nested model that is not a link is a dict of its fields, read the same
  way;
- date-times are pandas' timezone-aware UTC date-times (the server's naive
  ones are UTC);
- a field the server left out is NaN (and absent when no row has it);
- what a model's repr hides its frame hides as the repr does (``_repr_rules``,
  ``_reprs.py``): secrets are ``"<hidden>"``, payloads (a run's encrypted
  input, a result, a log) ``"<hidden: 1,234 characters>"``, fields the spec
  does not name show ``"<hidden>"``; API paths of related lists are left out.

Runs (:class:`~vantage6_client.TaskRuns`, ``AlgorithmRun`` items): the run's
facts, ``RUN_COLUMNS``; its input and log are not columns.

Results (:class:`~vantage6_client.TaskResults`, ``TaskResult`` items): one
row per run, ``RESULT_COLUMNS``, then the decrypted, parsed result: its keys
as columns when every result is a mapping (a key that is also one of
``RESULT_COLUMNS`` becomes ``"result.<key>"``), else one ``result`` column.
Reading the runs' facts costs one request for the whole task.
"""

from __future__ import annotations

import datetime
import sys
from collections.abc import Iterable, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

from vantage6_client._exceptions import MissingDependencyError
from vantage6_client._reprs import (
    OMIT,
    PATH,
    PAYLOAD,
    SECRET,
    SHOW,
    check_rule,
    hidden,
    model_fields,
)

if TYPE_CHECKING:
    import pandas  # type: ignore[import-untyped]

    from vantage6_client._results import AlgorithmRun, TaskResult

RUN_COLUMNS = (
    "run_id",
    "task_id",
    "organization_id",
    "node_id",
    "status",
    "assigned_at",
    "started_at",
    "finished_at",
    "duration",
)
RESULT_COLUMNS = (
    "run_id",
    "task_id",
    "organization_id",
    "status",
    "started_at",
    "finished_at",
    "duration",
)
_ADDITIONAL = "additional_properties"


def require_pandas(feature: str = "to_pandas()") -> ModuleType:
    """The pandas module, imported now.

    Raises
    ------
    MissingDependencyError
        pandas is not installed; the message names the extra.
    """
    try:
        import pandas  # noqa: PLC0415
    except ImportError as exc:
        raise MissingDependencyError(
            f"{feature} needs pandas, which is not installed: "
            "pip install 'vantage6-sdk[pandas]'",
            package="pandas",
            extra="pandas",
        ) from exc
    module: ModuleType = pandas
    return module


def frame(items: Iterable[object], columns: Sequence[str] = ()) -> pandas.DataFrame:
    """A DataFrame with one row per item: results, runs or models (see the
    module docstring), chosen by what the items are; without items, one with
    ``columns`` only.

    Raises
    ------
    MissingDependencyError
        pandas is not installed.
    """
    pd = require_pandas()
    rows = list(items)
    if not rows:
        return pd.DataFrame(columns=list(columns))
    results = sys.modules.get("vantage6_client._results")  # loaded if any is one
    if results is not None:
        if all(isinstance(row, results.TaskResult) for row in rows):
            return _typed(pd, results_records(cast("list[TaskResult]", rows)))
        if all(isinstance(row, results.AlgorithmRun) for row in rows):
            runs = cast("list[AlgorithmRun]", rows)
            return _typed(pd, [run_record(run) for run in runs])
    return _typed(pd, [record(row) for row in rows])


# -- rows ---------------------------------------------------------------------


def record(item: object) -> dict[str, Any]:
    """One row of a frame of models: ``{column: value}`` (module docstring);
    of a run or a result, as in a frame of runs or results (the result in one
    ``result`` column)."""
    results = sys.modules.get("vantage6_client._results")
    if results is not None and isinstance(item, results.AlgorithmRun):
        return run_record(item)
    if results is not None and isinstance(item, results.TaskResult):
        return _result_record(item, item.result, spread=False)
    rules = getattr(type(item), "_repr_rules", None)
    if rules is None or not hasattr(type(item), "__attrs_attrs__"):
        return dict(item) if isinstance(item, Mapping) else {"value": item}
    row: dict[str, Any] = {}
    for name, value, rule in model_fields(item, rules):
        check_rule(type(item).__name__, name, rule)
        if name == _ADDITIONAL:
            for key, extra in value.items():
                row[str(key)] = cell(extra) if rule == SHOW else _hide(extra, SECRET)
        elif rule == OMIT or (rule == PATH and isinstance(value, str)):
            continue
        elif rule in (SECRET, PAYLOAD):
            row[json_name(name)] = _hide(value, rule)
        else:
            row[json_name(name)] = cell(value)
    return row


def json_name(attribute: str) -> str:
    """The API's name of a generated model's attribute: the generator adds
    ``_`` to names that are Python keywords or builtins (``type_``,
    ``input_``, ``next_``) and changes nothing else (a unit test checks every
    model)."""
    return attribute[:-1] if attribute.endswith("_") else attribute


def cell(value: Any) -> Any:
    """A field's value in a frame: a link as its id, a nested model as a dict
    of its row, lists and dicts item by item, the rest as it is."""
    if is_link(value):
        return value.id
    if hasattr(type(value), "_repr_rules") and hasattr(type(value), "__attrs_attrs__"):
        return record(value)
    if isinstance(value, list | tuple):
        return [cell(item) for item in value]
    if isinstance(value, dict):
        return {key: cell(item) for key, item in value.items()}
    return value


def is_link(value: object) -> bool:
    """Whether ``value`` is a generated link model (``{"id", "link",
    "methods"}``): a model with an ``id`` whose every other field its repr
    omits (the template's rule for a model with ``id`` and ``link``)."""
    kind = type(value)
    rules = getattr(kind, "_repr_rules", None)
    fields = getattr(kind, "__attrs_attrs__", None)
    if rules is None or fields is None:
        return False
    names = {field.name for field in fields} - {_ADDITIONAL}
    others = names - {"id"}
    return "id" in names and bool(others) and all(rules.get(n) == OMIT for n in others)


def run_record(run: AlgorithmRun) -> dict[str, Any]:
    """One row of a frame of runs: ``RUN_COLUMNS``."""
    return {
        "run_id": run.id,
        "task_id": run.task_id,
        "organization_id": run.organization_id,
        "node_id": run.node_id,
        "status": run.status,
        "assigned_at": run.assigned_at,
        "started_at": run.started_at,
        "finished_at": run.finished_at,
        "duration": duration(run.started_at, run.finished_at),
    }


def results_records(results: list[TaskResult]) -> list[dict[str, Any]]:
    """The rows of a frame of results: ``RESULT_COLUMNS`` from each run (one
    lookup for all), then the result's keys when every result that is there
    is a mapping, else its value as ``result``."""
    values = [result.result for result in results]
    present = [value for value in values if value is not None]
    spread = bool(present) and all(isinstance(value, Mapping) for value in present)
    return [
        _result_record(result, value, spread=spread)
        for result, value in zip(results, values, strict=True)
    ]


def _result_record(result: TaskResult, value: Any, *, spread: bool) -> dict[str, Any]:
    run = result.run
    started = run.started_at if run else None
    finished = run.finished_at if run else None
    row: dict[str, Any] = {
        "run_id": result.id,
        "task_id": result.task_id,
        "organization_id": run.organization_id if run else None,
        "status": run.status if run else None,
        "started_at": started,
        "finished_at": finished,
        "duration": duration(started, finished),
    }
    if not spread:
        row["result"] = value
    elif value is not None:
        for key, item in value.items():
            name = str(key)
            row[f"result.{name}" if name in RESULT_COLUMNS else name] = item
    return row


def duration(
    started: datetime.datetime | None, finished: datetime.datetime | None
) -> datetime.timedelta | None:
    """How long a run ran; None until it has both started and finished."""
    if started is None or finished is None:
        return None
    if (started.tzinfo is None) != (finished.tzinfo is None):  # naive is UTC
        started, finished = _utc(started), _utc(finished)
    return finished - started


# -- the frame ------------------------------------------------------------------


def _typed(pd: ModuleType, rows: list[dict[str, Any]]) -> pandas.DataFrame:
    """The rows as a frame, columns in the order first seen; a column of
    date-times as UTC date-times, one of durations as timedeltas."""
    table = pd.DataFrame.from_records(rows)
    for column in table.columns:
        kinds = {type(value) for value in table[column] if _present(value)}
        if kinds and all(issubclass(kind, datetime.datetime) for kind in kinds):
            table[column] = pd.to_datetime(
                [_utc(value) if _present(value) else None for value in table[column]],
                utc=True,
            )
        elif kinds and all(issubclass(kind, datetime.timedelta) for kind in kinds):
            table[column] = pd.to_timedelta(
                [value if _present(value) else None for value in table[column]]
            )
    return table


def _present(value: object) -> bool:
    # pandas fills a column a row lacks with NaN (a float that is not itself)
    return value is not None and value == value  # noqa: PLR0124


def _utc(value: datetime.datetime) -> datetime.datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=datetime.UTC)
    return value.astimezone(datetime.UTC)


def _hide(value: Any, rule: str) -> str | None:
    return None if value is None else hidden(value, rule)
