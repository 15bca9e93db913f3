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
    from ..models.user_permissions import UserPermissions


T = TypeVar("T", bound="User")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class User(JsonView):
    """
    Attributes:
        email (None | str):
        firstname (None | str):
        id (int):
        ip (None | str):
        last_email_failed_login_sent (datetime.datetime | None): When the server last e-mailed the user that failed
            logins blocked the account; null if never. UTC, sent without an offset (a naive datetime).
        last_email_recover_password_sent (datetime.datetime | None): When the server last e-mailed the user a password
            reset token; null if never. UTC, sent without an offset (a naive datetime).
        last_seen (datetime.datetime | None): When the user was last seen: their last authenticated request or Socket.IO
            ping. UTC, sent without an offset (a naive datetime).
        lastname (None | str):
        organization (Link | None):
        otp_secret (None | str):
        roles (str): API path of the related list
        rules (str): API path of the related list
        status (None | str):
        type_ (None | str):
        username (None | str):
        permissions (UserPermissions | Unset):
    """

    email: None | str
    firstname: None | str
    id: int
    ip: None | str
    last_email_failed_login_sent: datetime.datetime | None
    last_email_recover_password_sent: datetime.datetime | None
    last_seen: datetime.datetime | None
    lastname: None | str
    organization: Link | None
    otp_secret: None | str
    roles: str
    rules: str
    status: None | str
    type_: None | str
    username: None | str
    permissions: UserPermissions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _repr_rules: ClassVar[Mapping[str, str]] = {
        "otp_secret": "secret",
        "roles": "path",
        "rules": "path",
    }

    def to_dict(self) -> dict[str, Any]:
        """This User as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.link import Link  # noqa: PLC0415
        from ..models.user_permissions import UserPermissions  # noqa: PLC0415

        email: None | str
        email = self.email

        firstname: None | str
        firstname = self.firstname

        id = self.id

        ip: None | str
        ip = self.ip

        last_email_failed_login_sent: None | str
        if isinstance(self.last_email_failed_login_sent, datetime.datetime):
            last_email_failed_login_sent = self.last_email_failed_login_sent.isoformat()
        else:
            last_email_failed_login_sent = self.last_email_failed_login_sent

        last_email_recover_password_sent: None | str
        if isinstance(self.last_email_recover_password_sent, datetime.datetime):
            last_email_recover_password_sent = (
                self.last_email_recover_password_sent.isoformat()
            )
        else:
            last_email_recover_password_sent = self.last_email_recover_password_sent

        last_seen: None | str
        if isinstance(self.last_seen, datetime.datetime):
            last_seen = self.last_seen.isoformat()
        else:
            last_seen = self.last_seen

        lastname: None | str
        lastname = self.lastname

        organization: dict[str, Any] | None
        if isinstance(self.organization, Link):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        otp_secret: None | str
        otp_secret = self.otp_secret

        roles = self.roles

        rules = self.rules

        status: None | str
        status = self.status

        type_: None | str
        type_ = self.type_

        username: None | str
        username = self.username

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "firstname": firstname,
                "id": id,
                "ip": ip,
                "last_email_failed_login_sent": last_email_failed_login_sent,
                "last_email_recover_password_sent": last_email_recover_password_sent,
                "last_seen": last_seen,
                "lastname": lastname,
                "organization": organization,
                "otp_secret": otp_secret,
                "roles": roles,
                "rules": rules,
                "status": status,
                "type": type_,
                "username": username,
            }
        )
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read User from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        from ..models.link import Link  # noqa: PLC0415
        from ..models.user_permissions import UserPermissions  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_firstname(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        firstname = _parse_firstname(d.pop("firstname"))

        id = d.pop("id")

        def _parse_ip(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ip = _parse_ip(d.pop("ip"))

        def _parse_last_email_failed_login_sent(
            data: object,
        ) -> datetime.datetime | None:
            if isinstance(data, str):
                try:
                    return datetime.datetime.fromisoformat(data)
                except ValueError:
                    pass
            return cast(datetime.datetime | None, data)

        last_email_failed_login_sent = _parse_last_email_failed_login_sent(
            d.pop("last_email_failed_login_sent")
        )

        def _parse_last_email_recover_password_sent(
            data: object,
        ) -> datetime.datetime | None:
            if isinstance(data, str):
                try:
                    return datetime.datetime.fromisoformat(data)
                except ValueError:
                    pass
            return cast(datetime.datetime | None, data)

        last_email_recover_password_sent = _parse_last_email_recover_password_sent(
            d.pop("last_email_recover_password_sent")
        )

        def _parse_last_seen(data: object) -> datetime.datetime | None:
            if isinstance(data, str):
                try:
                    return datetime.datetime.fromisoformat(data)
                except ValueError:
                    pass
            return cast(datetime.datetime | None, data)

        last_seen = _parse_last_seen(d.pop("last_seen"))

        def _parse_lastname(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lastname = _parse_lastname(d.pop("lastname"))

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

        def _parse_otp_secret(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        otp_secret = _parse_otp_secret(d.pop("otp_secret"))

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

        _permissions = d.pop("permissions", UNSET)
        permissions: UserPermissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = UserPermissions.from_dict(_permissions)

        _instance = cls(
            email=email,
            firstname=firstname,
            id=id,
            ip=ip,
            last_email_failed_login_sent=last_email_failed_login_sent,
            last_email_recover_password_sent=last_email_recover_password_sent,
            last_seen=last_seen,
            lastname=lastname,
            organization=organization,
            otp_secret=otp_secret,
            roles=roles,
            rules=rules,
            status=status,
            type_=type_,
            username=username,
            permissions=permissions,
        )

        _instance.additional_properties = d
        return _instance
