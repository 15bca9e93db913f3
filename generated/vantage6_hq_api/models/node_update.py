from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="NodeUpdate")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class NodeUpdate(JsonView):
    """
    Attributes:
        collaboration_id (int | Unset): Collaboration id
        name (str | Unset): Human-readable name. If not provided a name is generated based on organization and
            collaboration name.
        organization_id (int | Unset): Organization id. If not provided, this defaults to the organization of the user
            creating the node.
    """

    collaboration_id: int | Unset = UNSET
    name: str | Unset = UNSET
    organization_id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This NodeUpdate as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        collaboration_id = self.collaboration_id

        name = self.name

        organization_id = self.organization_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if collaboration_id is not UNSET:
            field_dict["collaboration_id"] = collaboration_id
        if name is not UNSET:
            field_dict["name"] = name
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read NodeUpdate from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        collaboration_id = d.pop("collaboration_id", UNSET)

        name = d.pop("name", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        _instance = cls(
            collaboration_id=collaboration_id,
            name=name,
            organization_id=organization_id,
        )

        return _instance
