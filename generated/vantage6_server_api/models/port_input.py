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

T = TypeVar("T", bound="PortInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class PortInput(JsonView):
    """
    Attributes:
        port (int): Port number that receives container's VPN traffic
        run_id (int): Algorithm's run_id
        label (None | str | Unset): Label for port specified in algorithm docker image
    """

    port: int
    run_id: int
    label: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This PortInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        port = self.port

        run_id = self.run_id

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "port": port,
                "run_id": run_id,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read PortInput from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        port = d.pop("port")

        run_id = d.pop("run_id")

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        _instance = cls(
            port=port,
            run_id=run_id,
            label=label,
        )

        return _instance
