"""Payloads and the plain (unencrypted) cryptor: standard library only.

A payload is JSON text (``json.dumps(obj).encode()``, no prefix). In an
unencrypted collaboration it travels as plain base64, inline and in blob
storage alike. Encrypted collaborations need :mod:`vantage6_client._crypto`,
which loads ``cryptography``; keeping this part apart means a script that
never decrypts never imports it (~15 ms and several MB at start-up).
"""

from __future__ import annotations

import base64
import itertools
import json
from collections.abc import Iterable, Iterator
from typing import Any, Literal, Protocol

from vantage6_client._exceptions import DecryptionError, InvalidArgumentError
from vantage6_client._json_stream import load_stream

Form = Literal["text", "blob"]
"""How a message is stored: ``"text"`` in a run's input or result field
(every part base64), ``"blob"`` in large-result storage (raw bytes after the
header)."""

_NOT_A_PAYLOAD = "the payload is neither JSON nor base64 of JSON"
# A payload up to this size is parsed whole, by json.loads; past it, scanning
# the text for long strings (a regular expression) costs more than it saves.
WHOLE_PAYLOAD_BYTES = 1 << 18
# How JSON text can start; base64 of JSON text starts with none of these.
_JSON_STARTS = frozenset(bytes([char]) for char in b'{["-0123456789tfn')


# -- payloads ---------------------------------------------------------------
def dump_payload(value: Any) -> bytes:
    """The bytes vantage6 4.x sends for a Python value: its JSON text."""
    try:
        return json.dumps(value).encode()
    except (TypeError, ValueError) as exc:
        raise InvalidArgumentError(
            f"the input is not JSON-serialisable: {exc}"
        ) from exc


def load_payload(data: bytes | bytearray, *, release: bool = False) -> Any:
    """A Python value from decrypted payload bytes.

    JSON text as sent by clients and nodes; base64 of JSON text as sent by the
    web UI (tried only when the text is not JSON). With ``release``, a
    bytearray is emptied once decoded, so a large payload's bytes and its
    parsed value are never held together.
    """
    try:
        text = data.decode()
    except UnicodeDecodeError:
        raise ValueError(_NOT_A_PAYLOAD) from None
    if release and isinstance(data, bytearray):
        data.clear()
    try:
        return json.loads(text)
    except ValueError:
        pass
    try:
        return json.loads(base64.b64decode(text, validate=True))
    except ValueError:  # binascii.Error included
        raise ValueError(_NOT_A_PAYLOAD) from None


def load_payload_stream(chunks: Iterable[bytes]) -> Any:
    """:func:`load_payload` for payload bytes that arrive in pieces.

    A payload of up to :data:`WHOLE_PAYLOAD_BYTES` is read whole and parsed
    by :func:`json.loads`, the fastest way. A larger one that is JSON text is
    parsed as it arrives (:func:`~vantage6_client._json_stream.load_stream`):
    a long string in it, such as a 50 MB result's, grows in place, so its
    bytes, its text and the string are never held at once. The web UI's
    base64 never starts as JSON text does, so its first byte tells it apart.
    """
    pieces = iter(chunks)
    head: list[bytes] = []  # pieces, not one buffer: freed, they leave no hole
    size = 0
    for piece in pieces:
        head.append(piece)
        size += len(piece)
        if size > WHOLE_PAYLOAD_BYTES:
            break
    first = next((bytes(text[:1]) for p in head if (text := p.lstrip(b" \t\n\r"))), b"")
    # small, the web UI's base64 (which never starts as JSON does), or no payload
    if size <= WHOLE_PAYLOAD_BYTES or first not in _JSON_STARTS:
        whole = bytearray().join(itertools.chain(head, pieces))
        del head
        return load_payload(whole, release=True)
    everything = itertools.chain(head, pieces)
    del head  # held by the chain until read
    try:
        return load_stream(everything)
    except ValueError:  # UnicodeDecodeError included
        raise ValueError(_NOT_A_PAYLOAD) from None


# -- cryptors ---------------------------------------------------------------
class Cryptor(Protocol):
    """Turns payload bytes into what a run's input or result holds, and back."""

    @property
    def encrypts(self) -> bool: ...

    def encrypt(self, data: bytes, public_key: str | None) -> str: ...

    def decrypt(self, text: str) -> bytes: ...

    def encrypt_stream(
        self, chunks: Iterable[bytes], public_key: str | None
    ) -> Iterator[bytes]:
        """The blob form of a message, chunk by chunk."""
        ...

    def decrypt_stream(
        self, chunks: Iterable[bytes], *, form: Form = "blob"
    ) -> Iterator[bytes]:
        """Plaintext chunks of a message, with bounded memory."""
        ...


class PlainCryptor:
    """Unencrypted collaborations: base64, no key involved."""

    encrypts = False

    def encrypt(self, data: bytes, public_key: str | None = None) -> str:
        return base64.b64encode(data).decode("ascii")

    def decrypt(self, text: str) -> bytes:
        try:
            return base64.b64decode(text, validate=True)
        except ValueError as exc:  # binascii.Error included
            raise DecryptionError(f"not base64 ({exc})") from exc

    def encrypt_stream(
        self, chunks: Iterable[bytes], public_key: str | None = None
    ) -> Iterator[bytes]:
        rest = b""
        for chunk in chunks:
            data = rest + chunk
            cut = len(data) - len(data) % 3
            rest = data[cut:]
            if cut:
                yield base64.b64encode(data[:cut])
        if rest:
            yield base64.b64encode(rest)

    def decrypt_stream(
        self, chunks: Iterable[bytes], *, form: Form = "blob"
    ) -> Iterator[bytes]:
        return b64decode_stream(chunks)  # the text and the blob form are alike


def b64decode_stream(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Decode base64 text that arrives in pieces of any length."""
    rest = b""
    for chunk in chunks:
        data = rest + chunk
        cut = len(data) - len(data) % 4
        rest = data[cut:]
        try:
            yield base64.b64decode(data[:cut], validate=True)
        except ValueError as exc:  # binascii.Error included
            raise DecryptionError(f"not base64 ({exc})") from exc
    if rest:
        raise DecryptionError("not base64 (the text is cut off)")
