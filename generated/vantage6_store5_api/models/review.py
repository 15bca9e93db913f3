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
    from ..models.user import User


T = TypeVar("T", bound="Review")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class Review(JsonView):
    """
    Attributes:
        algorithm_id (int | None): null when the algorithm was deleted
        comment (None | str):
        id (int):
        requested_at (datetime.datetime | None): Meant to be when the review was requested, but the store's column
            default is computed once, when its process starts: every review requested of a running store gets that moment.
            UTC, sent without an offset (a naive datetime).
        requested_by (None | User):
        reviewer (None | User):
        status (None | str):
        submitted_at (datetime.datetime | None): When the reviewer approved or rejected; null before. UTC, sent without
            an offset (a naive datetime).
    """

    algorithm_id: int | None
    comment: None | str
    id: int
    requested_at: datetime.datetime | None
    requested_by: None | User
    reviewer: None | User
    status: None | str
    submitted_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This Review as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.user import User  # noqa: PLC0415

        algorithm_id: int | None
        algorithm_id = self.algorithm_id

        comment: None | str
        comment = self.comment

        id = self.id

        requested_at: None | str
        if isinstance(self.requested_at, datetime.datetime):
            requested_at = self.requested_at.isoformat()
        else:
            requested_at = self.requested_at

        requested_by: dict[str, Any] | None
        if isinstance(self.requested_by, User):
            requested_by = self.requested_by.to_dict()
        else:
            requested_by = self.requested_by

        reviewer: dict[str, Any] | None
        if isinstance(self.reviewer, User):
            reviewer = self.reviewer.to_dict()
        else:
            reviewer = self.reviewer

        status: None | str
        status = self.status

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "algorithm_id": algorithm_id,
                "comment": comment,
                "id": id,
                "requested_at": requested_at,
                "requested_by": requested_by,
                "reviewer": reviewer,
                "status": status,
                "submitted_at": submitted_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Review from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_algorithm_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        algorithm_id = _parse_algorithm_id(d.pop("algorithm_id"))

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        id = d.pop("id")

        def _parse_requested_at(data: object) -> datetime.datetime | None:
            if isinstance(data, str):
                try:
                    return datetime.datetime.fromisoformat(data)
                except ValueError:
                    pass
            return cast(datetime.datetime | None, data)

        requested_at = _parse_requested_at(d.pop("requested_at"))

        def _parse_requested_by(data: object) -> None | User:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                requested_by_type_0 = User.from_dict(data)

                return requested_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | User, data)

        requested_by = _parse_requested_by(d.pop("requested_by"))

        def _parse_reviewer(data: object) -> None | User:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reviewer_type_0 = User.from_dict(data)

                return reviewer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | User, data)

        reviewer = _parse_reviewer(d.pop("reviewer"))

        def _parse_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if isinstance(data, str):
                try:
                    return datetime.datetime.fromisoformat(data)
                except ValueError:
                    pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))

        _instance = cls(
            algorithm_id=algorithm_id,
            comment=comment,
            id=id,
            requested_at=requested_at,
            requested_by=requested_by,
            reviewer=reviewer,
            status=status,
            submitted_at=submitted_at,
        )

        _instance.additional_properties = d
        return _instance
