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

T = TypeVar("T", bound="SimpleDataframe")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class SimpleDataframe(JsonView):
    """
    Attributes:
        db_label (None | str):
        id (int):
        name (None | str):
    """

    db_label: None | str
    id: int
    name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This SimpleDataframe as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        db_label: None | str
        db_label = self.db_label

        id = self.id

        name: None | str
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "db_label": db_label,
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read SimpleDataframe from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        d = dict(src_dict)

        def _parse_db_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        db_label = _parse_db_label(d.pop("db_label"))

        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        _instance = cls(
            db_label=db_label,
            id=id,
            name=name,
        )

        _instance.additional_properties = d
        return _instance
