from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="ReviewCreateInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class ReviewCreateInput(JsonView):
    """
    Attributes:
        algorithm_id (int):
        reviewer_id (int):
    """

    algorithm_id: int
    reviewer_id: int

    def to_dict(self) -> dict[str, Any]:
        """This ReviewCreateInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        algorithm_id = self.algorithm_id

        reviewer_id = self.reviewer_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "algorithm_id": algorithm_id,
                "reviewer_id": reviewer_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read ReviewCreateInput from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        algorithm_id = d.pop("algorithm_id")

        reviewer_id = d.pop("reviewer_id")

        _instance = cls(
            algorithm_id=algorithm_id,
            reviewer_id=reviewer_id,
        )

        return _instance
