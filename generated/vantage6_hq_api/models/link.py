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

T = TypeVar("T", bound="Link")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class Link(JsonView):
    """A reference to one related resource: its id, API path and the HTTP methods the path accepts (in no fixed order).

    Attributes:
        id (int):
        link (str):
        methods (list[str]):
    """

    id: int
    link: str
    methods: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _repr_rules: ClassVar[Mapping[str, str]] = {"link": "omit", "methods": "omit"}

    def to_dict(self) -> dict[str, Any]:
        """This Link as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        id = self.id

        link = self.link

        methods = self.methods

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "link": link,
                "methods": methods,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Link from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        d = dict(src_dict)
        id = d.pop("id")

        link = d.pop("link")

        methods = cast(list[str], d.pop("methods"))

        _instance = cls(
            id=id,
            link=link,
            methods=methods,
        )

        _instance.additional_properties = d
        return _instance
