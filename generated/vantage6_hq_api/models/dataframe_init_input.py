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
    from ..models.session_task_input import SessionTaskInput


T = TypeVar("T", bound="DataframeInitInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class DataframeInitInput(JsonView):
    """
    Attributes:
        label (str):
        task (SessionTaskInput):
        name (str | Unset):
    """

    label: str
    task: SessionTaskInput
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This DataframeInitInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.session_task_input import SessionTaskInput  # noqa: PLC0415

        label = self.label

        task = self.task.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "label": label,
                "task": task,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read DataframeInitInput from JSON: a dict keyed by the API's field names."""
        from ..models.session_task_input import SessionTaskInput  # noqa: PLC0415

        d = dict(src_dict)
        label = d.pop("label")

        task = SessionTaskInput.from_dict(d.pop("task"))

        name = d.pop("name", UNSET)

        _instance = cls(
            label=label,
            task=task,
            name=name,
        )

        return _instance
