from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="NodeDeleteInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class NodeDeleteInput(JsonView):
    """
    Attributes:
        delete_dependents (bool | Unset):
    """

    delete_dependents: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This NodeDeleteInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        delete_dependents = self.delete_dependents

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if delete_dependents is not UNSET:
            field_dict["delete_dependents"] = delete_dependents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read NodeDeleteInput from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        delete_dependents = d.pop("delete_dependents", UNSET)

        _instance = cls(
            delete_dependents=delete_dependents,
        )

        return _instance
