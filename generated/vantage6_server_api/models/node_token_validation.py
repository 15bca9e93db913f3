from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="NodeTokenValidation")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class NodeTokenValidation(JsonView):
    """
    Attributes:
        msg (str):
        name (str):
        node_id (int):
        organization_id (int):
    """

    msg: str
    name: str
    node_id: int
    organization_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This NodeTokenValidation as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        msg = self.msg

        name = self.name

        node_id = self.node_id

        organization_id = self.organization_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msg": msg,
                "name": name,
                "node_id": node_id,
                "organization_id": organization_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read NodeTokenValidation from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        d = dict(src_dict)
        msg = d.pop("msg")

        name = d.pop("name")

        node_id = d.pop("node_id")

        organization_id = d.pop("organization_id")

        _instance = cls(
            msg=msg,
            name=name,
            node_id=node_id,
            organization_id=organization_id,
        )

        _instance.additional_properties = d
        return _instance
