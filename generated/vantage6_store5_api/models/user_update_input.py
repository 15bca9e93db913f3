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

T = TypeVar("T", bound="UserUpdateInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class UserUpdateInput(JsonView):
    """
    Attributes:
        organization_id (int | Unset):
        roles (list[int] | Unset): User's roles
    """

    organization_id: int | Unset = UNSET
    roles: list[int] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This UserUpdateInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        organization_id = self.organization_id

        roles: list[int] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read UserUpdateInput from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        organization_id = d.pop("organization_id", UNSET)

        roles = cast(list[int], d.pop("roles", UNSET))

        _instance = cls(
            organization_id=organization_id,
            roles=roles,
        )

        return _instance
