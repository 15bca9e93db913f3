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

T = TypeVar("T", bound="ArgumentInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class ArgumentInput(JsonView):
    """
    Attributes:
        name (str):
        type_ (str):
        allowed_values (list[Any] | Unset):
        conditional_on (str | Unset):
        conditional_operator (None | str | Unset):
        conditional_value (None | str | Unset):
        default_value (None | str | Unset):
        description (str | Unset):
        display_name (str | Unset):
        has_default_value (bool | Unset):
        is_frontend_only (bool | Unset):
    """

    name: str
    type_: str
    allowed_values: list[Any] | Unset = UNSET
    conditional_on: str | Unset = UNSET
    conditional_operator: None | str | Unset = UNSET
    conditional_value: None | str | Unset = UNSET
    default_value: None | str | Unset = UNSET
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

        type_ = self.type_

        allowed_values: list[Any] | Unset = UNSET
        if not isinstance(self.allowed_values, Unset):
            allowed_values = self.allowed_values

        conditional_on = self.conditional_on

        conditional_operator: None | str | Unset
        if isinstance(self.conditional_operator, Unset):
            conditional_operator = UNSET
        else:
            conditional_operator = self.conditional_operator

        conditional_value: None | str | Unset
        if isinstance(self.conditional_value, Unset):
            conditional_value = UNSET
        else:
            conditional_value = self.conditional_value

        default_value: None | str | Unset
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

        type_ = d.pop("type")

        allowed_values = cast(list[Any], d.pop("allowed_values", UNSET))

        conditional_on = d.pop("conditional_on", UNSET)

        def _parse_conditional_operator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conditional_operator = _parse_conditional_operator(
            d.pop("conditional_operator", UNSET)
        )

        def _parse_conditional_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conditional_value = _parse_conditional_value(d.pop("conditional_value", UNSET))

        def _parse_default_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

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
