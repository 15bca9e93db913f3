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

T = TypeVar("T", bound="UserInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class UserInput(JsonView):
    """
    Attributes:
        username (str): Username to add to allow setting permissions
        roles (list[int] | Unset): User's roles
    """

    username: str
    roles: list[int] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This UserInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        username = self.username

        roles: list[int] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "username": username,
            }
        )
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read UserInput from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        username = d.pop("username")

        roles = cast(list[int], d.pop("roles", UNSET))

        _instance = cls(
            username=username,
            roles=roles,
        )

        return _instance
