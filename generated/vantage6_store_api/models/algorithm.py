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
    from ..models.function import Function


T = TypeVar("T", bound="Algorithm")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class Algorithm(JsonView):
    """
    Attributes:
        approved_at (datetime.datetime | None): When the algorithm was approved; null until then. UTC, sent without an
            offset (a naive datetime).
        code_url (None | str):
        description (None | str):
        developer_id (int | None):
        digest (None | str):
        documentation_url (None | str):
        functions (list[Function]):
        id (int):
        image (None | str):
        invalidated_at (datetime.datetime | None): When the algorithm stopped being valid: rejected, replaced by a newer
            approved version, or removed; null while it is valid. UTC, sent without an offset (a naive datetime).
        name (None | str):
        partitioning (None | str):
        reviews (str): API path of the related list
        status (None | str): awaiting reviewer assignment, under review, approved, rejected, replaced or removed
        submission_comments (None | str):
        submitted_at (datetime.datetime | None): Meant to be when the algorithm was submitted, but the store's column
            default is computed once, when its process starts: every algorithm submitted to a running store gets that
            moment. UTC, sent without an offset (a naive datetime).
        vantage6_version (None | str):
    """

    approved_at: datetime.datetime | None
    code_url: None | str
    description: None | str
    developer_id: int | None
    digest: None | str
    documentation_url: None | str
    functions: list[Function]
    id: int
    image: None | str
    invalidated_at: datetime.datetime | None
    name: None | str
    partitioning: None | str
    reviews: str
    status: None | str
    submission_comments: None | str
    submitted_at: datetime.datetime | None
    vantage6_version: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _repr_rules: ClassVar[Mapping[str, str]] = {"reviews": "path"}

    def to_dict(self) -> dict[str, Any]:
        """This Algorithm as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.function import Function  # noqa: PLC0415

        approved_at: None | str
        if isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        code_url: None | str
        code_url = self.code_url

        description: None | str
        description = self.description

        developer_id: int | None
        developer_id = self.developer_id

        digest: None | str
        digest = self.digest

        documentation_url: None | str
        documentation_url = self.documentation_url

        functions = []
        for functions_item_data in self.functions:
            functions_item = functions_item_data.to_dict()
            functions.append(functions_item)

        id = self.id

        image: None | str
        image = self.image

        invalidated_at: None | str
        if isinstance(self.invalidated_at, datetime.datetime):
            invalidated_at = self.invalidated_at.isoformat()
        else:
            invalidated_at = self.invalidated_at

        name: None | str
        name = self.name

        partitioning: None | str
        partitioning = self.partitioning

        reviews = self.reviews

        status: None | str
        status = self.status

        submission_comments: None | str
        submission_comments = self.submission_comments

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        vantage6_version: None | str
        vantage6_version = self.vantage6_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approved_at": approved_at,
                "code_url": code_url,
                "description": description,
                "developer_id": developer_id,
                "digest": digest,
                "documentation_url": documentation_url,
                "functions": functions,
                "id": id,
                "image": image,
                "invalidated_at": invalidated_at,
                "name": name,
                "partitioning": partitioning,
                "reviews": reviews,
                "status": status,
                "submission_comments": submission_comments,
                "submitted_at": submitted_at,
                "vantage6_version": vantage6_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Algorithm from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        from ..models.function import Function  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_approved_at(data: object) -> datetime.datetime | None:
            if isinstance(data, str):
                try:
                    return datetime.datetime.fromisoformat(data)
                except ValueError:
                    pass
            return cast(datetime.datetime | None, data)

        approved_at = _parse_approved_at(d.pop("approved_at"))

        def _parse_code_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code_url = _parse_code_url(d.pop("code_url"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_developer_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        developer_id = _parse_developer_id(d.pop("developer_id"))

        def _parse_digest(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        digest = _parse_digest(d.pop("digest"))

        def _parse_documentation_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        documentation_url = _parse_documentation_url(d.pop("documentation_url"))

        functions = []
        _functions = d.pop("functions")
        for functions_item_data in _functions:
            functions_item = Function.from_dict(functions_item_data)

            functions.append(functions_item)

        id = d.pop("id")

        def _parse_image(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        image = _parse_image(d.pop("image"))

        def _parse_invalidated_at(data: object) -> datetime.datetime | None:
            if isinstance(data, str):
                try:
                    return datetime.datetime.fromisoformat(data)
                except ValueError:
                    pass
            return cast(datetime.datetime | None, data)

        invalidated_at = _parse_invalidated_at(d.pop("invalidated_at"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_partitioning(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        partitioning = _parse_partitioning(d.pop("partitioning"))

        reviews = d.pop("reviews")

        def _parse_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_submission_comments(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        submission_comments = _parse_submission_comments(d.pop("submission_comments"))

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if isinstance(data, str):
                try:
                    return datetime.datetime.fromisoformat(data)
                except ValueError:
                    pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))

        def _parse_vantage6_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        vantage6_version = _parse_vantage6_version(d.pop("vantage6_version"))

        _instance = cls(
            approved_at=approved_at,
            code_url=code_url,
            description=description,
            developer_id=developer_id,
            digest=digest,
            documentation_url=documentation_url,
            functions=functions,
            id=id,
            image=image,
            invalidated_at=invalidated_at,
            name=name,
            partitioning=partitioning,
            reviews=reviews,
            status=status,
            submission_comments=submission_comments,
            submitted_at=submitted_at,
            vantage6_version=vantage6_version,
        )

        _instance.additional_properties = d
        return _instance
