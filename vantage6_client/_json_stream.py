"""A JSON object read from a byte stream, its big strings handed out in pieces.

A 50 MB result reaches the client as a 67 MB base64 string inside a small JSON
object. Parsing that body whole holds the bytes, their text and the string at
once; here each result field's text goes to its decoder a chunk at a time and
only the small rest of the object is ever held.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

# What can change the scanner's state outside strings, and inside them.
_STRUCTURE = re.compile(rb'[{}\[\],"]')
_STRING_END = re.compile(rb'["\\]')
_QUOTE, _BACKSLASH = ord('"'), ord("\\")
# A JSON escape, a surrogate pair as one (its halves decode only together).
_ESCAPE = re.compile(
    rb"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}"
    rb"|\\u[0-9a-fA-F]{4}|\\."
)
_HIGH_SURROGATES = (b"d8", b"d9", b"da", b"db")


class FieldStream:
    """The JSON object in ``chunks``, with the strings at ``path`` streamed out.

    ``path`` names where the strings are: ``("result",)`` is the top-level
    key ``result``; ``("data", "*", "result")`` is the key ``result`` of
    every item of the array ``data``. Iterating gives one iterator per such
    string, in document order, of its unescaped bytes in pieces the size of
    the chunks. Each must be read before the next one is asked for (what is
    left of it is skipped).

    Once iterated to the end, :attr:`document` is the whole object, each
    streamed string replaced by its number in that order (0, 1, ...). A value
    there that is not a string (``null``) stays as it is.

    Raises
    ------
    ValueError
        The bytes are not a JSON object (raised while iterating).
    """

    def __init__(self, chunks: Iterable[bytes], path: tuple[str, ...]) -> None:
        self._chunks = iter(chunks)
        self._path = path
        self._kept = bytearray()  # the object without the streamed strings
        self._pos = 0
        self._document: dict[str, Any] | None = None

    @property
    def document(self) -> dict[str, Any]:
        if self._document is None:
            raise RuntimeError("the stream has not been read to its end")
        return self._document

    def __iter__(self) -> Iterator[Iterator[bytes]]:
        # Where the scan is: the key of each enclosing object, "*" for an array.
        where: list[str] = []
        objects: list[bool] = []
        expect_key, streamed = False, 0
        while (at := self._find(_STRUCTURE)) >= 0:
            char = self._kept[at]
            if char == _QUOTE:
                self._pos = at
                if expect_key:
                    end = self._skip_string()
                    where[-1], expect_key = json.loads(self._kept[at : end + 1]), False
                elif tuple(where) == self._path:
                    pieces = self._stream_string(streamed)
                    streamed += 1
                    yield pieces
                    for _ in pieces:  # what the reader left
                        pass
                else:
                    self._skip_string()
                continue
            self._pos = at + 1
            if char in b"{[":
                objects.append(char == ord("{"))
                where.append("" if objects[-1] else "*")
                expect_key = objects[-1]
            elif char in b"}]" and where:
                where.pop()
                objects.pop()
                expect_key = False
            elif char == ord(","):
                expect_key = bool(objects) and objects[-1]
        document = json.loads(self._kept)
        if not isinstance(document, dict):
            raise ValueError(f"expected a JSON object, not {type(document).__name__}")
        self._document = document

    # -- scanning the kept bytes ---------------------------------------------
    def _more(self) -> bool:
        for chunk in self._chunks:
            if chunk:
                self._kept += chunk
                return True
        return False

    def _find(self, pattern: re.Pattern[bytes]) -> int:
        """Where ``pattern`` next matches from the scan position; -1 at the end."""
        while (match := pattern.search(self._kept, self._pos)) is None:
            self._pos = len(self._kept)  # nothing there changes the state
            if not self._more():
                return -1
        return match.start()

    def _skip_string(self) -> int:
        """Move past the string opening at the scan position; its closing quote."""
        self._pos += 1
        while (at := self._find(_STRING_END)) >= 0:
            if self._kept[at] == _QUOTE:
                self._pos = at + 1
                return at
            while len(self._kept) < at + 2:
                if not self._more():
                    break
            self._pos = at + 2
        raise ValueError("the JSON text ends inside a string")

    # -- the streamed value --------------------------------------------------
    def _stream_string(self, number: int) -> Iterator[bytes]:
        """Yield the string opening at the scan position; keep ``number``."""
        buffer = bytes(self._kept[self._pos + 1 :])
        del self._kept[self._pos :]
        self._kept += str(number).encode()
        start = scan = 0
        while True:
            match = _STRING_END.search(buffer, scan)
            if match is not None and buffer[match.start()] == _QUOTE:
                if match.start() > start:
                    yield _unescape(buffer[start : match.start()])
                self._kept += buffer[match.start() + 1 :]
                self._pos = len(self._kept) - len(buffer) + match.start() + 1
                return
            if match is not None:
                end = _escape_end(buffer, match.start())
                if end is not None:
                    scan = end
                    continue
                cut = match.start()  # complete it with the next chunk
            else:
                cut = len(buffer)
            if cut > start:
                yield _unescape(buffer[start:cut])
            chunk = next(self._chunks, None)
            if chunk is None:
                raise ValueError("the JSON text ends inside a string")
            buffer = buffer[cut:] + chunk
            start = scan = 0


def _escape_end(buffer: bytes, at: int) -> int | None:
    """Where the escape at ``at`` ends (a surrogate pair counts as one), or
    None when the buffer ends first."""
    if buffer[at + 1 : at + 2] != b"u":
        end = at + 2
    elif buffer[at + 2 : at + 4].lower() not in _HIGH_SURROGATES:
        end = at + 6
    else:  # a high surrogate: when another escape follows, the pair goes whole
        follows = buffer[at + 6 : at + 8]
        end = at + 12 if follows == b"\\u" else at + 6 if len(follows) == 2 else at + 8
    return end if end <= len(buffer) else None


def _unescape(raw: bytes) -> bytes:
    if _BACKSLASH not in raw:
        return raw
    return _ESCAPE.sub(_unescaped, raw)


def _unescaped(escape: re.Match[bytes]) -> bytes:
    text: str = json.loads(b'"' + escape[0] + b'"')
    return text.encode("utf-8", "surrogatepass")
