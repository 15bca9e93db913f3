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

T = TypeVar("T", bound="Role")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class Role(JsonView):
    """
    Attributes:
        description (None | str):
        id (int):
        is_default_role (bool | None):
        name (None | str):
        rules (str): API path of the related list
        users (str): API path of the related list
    """

    description: None | str
    id: int
    is_default_role: bool | None
    name: None | str
    rules: str
    users: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _repr_rules: ClassVar[Mapping[str, str]] = {"rules": "path", "users": "path"}

    def to_dict(self) -> dict[str, Any]:
        """This Role as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        description: None | str
        description = self.description

        id = self.id

        is_default_role: bool | None
        is_default_role = self.is_default_role

        name: None | str
        name = self.name

        rules = self.rules

        users = self.users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "is_default_role": is_default_role,
                "name": name,
                "rules": rules,
                "users": users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Role from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        d = dict(src_dict)

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        id = d.pop("id")

        def _parse_is_default_role(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_default_role = _parse_is_default_role(d.pop("is_default_role"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        rules = d.pop("rules")

        users = d.pop("users")

        _instance = cls(
            description=description,
            id=id,
            is_default_role=is_default_role,
            name=name,
            rules=rules,
            users=users,
        )

        _instance.additional_properties = d
        return _instance
