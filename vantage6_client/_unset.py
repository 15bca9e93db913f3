"""The one "not given" value of every generated package.

Each package's ``types.py`` (made from ``openapi/templates/types.py.jinja``)
imports it from here, so the SDK leaves an argument out with the same
``UNSET`` whichever API (server or algorithm store) it goes to.
"""

from __future__ import annotations

from typing import Literal


class Unset:
    """The type of :data:`UNSET`: an argument or field that was not given."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()
