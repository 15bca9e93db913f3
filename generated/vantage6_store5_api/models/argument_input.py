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

from ..models.argument_input_conditional_operator_type_0 import (
    ArgumentInputConditionalOperatorType0,
    check_argument_input_conditional_operator_type_0,
)
from ..models.argument_input_type import ArgumentInputType, check_argument_input_type
from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="ArgumentInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class ArgumentInput(JsonView):
    """
    Attributes:
        name (str):
        type_ (ArgumentInputType):
        allowed_values (list[float | str] | Unset):
        conditional_on (str | Unset):
        conditional_operator (ArgumentInputConditionalOperatorType0 | None | Unset):
        conditional_value (bool | float | None | str | Unset):
        default_value (bool | float | None | str | Unset): Stored as text (numbers and booleans are turned into text):
            with allowed_values, give those as text too, or the default is "not one of the allowed values" (400)
        description (str | Unset):
        display_name (str | Unset):
        has_default_value (bool | Unset):
        is_frontend_only (bool | Unset):
    """

    name: str
    type_: ArgumentInputType
    allowed_values: list[float | str] | Unset = UNSET
    conditional_on: str | Unset = UNSET
    conditional_operator: ArgumentInputConditionalOperatorType0 | None | Unset = UNSET
    conditional_value: bool | float | None | str | Unset = UNSET
    default_value: bool | float | None | str | Unset = UNSET
    description: str | Unset = UNSET
    display_name: str | Unset = UNSET
    has_default_value: bool | Unset = UNSET
    is_frontend_only: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This ArgumentInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        name = self.name

        type_: str = self.type_

        allowed_values: list[float | str] | Unset = UNSET
        if not isinstance(self.allowed_values, Unset):
            allowed_values = []
            for allowed_values_item_data in self.allowed_values:
                allowed_values_item: float | str
                allowed_values_item = allowed_values_item_data
                allowed_values.append(allowed_values_item)

        conditional_on = self.conditional_on

        conditional_operator: None | str | Unset
        if isinstance(self.conditional_operator, Unset):
            conditional_operator = UNSET
        elif isinstance(self.conditional_operator, str):
            conditional_operator = self.conditional_operator
        else:
            conditional_operator = self.conditional_operator

        conditional_value: bool | float | None | str | Unset
        if isinstance(self.conditional_value, Unset):
            conditional_value = UNSET
        else:
            conditional_value = self.conditional_value

        default_value: bool | float | None | str | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        else:
            default_value = self.default_value

        description = self.description

        display_name = self.display_name

        has_default_value = self.has_default_value

        is_frontend_only = self.is_frontend_only

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if allowed_values is not UNSET:
            field_dict["allowed_values"] = allowed_values
        if conditional_on is not UNSET:
            field_dict["conditional_on"] = conditional_on
        if conditional_operator is not UNSET:
            field_dict["conditional_operator"] = conditional_operator
        if conditional_value is not UNSET:
            field_dict["conditional_value"] = conditional_value
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if description is not UNSET:
            field_dict["description"] = description
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if has_default_value is not UNSET:
            field_dict["has_default_value"] = has_default_value
        if is_frontend_only is not UNSET:
            field_dict["is_frontend_only"] = is_frontend_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read ArgumentInput from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        name = d.pop("name")

        type_ = check_argument_input_type(d.pop("type"))

        _allowed_values = d.pop("allowed_values", UNSET)
        allowed_values: list[float | str] | Unset = UNSET
        if _allowed_values is not UNSET:
            allowed_values = []
            for allowed_values_item_data in _allowed_values:

                def _parse_allowed_values_item(data: object) -> float | str:
                    return cast(float | str, data)

                allowed_values_item = _parse_allowed_values_item(
                    allowed_values_item_data
                )

                allowed_values.append(allowed_values_item)

        conditional_on = d.pop("conditional_on", UNSET)

        def _parse_conditional_operator(
            data: object,
        ) -> ArgumentInputConditionalOperatorType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conditional_operator_type_0 = (
                    check_argument_input_conditional_operator_type_0(data)
                )

                return conditional_operator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArgumentInputConditionalOperatorType0 | None | Unset, data)

        conditional_operator = _parse_conditional_operator(
            d.pop("conditional_operator", UNSET)
        )

        def _parse_conditional_value(data: object) -> bool | float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | float | None | str | Unset, data)

        conditional_value = _parse_conditional_value(d.pop("conditional_value", UNSET))

        def _parse_default_value(data: object) -> bool | float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | float | None | str | Unset, data)

        default_value = _parse_default_value(d.pop("default_value", UNSET))

        description = d.pop("description", UNSET)

        display_name = d.pop("display_name", UNSET)

        has_default_value = d.pop("has_default_value", UNSET)

        is_frontend_only = d.pop("is_frontend_only", UNSET)

        _instance = cls(
            name=name,
            type_=type_,
            allowed_values=allowed_values,
            conditional_on=conditional_on,
            conditional_operator=conditional_operator,
            conditional_value=conditional_value,
            default_value=default_value,
            description=description,
            display_name=display_name,
            has_default_value=has_default_value,
            is_frontend_only=is_frontend_only,
        )

        return _instance
