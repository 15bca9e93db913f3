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

T = TypeVar("T", bound="UserPermissions")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class UserPermissions(JsonView):
    """
    Attributes:
        orgs_in_collabs (list[int]): ids of the organizations in the user's collaborations
        roles (list[int]):
        rules (list[int]): ids of the user's own rules and of its roles' rules
    """

    orgs_in_collabs: list[int]
    roles: list[int]
    rules: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This UserPermissions as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        orgs_in_collabs = self.orgs_in_collabs

        roles = self.roles

        rules = self.rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orgs_in_collabs": orgs_in_collabs,
                "roles": roles,
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read UserPermissions from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        d = dict(src_dict)
        orgs_in_collabs = cast(list[int], d.pop("orgs_in_collabs"))

        roles = cast(list[int], d.pop("roles"))

        rules = cast(list[int], d.pop("rules"))

        _instance = cls(
            orgs_in_collabs=orgs_in_collabs,
            roles=roles,
            rules=rules,
        )

        _instance.additional_properties = d
        return _instance
