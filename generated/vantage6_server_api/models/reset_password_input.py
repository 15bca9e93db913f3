from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="ResetPasswordInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class ResetPasswordInput(JsonView):
    """
    Attributes:
        password (str): New password
        reset_token (str): Recover token (received by email)
    """

    password: str
    reset_token: str
    _repr_rules: ClassVar[Mapping[str, str]] = {
        "password": "secret",
        "reset_token": "secret",
    }

    def to_dict(self) -> dict[str, Any]:
        """This ResetPasswordInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        password = self.password

        reset_token = self.reset_token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "password": password,
                "reset_token": reset_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read ResetPasswordInput from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        password = d.pop("password")

        reset_token = d.pop("reset_token")

        _instance = cls(
            password=password,
            reset_token=reset_token,
        )

        return _instance
