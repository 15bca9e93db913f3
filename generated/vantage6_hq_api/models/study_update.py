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

T = TypeVar("T", bound="StudyUpdate")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class StudyUpdate(JsonView):
    """
    Attributes:
        collaboration_id (int | Unset): Collaboration id to which the study belongs
        name (str | Unset): Unique human readable name for the study
        organization_ids (list[int] | Unset): List of organization ids
    """

    collaboration_id: int | Unset = UNSET
    name: str | Unset = UNSET
    organization_ids: list[int] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This StudyUpdate as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        collaboration_id = self.collaboration_id

        name = self.name

        organization_ids: list[int] | Unset = UNSET
        if not isinstance(self.organization_ids, Unset):
            organization_ids = self.organization_ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if collaboration_id is not UNSET:
            field_dict["collaboration_id"] = collaboration_id
        if name is not UNSET:
            field_dict["name"] = name
        if organization_ids is not UNSET:
            field_dict["organization_ids"] = organization_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read StudyUpdate from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        collaboration_id = d.pop("collaboration_id", UNSET)

        name = d.pop("name", UNSET)

        organization_ids = cast(list[int], d.pop("organization_ids", UNSET))

        _instance = cls(
            collaboration_id=collaboration_id,
            name=name,
            organization_ids=organization_ids,
        )

        return _instance
