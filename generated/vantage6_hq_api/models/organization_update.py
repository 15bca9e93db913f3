from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="OrganizationUpdate")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class OrganizationUpdate(JsonView):
    """
    Attributes:
        address1 (str | Unset):
        address2 (str | Unset):
        country (str | Unset):
        domain (str | Unset):
        name (str | Unset):
        public_key (str | Unset):
        zipcode (str | Unset):
    """

    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    country: str | Unset = UNSET
    domain: str | Unset = UNSET
    name: str | Unset = UNSET
    public_key: str | Unset = UNSET
    zipcode: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This OrganizationUpdate as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        address1 = self.address1

        address2 = self.address2

        country = self.country

        domain = self.domain

        name = self.name

        public_key = self.public_key

        zipcode = self.zipcode

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if country is not UNSET:
            field_dict["country"] = country
        if domain is not UNSET:
            field_dict["domain"] = domain
        if name is not UNSET:
            field_dict["name"] = name
        if public_key is not UNSET:
            field_dict["public_key"] = public_key
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read OrganizationUpdate from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        country = d.pop("country", UNSET)

        domain = d.pop("domain", UNSET)

        name = d.pop("name", UNSET)

        public_key = d.pop("public_key", UNSET)

        zipcode = d.pop("zipcode", UNSET)

        _instance = cls(
            address1=address1,
            address2=address2,
            country=country,
            domain=domain,
            name=name,
            public_key=public_key,
            zipcode=zipcode,
        )

        return _instance
