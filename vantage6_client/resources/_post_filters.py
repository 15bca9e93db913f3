"""The official client's ``field``, ``fields``, ``filter_`` and ``filters``
arguments, declared so that type checkers accept them and know what they give.

A method decorated with :func:`post_filtering` keeps its own signature (what
``help()`` shows) and gains four keyword arguments, applied to what it returns:

- ``filter_=(key, value)`` / ``filters=[(key, value), ...]``: keep the items
  whose JSON field ``key`` equals ``value`` (the official client crashed on
  lists); on one item they change nothing;
- ``field="name"`` / ``fields=["id", "name"]``: then keep only those keys, as
  plain dicts (a list of them for lists), as the official client does.

For type checkers the decorated method is overloaded: called with its own
arguments it returns what it says; with ``field``/``fields`` it returns
``dict[str, Any]`` (``list[dict[str, Any]]`` for lists); with
``filter_``/``filters`` a list returns ``list`` of its items.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar, overload

from vantage6_client._pagination import Page

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
S = TypeVar("S")
R_co = TypeVar("R_co", covariant=True)
S_contra = TypeVar("S_contra", contravariant=True)

Listing = TypeVar("Listing", bound=Sequence[Any])  # e.g. TaskResults
Pair = tuple[str, Any]
Record = dict[str, Any]


class OneItem(Protocol[P, R_co]):
    """A bound method that returns one item, with the official post-filters."""

    @overload
    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R_co: ...
    @overload
    def __call__(self, *args: Any, field: str, **kwargs: Any) -> Record: ...
    @overload
    def __call__(self, *args: Any, fields: list[str], **kwargs: Any) -> Record: ...
    @overload
    def __call__(self, *args: Any, filter_: Pair, **kwargs: Any) -> R_co: ...
    @overload
    def __call__(self, *args: Any, filters: list[Pair], **kwargs: Any) -> R_co: ...


class ManyItems(Protocol[P, R_co, T]):
    """A bound method that returns a page or list of items, with the official
    post-filters."""

    @overload
    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R_co: ...
    @overload
    def __call__(self, *args: Any, field: str, **kwargs: Any) -> list[Record]: ...
    @overload
    def __call__(
        self, *args: Any, fields: list[str], **kwargs: Any
    ) -> list[Record]: ...
    @overload
    def __call__(self, *args: Any, filter_: Pair, **kwargs: Any) -> list[T]: ...
    @overload
    def __call__(self, *args: Any, filters: list[Pair], **kwargs: Any) -> list[T]: ...


class OneItemMethod(Protocol[S_contra, P, R_co]):
    @overload
    def __get__(self, group: None, owner: type[Any]) -> Any: ...
    @overload
    def __get__(self, group: S_contra, owner: type[Any]) -> OneItem[P, R_co]: ...


class ManyItemsMethod(Protocol[S_contra, P, R_co, T]):
    @overload
    def __get__(self, group: None, owner: type[Any]) -> Any: ...
    @overload
    def __get__(self, group: S_contra, owner: type[Any]) -> ManyItems[P, R_co, T]: ...


@overload
def post_filtering(  # type: ignore[overload-overlap]
    method: Callable[Concatenate[S, P], Page[T]],
) -> ManyItemsMethod[S, P, Page[T], T]: ...
@overload
def post_filtering(  # type: ignore[overload-overlap]
    method: Callable[Concatenate[S, P], list[T]],
) -> ManyItemsMethod[S, P, list[T], T]: ...
@overload
def post_filtering(  # type: ignore[overload-overlap]
    method: Callable[Concatenate[S, P], Listing],
) -> ManyItemsMethod[S, P, Listing, Any]: ...
@overload
def post_filtering(
    method: Callable[Concatenate[S, P], R],
) -> OneItemMethod[S, P, R]: ...
def post_filtering(method: Callable[..., Any]) -> Any:
    """Accept the official client's ``field``, ``fields``, ``filter_`` and
    ``filters`` on ``method`` (see the module docstring)."""

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


def _matches(item: Any, pairs: list[Pair]) -> bool:
    data = _as_dict(item)
    return all(key not in data or data[key] == value for key, value in pairs)


def _only(item: Any, keys: list[str]) -> Record:
    data = _as_dict(item)
    return {key: data[key] for key in keys if key in data}
