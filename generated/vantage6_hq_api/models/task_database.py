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

T = TypeVar("T", bound="TaskDatabase")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class TaskDatabase(JsonView):
    """
    Attributes:
        dataframe_id (int | None):
        dataframe_name (None | str):
        label (None | str):
        position (int | None):
        type_ (None | str): e.g. "dataframe" or "source"
    """

    dataframe_id: int | None
    dataframe_name: None | str
    label: None | str
    position: int | None
    type_: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This TaskDatabase as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        dataframe_id: int | None
        dataframe_id = self.dataframe_id

        dataframe_name: None | str
        dataframe_name = self.dataframe_name

        label: None | str
        label = self.label

        position: int | None
        position = self.position

        type_: None | str
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataframe_id": dataframe_id,
                "dataframe_name": dataframe_name,
                "label": label,
                "position": position,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read TaskDatabase from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        d = dict(src_dict)

        def _parse_dataframe_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        dataframe_id = _parse_dataframe_id(d.pop("dataframe_id"))

        def _parse_dataframe_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dataframe_name = _parse_dataframe_name(d.pop("dataframe_name"))

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        def _parse_position(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        position = _parse_position(d.pop("position"))

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_ = _parse_type_(d.pop("type"))

        _instance = cls(
            dataframe_id=dataframe_id,
            dataframe_name=dataframe_name,
            label=label,
            position=position,
            type_=type_,
        )

        _instance.additional_properties = d
        return _instance
