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

from ..models.task_database_input_type import (
    TaskDatabaseInputType,
    check_task_database_input_type,
)
from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="TaskDatabaseInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class TaskDatabaseInput(JsonView):
    """A database a task reads: a dataframe of its session (type "dataframe" and `dataframe_id`) or a node's source
    database (type "source" and `label`).

        Attributes:
            type_ (TaskDatabaseInputType):
            dataframe_id (int | Unset):
            label (str | Unset):
    """

    type_: TaskDatabaseInputType
    dataframe_id: int | Unset = UNSET
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This TaskDatabaseInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        type_: str = self.type_

        dataframe_id = self.dataframe_id

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if dataframe_id is not UNSET:
            field_dict["dataframe_id"] = dataframe_id
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read TaskDatabaseInput from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        d = dict(src_dict)
        type_ = check_task_database_input_type(d.pop("type"))

        dataframe_id = d.pop("dataframe_id", UNSET)

        label = d.pop("label", UNSET)

        _instance = cls(
            type_=type_,
            dataframe_id=dataframe_id,
            label=label,
        )

        _instance.additional_properties = d
        return _instance
