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

T = TypeVar("T", bound="SessionInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class SessionInput(JsonView):
    """
    Attributes:
        collaboration_id (int):
        scope (str): Scope of the session, possible values are 'collaboration', 'organization' and 'own'
        name (None | str | Unset): Name of the session
        study_id (int | None | Unset):
    """

    collaboration_id: int
    scope: str
    name: None | str | Unset = UNSET
    study_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This SessionInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        collaboration_id = self.collaboration_id

        scope = self.scope

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        study_id: int | None | Unset
        if isinstance(self.study_id, Unset):
            study_id = UNSET
        else:
            study_id = self.study_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "collaboration_id": collaboration_id,
                "scope": scope,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if study_id is not UNSET:
            field_dict["study_id"] = study_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read SessionInput from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        collaboration_id = d.pop("collaboration_id")

        scope = d.pop("scope")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_study_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        study_id = _parse_study_id(d.pop("study_id", UNSET))

        _instance = cls(
            collaboration_id=collaboration_id,
            scope=scope,
            name=name,
            study_id=study_id,
        )

        return _instance
