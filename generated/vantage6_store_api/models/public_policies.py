from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    BinaryIO,
    ClassVar,
    Generator,
    TextIO,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="PublicPolicies")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class PublicPolicies(JsonView):
    """
    Attributes:
        algorithm_view (str):
        allowed_servers (list[str] | str):
    """

    algorithm_view: str
    allowed_servers: list[str] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This PublicPolicies as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        algorithm_view = self.algorithm_view

        allowed_servers: list[str] | str
        if isinstance(self.allowed_servers, list):
            allowed_servers = self.allowed_servers

        else:
            allowed_servers = self.allowed_servers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "algorithm_view": algorithm_view,
                "allowed_servers": allowed_servers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read PublicPolicies from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        d = dict(src_dict)
        algorithm_view = d.pop("algorithm_view")

        def _parse_allowed_servers(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_servers_type_1 = cast(list[str], data)

                return allowed_servers_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        allowed_servers = _parse_allowed_servers(d.pop("allowed_servers"))

        _instance = cls(
            algorithm_view=algorithm_view,
            allowed_servers=allowed_servers,
        )

        _instance.additional_properties = d
        return _instance
