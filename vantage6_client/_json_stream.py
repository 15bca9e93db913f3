"""JSON read from a byte stream, its big strings never held twice.

A 50 MB result reaches the client as a 67 MB base64 string inside a small JSON
object. Parsing that body whole holds the bytes, their text and the string at
once; here each result field's text goes to its decoder a chunk at a time and
only the small rest of the object is ever held (:class:`FieldStream`). The
decoded payload is JSON text again, parsed as it is decrypted: its long
strings grow in place, one copy each (:func:`load_stream`).
"""

from __future__ import annotations

import codecs
import json
import os
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


# -- a whole JSON value, its long strings built where they grow --------------
# Text outside strings and whole strings, up to the first string that does not
# end in the text read so far. Possessive: it never backtracks.
_WHOLE_STRINGS = re.compile(rb'(?:[^"]++|"[^"\\]*+(?:\\.[^"\\]*+)*+")*+', re.DOTALL)
# The inside of a string up to its end or to where the text read so far stops
# being complete: a cut there splits no escape and no surrogate pair.
_STRING_PART = re.compile(
    rb"(?:[^\"\\]++"
    rb"|\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}"
    rb"|\\u[dD][89abAB][0-9a-fA-F]{2}"  # a high half alone, known once more is read
    rb"(?=[^\\]|\\[^u]|\\u(?![dD][c-fC-F])[0-9a-fA-F]{4})"
    rb"|\\u(?![dD][89abAB])[0-9a-fA-F]{4}"
    rb"|\\[^u])*+",
    re.DOTALL,
)
_CONTROL = bytes(range(0x20))  # not allowed unescaped in a string
_LONGEST_ESCAPE = 12  # a surrogate pair
# Strings pending longer than this are read out of the text, a piece at a time.
LONG_STRING_BYTES = 1 << 16
_STRING_MARK = "\x00vantage6-sdk long string "


def load_stream(chunks: Iterable[bytes]) -> Any:
    """The JSON value whose UTF-8 text arrives in ``chunks``.

    The value is what :func:`json.loads` gives for the whole text, but a long
    string (one still open after :data:`LONG_STRING_BYTES` of it were read) is
    decoded as its text arrives and grows in place: its bytes, its text and
    the string are never held whole at once. The rest of the text is parsed
    at the end, by :func:`json.loads`, with each long string's place marked.

    Raises
    ------
    ValueError
        The text is not UTF-8 or not JSON.
    """
    kept = bytearray()  # the text, each long string replaced by its mark
    strings: list[str] = []
    mark = f"{_STRING_MARK}{os.urandom(16).hex()} "  # no text holds it by chance
    pieces = _pieces(chunks, LONG_STRING_BYTES)
    scanned = 0  # kept[:scanned] holds no open string
    for piece in pieces:
        kept += piece
        while True:
            scanned = _WHOLE_STRINGS.match(kept, scanned).end()  # type: ignore[union-attr]
            if len(kept) - scanned <= LONG_STRING_BYTES:
                break
            head = bytes(kept[scanned + 1 :])
            del kept[scanned:]
            value, rest = _long_string(head, pieces)
            strings.append(value)
            kept += json.dumps(f"{mark}{len(strings) - 1}").encode()
            scanned = len(kept)
            kept += rest
    text = kept.decode()
    kept.clear()
    value = json.loads(text)
    del text
    return _put_strings(value, mark, strings) if strings else value


def _pieces(chunks: Iterable[bytes], size: int) -> Iterator[bytes]:
    """``chunks`` cut to at most ``size`` bytes each: a string longer than
    twice that always ends up pending at the end of what was read."""
    for chunk in chunks:
        for start in range(0, len(chunk), size):
            yield chunk[start : start + size]


def _long_string(buffer: bytes, chunks: Iterator[bytes]) -> tuple[str, bytes]:
    """The string whose text (after its opening quote) starts with ``buffer``
    and goes on in ``chunks``, and what follows its closing quote."""
    value = ""
    utf8 = codecs.getincrementaldecoder("utf-8")()
    while True:
        if b"\\" not in buffer:  # no escape: the end is found by memchr
            end = buffer.find(b'"')
            cut = len(buffer) if end < 0 else end
        else:
            cut = _STRING_PART.match(buffer).end()  # type: ignore[union-attr]
        if cut:
            # `value +=` with no other reference to value: CPython resizes it
            # in place instead of copying (measured: one copy's memory).
            value += _string_text(buffer[:cut], utf8)
        if cut < len(buffer) and buffer[cut] == _QUOTE:
            value += utf8.decode(b"", final=True)  # "", or an error: a cut-off char
            return value, buffer[cut + 1 :]
        if len(buffer) - cut >= _LONGEST_ESCAPE:
            raise ValueError(f"invalid JSON string escape {buffer[cut : cut + 6]!r}")
        chunk = next(chunks, None)
        if chunk is None:
            raise ValueError("the JSON text ends inside a string")
        buffer = buffer[cut:] + chunk


def _string_text(raw: bytes, utf8: codecs.IncrementalDecoder) -> str:
    """A piece of a string's JSON text, unescaped as json.loads does."""
    text = utf8.decode(raw)
    if b"\\" in raw:
        return json.decoder.scanstring(text + '"', 0)[0]  # type: ignore[attr-defined,no-any-return]
    if len(raw.translate(None, _CONTROL)) != len(raw):
        raise ValueError("invalid control character in a JSON string")
    return text


def _put_strings(value: Any, mark: str, strings: list[str]) -> Any:
    """``value`` with each long string's mark replaced by the string."""
    if isinstance(value, str):
        if value.startswith(mark):
            return strings[int(value[len(mark) :])]
        return value
    if isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, (str, list, dict)):
                value[index] = _put_strings(item, mark, strings)
        return value
    if isinstance(value, dict):
        if any(key.startswith(mark) for key in value):
            return {
                _put_strings(key, mark, strings): _put_strings(item, mark, strings)
                for key, item in value.items()
            }
        for key, item in value.items():
            if isinstance(item, (str, list, dict)):
                value[key] = _put_strings(item, mark, strings)
        return value
    return value
