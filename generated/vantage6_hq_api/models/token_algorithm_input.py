from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="TokenAlgorithmInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class TokenAlgorithmInput(JsonView):
    """
    Attributes:
        image (str):
        task_id (int):
    """

    image: str
    task_id: int

    def to_dict(self) -> dict[str, Any]:
        """This TokenAlgorithmInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        image = self.image

        task_id = self.task_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image": image,
                "task_id": task_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read TokenAlgorithmInput from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        image = d.pop("image")

        task_id = d.pop("task_id")

        _instance = cls(
            image=image,
            task_id=task_id,
        )

        return _instance
