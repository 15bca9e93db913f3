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

from ..models.function_input_step_type import (
    FunctionInputStepType,
    check_function_input_step_type,
)
from ..types import UNSET, JsonView, Unset

if TYPE_CHECKING:
    from ..models.argument_input import ArgumentInput
    from ..models.database_input import DatabaseInput
    from ..models.ui_visualization_input import UIVisualizationInput


T = TypeVar("T", bound="FunctionInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class FunctionInput(JsonView):
    """
    Attributes:
        name (str):
        step_type (FunctionInputStepType):
        arguments (list[ArgumentInput] | Unset):
        databases (list[DatabaseInput] | Unset):
        description (str | Unset):
        display_name (str | Unset):
        standalone (bool | Unset):
        ui_visualizations (list[UIVisualizationInput] | Unset):
    """

    name: str
    step_type: FunctionInputStepType
    arguments: list[ArgumentInput] | Unset = UNSET
    databases: list[DatabaseInput] | Unset = UNSET
    description: str | Unset = UNSET
    display_name: str | Unset = UNSET
    standalone: bool | Unset = UNSET
    ui_visualizations: list[UIVisualizationInput] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This FunctionInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.argument_input import ArgumentInput  # noqa: PLC0415
        from ..models.database_input import DatabaseInput  # noqa: PLC0415
        from ..models.ui_visualization_input import UIVisualizationInput  # noqa: PLC0415

        name = self.name

        step_type: str = self.step_type

        arguments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.arguments, Unset):
            arguments = []
            for arguments_item_data in self.arguments:
                arguments_item = arguments_item_data.to_dict()
                arguments.append(arguments_item)

        databases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.databases, Unset):
            databases = []
            for databases_item_data in self.databases:
                databases_item = databases_item_data.to_dict()
                databases.append(databases_item)

        description = self.description

        display_name = self.display_name

        standalone = self.standalone

        ui_visualizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ui_visualizations, Unset):
            ui_visualizations = []
            for ui_visualizations_item_data in self.ui_visualizations:
                ui_visualizations_item = ui_visualizations_item_data.to_dict()
                ui_visualizations.append(ui_visualizations_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "step_type": step_type,
            }
        )
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if databases is not UNSET:
            field_dict["databases"] = databases
        if description is not UNSET:
            field_dict["description"] = description
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if standalone is not UNSET:
            field_dict["standalone"] = standalone
        if ui_visualizations is not UNSET:
            field_dict["ui_visualizations"] = ui_visualizations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read FunctionInput from JSON: a dict keyed by the API's field names."""
        from ..models.argument_input import ArgumentInput  # noqa: PLC0415
        from ..models.database_input import DatabaseInput  # noqa: PLC0415
        from ..models.ui_visualization_input import UIVisualizationInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        step_type = check_function_input_step_type(d.pop("step_type"))

        _arguments = d.pop("arguments", UNSET)
        arguments: list[ArgumentInput] | Unset = UNSET
        if _arguments is not UNSET:
            arguments = []
            for arguments_item_data in _arguments:
                arguments_item = ArgumentInput.from_dict(arguments_item_data)

                arguments.append(arguments_item)

        _databases = d.pop("databases", UNSET)
        databases: list[DatabaseInput] | Unset = UNSET
        if _databases is not UNSET:
            databases = []
            for databases_item_data in _databases:
                databases_item = DatabaseInput.from_dict(databases_item_data)

                databases.append(databases_item)

        description = d.pop("description", UNSET)

        display_name = d.pop("display_name", UNSET)

        standalone = d.pop("standalone", UNSET)

        _ui_visualizations = d.pop("ui_visualizations", UNSET)
        ui_visualizations: list[UIVisualizationInput] | Unset = UNSET
        if _ui_visualizations is not UNSET:
            ui_visualizations = []
            for ui_visualizations_item_data in _ui_visualizations:
                ui_visualizations_item = UIVisualizationInput.from_dict(
                    ui_visualizations_item_data
                )

                ui_visualizations.append(ui_visualizations_item)

        _instance = cls(
            name=name,
            step_type=step_type,
            arguments=arguments,
            databases=databases,
            description=description,
            display_name=display_name,
            standalone=standalone,
            ui_visualizations=ui_visualizations,
        )

        return _instance
