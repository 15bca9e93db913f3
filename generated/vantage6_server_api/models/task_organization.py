from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="TaskOrganization")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class TaskOrganization(JsonView):
    """
    Attributes:
        id (int):
        input_ (str | Unset): The input for this organization: encrypted with its public key in encrypted
            collaborations, else base64 of the JSON; with large-result storage the UUID of the uploaded blob.
    """

    id: int
    input_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _repr_rules: ClassVar[Mapping[str, str]] = {"input_": "payload"}

    def to_dict(self) -> dict[str, Any]:
        """This TaskOrganization as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        id = self.id

        input_ = self.input_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read TaskOrganization from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        d = dict(src_dict)
        id = d.pop("id")

        input_ = d.pop("input", UNSET)

        _instance = cls(
            id=id,
            input_=input_,
        )

        _instance.additional_properties = d
        return _instance
