"""The documentation every list method shares, written once.

Each ``list`` method documents its own filters; :func:`paged` adds what all
of them take and return alike (``page``, ``per_page``, ``sort`` and the
``Page`` they answer with) to its docstring, so that ``help()`` shows the
whole method and the words stay the same everywhere. The types and defaults
it writes are the method's own, read from its signature: they cannot
disagree with what ``help()`` shows above them.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable[..., object])

# what each shared parameter means, unless the method says otherwise
SHARED_PARAMETERS = {
    "page": "Page number, from 1",
    "per_page": "Items per page",
    "sort": "Field(s) to sort by; ``-`` in front for descending",
}


def paged(method: F) -> F:
    """Complete ``method``'s numpy docstring with the shared parameters it
    takes and does not describe itself (at the end of its Parameters), and
    with what it returns (after them), unless it says so itself."""
    lines = inspect.cleandoc(method.__doc__ or "").splitlines()
    signature = inspect.signature(method)
    start, end = _section(lines, "Parameters")
    if start is None:  # no parameters of its own: the section starts here
        lines += ["", "Parameters", "----------"]
        start = end = len(lines)
    described = {
        name.strip()
        for line in lines[start:end]
        if line and not line.startswith(" ")
        for name in line.split(" : ")[0].split(",")
    }
    shared = []
    for name, parameter in signature.parameters.items():
        if name in SHARED_PARAMETERS and name not in described:
            meaning = SHARED_PARAMETERS[name]
            if parameter.default not in (None, inspect.Parameter.empty):
                meaning += f"; by default {parameter.default!r}"
            shared += [f"{name} : {_shown(parameter.annotation)}", f"    {meaning}."]
    if _section(lines, "Returns")[0] is None:
        shared += [
            "",
            "Returns",
            "-------",
            _shown(signature.return_annotation),
            "    One page; ``.all()`` for every page.",
        ]
    lines[end:end] = shared
    method.__doc__ = "\n".join(lines) + "\n"
    return method


def _section(lines: list[str], title: str) -> tuple[int | None, int]:
    """Where the entries of section ``title`` start and end (after the last
    non-blank line before the next section); ``(None, len(lines))`` when
    there is no such section."""
    headers = [
        index
        for index in range(len(lines) - 1)
        if lines[index]
        and not lines[index].startswith(" ")
        and set(lines[index + 1]) == {"-"}
        and len(lines[index + 1]) == len(lines[index])
    ]
    for index in headers:
        if lines[index] == title:
            following = [h for h in headers if h > index]
            end = following[0] if following else len(lines)
            while end > index + 2 and not lines[end - 1].strip():
                end -= 1
            return index + 2, end
    return None, len(lines)


def _shown(annotation: object) -> str:
    """An annotation as ``help()`` shows it (the SDK's are strings)."""
    return (
        annotation
        if isinstance(annotation, str)
        else inspect.formatannotation(annotation)
    )
