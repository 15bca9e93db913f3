from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="DatabaseInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class DatabaseInput(JsonView):
    """
    Attributes:
        name (str):
        description (str | Unset):
        multiple (bool | Unset):
    """

    name: str
    description: str | Unset = UNSET
    multiple: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This DatabaseInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        name = self.name

        description = self.description

        multiple = self.multiple

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if multiple is not UNSET:
            field_dict["multiple"] = multiple

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read DatabaseInput from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        multiple = d.pop("multiple", UNSET)

        _instance = cls(
            name=name,
            description=description,
            multiple=multiple,
        )

        return _instance
