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

T = TypeVar("T", bound="Policies")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class Policies(JsonView):
    """The store's policies, defaults filled in. Configured values are stored as text: numbers are text when configured,
    numbers when defaulted.

        Attributes:
            algorithm_view (str): public, authenticated or private
            allowed_review_assigners (list[str] | None): usernames; null when anyone may assign reviews
            allowed_reviewers (list[str] | None): usernames; null when anyone may review
            assign_review_own_algorithm (bool):
            min_reviewers (int | str):
            min_reviewing_organizations (int | str):
    """

    algorithm_view: str
    allowed_review_assigners: list[str] | None
    allowed_reviewers: list[str] | None
    assign_review_own_algorithm: bool
    min_reviewers: int | str
    min_reviewing_organizations: int | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This Policies as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        algorithm_view = self.algorithm_view

        allowed_review_assigners: list[str] | None
        if isinstance(self.allowed_review_assigners, list):
            allowed_review_assigners = self.allowed_review_assigners

        else:
            allowed_review_assigners = self.allowed_review_assigners

        allowed_reviewers: list[str] | None
        if isinstance(self.allowed_reviewers, list):
            allowed_reviewers = self.allowed_reviewers

        else:
            allowed_reviewers = self.allowed_reviewers

        assign_review_own_algorithm = self.assign_review_own_algorithm

        min_reviewers: int | str
        min_reviewers = self.min_reviewers

        min_reviewing_organizations: int | str
        min_reviewing_organizations = self.min_reviewing_organizations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "algorithm_view": algorithm_view,
                "allowed_review_assigners": allowed_review_assigners,
                "allowed_reviewers": allowed_reviewers,
                "assign_review_own_algorithm": assign_review_own_algorithm,
                "min_reviewers": min_reviewers,
                "min_reviewing_organizations": min_reviewing_organizations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Policies from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        d = dict(src_dict)
        algorithm_view = d.pop("algorithm_view")

        def _parse_allowed_review_assigners(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_review_assigners_type_0 = cast(list[str], data)

                return allowed_review_assigners_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        allowed_review_assigners = _parse_allowed_review_assigners(
            d.pop("allowed_review_assigners")
        )

        def _parse_allowed_reviewers(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_reviewers_type_0 = cast(list[str], data)

                return allowed_reviewers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        allowed_reviewers = _parse_allowed_reviewers(d.pop("allowed_reviewers"))

        assign_review_own_algorithm = d.pop("assign_review_own_algorithm")

        def _parse_min_reviewers(data: object) -> int | str:
            return cast(int | str, data)

        min_reviewers = _parse_min_reviewers(d.pop("min_reviewers"))

        def _parse_min_reviewing_organizations(data: object) -> int | str:
            return cast(int | str, data)

        min_reviewing_organizations = _parse_min_reviewing_organizations(
            d.pop("min_reviewing_organizations")
        )

        _instance = cls(
            algorithm_view=algorithm_view,
            allowed_review_assigners=allowed_review_assigners,
            allowed_reviewers=allowed_reviewers,
            assign_review_own_algorithm=assign_review_own_algorithm,
            min_reviewers=min_reviewers,
            min_reviewing_organizations=min_reviewing_organizations,
        )

        _instance.additional_properties = d
        return _instance
