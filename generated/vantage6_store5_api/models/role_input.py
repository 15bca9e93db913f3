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

T = TypeVar("T", bound="RoleInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class RoleInput(JsonView):
    """
    Attributes:
        name (str): Human readable name for role
        rules (list[int]):
        description (str | Unset): Human readable description of the role
    """

    name: str
    rules: list[int]
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This RoleInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        name = self.name

        rules = self.rules

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "rules": rules,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read RoleInput from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        name = d.pop("name")

        rules = cast(list[int], d.pop("rules"))

        description = d.pop("description", UNSET)

        _instance = cls(
            name=name,
            rules=rules,
            description=description,
        )

        return _instance
