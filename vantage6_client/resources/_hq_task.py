"""Creating a task on a 5.x HQ: ``client.task.create`` there.

A 5.x task runs ``method`` of ``image`` inside a session, with keyword
``arguments`` only (encrypted per organization, as 4.x's input was), on the
session's dataframes (``databases``: a list of lists, one per argument of
the method that takes data, of ``{"type": "dataframe", "dataframe_id": id}``
or ``{"type": "source", "label": name}``). The official 5.x client's
positional order differs from 4.x's after the fourth argument:
:func:`official_hq_positions` reads it there.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from vantage6_hq_api.models import Collaboration, Study, TaskDatabaseInput, TaskInput
from vantage6_hq_api.models import Task as HQTask
from vantage6_hq_api.models import TaskOrganization as HQTaskOrganization
from vantage6_hq_api.models.task_input_action import TaskInputAction

from vantage6_client._exceptions import InvalidArgumentError
from vantage6_client._payloads import dump_payload
from vantage6_client.resources._arguments import arguments_for
from vantage6_client.resources._base import given, optional_id, optional_ids

if TYPE_CHECKING:
    from vantage6_client.resources.task import TaskGroup

F = TypeVar("F", bound=Callable[..., Any])

# the official 5.x task.create's parameters from the fifth on
OFFICIAL_HQ_ORDER = (
    "method",
    "arguments",
    "session",
    "collaboration",
    "study",
    "store",
    "databases",
    "action",
)
ACTIONS = (
    "data_extraction",
    "preprocessing",
    "federated_compute",
    "central_compute",
    "postprocessing",
)


def official_hq_positions(first: int, names: Sequence[str]) -> Callable[[F], F]:
    """On a 5.x HQ, positional arguments from position ``first`` (0: the
    first after ``self``) are the official 5.x method's ``names``; on 4.x
    they stay what the signature says."""

    def decorate(method: F) -> F:
        @functools.wraps(method)
        def read(self: Any, *args: Any, **kwargs: Any) -> Any:
            if len(args) > first and self._on_hq:
                extra = args[first:]
                if len(extra) > len(names):
                    raise InvalidArgumentError(
                        f"too many positional arguments for the 5.x form: "
                        f"after the first {first}, {', '.join(names)}"
                    )
                for name, value in zip(names, extra, strict=False):
                    if name in kwargs:
                        raise InvalidArgumentError(f"{name} given twice")
                    kwargs[name] = value
                args = args[:first]
            return method(self, *args, **kwargs)

        return read  # type: ignore[return-value]

    return decorate


def create(
    group: TaskGroup,
    *,
    targets: list[int],
    name: str,
    image: str,
    description: str,
    method: str | None,
    arguments: Mapping[str, Any] | None,
    session: int | None,
    collaboration: int | None,
    study: int | None,
    store: int | None,
    databases: Any,
    action: str | None,
    depends_on: Sequence[int] | None,
) -> HQTask:
    """``task.create`` on HQ (arguments checked by the caller as on 4.x)."""
    if not isinstance(method, str) or not method:
        raise InvalidArgumentError(
            "method is required on 5.x: the function of the algorithm to run "
            "(its arguments go in arguments=)"
        )
    if arguments is not None and not isinstance(arguments, Mapping):
        raise InvalidArgumentError(
            "arguments must be a dict of the method's keyword arguments"
        )
    if action is not None and action not in ACTIONS:
        raise InvalidArgumentError(f"action must be one of {ACTIONS}, not {action!r}")
    payload = dump_payload(dict(arguments or {}))
    database_lists = _databases(databases)
    session_id = group._session_id(session)
    study_id = optional_id(study, "study")
    store_id = optional_id(store, "store")
    if store_id is None:
        store_id = group._client.store.store_id
    waits_for = optional_ids(depends_on, "depends_on")
    collaboration_id = _collaboration_of(group, collaboration, study_id)
    encrypted = group._transport.call(
        Collaboration, group._hq_ops.collaboration_get, collaboration_id
    ).encrypted
    sealed = arguments_for(group._client, bool(encrypted), targets, payload)
    body = TaskInput(
        image=image,
        method=method,
        name=name,
        description=description,
        session_id=session_id,
        collaboration_id=collaboration_id,
        organizations=[HQTaskOrganization(id=o, arguments=sealed[o]) for o in targets],
        databases=database_lists,
        study_id=given(study_id),
        store_id=given(store_id),
        action=given(cast(TaskInputAction | None, action)),  # one of ACTIONS
        depends_on_ids=given(waits_for),
    )
    return group._transport.call(HQTask, group._hq_ops.task_create, body=body)


def _collaboration_of(
    group: TaskGroup, collaboration: int | None, study: int | None
) -> int:
    if collaboration is None and study is not None:
        found = group._transport.call(Study, group._hq_ops.study_get, study)
        if found.collaboration is not None:
            return found.collaboration.id
    return group._collaboration_id(collaboration)


def _databases(databases: Any) -> list[list[TaskDatabaseInput]] | None:
    """The official 5.x forms: a dataframe id, a list of database dicts (one
    each), or a list of lists of them; a dict without ``type`` is a
    dataframe's (with ``dataframe_id``) or a source database's (``label``)."""
    if databases is None:
        return None
    if isinstance(databases, int) and not isinstance(databases, bool):
        databases = [[{"dataframe_id": databases}]]
    if not isinstance(databases, Sequence) or isinstance(databases, str | bytes):
        raise InvalidArgumentError(
            "databases must be a dataframe id, or a list (of lists) of "
            "{'dataframe_id': id} or {'type': 'source', 'label': name}"
        )
    lists = [entry if isinstance(entry, Sequence) else [entry] for entry in databases]
    return [[_database(entry) for entry in group] for group in lists]


def _database(entry: Any) -> TaskDatabaseInput:
    if isinstance(entry, int) and not isinstance(entry, bool):
        entry = {"dataframe_id": entry}
    if not isinstance(entry, Mapping):
        raise InvalidArgumentError(f"a database must be a dict, not {entry!r}")
    unknown = set(entry) - {"type", "dataframe_id", "label"}
    if unknown:
        raise InvalidArgumentError(f"unknown database keys {sorted(unknown)}")
    kind = entry.get("type") or ("source" if "label" in entry else "dataframe")
    if kind == "dataframe":
        optional_id(entry.get("dataframe_id"), "dataframe_id")
        if entry.get("dataframe_id") is None:
            raise InvalidArgumentError("a dataframe database needs its dataframe_id")
        return TaskDatabaseInput(type_="dataframe", dataframe_id=entry["dataframe_id"])
    if kind == "source" and isinstance(entry.get("label"), str) and entry["label"]:
        return TaskDatabaseInput(type_="source", label=entry["label"])
    raise InvalidArgumentError(
        f"a database is {{'type': 'dataframe', 'dataframe_id': id}} or "
        f"{{'type': 'source', 'label': name}}, not {dict(entry)!r}"
    )
