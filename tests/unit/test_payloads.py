"""Payload bytes, the plain cryptor and streamed base64 (standard library only)."""

from __future__ import annotations

import base64
import json
import tracemalloc
from collections.abc import Iterator

import pytest

from vantage6_client import DecryptionError
from vantage6_client import _payloads as payloads
from vantage6_client._payloads import (
    PlainCryptor,
    b64decode_stream,
    load_payload,
    load_payload_stream,
)

NOT_A_PAYLOAD = r"^the payload is neither JSON nor base64 of JSON$"


def test_a_bytearray_is_kept_unless_released() -> None:
    data = bytearray(b'{"a": 1}')
    assert load_payload(data) == {"a": 1}
    assert data == bytearray(b'{"a": 1}')
    assert load_payload(data, release=True) == {"a": 1}
    assert data == bytearray()


def test_release_leaves_bytes_alone() -> None:
    assert load_payload(b'{"a": 1}', release=True) == {"a": 1}


@pytest.mark.parametrize("data", [b"\xff\xfe", b"not json", b"bm90IGpzb24="])
def test_what_is_not_a_payload_says_so(data: bytes) -> None:
    with pytest.raises(ValueError, match=NOT_A_PAYLOAD):
        load_payload(data)


def test_base64_payload_with_foreign_characters_is_refused() -> None:
    text = base64.b64encode(b'{"a": 1}')
    assert load_payload(text) == {"a": 1}
    with pytest.raises(ValueError, match=NOT_A_PAYLOAD):
        load_payload(text[:4] + b"*\n" + text[4:])


def test_plain_encrypt_stream_yields_as_it_reads() -> None:
    read: list[bytes] = []

    def chunks() -> Iterator[bytes]:
        for chunk in (b"abcd", b"ef"):
            read.append(chunk)
            yield chunk

    stream = PlainCryptor().encrypt_stream(chunks())
    assert next(stream) == b"YWJj"
    assert read == [b"abcd"]
    assert list(stream) == [b"ZGVm"]


@pytest.mark.parametrize("text", [b"QUJD\r\nRUZH\r\n", b"QUJD****", b"QU-_RA=="])
def test_decode_stream_refuses_characters_outside_the_alphabet(text: bytes) -> None:
    with pytest.raises(DecryptionError, match=r"^not base64 \("):
        list(b64decode_stream([text]))


def test_decode_stream_names_a_cut_off_text() -> None:
    with pytest.raises(DecryptionError) as caught:
        list(b64decode_stream([b"QUJD", b"RA"]))
    assert str(caught.value) == "not base64 (the text is cut off)"


@pytest.mark.parametrize(
    "data",
    [
        b'{"a": [1, "x"]}',
        b' \n\t"text"',
        b"  " * 10 + b"[1]",  # its JSON space in several pieces
        b"-1.5",
        b"null",
        base64.b64encode(b'{"from": "the web UI"}'),
        base64.b64encode(b'["from", "the web UI"]'),
    ],
)
@pytest.mark.parametrize("whole_up_to", [0, 5, 1 << 20])  # parsed as it comes, or whole
def test_a_streamed_payload_is_read_as_a_whole_one(
    data: bytes, whole_up_to: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(payloads, "WHOLE_PAYLOAD_BYTES", whole_up_to)
    pieces = [data[i : i + 3] for i in range(0, len(data), 3)]
    assert load_payload_stream(iter(pieces)) == load_payload(data)


@pytest.mark.parametrize(
    "data", [b"", b" ", b"\xff\xfe", b"not json", b"bm90IGpzb24=", b'{"a": 1', b"nul"]
)
@pytest.mark.parametrize("whole_up_to", [0, 1 << 20])
def test_a_streamed_payload_that_is_not_one_says_so(
    data: bytes, whole_up_to: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(payloads, "WHOLE_PAYLOAD_BYTES", whole_up_to)
    pieces = [data[i : i + 2] for i in range(0, len(data), 2)]
    with pytest.raises(ValueError, match=NOT_A_PAYLOAD):
        load_payload_stream(iter(pieces))


def peak_while_loading(pieces: list[bytes]) -> tuple[object, int]:
    """The value load_payload_stream reads from ``pieces``, and the most memory
    it held at once (bytes allocated by Python)."""
    tracemalloc.start()
    try:
        value = load_payload_stream(iter(pieces))
        return value, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def in_pieces(data: bytes, size: int = 1 << 16) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def test_a_large_json_payload_holds_its_long_string_once() -> None:
    size = 8_000_000
    pieces = in_pieces(b" \n" + json.dumps({"blob": "0" * size}).encode())
    value, peak = peak_while_loading(pieces)
    assert value == {"blob": "0" * size}
    assert peak < size * 1.1, f"{peak / size:.2f}x the string"  # parsed whole: 2x


def test_a_large_base64_payload_frees_its_bytes_once_decoded() -> None:
    size = 6_000_000  # 8 MB of base64
    pieces = in_pieces(base64.b64encode(json.dumps("0" * size).encode()))
    value, peak = peak_while_loading(pieces)
    assert value == "0" * size
    # the base64's bytes and text at once (2 x 1.33x), then its text, the JSON
    # text and the value (1.33x + 3x); holding the bytes on would add 1.33x
    assert peak < size * 4.2, f"{peak / size:.2f}x the string"
