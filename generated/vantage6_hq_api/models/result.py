from __future__ import annotations

import datetime
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
    from ..models.link import Link


T = TypeVar("T", bound="Result")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class Result(JsonView):
    """
    Attributes:
        action (None | str):
        blob_storage_used (bool | None):
        cleanup_at (datetime.datetime | None): When HQ's clean-up job removed this result; null while it is kept. UTC,
            sent without an offset (a naive datetime).
        id (int):
        result (None | str): The run's result: JSON, base64-encoded, or encrypted with the public key of the task's
            initiating organization in an encrypted collaboration
        run (Link): A reference to one related resource: its id, API path and the HTTP methods the path accepts (in no
            fixed order).
        task (Link | None):
    """

    action: None | str
    blob_storage_used: bool | None
    cleanup_at: datetime.datetime | None
    id: int
    result: None | str
    run: Link
    task: Link | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _repr_rules: ClassVar[Mapping[str, str]] = {"result": "payload"}

    def to_dict(self) -> dict[str, Any]:
        """This Result as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.link import Link  # noqa: PLC0415

        action: None | str
        action = self.action

        blob_storage_used: bool | None
        blob_storage_used = self.blob_storage_used

        cleanup_at: None | str
        if isinstance(self.cleanup_at, datetime.datetime):
            cleanup_at = self.cleanup_at.isoformat()
        else:
            cleanup_at = self.cleanup_at

        id = self.id

        result: None | str
        result = self.result

        run = self.run.to_dict()

        task: dict[str, Any] | None
        if isinstance(self.task, Link):
            task = self.task.to_dict()
        else:
            task = self.task

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "blob_storage_used": blob_storage_used,
                "cleanup_at": cleanup_at,
                "id": id,
                "result": result,
                "run": run,
                "task": task,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Result from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_action(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        action = _parse_action(d.pop("action"))

        def _parse_blob_storage_used(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        blob_storage_used = _parse_blob_storage_used(d.pop("blob_storage_used"))

        def _parse_cleanup_at(data: object) -> datetime.datetime | None:
            if isinstance(data, str):
                try:
                    return datetime.datetime.fromisoformat(data)
                except ValueError:
                    pass
            return cast(datetime.datetime | None, data)

        cleanup_at = _parse_cleanup_at(d.pop("cleanup_at"))

        id = d.pop("id")

        def _parse_result(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        result = _parse_result(d.pop("result"))

        run = Link.from_dict(d.pop("run"))

        def _parse_task(data: object) -> Link | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                task_type_0 = Link.from_dict(data)

                return task_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Link | None, data)

        task = _parse_task(d.pop("task"))

        _instance = cls(
            action=action,
            blob_storage_used=blob_storage_used,
            cleanup_at=cleanup_at,
            id=id,
            result=result,
            run=run,
            task=task,
        )

        _instance.additional_properties = d
        return _instance
