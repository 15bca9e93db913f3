"""The documentation every list method shares, written once.

Each ``list`` method documents its own filters; :func:`paged` adds what all
of them take and return alike (``page``, ``per_page``, ``sort`` and the
``Page`` they answer with) to its docstring, so that ``help()`` shows the
whole method and the words stay the same everywhere.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable[..., object])

# what each shared parameter means, unless the method says otherwise
SHARED_PARAMETERS = {
    "page": ("int", "Page number, from 1."),
    "per_page": ("int", "Items per page."),
    "sort": (
        "str | list[str] | None",
        "Field(s) to sort by; ``-`` in front for descending.",
    ),
}


def paged(method: F) -> F:
    """Complete ``method``'s numpy docstring with the shared parameters it
    takes and does not describe itself, and with what it returns."""
    doc = inspect.cleandoc(method.__doc__ or "")
    described = {
        name
        for line in doc.splitlines()
        if " : " in line
        for name in line.split(" : ")[0].split(", ")
    }
    lines = [doc]
    for name in inspect.signature(method).parameters:
        if name in SHARED_PARAMETERS and name not in described:
            kind, meaning = SHARED_PARAMETERS[name]
            lines.append(f"{name} : {kind}\n    {meaning}")
    if "\nReturns\n" not in doc:
        returned = inspect.signature(method).return_annotation
        lines.append(
            f"\nReturns\n-------\n{returned}\n    One page; ``.all()`` for every page."
        )
    method.__doc__ = "\n".join(lines) + "\n"
    return method
