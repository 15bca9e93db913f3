from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="ApiKey")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class ApiKey(JsonView):
    """
    Attributes:
        api_key (str): The new secret of the node's Keycloak client
    """

    api_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _repr_rules: ClassVar[Mapping[str, str]] = {"api_key": "secret"}

    def to_dict(self) -> dict[str, Any]:
        """This ApiKey as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key": api_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read ApiKey from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        d = dict(src_dict)
        api_key = d.pop("api_key")

        _instance = cls(
            api_key=api_key,
        )

        _instance.additional_properties = d
        return _instance
