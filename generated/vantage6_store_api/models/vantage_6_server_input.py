from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="Vantage6ServerInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class Vantage6ServerInput(JsonView):
    """
    Attributes:
        url (str): URL of the vantage6 server
        force (bool | Unset): Force creation of the vantage6 server. This argument is required to whitelist localhost
            addresses.
    """

    url: str
    force: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This Vantage6ServerInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        url = self.url

        force = self.force

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Vantage6ServerInput from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        url = d.pop("url")

        force = d.pop("force", UNSET)

        _instance = cls(
            url=url,
            force=force,
        )

        return _instance
