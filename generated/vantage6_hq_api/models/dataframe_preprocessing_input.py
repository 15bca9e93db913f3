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


T = TypeVar("T", bound="DataframePreprocessingInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class DataframePreprocessingInput(JsonView):
    """
    Attributes:
        dataframe_id (int):
        task (SessionTaskInput):
    """

    dataframe_id: int
    task: SessionTaskInput

    def to_dict(self) -> dict[str, Any]:
        """This DataframePreprocessingInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.session_task_input import SessionTaskInput  # noqa: PLC0415

        dataframe_id = self.dataframe_id

        task = self.task.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dataframe_id": dataframe_id,
                "task": task,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read DataframePreprocessingInput from JSON: a dict keyed by the API's field names."""
        from ..models.session_task_input import SessionTaskInput  # noqa: PLC0415

        d = dict(src_dict)
        dataframe_id = d.pop("dataframe_id")

        task = SessionTaskInput.from_dict(d.pop("task"))

        _instance = cls(
            dataframe_id=dataframe_id,
            task=task,
        )

        return _instance
