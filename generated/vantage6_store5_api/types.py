"""Contains some shared types for properties"""

from collections.abc import (
    ItemsView,
    Iterator,
    KeysView,
    Mapping,
    MutableMapping,
    ValuesView,
)
from http import HTTPStatus
from typing import IO, Any, BinaryIO, ClassVar, Generic, Literal, TypeVar

from attrs import define

# One "not given" for every generated package (hand-written, in the SDK).
from vantage6_client._unset import UNSET as UNSET
from vantage6_client._unset import Unset as Unset

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


class JsonView:
    """Read-only dict-style access to a model by its JSON field names.

    Scripts written for clients that return plain dicts keep working:
    ``task["id"] == task.id``, ``"id" in task``, ``task.get("name")``. Values
    are the JSON forms (nested models as dicts), exactly what ``to_dict()``
    gives. Added by the project's template (openapi/templates), not upstream.

    Its repr (and str) is short and shows no secret and no payload: each
    model's ``_repr_rules``, written by the template, name the fields to hide
    (see ``vantage6_client/_reprs.py``). In a notebook it is a small HTML
    table of the same fields, hidden the same way (``_html.py``).
    """

    __slots__ = ()

    _repr_rules: ClassVar[Mapping[str, str]] = {}

    def __repr__(self) -> str:
        from vantage6_client._reprs import model_repr  # noqa: PLC0415

        return model_repr(self, self._repr_rules)

    def _repr_html_(self) -> str:
        """A small HTML table of the repr's fields, for notebooks."""
        from vantage6_client._html import model_html  # noqa: PLC0415

        return model_html(self, self._repr_rules)

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    def __getitem__(self, key: str) -> Any:
        return self.to_dict()[key]

    def __contains__(self, key: object) -> bool:
        return key in self.to_dict()

    def __iter__(self) -> Iterator[str]:
        return iter(self.to_dict())

    def __len__(self) -> int:
        return len(self.to_dict())

    def get(self, key: str, default: Any = None) -> Any:
        return self.to_dict().get(key, default)

    def keys(self) -> KeysView[str]:
        return self.to_dict().keys()

    def values(self) -> ValuesView[Any]:
        return self.to_dict().values()

    def items(self) -> ItemsView[str, Any]:
        return self.to_dict().items()


# A mapping for everyone who asks (pandas.DataFrame(items) makes one record of
# each, json.dumps through dict(item)); registered, not inherited, so that no
# model takes Mapping's __eq__ or loses its hash.
Mapping.register(JsonView)


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "JsonView",
    "RequestFiles",
    "Response",
    "Unset",
]
