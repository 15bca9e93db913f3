from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="TwoFactorSetup")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class TwoFactorSetup(JsonView):
    """The server requires two-factor authentication and the user has not set it up: scan the QR URI (or enter the secret)
    in an authenticator app, then log in again with a code. Returned once; the secret is stored already.

        Attributes:
            msg (str):
            otp_secret (str):
            qr_uri (str):
    """

    msg: str
    otp_secret: str
    qr_uri: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _repr_rules: ClassVar[Mapping[str, str]] = {
        "otp_secret": "secret",
        "qr_uri": "secret",
    }

    def to_dict(self) -> dict[str, Any]:
        """This TwoFactorSetup as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        msg = self.msg

        otp_secret = self.otp_secret

        qr_uri = self.qr_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msg": msg,
                "otp_secret": otp_secret,
                "qr_uri": qr_uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read TwoFactorSetup from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        d = dict(src_dict)
        msg = d.pop("msg")

        otp_secret = d.pop("otp_secret")

        qr_uri = d.pop("qr_uri")

        _instance = cls(
            msg=msg,
            otp_secret=otp_secret,
            qr_uri=qr_uri,
        )

        _instance.additional_properties = d
        return _instance
