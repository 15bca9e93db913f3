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
    from ..models.argument import Argument
    from ..models.database import Database
    from ..models.ui_visualization import UIVisualization


T = TypeVar("T", bound="Function")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class Function(JsonView):
    """
    Attributes:
        arguments (list[Argument]):
        databases (list[Database]):
        description (None | str):
        display_name (None | str):
        id (int):
        name (None | str):
        standalone (bool | None):
        step_type (None | str):
        ui_visualizations (list[UIVisualization]):
    """

    arguments: list[Argument]
    databases: list[Database]
    description: None | str
    display_name: None | str
    id: int
    name: None | str
    standalone: bool | None
    step_type: None | str
    ui_visualizations: list[UIVisualization]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This Function as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.argument import Argument  # noqa: PLC0415
        from ..models.database import Database  # noqa: PLC0415
        from ..models.ui_visualization import UIVisualization  # noqa: PLC0415

        arguments = []
        for arguments_item_data in self.arguments:
            arguments_item = arguments_item_data.to_dict()
            arguments.append(arguments_item)

        databases = []
        for databases_item_data in self.databases:
            databases_item = databases_item_data.to_dict()
            databases.append(databases_item)

        description: None | str
        description = self.description

        display_name: None | str
        display_name = self.display_name

        id = self.id

        name: None | str
        name = self.name

        standalone: bool | None
        standalone = self.standalone

        step_type: None | str
        step_type = self.step_type

        ui_visualizations = []
        for ui_visualizations_item_data in self.ui_visualizations:
            ui_visualizations_item = ui_visualizations_item_data.to_dict()
            ui_visualizations.append(ui_visualizations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arguments": arguments,
                "databases": databases,
                "description": description,
                "display_name": display_name,
                "id": id,
                "name": name,
                "standalone": standalone,
                "step_type": step_type,
                "ui_visualizations": ui_visualizations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Function from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        from ..models.argument import Argument  # noqa: PLC0415
        from ..models.database import Database  # noqa: PLC0415
        from ..models.ui_visualization import UIVisualization  # noqa: PLC0415

        d = dict(src_dict)
        arguments = []
        _arguments = d.pop("arguments")
        for arguments_item_data in _arguments:
            arguments_item = Argument.from_dict(arguments_item_data)

            arguments.append(arguments_item)

        databases = []
        _databases = d.pop("databases")
        for databases_item_data in _databases:
            databases_item = Database.from_dict(databases_item_data)

            databases.append(databases_item)

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_display_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        display_name = _parse_display_name(d.pop("display_name"))

        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_standalone(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        standalone = _parse_standalone(d.pop("standalone"))

        def _parse_step_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        step_type = _parse_step_type(d.pop("step_type"))

        ui_visualizations = []
        _ui_visualizations = d.pop("ui_visualizations")
        for ui_visualizations_item_data in _ui_visualizations:
            ui_visualizations_item = UIVisualization.from_dict(
                ui_visualizations_item_data
            )

            ui_visualizations.append(ui_visualizations_item)

        _instance = cls(
            arguments=arguments,
            databases=databases,
            description=description,
            display_name=display_name,
            id=id,
            name=name,
            standalone=standalone,
            step_type=step_type,
            ui_visualizations=ui_visualizations,
        )

        _instance.additional_properties = d
        return _instance
