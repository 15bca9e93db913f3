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

T = TypeVar("T", bound="CollaborationInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class CollaborationInput(JsonView):
    """
    Attributes:
        encrypted (bool): Boolean (0 or 1) to indicate if the collaboration uses encryption
        name (str): Unique human readable name for collaboration
        organization_ids (list[int]): List of organization ids
        session_restrict_to_same_image (bool | Unset): Boolean (0 or 1) to indicate if the session should be restricted
            to the same image. By default set to 0. Default: False.
    """

    encrypted: bool
    name: str
    organization_ids: list[int]
    session_restrict_to_same_image: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        """This CollaborationInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        encrypted = self.encrypted

        name = self.name

        organization_ids = self.organization_ids

        session_restrict_to_same_image = self.session_restrict_to_same_image

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "encrypted": encrypted,
                "name": name,
                "organization_ids": organization_ids,
            }
        )
        if session_restrict_to_same_image is not UNSET:
            field_dict["session_restrict_to_same_image"] = (
                session_restrict_to_same_image
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read CollaborationInput from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        encrypted = d.pop("encrypted")

        name = d.pop("name")

        organization_ids = cast(list[int], d.pop("organization_ids"))

        session_restrict_to_same_image = d.pop("session_restrict_to_same_image", UNSET)

        _instance = cls(
            encrypted=encrypted,
            name=name,
            organization_ids=organization_ids,
            session_restrict_to_same_image=session_restrict_to_same_image,
        )

        return _instance
