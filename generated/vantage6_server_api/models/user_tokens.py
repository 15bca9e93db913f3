from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="UserTokens")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class UserTokens(JsonView):
    """A successful login.

    Attributes:
        access_token (str):
        refresh_token (str):
        refresh_url (str):
        user_url (str):
    """

    access_token: str
    refresh_token: str
    refresh_url: str
    user_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _repr_rules: ClassVar[Mapping[str, str]] = {
        "access_token": "secret",
        "refresh_token": "secret",
    }

    def to_dict(self) -> dict[str, Any]:
        """This UserTokens as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        access_token = self.access_token

        refresh_token = self.refresh_token

        refresh_url = self.refresh_url

        user_url = self.user_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "refresh_token": refresh_token,
                "refresh_url": refresh_url,
                "user_url": user_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read UserTokens from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        d = dict(src_dict)
        access_token = d.pop("access_token")

        refresh_token = d.pop("refresh_token")

        refresh_url = d.pop("refresh_url")

        user_url = d.pop("user_url")

        _instance = cls(
            access_token=access_token,
            refresh_token=refresh_token,
            refresh_url=refresh_url,
            user_url=user_url,
        )

        _instance.additional_properties = d
        return _instance
