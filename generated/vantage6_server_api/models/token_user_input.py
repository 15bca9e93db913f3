from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="TokenUserInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class TokenUserInput(JsonView):
    """
    Attributes:
        password (str): User password
        username (str): Username of user that is logging in
        mfa_code (str | Unset): Two-factor authentication code. Only required if two-factor authentication is mandatory.
    """

    password: str
    username: str
    mfa_code: str | Unset = UNSET
    _repr_rules: ClassVar[Mapping[str, str]] = {
        "password": "secret",
        "mfa_code": "secret",
    }

    def to_dict(self) -> dict[str, Any]:
        """This TokenUserInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        password = self.password

        username = self.username

        mfa_code = self.mfa_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "password": password,
                "username": username,
            }
        )
        if mfa_code is not UNSET:
            field_dict["mfa_code"] = mfa_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read TokenUserInput from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        password = d.pop("password")

        username = d.pop("username")

        mfa_code = d.pop("mfa_code", UNSET)

        _instance = cls(
            password=password,
            username=username,
            mfa_code=mfa_code,
        )

        return _instance
