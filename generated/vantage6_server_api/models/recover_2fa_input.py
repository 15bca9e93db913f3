from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="Recover2FAInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class Recover2FAInput(JsonView):
    """
    Attributes:
        password (str): Password of user whose 2fa needs to be reset
        username (str): Username from which the 2fa needs to be reset
    """

    password: str
    username: str
    _repr_rules: ClassVar[Mapping[str, str]] = {"password": "secret"}

    def to_dict(self) -> dict[str, Any]:
        """This Recover2FAInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        password = self.password

        username = self.username

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "password": password,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Recover2FAInput from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        password = d.pop("password")

        username = d.pop("username")

        _instance = cls(
            password=password,
            username=username,
        )

        return _instance
