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
    from ..models.task_database_input import TaskDatabaseInput
    from ..models.task_organization import TaskOrganization


T = TypeVar("T", bound="TaskInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class TaskInput(JsonView):
    """
    Attributes:
        image (str):
        organizations (list[TaskOrganization]):
        collaboration_id (int | Unset):
        databases (list[TaskDatabaseInput] | None | Unset):
        description (str | Unset):
        name (str | Unset):
        server_url (str | Unset):
        store_id (int | Unset):
        study_id (int | Unset):
    """

    image: str
    organizations: list[TaskOrganization]
    collaboration_id: int | Unset = UNSET
    databases: list[TaskDatabaseInput] | None | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    server_url: str | Unset = UNSET
    store_id: int | Unset = UNSET
    study_id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This TaskInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.task_database_input import TaskDatabaseInput  # noqa: PLC0415
        from ..models.task_organization import TaskOrganization  # noqa: PLC0415

        image = self.image

        organizations = []
        for organizations_item_data in self.organizations:
            organizations_item = organizations_item_data.to_dict()
            organizations.append(organizations_item)

        collaboration_id = self.collaboration_id

        databases: list[dict[str, Any]] | None | Unset
        if isinstance(self.databases, Unset):
            databases = UNSET
        elif isinstance(self.databases, list):
            databases = []
            for databases_type_0_item_data in self.databases:
                databases_type_0_item = databases_type_0_item_data.to_dict()
                databases.append(databases_type_0_item)

        else:
            databases = self.databases

        description = self.description

        name = self.name

        server_url = self.server_url

        store_id = self.store_id

        study_id = self.study_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image": image,
                "organizations": organizations,
            }
        )
        if collaboration_id is not UNSET:
            field_dict["collaboration_id"] = collaboration_id
        if databases is not UNSET:
            field_dict["databases"] = databases
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if server_url is not UNSET:
            field_dict["server_url"] = server_url
        if store_id is not UNSET:
            field_dict["store_id"] = store_id
        if study_id is not UNSET:
            field_dict["study_id"] = study_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read TaskInput from JSON: a dict keyed by the API's field names."""
        from ..models.task_database_input import TaskDatabaseInput  # noqa: PLC0415
        from ..models.task_organization import TaskOrganization  # noqa: PLC0415

        d = dict(src_dict)
        image = d.pop("image")

        organizations = []
        _organizations = d.pop("organizations")
        for organizations_item_data in _organizations:
            organizations_item = TaskOrganization.from_dict(organizations_item_data)

            organizations.append(organizations_item)

        collaboration_id = d.pop("collaboration_id", UNSET)

        def _parse_databases(data: object) -> list[TaskDatabaseInput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                databases_type_0 = []
                _databases_type_0 = data
                for databases_type_0_item_data in _databases_type_0:
                    databases_type_0_item = TaskDatabaseInput.from_dict(
                        databases_type_0_item_data
                    )

                    databases_type_0.append(databases_type_0_item)

                return databases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaskDatabaseInput] | None | Unset, data)

        databases = _parse_databases(d.pop("databases", UNSET))

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        server_url = d.pop("server_url", UNSET)

        store_id = d.pop("store_id", UNSET)

        study_id = d.pop("study_id", UNSET)

        _instance = cls(
            image=image,
            organizations=organizations,
            collaboration_id=collaboration_id,
            databases=databases,
            description=description,
            name=name,
            server_url=server_url,
            store_id=store_id,
            study_id=study_id,
        )

        return _instance
