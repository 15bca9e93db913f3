"""Errors told from the user's side: the method they called, raised from
their own line.

Every public method of the clients and their groups runs inside
:func:`user_call`. When a typed error escapes it, the error learns the
method's name (``task.create``), so that a refusal of an operation the user
never called by name (``collaboration_get``, looked up by ``task.create``)
says whose it is; and it is raised again without the SDK's internal frames,
as httpx does, so the traceback ends at the user's call (the cause, if any,
stays chained). Only the outermost call counts: a method that calls another
(``collaboration.create`` looks organizations up) reports as itself.
"""

from __future__ import annotations

import contextvars
import functools
import inspect
from collections.abc import Callable
from typing import Any, TypeVar

from vantage6_client._exceptions import Vantage6Error

F = TypeVar("F", bound=Callable[..., Any])

_outermost: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "vantage6_client_user_call", default=None
)


def user_call(name: str, method: F) -> F:
    """``method`` reporting its errors as ``name``'s (see the module docstring)."""

    @functools.wraps(method)
    def called(*args: Any, **kwargs: Any) -> Any:
        if _outermost.get() is not None:
            return method(*args, **kwargs)
        marker = _outermost.set(name)
        try:
            return method(*args, **kwargs)
        except Vantage6Error as error:
            error.told_by(name)
            # the same object again: its cause and context stay as they were
            raise error.with_traceback(None)  # noqa: B904 - not a new error
        finally:
            _outermost.reset(marker)

    return called  # type: ignore[return-value]


def tell_errors_by_method(cls: type, prefix: str) -> None:
    """Wrap the public methods ``cls`` defines itself with :func:`user_call`,
    named ``prefix + method`` (e.g. ``"task."``)."""
    for attribute, value in list(vars(cls).items()):
        if attribute.startswith("_") or not inspect.isfunction(value):
            continue
        setattr(cls, attribute, user_call(prefix + attribute, value))
