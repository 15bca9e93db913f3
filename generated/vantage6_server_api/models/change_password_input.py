from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="ChangePasswordInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class ChangePasswordInput(JsonView):
    """
    Attributes:
        current_password (str): current password
        new_password (str): new password
    """

    current_password: str
    new_password: str
    _repr_rules: ClassVar[Mapping[str, str]] = {
        "current_password": "secret",
        "new_password": "secret",
    }

    def to_dict(self) -> dict[str, Any]:
        """This ChangePasswordInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        current_password = self.current_password

        new_password = self.new_password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "current_password": current_password,
                "new_password": new_password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read ChangePasswordInput from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        current_password = d.pop("current_password")

        new_password = d.pop("new_password")

        _instance = cls(
            current_password=current_password,
            new_password=new_password,
        )

        return _instance
