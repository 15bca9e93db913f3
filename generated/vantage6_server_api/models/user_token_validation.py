from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="UserTokenValidation")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class UserTokenValidation(JsonView):
    """
    Attributes:
        email (str):
        msg (str):
        organization_id (int):
        user_id (int):
        username (str):
    """

    email: str
    msg: str
    organization_id: int
    user_id: int
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This UserTokenValidation as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        email = self.email

        msg = self.msg

        organization_id = self.organization_id

        user_id = self.user_id

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "msg": msg,
                "organization_id": organization_id,
                "user_id": user_id,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read UserTokenValidation from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        d = dict(src_dict)
        email = d.pop("email")

        msg = d.pop("msg")

        organization_id = d.pop("organization_id")

        user_id = d.pop("user_id")

        username = d.pop("username")

        _instance = cls(
            email=email,
            msg=msg,
            organization_id=organization_id,
            user_id=user_id,
            username=username,
        )

        _instance.additional_properties = d
        return _instance
