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

T = TypeVar("T", bound="UserEditUpdate")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class UserEditUpdate(JsonView):
    """
    Attributes:
        roles (list[int] | Unset): User's roles
        rules (list[int] | Unset): Extra rules for the user on top of the roles
    """

    roles: list[int] | Unset = UNSET
    rules: list[int] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This UserEditUpdate as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        roles: list[int] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        rules: list[int] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = self.rules

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if roles is not UNSET:
            field_dict["roles"] = roles
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read UserEditUpdate from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        roles = cast(list[int], d.pop("roles", UNSET))

        rules = cast(list[int], d.pop("rules", UNSET))

        _instance = cls(
            roles=roles,
            rules=rules,
        )

        return _instance
