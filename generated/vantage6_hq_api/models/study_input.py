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

T = TypeVar("T", bound="StudyInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class StudyInput(JsonView):
    """
    Attributes:
        collaboration_id (int): Collaboration id to which the study belongs
        name (str): Unique human readable name for the study
        organization_ids (list[int]): List of organization ids
    """

    collaboration_id: int
    name: str
    organization_ids: list[int]

    def to_dict(self) -> dict[str, Any]:
        """This StudyInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        collaboration_id = self.collaboration_id

        name = self.name

        organization_ids = self.organization_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "collaboration_id": collaboration_id,
                "name": name,
                "organization_ids": organization_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read StudyInput from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        collaboration_id = d.pop("collaboration_id")

        name = d.pop("name")

        organization_ids = cast(list[int], d.pop("organization_ids"))

        _instance = cls(
            collaboration_id=collaboration_id,
            name=name,
            organization_ids=organization_ids,
        )

        return _instance
