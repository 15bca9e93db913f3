from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="PublicPolicies")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class PublicPolicies(JsonView):
    """
    Attributes:
        algorithm_view (str): public, authenticated or private
    """

    algorithm_view: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This PublicPolicies as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        algorithm_view = self.algorithm_view

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "algorithm_view": algorithm_view,
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

        _instance = cls(
            algorithm_view=algorithm_view,
        )

        _instance.additional_properties = d
        return _instance
