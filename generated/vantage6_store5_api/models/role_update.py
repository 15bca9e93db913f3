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

T = TypeVar("T", bound="RoleUpdate")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class RoleUpdate(JsonView):
    """
    Attributes:
        description (str | Unset): Human readable description of the role
        name (str | Unset): Human readable name for role
        rules (list[int] | Unset):
    """

    description: str | Unset = UNSET
    name: str | Unset = UNSET
    rules: list[int] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This RoleUpdate as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        description = self.description

        name = self.name

        rules: list[int] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = self.rules

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read RoleUpdate from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        rules = cast(list[int], d.pop("rules", UNSET))

        _instance = cls(
            description=description,
            name=name,
            rules=rules,
        )

        return _instance
