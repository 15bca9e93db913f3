"""Short reprs that show no secret and no payload.

Every generated model's ``repr`` (``JsonView.__repr__``, from
``openapi/templates/types.py.jinja``) and those of the hand-written results
(``_results.py``) are made here. Which fields a model hides is decided where
the model is written: the template names them in each generated class
(``_repr_rules``), the hand-written classes pass them. This module only
renders; it is imported on a model's first repr, and imports nothing heavy.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any

from vantage6_client._unset import Unset

# How a field is shown (the values of a model's ``_repr_rules``).
PLAIN = "plain"  # as it is (shortened): a field no rule names
SECRET = "secret"  # <hidden>
PAYLOAD = "payload"  # <hidden: 1,234 characters>
PATH = "path"  # left out when it is the API path of a list (a str)
OMIT = "omit"  # left out (a Link's URL and methods)
SHOW = "show"  # additional_properties of an object with no fields of its own
EXTRA = "extra"  # other additional_properties: fields the spec does not name
_RULES = frozenset({PLAIN, SECRET, PAYLOAD, PATH, OMIT, SHOW, EXTRA})

_FIRST = ("id", "name", "username")  # what tells one object from another
_MAX_TEXT = 100  # longer strings are cut to their first _CUT characters
_CUT = 60
_MAX_ITEMS = 10  # items shown of a longer list or dict


def model_repr(model: Any, rules: Mapping[str, str]) -> str:
    """``Name(field=value, ...)`` for an attrs model: the fields in ``rules``
    shown as the rule says; the unset ones, and empty additional properties,
    left out; ``id``, ``name`` and ``username`` first."""
    return fields_repr(type(model).__name__, model_fields(model, rules))


def model_fields(model: Any, rules: Mapping[str, str]) -> list[tuple[str, Any, str]]:
    """An attrs model's ``(field, value, rule)`` triples, as its repr (and
    its HTML table and DataFrame row) take them: the unset fields, and empty
    additional properties, left out; ``id``, ``name`` and ``username``
    first."""
    names = [field.name for field in type(model).__attrs_attrs__]
    first = [name for name in _FIRST if name in names]
    triples = []
    for name in first + [name for name in names if name not in first]:
        value = getattr(model, name)
        if name == "additional_properties":
            if value:
                triples.append((name, value, rules.get(name, EXTRA)))
        elif not isinstance(value, Unset):
            triples.append((name, value, rules.get(name, PLAIN)))
    return triples


def fields_repr(name: str, fields: Iterable[tuple[str, Any, str]]) -> str:
    """``name(field=value, ...)`` from ``(field, value, rule)`` triples."""
    shown = []
    for field, value, rule in fields:
        check_rule(name, field, rule)
        if rule == OMIT or (rule == PATH and isinstance(value, str)):
            continue
        shown.append(f"{field}={field_text(value, rule)}")
    return f"{name}({', '.join(shown)})"


def check_rule(name: str, field: str, rule: str) -> None:
    """Refuse a rule that does not exist: a typo must not show what it meant
    to hide.

    Raises
    ------
    ValueError
        ``rule`` is none of this module's rules.
    """
    if rule not in _RULES:
        raise ValueError(f"{name}.{field}: no repr rule {rule!r}")


def hidden(value: Any, rule: str = PAYLOAD) -> str:
    """What a hidden value shows: that it is there, and for a payload how big
    it is; ``None`` is shown as it is (nothing is there)."""
    if value is None:
        return "None"
    if rule != PAYLOAD:
        return "<hidden>"
    if isinstance(value, str):
        return f"<hidden: {len(value):,} characters>"
    if isinstance(value, bytes | bytearray):
        return f"<hidden: {len(value):,} bytes>"
    kind = type(value).__name__
    try:
        size = len(value)
    except TypeError:
        return f"<hidden: {kind}>"
    return f"<hidden: {kind} of {size:,} item{'' if size == 1 else 's'}>"


def short(value: Any) -> str:
    """A value as a repr shows it: long text cut, long lists shortened,
    date-times in ISO form, models by their own (short) repr."""
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, datetime.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, list | tuple):
        items = [short(item) for item in value[:_MAX_ITEMS]]
        return _joined("[", items, len(value), "]")
    if isinstance(value, dict):
        items = [
            f"{short(key)}: {short(item)}"
            for key, item in list(value.items())[:_MAX_ITEMS]
        ]
        return _joined("{", items, len(value), "}")
    return repr(value)


def field_text(value: Any, rule: str) -> str:
    """A field's value as a repr shows it under ``rule``: hidden, the names
    of unnamed fields only, or :func:`short`."""
    if rule in (SECRET, PAYLOAD):
        return hidden(value, rule)
    if rule == EXTRA:  # fields the spec does not name: they may hold anything
        return short({key: _Hidden(item) for key, item in value.items()})
    return short(value)


def _text(value: str) -> str:
    if len(value) <= _MAX_TEXT:
        return repr(value)
    return f"{value[:_CUT] + '…'!r} ({len(value):,} characters)"


def _joined(opening: str, items: list[str], total: int, closing: str) -> str:
    if total > len(items):
        items.append(f"… ({total - len(items):,} more)")
    return opening + ", ".join(items) + closing


class _Hidden:
    __slots__ = ("_value",)

    def __init__(self, value: Any) -> None:
        self._value = value

    def __repr__(self) -> str:
        return hidden(self._value, SECRET)
