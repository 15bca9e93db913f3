from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="DataframeNodeUpdate")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class DataframeNodeUpdate(JsonView):
    """
    Attributes:
        dtype (str): Data type of the column
        name (str): Name of the column
    """

    dtype: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        """This DataframeNodeUpdate as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        dtype = self.dtype

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dtype": dtype,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read DataframeNodeUpdate from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        dtype = d.pop("dtype")

        name = d.pop("name")

        _instance = cls(
            dtype=dtype,
            name=name,
        )

        return _instance
