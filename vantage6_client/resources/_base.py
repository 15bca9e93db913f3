"""What every resource group shares: the client's pipeline and pagination."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from vantage6_server_api import AuthenticatedClient as GeneratedClient
from vantage6_server_api.types import UNSET, Unset

from vantage6_client._exceptions import InvalidArgumentError
from vantage6_client._pagination import Envelope, Page, paginate, same
from vantage6_client._transport import Answer, Transport

if TYPE_CHECKING:
    from vantage6_client._client import Client

T = TypeVar("T")
V = TypeVar("V")
R = TypeVar("R")
P = ParamSpec("P")


class Group:
    """Base of every resource group, the server's and the store's: thin,
    typed, one call each, through the transport the subclass names."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def _transport(self) -> Transport:
        raise NotImplementedError

    def _paginate(
        self,
        envelope: type[Envelope[T]],
        request: Callable[..., Answer],
        page: int,
    ) -> Page[T]:
        """Request page ``page`` of a list; the page can fetch the others."""
        return paginate(self._transport, envelope, request, page, same)

    def _paginate_as(
        self,
        envelope: type[Envelope[T]],
        request: Callable[..., Answer],
        page: int,
        convert: Callable[[T], V],
    ) -> Page[V]:
        """Like :meth:`_paginate`, turning each item into what users get."""
        return paginate(self._transport, envelope, request, page, convert)


class Resource(Group):
    """Base of ``client.task``, ``client.user``, ...: the server's groups."""

    @property
    def _transport(self) -> Transport:
        return self._client._transport

    @property
    def _api(self) -> GeneratedClient:
        return self._transport.api

    def _collaboration_id(self, id_: int | None, what: str = "collaboration") -> int:
        """``id_``, or the collaboration set with ``setup_collaboration``."""
        return require_id(
            id_ if id_ is not None else self._client.collaboration_id,
            what,
            hint=" (pass it, or call client.setup_collaboration first)",
        )


def post_filtering(method: Callable[P, R]) -> Callable[P, R]:
    """Accept the official client's ``field``, ``fields``, ``filter_``, ``filters``.

    Untyped compatibility for scripts written for it, and fixed: ``filter_``
    and ``filters`` keep the items whose JSON field equals the value (the
    official client crashed on lists), and ``field`` / ``fields`` then keep
    only those keys, giving plain dicts (a list of them for lists), as the
    official client does.
    """

    @functools.wraps(method)
    def with_filters(*args: Any, **kwargs: Any) -> Any:
        keys = _listed(kwargs.pop("field", None), kwargs.pop("fields", None))
        pairs = _listed(kwargs.pop("filter_", None), kwargs.pop("filters", None))
        result: Any = method(*args, **kwargs)
        if not (keys or pairs):
            return result
        if isinstance(result, Page | Sequence):  # lists of items
            if pairs:
                result = [item for item in result if _matches(item, pairs)]
            return [_only(item, keys) for item in result] if keys else result
        return _only(result, keys) if keys else result

    return with_filters


def _listed(one: Any, many: Any) -> list[Any]:
    return [one] if one is not None else list(many or [])


def _as_dict(item: Any) -> dict[str, Any]:
    to_dict = getattr(item, "to_dict", None)
    return dict(to_dict()) if callable(to_dict) else dict(item)


def _matches(item: Any, pairs: list[tuple[str, Any]]) -> bool:
    data = _as_dict(item)
    return all(key not in data or data[key] == value for key, value in pairs)


def _only(item: Any, keys: list[str]) -> dict[str, Any]:
    data = _as_dict(item)
    return {key: data[key] for key in keys if key in data}


def given(value: V | None) -> V | Unset:
    """``None`` (the official client's "not given") as the bindings' UNSET."""
    return UNSET if value is None else value


def flag(value: bool | None) -> bool | Unset:
    """A boolean query flag the server reads as a raw string.

    Any non-empty value, "false" included, means true to the server, so only
    true is ever sent.
    """
    return True if value else UNSET


def require_id(value: int | None, what: str, *, hint: str = "") -> int:
    """``value`` as a valid id, or an error that says which id is missing."""
    if value is None:
        raise InvalidArgumentError(f"{what} is required{hint}")
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidArgumentError(
            f"{what} must be a positive integer id, not {value!r}"
        )
    return value


def id_list(values: Any, what: str) -> list[int]:
    """A list of ids, checked; one id alone is accepted too."""
    if isinstance(values, int) and not isinstance(values, bool):
        values = [values]
    if not isinstance(values, list | tuple | set | frozenset):
        raise InvalidArgumentError(f"{what} must be a list of ids, not {values!r}")
    return [require_id(v, f"each of {what}") for v in values]


def page_number(page: int | None) -> int:
    if page is None:
        return 1
    if isinstance(page, bool) or not isinstance(page, int) or page < 1:
        raise InvalidArgumentError(f"page must be a whole number from 1, not {page!r}")
    return page


def page_size(per_page: int | None, default: int) -> int:
    if per_page is None:
        return default
    if isinstance(per_page, bool) or not isinstance(per_page, int) or per_page < 1:
        raise InvalidArgumentError(
            f"per_page must be a whole number from 1, not {per_page!r}"
        )
    return per_page


def sort_fields(sort: str | list[str] | tuple[str, ...] | None) -> str | Unset:
    """``"name"``, ``"-id"`` or a list of them, as the server's ``sort`` value."""
    if sort is None:
        return UNSET
    fields = [sort] if isinstance(sort, str) else list(sort)
    if not all(isinstance(f, str) and f.strip("+-") for f in fields):
        raise InvalidArgumentError(
            f"sort takes field names like 'name' or '-id', not {sort!r}"
        )
    return ",".join(fields)
