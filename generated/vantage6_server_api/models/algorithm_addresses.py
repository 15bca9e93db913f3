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
    from ..models.algorithm_address import AlgorithmAddress


T = TypeVar("T", bound="AlgorithmAddresses")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class AlgorithmAddresses(JsonView):
    """
    Attributes:
        addresses (list[AlgorithmAddress]):
    """

    addresses: list[AlgorithmAddress]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This AlgorithmAddresses as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.algorithm_address import AlgorithmAddress  # noqa: PLC0415

        addresses = []
        for addresses_item_data in self.addresses:
            addresses_item = addresses_item_data.to_dict()
            addresses.append(addresses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addresses": addresses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read AlgorithmAddresses from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        from ..models.algorithm_address import AlgorithmAddress  # noqa: PLC0415

        d = dict(src_dict)
        addresses = []
        _addresses = d.pop("addresses")
        for addresses_item_data in _addresses:
            addresses_item = AlgorithmAddress.from_dict(addresses_item_data)

            addresses.append(addresses_item)

        _instance = cls(
            addresses=addresses,
        )

        _instance.additional_properties = d
        return _instance
