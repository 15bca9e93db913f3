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
    from ..models.organization import Organization


T = TypeVar("T", bound="Collaboration")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class Collaboration(JsonView):
    """
    Attributes:
        algorithm_stores (str): API path of the related list
        encrypted (bool | None):
        id (int):
        name (None | str):
        nodes (str): API path of the related list
        organizations (list[Organization] | str): The organizations, with include=organizations; else the API path of
            their list
        session_restrict_to_same_image (bool | None):
        studies (str): API path of the related list
        tasks (str): API path of the related list
    """

    algorithm_stores: str
    encrypted: bool | None
    id: int
    name: None | str
    nodes: str
    organizations: list[Organization] | str
    session_restrict_to_same_image: bool | None
    studies: str
    tasks: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _repr_rules: ClassVar[Mapping[str, str]] = {
        "algorithm_stores": "path",
        "nodes": "path",
        "organizations": "path",
        "studies": "path",
        "tasks": "path",
    }

    def to_dict(self) -> dict[str, Any]:
        """This Collaboration as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.organization import Organization  # noqa: PLC0415

        algorithm_stores = self.algorithm_stores

        encrypted: bool | None
        encrypted = self.encrypted

        id = self.id

        name: None | str
        name = self.name

        nodes = self.nodes

        organizations: list[dict[str, Any]] | str
        if isinstance(self.organizations, list):
            organizations = []
            for organizations_type_1_item_data in self.organizations:
                organizations_type_1_item = organizations_type_1_item_data.to_dict()
                organizations.append(organizations_type_1_item)

        else:
            organizations = self.organizations

        session_restrict_to_same_image: bool | None
        session_restrict_to_same_image = self.session_restrict_to_same_image

        studies = self.studies

        tasks = self.tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "algorithm_stores": algorithm_stores,
                "encrypted": encrypted,
                "id": id,
                "name": name,
                "nodes": nodes,
                "organizations": organizations,
                "session_restrict_to_same_image": session_restrict_to_same_image,
                "studies": studies,
                "tasks": tasks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Collaboration from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        from ..models.organization import Organization  # noqa: PLC0415

        d = dict(src_dict)
        algorithm_stores = d.pop("algorithm_stores")

        def _parse_encrypted(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        encrypted = _parse_encrypted(d.pop("encrypted"))

        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        nodes = d.pop("nodes")

        def _parse_organizations(data: object) -> list[Organization] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                organizations_type_1 = []
                _organizations_type_1 = data
                for organizations_type_1_item_data in _organizations_type_1:
                    organizations_type_1_item = Organization.from_dict(
                        organizations_type_1_item_data
                    )

                    organizations_type_1.append(organizations_type_1_item)

                return organizations_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Organization] | str, data)

        organizations = _parse_organizations(d.pop("organizations"))

        def _parse_session_restrict_to_same_image(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        session_restrict_to_same_image = _parse_session_restrict_to_same_image(
            d.pop("session_restrict_to_same_image")
        )

        studies = d.pop("studies")

        tasks = d.pop("tasks")

        _instance = cls(
            algorithm_stores=algorithm_stores,
            encrypted=encrypted,
            id=id,
            name=name,
            nodes=nodes,
            organizations=organizations,
            session_restrict_to_same_image=session_restrict_to_same_image,
            studies=studies,
            tasks=tasks,
        )

        _instance.additional_properties = d
        return _instance
