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

if TYPE_CHECKING:
    from ..models.server_link import ServerLink


T = TypeVar("T", bound="User")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class User(JsonView):
    """
    Attributes:
        algorithm (str): API path of the related list
        email (None | str):
        id (int):
        organization_id (int | None):
        roles (str): API path of the related list
        server (None | ServerLink): The user's vantage6 server; null when it was removed
        username (None | str):
    """

    algorithm: str
    email: None | str
    id: int
    organization_id: int | None
    roles: str
    server: None | ServerLink
    username: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _repr_rules: ClassVar[Mapping[str, str]] = {"algorithm": "path", "roles": "path"}

    def to_dict(self) -> dict[str, Any]:
        """This User as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.server_link import ServerLink  # noqa: PLC0415

        algorithm = self.algorithm

        email: None | str
        email = self.email

        id = self.id

        organization_id: int | None
        organization_id = self.organization_id

        roles = self.roles

        server: dict[str, Any] | None
        if isinstance(self.server, ServerLink):
            server = self.server.to_dict()
        else:
            server = self.server

        username: None | str
        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "algorithm": algorithm,
                "email": email,
                "id": id,
                "organization_id": organization_id,
                "roles": roles,
                "server": server,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read User from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        from ..models.server_link import ServerLink  # noqa: PLC0415

        d = dict(src_dict)
        algorithm = d.pop("algorithm")

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        id = d.pop("id")

        def _parse_organization_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        organization_id = _parse_organization_id(d.pop("organization_id"))

        roles = d.pop("roles")

        def _parse_server(data: object) -> None | ServerLink:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                server_type_0 = ServerLink.from_dict(data)

                return server_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerLink, data)

        server = _parse_server(d.pop("server"))

        def _parse_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        username = _parse_username(d.pop("username"))

        _instance = cls(
            algorithm=algorithm,
            email=email,
            id=id,
            organization_id=organization_id,
            roles=roles,
            server=server,
            username=username,
        )

        _instance.additional_properties = d
        return _instance
