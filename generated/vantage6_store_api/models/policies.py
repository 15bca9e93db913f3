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
    """The store's policies. Numbers are text when configured, numbers when defaulted; allowed_servers is "all" when not
    configured.

        Attributes:
            algorithm_view (str): public, whitelisted or private
            allowed_servers (list[str] | str):
            allow_localhost (bool | Unset):
            allowed_review_assigners (list[str] | None | Unset): "<username>|<server url>" entries; null: anyone
            allowed_reviewers (list[str] | None | Unset): "<username>|<server url>" entries; null: anyone
            assign_review_own_algorithm (bool | Unset):
            min_reviewers (int | str | Unset):
            min_reviewing_organizations (int | str | Unset):
    """

    algorithm_view: str
    allowed_servers: list[str] | str
    allow_localhost: bool | Unset = UNSET
    allowed_review_assigners: list[str] | None | Unset = UNSET
    allowed_reviewers: list[str] | None | Unset = UNSET
    assign_review_own_algorithm: bool | Unset = UNSET
    min_reviewers: int | str | Unset = UNSET
    min_reviewing_organizations: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This Policies as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        algorithm_view = self.algorithm_view

        allowed_servers: list[str] | str
        if isinstance(self.allowed_servers, list):
            allowed_servers = self.allowed_servers

        else:
            allowed_servers = self.allowed_servers

        allow_localhost = self.allow_localhost

        allowed_review_assigners: list[str] | None | Unset
        if isinstance(self.allowed_review_assigners, Unset):
            allowed_review_assigners = UNSET
        elif isinstance(self.allowed_review_assigners, list):
            allowed_review_assigners = self.allowed_review_assigners

        else:
            allowed_review_assigners = self.allowed_review_assigners

        allowed_reviewers: list[str] | None | Unset
        if isinstance(self.allowed_reviewers, Unset):
            allowed_reviewers = UNSET
        elif isinstance(self.allowed_reviewers, list):
            allowed_reviewers = self.allowed_reviewers

        else:
            allowed_reviewers = self.allowed_reviewers

        assign_review_own_algorithm = self.assign_review_own_algorithm

        min_reviewers: int | str | Unset
        if isinstance(self.min_reviewers, Unset):
            min_reviewers = UNSET
        else:
            min_reviewers = self.min_reviewers

        min_reviewing_organizations: int | str | Unset
        if isinstance(self.min_reviewing_organizations, Unset):
            min_reviewing_organizations = UNSET
        else:
            min_reviewing_organizations = self.min_reviewing_organizations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "algorithm_view": algorithm_view,
                "allowed_servers": allowed_servers,
            }
        )
        if allow_localhost is not UNSET:
            field_dict["allow_localhost"] = allow_localhost
        if allowed_review_assigners is not UNSET:
            field_dict["allowed_review_assigners"] = allowed_review_assigners
        if allowed_reviewers is not UNSET:
            field_dict["allowed_reviewers"] = allowed_reviewers
        if assign_review_own_algorithm is not UNSET:
            field_dict["assign_review_own_algorithm"] = assign_review_own_algorithm
        if min_reviewers is not UNSET:
            field_dict["min_reviewers"] = min_reviewers
        if min_reviewing_organizations is not UNSET:
            field_dict["min_reviewing_organizations"] = min_reviewing_organizations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Policies from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        d = dict(src_dict)
        algorithm_view = d.pop("algorithm_view")

        def _parse_allowed_servers(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_servers_type_1 = cast(list[str], data)

                return allowed_servers_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        allowed_servers = _parse_allowed_servers(d.pop("allowed_servers"))

        allow_localhost = d.pop("allow_localhost", UNSET)

        def _parse_allowed_review_assigners(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_review_assigners_type_0 = cast(list[str], data)

                return allowed_review_assigners_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_review_assigners = _parse_allowed_review_assigners(
            d.pop("allowed_review_assigners", UNSET)
        )

        def _parse_allowed_reviewers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_reviewers_type_0 = cast(list[str], data)

                return allowed_reviewers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_reviewers = _parse_allowed_reviewers(d.pop("allowed_reviewers", UNSET))

        assign_review_own_algorithm = d.pop("assign_review_own_algorithm", UNSET)

        def _parse_min_reviewers(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        min_reviewers = _parse_min_reviewers(d.pop("min_reviewers", UNSET))

        def _parse_min_reviewing_organizations(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        min_reviewing_organizations = _parse_min_reviewing_organizations(
            d.pop("min_reviewing_organizations", UNSET)
        )

        _instance = cls(
            algorithm_view=algorithm_view,
            allowed_servers=allowed_servers,
            allow_localhost=allow_localhost,
            allowed_review_assigners=allowed_review_assigners,
            allowed_reviewers=allowed_reviewers,
            assign_review_own_algorithm=assign_review_own_algorithm,
            min_reviewers=min_reviewers,
            min_reviewing_organizations=min_reviewing_organizations,
        )

        _instance.additional_properties = d
        return _instance
