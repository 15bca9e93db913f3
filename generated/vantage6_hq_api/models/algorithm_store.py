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

T = TypeVar("T", bound="AlgorithmStore")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class AlgorithmStore(JsonView):
    """
    Attributes:
        api_path (None | str):
        collaborations (None | str): API path of the collaborations that may use the store; null when every
            collaboration may
        id (int):
        name (None | str):
        url (None | str):
    """

    api_path: None | str
    collaborations: None | str
    id: int
    name: None | str
    url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This AlgorithmStore as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        api_path: None | str
        api_path = self.api_path

        collaborations: None | str
        collaborations = self.collaborations

        id = self.id

        name: None | str
        name = self.name

        url: None | str
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_path": api_path,
                "collaborations": collaborations,
                "id": id,
                "name": name,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read AlgorithmStore from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        d = dict(src_dict)

        def _parse_api_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        api_path = _parse_api_path(d.pop("api_path"))

        def _parse_collaborations(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        collaborations = _parse_collaborations(d.pop("collaborations"))

        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        _instance = cls(
            api_path=api_path,
            collaborations=collaborations,
            id=id,
            name=name,
            url=url,
        )

        _instance.additional_properties = d
        return _instance
