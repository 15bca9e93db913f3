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

T = TypeVar("T", bound="Column")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class Column(JsonView):
    """
    Attributes:
        dtype (None | str):
        name (None | str):
        node_id (int):
    """

    dtype: None | str
    name: None | str
    node_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This Column as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        dtype: None | str
        dtype = self.dtype

        name: None | str
        name = self.name

        node_id = self.node_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dtype": dtype,
                "name": name,
                "node_id": node_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Column from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        d = dict(src_dict)

        def _parse_dtype(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dtype = _parse_dtype(d.pop("dtype"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        node_id = d.pop("node_id")

        _instance = cls(
            dtype=dtype,
            name=name,
            node_id=node_id,
        )

        _instance.additional_properties = d
        return _instance
