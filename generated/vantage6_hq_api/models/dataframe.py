from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    BinaryIO,
    ClassVar,
    Generator,
    TextIO,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

if TYPE_CHECKING:
    from ..models.column import Column
    from ..models.link import Link
    from ..models.task import Task


T = TypeVar("T", bound="Dataframe")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class Dataframe(JsonView):
    """
    Attributes:
        columns (list[Column]):
        db_label (None | str):
        id (int):
        last_session_task (Task):
        name (None | str):
        organizations_ready (list[int]): ids of the organizations whose run of the last session task has completed: only
            these may compute on the dataframe
        ready (bool): true when all runs of the dataframe's last session task (extraction or preprocessing) have
            completed
        session (Link | None):
        tasks (str): API path of the related list
    """

    columns: list[Column]
    db_label: None | str
    id: int
    last_session_task: Task
    name: None | str
    organizations_ready: list[int]
    ready: bool
    session: Link | None
    tasks: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _repr_rules: ClassVar[Mapping[str, str]] = {"tasks": "path"}

    def to_dict(self) -> dict[str, Any]:
        """This Dataframe as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.column import Column  # noqa: PLC0415
        from ..models.link import Link  # noqa: PLC0415
        from ..models.task import Task  # noqa: PLC0415

        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)

        db_label: None | str
        db_label = self.db_label

        id = self.id

        last_session_task = self.last_session_task.to_dict()

        name: None | str
        name = self.name

        organizations_ready = self.organizations_ready

        ready = self.ready

        session: dict[str, Any] | None
        if isinstance(self.session, Link):
            session = self.session.to_dict()
        else:
            session = self.session

        tasks = self.tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columns": columns,
                "db_label": db_label,
                "id": id,
                "last_session_task": last_session_task,
                "name": name,
                "organizations_ready": organizations_ready,
                "ready": ready,
                "session": session,
                "tasks": tasks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Dataframe from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        from ..models.column import Column  # noqa: PLC0415
        from ..models.link import Link  # noqa: PLC0415
        from ..models.task import Task  # noqa: PLC0415

        d = dict(src_dict)
        columns = []
        _columns = d.pop("columns")
        for columns_item_data in _columns:
            columns_item = Column.from_dict(columns_item_data)

            columns.append(columns_item)

        def _parse_db_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        db_label = _parse_db_label(d.pop("db_label"))

        id = d.pop("id")

        last_session_task = Task.from_dict(d.pop("last_session_task"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        organizations_ready = cast(list[int], d.pop("organizations_ready"))

        ready = d.pop("ready")

        def _parse_session(data: object) -> Link | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_type_0 = Link.from_dict(data)

                return session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Link | None, data)

        session = _parse_session(d.pop("session"))

        tasks = d.pop("tasks")

        _instance = cls(
            columns=columns,
            db_label=db_label,
            id=id,
            last_session_task=last_session_task,
            name=name,
            organizations_ready=organizations_ready,
            ready=ready,
            session=session,
            tasks=tasks,
        )

        _instance.additional_properties = d
        return _instance
