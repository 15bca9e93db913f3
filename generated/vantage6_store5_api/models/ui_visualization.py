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
    from ..models.ui_visualization_schema_type_0 import UIVisualizationSchemaType0


T = TypeVar("T", bound="UIVisualization")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class UIVisualization(JsonView):
    """
    Attributes:
        description (None | str):
        id (int):
        name (None | str):
        schema (None | UIVisualizationSchemaType0):
        type_ (str):
    """

    description: None | str
    id: int
    name: None | str
    schema: None | UIVisualizationSchemaType0
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This UIVisualization as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.ui_visualization_schema_type_0 import UIVisualizationSchemaType0  # noqa: PLC0415

        description: None | str
        description = self.description

        id = self.id

        name: None | str
        name = self.name

        schema: dict[str, Any] | None
        if isinstance(self.schema, UIVisualizationSchemaType0):
            schema = self.schema.to_dict()
        else:
            schema = self.schema

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "name": name,
                "schema": schema,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read UIVisualization from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        from ..models.ui_visualization_schema_type_0 import UIVisualizationSchemaType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_schema(data: object) -> None | UIVisualizationSchemaType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schema_type_0 = UIVisualizationSchemaType0.from_dict(data)

                return schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UIVisualizationSchemaType0, data)

        schema = _parse_schema(d.pop("schema"))

        type_ = d.pop("type")

        _instance = cls(
            description=description,
            id=id,
            name=name,
            schema=schema,
            type_=type_,
        )

        _instance.additional_properties = d
        return _instance
