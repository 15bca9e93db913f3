from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="ReviewUpdateInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class ReviewUpdateInput(JsonView):
    """
    Attributes:
        comment (str | Unset):
    """

    comment: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This ReviewUpdateInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read ReviewUpdateInput from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        comment = d.pop("comment", UNSET)

        _instance = cls(
            comment=comment,
        )

        return _instance
