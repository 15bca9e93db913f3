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

T = TypeVar("T", bound="RunNode")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class RunNode(JsonView):
    """
    Attributes:
        id (int | Unset):
        keycloak_client_id (None | str | Unset):
        keycloak_id (None | str | Unset):
        name (None | str | Unset):
        status (None | str | Unset):
    """

    id: int | Unset = UNSET
    keycloak_client_id: None | str | Unset = UNSET
    keycloak_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This RunNode as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        id = self.id

        keycloak_client_id: None | str | Unset
        if isinstance(self.keycloak_client_id, Unset):
            keycloak_client_id = UNSET
        else:
            keycloak_client_id = self.keycloak_client_id

        keycloak_id: None | str | Unset
        if isinstance(self.keycloak_id, Unset):
            keycloak_id = UNSET
        else:
            keycloak_id = self.keycloak_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if keycloak_client_id is not UNSET:
            field_dict["keycloak_client_id"] = keycloak_client_id
        if keycloak_id is not UNSET:
            field_dict["keycloak_id"] = keycloak_id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read RunNode from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_keycloak_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        keycloak_client_id = _parse_keycloak_client_id(
            d.pop("keycloak_client_id", UNSET)
        )

        def _parse_keycloak_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        keycloak_id = _parse_keycloak_id(d.pop("keycloak_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        _instance = cls(
            id=id,
            keycloak_client_id=keycloak_client_id,
            keycloak_id=keycloak_id,
            name=name,
            status=status,
        )

        _instance.additional_properties = d
        return _instance
