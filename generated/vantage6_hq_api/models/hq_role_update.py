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

T = TypeVar("T", bound="HQRoleUpdate")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class HQRoleUpdate(JsonView):
    """
    Attributes:
        description (str | Unset): Human readable description of the role
        name (str | Unset): Human readable name for collaboration
        organization_id (int | Unset): Organization to which role is added. If you are root user and want to create a
            role that will be available to all organizations, leave this empty.
        rules (list[int] | Unset):
    """

    description: str | Unset = UNSET
    name: str | Unset = UNSET
    organization_id: int | Unset = UNSET
    rules: list[int] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This HQRoleUpdate as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        description = self.description

        name = self.name

        organization_id = self.organization_id

        rules: list[int] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = self.rules

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read HQRoleUpdate from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        rules = cast(list[int], d.pop("rules", UNSET))

        _instance = cls(
            description=description,
            name=name,
            organization_id=organization_id,
            rules=rules,
        )

        return _instance
