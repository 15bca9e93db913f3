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
    from ..models.allowed_argument_value import AllowedArgumentValue


T = TypeVar("T", bound="Argument")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class Argument(JsonView):
    """
    Attributes:
        allowed_values (list[AllowedArgumentValue]):
        conditional_on_id (int | None):
        conditional_operator (None | str):
        conditional_value (None | str):
        default_value (None | str):
        description (None | str):
        display_name (None | str):
        has_default_value (bool | None):
        id (int):
        is_frontend_only (bool | None):
        name (None | str):
        type_ (str):
    """

    allowed_values: list[AllowedArgumentValue]
    conditional_on_id: int | None
    conditional_operator: None | str
    conditional_value: None | str
    default_value: None | str
    description: None | str
    display_name: None | str
    has_default_value: bool | None
    id: int
    is_frontend_only: bool | None
    name: None | str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This Argument as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.allowed_argument_value import AllowedArgumentValue  # noqa: PLC0415

        allowed_values = []
        for allowed_values_item_data in self.allowed_values:
            allowed_values_item = allowed_values_item_data.to_dict()
            allowed_values.append(allowed_values_item)

        conditional_on_id: int | None
        conditional_on_id = self.conditional_on_id

        conditional_operator: None | str
        conditional_operator = self.conditional_operator

        conditional_value: None | str
        conditional_value = self.conditional_value

        default_value: None | str
        default_value = self.default_value

        description: None | str
        description = self.description

        display_name: None | str
        display_name = self.display_name

        has_default_value: bool | None
        has_default_value = self.has_default_value

        id = self.id

        is_frontend_only: bool | None
        is_frontend_only = self.is_frontend_only

        name: None | str
        name = self.name

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed_values": allowed_values,
                "conditional_on_id": conditional_on_id,
                "conditional_operator": conditional_operator,
                "conditional_value": conditional_value,
                "default_value": default_value,
                "description": description,
                "display_name": display_name,
                "has_default_value": has_default_value,
                "id": id,
                "is_frontend_only": is_frontend_only,
                "name": name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Argument from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        from ..models.allowed_argument_value import AllowedArgumentValue  # noqa: PLC0415

        d = dict(src_dict)
        allowed_values = []
        _allowed_values = d.pop("allowed_values")
        for allowed_values_item_data in _allowed_values:
            allowed_values_item = AllowedArgumentValue.from_dict(
                allowed_values_item_data
            )

            allowed_values.append(allowed_values_item)

        def _parse_conditional_on_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        conditional_on_id = _parse_conditional_on_id(d.pop("conditional_on_id"))

        def _parse_conditional_operator(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        conditional_operator = _parse_conditional_operator(
            d.pop("conditional_operator")
        )

        def _parse_conditional_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        conditional_value = _parse_conditional_value(d.pop("conditional_value"))

        def _parse_default_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        default_value = _parse_default_value(d.pop("default_value"))

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

        def _parse_has_default_value(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        has_default_value = _parse_has_default_value(d.pop("has_default_value"))

        id = d.pop("id")

        def _parse_is_frontend_only(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_frontend_only = _parse_is_frontend_only(d.pop("is_frontend_only"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        type_ = d.pop("type")

        _instance = cls(
            allowed_values=allowed_values,
            conditional_on_id=conditional_on_id,
            conditional_operator=conditional_operator,
            conditional_value=conditional_value,
            default_value=default_value,
            description=description,
            display_name=display_name,
            has_default_value=has_default_value,
            id=id,
            is_frontend_only=is_frontend_only,
            name=name,
            type_=type_,
        )

        _instance.additional_properties = d
        return _instance
