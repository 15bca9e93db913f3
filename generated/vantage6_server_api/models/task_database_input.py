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
    from ..models.task_database_input_arguments import TaskDatabaseInputArguments
    from ..models.task_database_input_preprocessing_item import (
        TaskDatabaseInputPreprocessingItem,
    )


T = TypeVar("T", bound="TaskDatabaseInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class TaskDatabaseInput(JsonView):
    """
    Attributes:
        label (str): The database's label in the node's configuration
        arguments (TaskDatabaseInputArguments | Unset):
        preprocessing (list[TaskDatabaseInputPreprocessingItem] | Unset):
        query (str | Unset): For SQL and SPARQL databases
        sheet_name (str | Unset): For Excel databases
    """

    label: str
    arguments: TaskDatabaseInputArguments | Unset = UNSET
    preprocessing: list[TaskDatabaseInputPreprocessingItem] | Unset = UNSET
    query: str | Unset = UNSET
    sheet_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This TaskDatabaseInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.task_database_input_arguments import TaskDatabaseInputArguments  # noqa: PLC0415
        from ..models.task_database_input_preprocessing_item import (
            TaskDatabaseInputPreprocessingItem,  # noqa: PLC0415
        )

        label = self.label

        arguments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arguments, Unset):
            arguments = self.arguments.to_dict()

        preprocessing: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.preprocessing, Unset):
            preprocessing = []
            for preprocessing_item_data in self.preprocessing:
                preprocessing_item = preprocessing_item_data.to_dict()
                preprocessing.append(preprocessing_item)

        query = self.query

        sheet_name = self.sheet_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if preprocessing is not UNSET:
            field_dict["preprocessing"] = preprocessing
        if query is not UNSET:
            field_dict["query"] = query
        if sheet_name is not UNSET:
            field_dict["sheet_name"] = sheet_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read TaskDatabaseInput from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        from ..models.task_database_input_arguments import TaskDatabaseInputArguments  # noqa: PLC0415
        from ..models.task_database_input_preprocessing_item import (
            TaskDatabaseInputPreprocessingItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        label = d.pop("label")

        _arguments = d.pop("arguments", UNSET)
        arguments: TaskDatabaseInputArguments | Unset
        if isinstance(_arguments, Unset):
            arguments = UNSET
        else:
            arguments = TaskDatabaseInputArguments.from_dict(_arguments)

        _preprocessing = d.pop("preprocessing", UNSET)
        preprocessing: list[TaskDatabaseInputPreprocessingItem] | Unset = UNSET
        if _preprocessing is not UNSET:
            preprocessing = []
            for preprocessing_item_data in _preprocessing:
                preprocessing_item = TaskDatabaseInputPreprocessingItem.from_dict(
                    preprocessing_item_data
                )

                preprocessing.append(preprocessing_item)

        query = d.pop("query", UNSET)

        sheet_name = d.pop("sheet_name", UNSET)

        _instance = cls(
            label=label,
            arguments=arguments,
            preprocessing=preprocessing,
            query=query,
            sheet_name=sheet_name,
        )

        _instance.additional_properties = d
        return _instance
