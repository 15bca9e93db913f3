"""Payload bytes, the plain cryptor and streamed base64 (standard library only)."""

from __future__ import annotations

import base64
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
