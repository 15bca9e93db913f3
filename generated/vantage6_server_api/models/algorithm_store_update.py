from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="AlgorithmStoreUpdate")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class AlgorithmStoreUpdate(JsonView):
    """
    Attributes:
        algorithm_store_url (str | Unset): URL to the algorithm store, including the API path
        collaboration_id (int | Unset): Collaboration id to which the algorithm store will be added. If not given, the
            algorithm store will be available to all collaborations.
        force (bool | Unset): Force adding the algorithm store to the collaboration. This will overwrite warnings if
            insecure addresses (e.g. localhost) are added.
        name (str | Unset): Human readable name for the algorithm store
        server_url (str | Unset): URL to this vantage6 server. This is used to whitelist this server at the algorithm
            store. Note that this is ignored if the server configuration contains the 'server_url' key.
    """

    algorithm_store_url: str | Unset = UNSET
    collaboration_id: int | Unset = UNSET
    force: bool | Unset = UNSET
    name: str | Unset = UNSET
    server_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This AlgorithmStoreUpdate as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        algorithm_store_url = self.algorithm_store_url

        collaboration_id = self.collaboration_id

        force = self.force

        name = self.name

        server_url = self.server_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if algorithm_store_url is not UNSET:
            field_dict["algorithm_store_url"] = algorithm_store_url
        if collaboration_id is not UNSET:
            field_dict["collaboration_id"] = collaboration_id
        if force is not UNSET:
            field_dict["force"] = force
        if name is not UNSET:
            field_dict["name"] = name
        if server_url is not UNSET:
            field_dict["server_url"] = server_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read AlgorithmStoreUpdate from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        algorithm_store_url = d.pop("algorithm_store_url", UNSET)

        collaboration_id = d.pop("collaboration_id", UNSET)

        force = d.pop("force", UNSET)

        name = d.pop("name", UNSET)

        server_url = d.pop("server_url", UNSET)

        _instance = cls(
            algorithm_store_url=algorithm_store_url,
            collaboration_id=collaboration_id,
            force=force,
            name=name,
            server_url=server_url,
        )

        return _instance
