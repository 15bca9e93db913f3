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

if TYPE_CHECKING:
    from ..models.task_organization import TaskOrganization


T = TypeVar("T", bound="SessionTaskInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class SessionTaskInput(JsonView):
    """
    Attributes:
        image (str):
        method (str):
        organizations (list[TaskOrganization]):
        store_id (int | Unset):
    """

    image: str
    method: str
    organizations: list[TaskOrganization]
    store_id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This SessionTaskInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.task_organization import TaskOrganization  # noqa: PLC0415

        image = self.image

        method = self.method

        organizations = []
        for organizations_item_data in self.organizations:
            organizations_item = organizations_item_data.to_dict()
            organizations.append(organizations_item)

        store_id = self.store_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image": image,
                "method": method,
                "organizations": organizations,
            }
        )
        if store_id is not UNSET:
            field_dict["store_id"] = store_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read SessionTaskInput from JSON: a dict keyed by the API's field names."""
        from ..models.task_organization import TaskOrganization  # noqa: PLC0415

        d = dict(src_dict)
        image = d.pop("image")

        method = d.pop("method")

        organizations = []
        _organizations = d.pop("organizations")
        for organizations_item_data in _organizations:
            organizations_item = TaskOrganization.from_dict(organizations_item_data)

            organizations.append(organizations_item)

        store_id = d.pop("store_id", UNSET)

        _instance = cls(
            image=image,
            method=method,
            organizations=organizations,
            store_id=store_id,
        )

        return _instance
