from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="AlgorithmStoreInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class AlgorithmStoreInput(JsonView):
    """
    Attributes:
        algorithm_store_url (str): URL to the algorithm store, excluding the API path
        name (str): Human readable name for the algorithm store
        api_path (str | Unset): API path to the algorithm store. Default is "/api". Default: '/api'.
        collaboration_id (int | Unset): Collaboration id to which the algorithm store will be added. If not given, the
            algorithm store will be available to all collaborations.
    """

    algorithm_store_url: str
    name: str
    api_path: str | Unset = "/api"
    collaboration_id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This AlgorithmStoreInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        algorithm_store_url = self.algorithm_store_url

        name = self.name

        api_path = self.api_path

        collaboration_id = self.collaboration_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "algorithm_store_url": algorithm_store_url,
                "name": name,
            }
        )
        if api_path is not UNSET:
            field_dict["api_path"] = api_path
        if collaboration_id is not UNSET:
            field_dict["collaboration_id"] = collaboration_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read AlgorithmStoreInput from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        algorithm_store_url = d.pop("algorithm_store_url")

        name = d.pop("name")

        api_path = d.pop("api_path", UNSET)

        collaboration_id = d.pop("collaboration_id", UNSET)

        _instance = cls(
            algorithm_store_url=algorithm_store_url,
            name=name,
            api_path=api_path,
            collaboration_id=collaboration_id,
        )

        return _instance
