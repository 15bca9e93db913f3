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

from ..models.task_input_action import TaskInputAction, check_task_input_action
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
        method (str):
        organizations (list[TaskOrganization]):
        session_id (int):
        action (TaskInputAction | Unset):
        collaboration_id (int | Unset):
        databases (list[list[TaskDatabaseInput]] | None | Unset):
        dataframe_id (int | Unset):
        depends_on_ids (list[int] | Unset):
        description (str | Unset):
        name (str | Unset):
        store_id (int | Unset):
        study_id (int | Unset):
    """

    image: str
    method: str
    organizations: list[TaskOrganization]
    session_id: int
    action: TaskInputAction | Unset = UNSET
    collaboration_id: int | Unset = UNSET
    databases: list[list[TaskDatabaseInput]] | None | Unset = UNSET
    dataframe_id: int | Unset = UNSET
    depends_on_ids: list[int] | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
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

        method = self.method

        organizations = []
        for organizations_item_data in self.organizations:
            organizations_item = organizations_item_data.to_dict()
            organizations.append(organizations_item)

        session_id = self.session_id

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action

        collaboration_id = self.collaboration_id

        databases: list[list[dict[str, Any]]] | None | Unset
        if isinstance(self.databases, Unset):
            databases = UNSET
        elif isinstance(self.databases, list):
            databases = []
            for databases_type_0_item_data in self.databases:
                databases_type_0_item = []
                for databases_type_0_item_item_data in databases_type_0_item_data:
                    databases_type_0_item_item = (
                        databases_type_0_item_item_data.to_dict()
                    )
                    databases_type_0_item.append(databases_type_0_item_item)

                databases.append(databases_type_0_item)

        else:
            databases = self.databases

        dataframe_id = self.dataframe_id

        depends_on_ids: list[int] | Unset = UNSET
        if not isinstance(self.depends_on_ids, Unset):
            depends_on_ids = self.depends_on_ids

        description = self.description

        name = self.name

        store_id = self.store_id

        study_id = self.study_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image": image,
                "method": method,
                "organizations": organizations,
                "session_id": session_id,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if collaboration_id is not UNSET:
            field_dict["collaboration_id"] = collaboration_id
        if databases is not UNSET:
            field_dict["databases"] = databases
        if dataframe_id is not UNSET:
            field_dict["dataframe_id"] = dataframe_id
        if depends_on_ids is not UNSET:
            field_dict["depends_on_ids"] = depends_on_ids
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
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

        method = d.pop("method")

        organizations = []
        _organizations = d.pop("organizations")
        for organizations_item_data in _organizations:
            organizations_item = TaskOrganization.from_dict(organizations_item_data)

            organizations.append(organizations_item)

        session_id = d.pop("session_id")

        _action = d.pop("action", UNSET)
        action: TaskInputAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = check_task_input_action(_action)

        collaboration_id = d.pop("collaboration_id", UNSET)

        def _parse_databases(
            data: object,
        ) -> list[list[TaskDatabaseInput]] | None | Unset:
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
                    databases_type_0_item = []
                    _databases_type_0_item = databases_type_0_item_data
                    for databases_type_0_item_item_data in _databases_type_0_item:
                        databases_type_0_item_item = TaskDatabaseInput.from_dict(
                            databases_type_0_item_item_data
                        )

                        databases_type_0_item.append(databases_type_0_item_item)

                    databases_type_0.append(databases_type_0_item)

                return databases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[TaskDatabaseInput]] | None | Unset, data)

        databases = _parse_databases(d.pop("databases", UNSET))

        dataframe_id = d.pop("dataframe_id", UNSET)

        depends_on_ids = cast(list[int], d.pop("depends_on_ids", UNSET))

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        store_id = d.pop("store_id", UNSET)

        study_id = d.pop("study_id", UNSET)

        _instance = cls(
            image=image,
            method=method,
            organizations=organizations,
            session_id=session_id,
            action=action,
            collaboration_id=collaboration_id,
            databases=databases,
            dataframe_id=dataframe_id,
            depends_on_ids=depends_on_ids,
            description=description,
            name=name,
            store_id=store_id,
            study_id=study_id,
        )

        return _instance
