from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="RecoverPasswordInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class RecoverPasswordInput(JsonView):
    """
    Attributes:
        email (str | Unset): Email of user from which the password needs to be recovered
        username (str | Unset): Username from which the password needs to be recovered
    """

    email: str | Unset = UNSET
    username: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This RecoverPasswordInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        email = self.email

        username = self.username

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read RecoverPasswordInput from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        username = d.pop("username", UNSET)

        _instance = cls(
            email=email,
            username=username,
        )

        return _instance
