from __future__ import annotations

import datetime
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

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="User")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class User(JsonView):
    """
    Attributes:
        id (int):
        is_service_account (bool | None):
        keycloak_client_id (None | str):
        keycloak_id (None | str):
        last_seen (datetime.datetime | None): When the user was last seen: their last authenticated request or Socket.IO
            ping. UTC, sent without an offset (a naive datetime).
        organization (Link | None):
        roles (str): API path of the related list
        rules (str): API path of the related list
        status (None | str):
        type_ (None | str):
        username (None | str):
    """

    id: int
    is_service_account: bool | None
    keycloak_client_id: None | str
    keycloak_id: None | str
    last_seen: datetime.datetime | None
    organization: Link | None
    roles: str
    rules: str
    status: None | str
    type_: None | str
    username: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _repr_rules: ClassVar[Mapping[str, str]] = {"roles": "path", "rules": "path"}

    def to_dict(self) -> dict[str, Any]:
        """This User as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.link import Link  # noqa: PLC0415

        id = self.id

        is_service_account: bool | None
        is_service_account = self.is_service_account

        keycloak_client_id: None | str
        keycloak_client_id = self.keycloak_client_id

        keycloak_id: None | str
        keycloak_id = self.keycloak_id

        last_seen: None | str
        if isinstance(self.last_seen, datetime.datetime):
            last_seen = self.last_seen.isoformat()
        else:
            last_seen = self.last_seen

        organization: dict[str, Any] | None
        if isinstance(self.organization, Link):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        roles = self.roles

        rules = self.rules

        status: None | str
        status = self.status

        type_: None | str
        type_ = self.type_

        username: None | str
        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "is_service_account": is_service_account,
                "keycloak_client_id": keycloak_client_id,
                "keycloak_id": keycloak_id,
                "last_seen": last_seen,
                "organization": organization,
                "roles": roles,
                "rules": rules,
                "status": status,
                "type": type_,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read User from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_is_service_account(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_service_account = _parse_is_service_account(d.pop("is_service_account"))

        def _parse_keycloak_client_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        keycloak_client_id = _parse_keycloak_client_id(d.pop("keycloak_client_id"))

        def _parse_keycloak_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        keycloak_id = _parse_keycloak_id(d.pop("keycloak_id"))

        def _parse_last_seen(data: object) -> datetime.datetime | None:
            if isinstance(data, str):
                try:
                    return datetime.datetime.fromisoformat(data)
                except ValueError:
                    pass
            return cast(datetime.datetime | None, data)

        last_seen = _parse_last_seen(d.pop("last_seen"))

        def _parse_organization(data: object) -> Link | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organization_type_0 = Link.from_dict(data)

                return organization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Link | None, data)

        organization = _parse_organization(d.pop("organization"))

        roles = d.pop("roles")

        rules = d.pop("rules")

        def _parse_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        username = _parse_username(d.pop("username"))

        _instance = cls(
            id=id,
            is_service_account=is_service_account,
            keycloak_client_id=keycloak_client_id,
            keycloak_id=keycloak_id,
            last_seen=last_seen,
            organization=organization,
            roles=roles,
            rules=rules,
            status=status,
            type_=type_,
            username=username,
        )

        _instance.additional_properties = d
        return _instance
