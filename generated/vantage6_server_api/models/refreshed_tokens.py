from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="RefreshedTokens")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class RefreshedTokens(JsonView):
    """New tokens; `user_url` for users, `node_url` for nodes.

    Attributes:
        access_token (str):
        refresh_token (str):
        refresh_url (str):
        node_url (str | Unset):
        user_url (str | Unset):
    """

    access_token: str
    refresh_token: str
    refresh_url: str
    node_url: str | Unset = UNSET
    user_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _repr_rules: ClassVar[Mapping[str, str]] = {
        "access_token": "secret",
        "refresh_token": "secret",
    }

    def to_dict(self) -> dict[str, Any]:
        """This RefreshedTokens as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        access_token = self.access_token

        refresh_token = self.refresh_token

        refresh_url = self.refresh_url

        node_url = self.node_url

        user_url = self.user_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "refresh_token": refresh_token,
                "refresh_url": refresh_url,
            }
        )
        if node_url is not UNSET:
            field_dict["node_url"] = node_url
        if user_url is not UNSET:
            field_dict["user_url"] = user_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read RefreshedTokens from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        d = dict(src_dict)
        access_token = d.pop("access_token")

        refresh_token = d.pop("refresh_token")

        refresh_url = d.pop("refresh_url")

        node_url = d.pop("node_url", UNSET)

        user_url = d.pop("user_url", UNSET)

        _instance = cls(
            access_token=access_token,
            refresh_token=refresh_token,
            refresh_url=refresh_url,
            node_url=node_url,
            user_url=user_url,
        )

        _instance.additional_properties = d
        return _instance
