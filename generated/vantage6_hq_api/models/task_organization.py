from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="TaskOrganization")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class TaskOrganization(JsonView):
    """One organization of a task and its run's arguments.

    Attributes:
        id (int):
        arguments (str | Unset): The method's keyword arguments as JSON, base64-encoded, or, in an encrypted
            collaboration, encrypted with the organization's public key
    """

    id: int
    arguments: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _repr_rules: ClassVar[Mapping[str, str]] = {"arguments": "payload"}

    def to_dict(self) -> dict[str, Any]:
        """This TaskOrganization as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        id = self.id

        arguments = self.arguments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if arguments is not UNSET:
            field_dict["arguments"] = arguments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read TaskOrganization from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        d = dict(src_dict)
        id = d.pop("id")

        arguments = d.pop("arguments", UNSET)

        _instance = cls(
            id=id,
            arguments=arguments,
        )

        _instance.additional_properties = d
        return _instance
