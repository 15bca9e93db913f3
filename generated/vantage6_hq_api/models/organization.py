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

T = TypeVar("T", bound="Organization")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class Organization(JsonView):
    """
    Attributes:
        address1 (None | str):
        address2 (None | str):
        collaborations (str): API path of the related list
        country (None | str):
        domain (None | str):
        id (int):
        name (None | str):
        nodes (str): API path of the related list
        public_key (str): base64 of the PEM public key (SubjectPublicKeyInfo), "" when none is set
        runs (str): API path of the related list
        studies (str): API path of the related list
        tasks (str): API path of the related list
        users (str): API path of the related list
        zipcode (None | str):
    """

    address1: None | str
    address2: None | str
    collaborations: str
    country: None | str
    domain: None | str
    id: int
    name: None | str
    nodes: str
    public_key: str
    runs: str
    studies: str
    tasks: str
    users: str
    zipcode: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _repr_rules: ClassVar[Mapping[str, str]] = {
        "collaborations": "path",
        "nodes": "path",
        "runs": "path",
        "studies": "path",
        "tasks": "path",
        "users": "path",
    }

    def to_dict(self) -> dict[str, Any]:
        """This Organization as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        address1: None | str
        address1 = self.address1

        address2: None | str
        address2 = self.address2

        collaborations = self.collaborations

        country: None | str
        country = self.country

        domain: None | str
        domain = self.domain

        id = self.id

        name: None | str
        name = self.name

        nodes = self.nodes

        public_key = self.public_key

        runs = self.runs

        studies = self.studies

        tasks = self.tasks

        users = self.users

        zipcode: None | str
        zipcode = self.zipcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address1": address1,
                "address2": address2,
                "collaborations": collaborations,
                "country": country,
                "domain": domain,
                "id": id,
                "name": name,
                "nodes": nodes,
                "public_key": public_key,
                "runs": runs,
                "studies": studies,
                "tasks": tasks,
                "users": users,
                "zipcode": zipcode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Organization from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        d = dict(src_dict)

        def _parse_address1(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address1 = _parse_address1(d.pop("address1"))

        def _parse_address2(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address2 = _parse_address2(d.pop("address2"))

        collaborations = d.pop("collaborations")

        def _parse_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country = _parse_country(d.pop("country"))

        def _parse_domain(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        domain = _parse_domain(d.pop("domain"))

        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        nodes = d.pop("nodes")

        public_key = d.pop("public_key")

        runs = d.pop("runs")

        studies = d.pop("studies")

        tasks = d.pop("tasks")

        users = d.pop("users")

        def _parse_zipcode(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        zipcode = _parse_zipcode(d.pop("zipcode"))

        _instance = cls(
            address1=address1,
            address2=address2,
            collaborations=collaborations,
            country=country,
            domain=domain,
            id=id,
            name=name,
            nodes=nodes,
            public_key=public_key,
            runs=runs,
            studies=studies,
            tasks=tasks,
            users=users,
            zipcode=zipcode,
        )

        _instance.additional_properties = d
        return _instance
