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

T = TypeVar("T", bound="AlgorithmAddress")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class AlgorithmAddress(JsonView):
    """
    Attributes:
        ip (None | str):
        label (None | str):
        organization_id (int):
        parent_id (int | None):
        port (int):
        task_id (int):
    """

    ip: None | str
    label: None | str
    organization_id: int
    parent_id: int | None
    port: int
    task_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This AlgorithmAddress as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        ip: None | str
        ip = self.ip

        label: None | str
        label = self.label

        organization_id = self.organization_id

        parent_id: int | None
        parent_id = self.parent_id

        port = self.port

        task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ip": ip,
                "label": label,
                "organization_id": organization_id,
                "parent_id": parent_id,
                "port": port,
                "task_id": task_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read AlgorithmAddress from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        d = dict(src_dict)

        def _parse_ip(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ip = _parse_ip(d.pop("ip"))

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        organization_id = d.pop("organization_id")

        def _parse_parent_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        port = d.pop("port")

        task_id = d.pop("task_id")

        _instance = cls(
            ip=ip,
            label=label,
            organization_id=organization_id,
            parent_id=parent_id,
            port=port,
            task_id=task_id,
        )

        _instance.additional_properties = d
        return _instance
