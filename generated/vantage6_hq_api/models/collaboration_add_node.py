from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="CollaborationAddNode")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class CollaborationAddNode(JsonView):
    """
    Attributes:
        id (int): ID of node to be added
    """

    id: int

    def to_dict(self) -> dict[str, Any]:
        """This CollaborationAddNode as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read CollaborationAddNode from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        id = d.pop("id")

        _instance = cls(
            id=id,
        )

        return _instance
