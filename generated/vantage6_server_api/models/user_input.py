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
        email (str): Email address
        password (str): Password
        username (str): Unique username
        firstname (str | Unset): First name
        lastname (str | Unset): Last name
        organization_id (int | Unset): Organization id to which user is assigned
        roles (list[int] | Unset): User's roles
        rules (list[int] | Unset): Extra rules for the user on top of the roles
    """

    email: str
    password: str
    username: str
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    organization_id: int | Unset = UNSET
    roles: list[int] | Unset = UNSET
    rules: list[int] | Unset = UNSET
    _repr_rules: ClassVar[Mapping[str, str]] = {"password": "secret"}

    def to_dict(self) -> dict[str, Any]:
        """This UserInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        email = self.email

        password = self.password

        username = self.username

        firstname = self.firstname

        lastname = self.lastname

        organization_id = self.organization_id

        roles: list[int] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        rules: list[int] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = self.rules

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "password": password,
                "username": username,
            }
        )
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if roles is not UNSET:
            field_dict["roles"] = roles
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read UserInput from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        email = d.pop("email")

        password = d.pop("password")

        username = d.pop("username")

        firstname = d.pop("firstname", UNSET)

        lastname = d.pop("lastname", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        roles = cast(list[int], d.pop("roles", UNSET))

        rules = cast(list[int], d.pop("rules", UNSET))

        _instance = cls(
            email=email,
            password=password,
            username=username,
            firstname=firstname,
            lastname=lastname,
            organization_id=organization_id,
            roles=roles,
            rules=rules,
        )

        return _instance
