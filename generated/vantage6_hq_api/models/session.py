from __future__ import annotations

import datetime
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
    from ..models.link import Link


T = TypeVar("T", bound="Session")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class Session(JsonView):
    """
    Attributes:
        collaboration (Link | None):
        created_at (datetime.datetime | None): Meant to be when the session was created, but HQ fills in the moment its
            process started (the column default is computed once). UTC, sent without an offset (a naive datetime).
        dataframes (str): API path of the related list
        id (int):
        image (None | str):
        last_used_at (datetime.datetime | None): Meant to be when the session was last used, but HQ never updates it:
            the moment its process started, as created_at. UTC, sent without an offset (a naive datetime).
        name (None | str):
        owner (Link | None):
        ready (bool): true when at least one of the session's dataframes is ready
        scope (str): own, organization or collaboration
        study (Link | None):
        tasks (str): API path of the related list
    """

    collaboration: Link | None
    created_at: datetime.datetime | None
    dataframes: str
    id: int
    image: None | str
    last_used_at: datetime.datetime | None
    name: None | str
    owner: Link | None
    ready: bool
    scope: str
    study: Link | None
    tasks: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _repr_rules: ClassVar[Mapping[str, str]] = {"dataframes": "path", "tasks": "path"}

    def to_dict(self) -> dict[str, Any]:
        """This Session as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.link import Link  # noqa: PLC0415

        collaboration: dict[str, Any] | None
        if isinstance(self.collaboration, Link):
            collaboration = self.collaboration.to_dict()
        else:
            collaboration = self.collaboration

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        dataframes = self.dataframes

        id = self.id

        image: None | str
        image = self.image

        last_used_at: None | str
        if isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        name: None | str
        name = self.name

        owner: dict[str, Any] | None
        if isinstance(self.owner, Link):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        ready = self.ready

        scope = self.scope

        study: dict[str, Any] | None
        if isinstance(self.study, Link):
            study = self.study.to_dict()
        else:
            study = self.study

        tasks = self.tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collaboration": collaboration,
                "created_at": created_at,
                "dataframes": dataframes,
                "id": id,
                "image": image,
                "last_used_at": last_used_at,
                "name": name,
                "owner": owner,
                "ready": ready,
                "scope": scope,
                "study": study,
                "tasks": tasks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Session from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_collaboration(data: object) -> Link | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                collaboration_type_0 = Link.from_dict(data)

                return collaboration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Link | None, data)

        collaboration = _parse_collaboration(d.pop("collaboration"))

        def _parse_created_at(data: object) -> datetime.datetime | None:
            if isinstance(data, str):
                try:
                    return datetime.datetime.fromisoformat(data)
                except ValueError:
                    pass
            return cast(datetime.datetime | None, data)

        created_at = _parse_created_at(d.pop("created_at"))

        dataframes = d.pop("dataframes")

        id = d.pop("id")

        def _parse_image(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        image = _parse_image(d.pop("image"))

        def _parse_last_used_at(data: object) -> datetime.datetime | None:
            if isinstance(data, str):
                try:
                    return datetime.datetime.fromisoformat(data)
                except ValueError:
                    pass
            return cast(datetime.datetime | None, data)

        last_used_at = _parse_last_used_at(d.pop("last_used_at"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_owner(data: object) -> Link | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_0 = Link.from_dict(data)

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Link | None, data)

        owner = _parse_owner(d.pop("owner"))

        ready = d.pop("ready")

        scope = d.pop("scope")

        def _parse_study(data: object) -> Link | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                study_type_0 = Link.from_dict(data)

                return study_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Link | None, data)

        study = _parse_study(d.pop("study"))

        tasks = d.pop("tasks")

        _instance = cls(
            collaboration=collaboration,
            created_at=created_at,
            dataframes=dataframes,
            id=id,
            image=image,
            last_used_at=last_used_at,
            name=name,
            owner=owner,
            ready=ready,
            scope=scope,
            study=study,
            tasks=tasks,
        )

        _instance.additional_properties = d
        return _instance
