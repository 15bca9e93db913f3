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

from ..models.ui_visualization_input_type import (
    UIVisualizationInputType,
    check_ui_visualization_input_type,
)
from ..types import UNSET, JsonView, Unset

if TYPE_CHECKING:
    from ..models.ui_visualization_input_schema import UIVisualizationInputSchema


T = TypeVar("T", bound="UIVisualizationInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class UIVisualizationInput(JsonView):
    """
    Attributes:
        name (str):
        type_ (UIVisualizationInputType):
        description (str | Unset):
        schema (UIVisualizationInputSchema | Unset):
    """

    name: str
    type_: UIVisualizationInputType
    description: str | Unset = UNSET
    schema: UIVisualizationInputSchema | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This UIVisualizationInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.ui_visualization_input_schema import UIVisualizationInputSchema  # noqa: PLC0415

        name = self.name

        type_: str = self.type_

        description = self.description

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read UIVisualizationInput from JSON: a dict keyed by the API's field names."""
        from ..models.ui_visualization_input_schema import UIVisualizationInputSchema  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        type_ = check_ui_visualization_input_type(d.pop("type"))

        description = d.pop("description", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: UIVisualizationInputSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = UIVisualizationInputSchema.from_dict(_schema)

        _instance = cls(
            name=name,
            type_=type_,
            description=description,
            schema=schema,
        )

        return _instance
