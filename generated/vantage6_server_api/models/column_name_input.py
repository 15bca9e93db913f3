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
    from ..models.task_organization import TaskOrganization


T = TypeVar("T", bound="ColumnNameInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class ColumnNameInput(JsonView):
    """
    Attributes:
        collaboration_id (int): The collaboration id for which database columns are requested
        db_label (str): The label of the database whose column names are requested
        organizations (list[TaskOrganization]): The organizations that should execute the task. Each organization should
            be defined by a dictionary with the `id` key and `input` data for a task.
        query (str | Unset): The query that is used to obtain the data. Required for SQL and SparQL databases.
        sheet_name (str | Unset): The name of the worksheet for which you want to read the columns. Required for Excel
            files.
    """

    collaboration_id: int
    db_label: str
    organizations: list[TaskOrganization]
    query: str | Unset = UNSET
    sheet_name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This ColumnNameInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.task_organization import TaskOrganization  # noqa: PLC0415

        collaboration_id = self.collaboration_id

        db_label = self.db_label

        organizations = []
        for organizations_item_data in self.organizations:
            organizations_item = organizations_item_data.to_dict()
            organizations.append(organizations_item)

        query = self.query

        sheet_name = self.sheet_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "collaboration_id": collaboration_id,
                "db_label": db_label,
                "organizations": organizations,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query
        if sheet_name is not UNSET:
            field_dict["sheet_name"] = sheet_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read ColumnNameInput from JSON: a dict keyed by the API's field names."""
        from ..models.task_organization import TaskOrganization  # noqa: PLC0415

        d = dict(src_dict)
        collaboration_id = d.pop("collaboration_id")

        db_label = d.pop("db_label")

        organizations = []
        _organizations = d.pop("organizations")
        for organizations_item_data in _organizations:
            organizations_item = TaskOrganization.from_dict(organizations_item_data)

            organizations.append(organizations_item)

        query = d.pop("query", UNSET)

        sheet_name = d.pop("sheet_name", UNSET)

        _instance = cls(
            collaboration_id=collaboration_id,
            db_label=db_label,
            organizations=organizations,
            query=query,
            sheet_name=sheet_name,
        )

        return _instance
