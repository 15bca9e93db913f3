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
        username (str): Unique username
        is_service_account (bool | Unset):  Default: False.
        organization_id (int | Unset): Organization id to which user is assigned
        password (str | Unset): Password
        roles (list[int] | Unset): User's roles
        rules (list[int] | Unset): Extra rules for the user on top of the roles
    """

    username: str
    is_service_account: bool | Unset = False
    organization_id: int | Unset = UNSET
    password: str | Unset = UNSET
    roles: list[int] | Unset = UNSET
    rules: list[int] | Unset = UNSET
    _repr_rules: ClassVar[Mapping[str, str]] = {"password": "secret"}

    def to_dict(self) -> dict[str, Any]:
        """This UserInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        username = self.username

        is_service_account = self.is_service_account

        organization_id = self.organization_id

        password = self.password

        roles: list[int] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        rules: list[int] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = self.rules

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "username": username,
            }
        )
        if is_service_account is not UNSET:
            field_dict["is_service_account"] = is_service_account
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if password is not UNSET:
            field_dict["password"] = password
        if roles is not UNSET:
            field_dict["roles"] = roles
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read UserInput from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        username = d.pop("username")

        is_service_account = d.pop("is_service_account", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        password = d.pop("password", UNSET)

        roles = cast(list[int], d.pop("roles", UNSET))

        rules = cast(list[int], d.pop("rules", UNSET))

        _instance = cls(
            username=username,
            is_service_account=is_service_account,
            organization_id=organization_id,
            password=password,
            roles=roles,
            rules=rules,
        )

        return _instance
