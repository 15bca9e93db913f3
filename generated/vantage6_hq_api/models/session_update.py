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

T = TypeVar("T", bound="SessionUpdate")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class SessionUpdate(JsonView):
    """
    Attributes:
        collaboration_id (int | Unset):
        name (None | str | Unset): Name of the session
        scope (str | Unset): Scope of the session, possible values are 'collaboration', 'organization' and 'own'
        study_id (int | None | Unset):
    """

    collaboration_id: int | Unset = UNSET
    name: None | str | Unset = UNSET
    scope: str | Unset = UNSET
    study_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This SessionUpdate as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        collaboration_id = self.collaboration_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        scope = self.scope

        study_id: int | None | Unset
        if isinstance(self.study_id, Unset):
            study_id = UNSET
        else:
            study_id = self.study_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if collaboration_id is not UNSET:
            field_dict["collaboration_id"] = collaboration_id
        if name is not UNSET:
            field_dict["name"] = name
        if scope is not UNSET:
            field_dict["scope"] = scope
        if study_id is not UNSET:
            field_dict["study_id"] = study_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read SessionUpdate from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        collaboration_id = d.pop("collaboration_id", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        scope = d.pop("scope", UNSET)

        def _parse_study_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        study_id = _parse_study_id(d.pop("study_id", UNSET))

        _instance = cls(
            collaboration_id=collaboration_id,
            name=name,
            scope=scope,
            study_id=study_id,
        )

        return _instance
