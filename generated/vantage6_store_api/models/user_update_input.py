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
        email (str | Unset): User's email address. Do not combine this option with the update_email option.
        organization_id (int | Unset): User's organization id. Can be written only if empty.
        roles (list[int] | Unset): User's roles
        update_email (bool | Unset): Whether to update the email address by using the value from the vantage6 server. Do
            not combine this option with the email option to manually set the email address.
    """

    email: str | Unset = UNSET
    organization_id: int | Unset = UNSET
    roles: list[int] | Unset = UNSET
    update_email: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This UserUpdateInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        email = self.email

        organization_id = self.organization_id

        roles: list[int] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        update_email = self.update_email

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if roles is not UNSET:
            field_dict["roles"] = roles
        if update_email is not UNSET:
            field_dict["update_email"] = update_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read UserUpdateInput from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        roles = cast(list[int], d.pop("roles", UNSET))

        update_email = d.pop("update_email", UNSET)

        _instance = cls(
            email=email,
            organization_id=organization_id,
            roles=roles,
            update_email=update_email,
        )

        return _instance
