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
    from ..models.link import Link
    from ..models.organization import Organization


T = TypeVar("T", bound="Study")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class Study(JsonView):
    """
    Attributes:
        collaboration (Link | None):
        id (int):
        name (None | str):
        organizations (list[Organization] | str): The organizations, with include=organizations; else the API path of
            their list
        tasks (str): API path of the related list
    """

    collaboration: Link | None
    id: int
    name: None | str
    organizations: list[Organization] | str
    tasks: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _repr_rules: ClassVar[Mapping[str, str]] = {
        "organizations": "path",
        "tasks": "path",
    }

    def to_dict(self) -> dict[str, Any]:
        """This Study as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.link import Link  # noqa: PLC0415
        from ..models.organization import Organization  # noqa: PLC0415

        collaboration: dict[str, Any] | None
        if isinstance(self.collaboration, Link):
            collaboration = self.collaboration.to_dict()
        else:
            collaboration = self.collaboration

        id = self.id

        name: None | str
        name = self.name

        organizations: list[dict[str, Any]] | str
        if isinstance(self.organizations, list):
            organizations = []
            for organizations_type_1_item_data in self.organizations:
                organizations_type_1_item = organizations_type_1_item_data.to_dict()
                organizations.append(organizations_type_1_item)

        else:
            organizations = self.organizations

        tasks = self.tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collaboration": collaboration,
                "id": id,
                "name": name,
                "organizations": organizations,
                "tasks": tasks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Study from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        from ..models.link import Link  # noqa: PLC0415
        from ..models.organization import Organization  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_collaboration(data: object) -> Link | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                collaboration_type_0 = Link.from_dict(data)

                return collaboration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Link | None, data)

        collaboration = _parse_collaboration(d.pop("collaboration"))

        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

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

        tasks = d.pop("tasks")

        _instance = cls(
            collaboration=collaboration,
            id=id,
            name=name,
            organizations=organizations,
            tasks=tasks,
        )

        _instance.additional_properties = d
        return _instance
