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

T = TypeVar("T", bound="User")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class User(JsonView):
    """
    Attributes:
        algorithm (str): API path of the related list
        id (int):
        keycloak_id (None | str):
        organization_id (int | None): From the user's Keycloak attribute when registered; null for the root user init_db
            made
        roles (str): API path of the related list
        username (None | str):
    """

    algorithm: str
    id: int
    keycloak_id: None | str
    organization_id: int | None
    roles: str
    username: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _repr_rules: ClassVar[Mapping[str, str]] = {"algorithm": "path", "roles": "path"}

    def to_dict(self) -> dict[str, Any]:
        """This User as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        algorithm = self.algorithm

        id = self.id

        keycloak_id: None | str
        keycloak_id = self.keycloak_id

        organization_id: int | None
        organization_id = self.organization_id

        roles = self.roles

        username: None | str
        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "algorithm": algorithm,
                "id": id,
                "keycloak_id": keycloak_id,
                "organization_id": organization_id,
                "roles": roles,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read User from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        d = dict(src_dict)
        algorithm = d.pop("algorithm")

        id = d.pop("id")

        def _parse_keycloak_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        keycloak_id = _parse_keycloak_id(d.pop("keycloak_id"))

        def _parse_organization_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        organization_id = _parse_organization_id(d.pop("organization_id"))

        roles = d.pop("roles")

        def _parse_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        username = _parse_username(d.pop("username"))

        _instance = cls(
            algorithm=algorithm,
            id=id,
            keycloak_id=keycloak_id,
            organization_id=organization_id,
            roles=roles,
            username=username,
        )

        _instance.additional_properties = d
        return _instance
