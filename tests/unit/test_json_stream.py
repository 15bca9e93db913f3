"""FieldStream: a JSON object read in chunks, one string field streamed out;
load_stream: a JSON value read in chunks, its long strings built in place."""

from __future__ import annotations

import json
import tracemalloc
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vantage6_client import _json_stream as json_stream
from vantage6_client._json_stream import FieldStream

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def read_all(
    body: bytes, chunk: int, path: tuple[str, ...]
) -> tuple[list[bytes], dict[str, Any]]:
    """Every streamed string, and the document."""
    pieces = (body[i : i + chunk] for i in range(0, len(body), chunk))
    stream = FieldStream(pieces, path)
    strings = [b"".join(string) for string in stream]
    return strings, stream.document


def read(body: bytes, chunk: int) -> tuple[bytes, dict[str, Any]]:
    """The one top-level "result" string, and the document."""
    (string,), document = read_all(body, chunk, ("result",))
    return string, document


@given(
    others=st.dictionaries(st.text(max_size=10), json_values, max_size=4),
    value=st.text(),
    chunk=st.integers(min_value=1, max_value=64),
    ensure_ascii=st.booleans(),
    indent=st.sampled_from([None, 1]),
)
def test_the_field_streams_out_and_the_rest_stays(
    others: dict[str, Any],
    value: str,
    chunk: int,
    ensure_ascii: bool,
    indent: int | None,
) -> None:
    others.pop("result", None)
    document = {**others, "result": value}
    body = json.dumps(document, ensure_ascii=ensure_ascii, indent=indent).encode()
    streamed, rest = read(body, chunk)
    assert streamed.decode("utf-8", "surrogatepass") == value
    assert rest == {**others, "result": 0}


@pytest.mark.parametrize("chunk", [1, 3, 1000])
def test_only_the_top_level_key_streams(chunk: int) -> None:
    body = json.dumps(
        {"run": {"result": "nested"}, "log": 'a "result": "quoted"', "result": "top"}
    ).encode()
    streamed, rest = read(body, chunk)
    assert streamed == b"top"
    assert rest == {
        "run": {"result": "nested"},
        "log": 'a "result": "quoted"',
        "result": 0,
    }


@pytest.mark.parametrize("chunk", [1, 7, 1000])
def test_the_strings_of_every_item_of_a_page_stream_in_order(chunk: int) -> None:
    page = {
        "data": [
            {"id": 1, "result": "one", "run": {"result": "no"}},
            {"id": 2, "result": None},
            {"result": "three", "id": 3},
        ],
        "links": {"result": "no"},
        "result": "no",
    }
    path = ("data", "*", "result")
    strings, rest = read_all(json.dumps(page).encode(), chunk, path)
    assert strings == [b"one", b"three"]
    assert [item["result"] for item in rest["data"]] == [0, None, 1]
    assert rest["links"] == page["links"]
    assert rest["result"] == "no"


def test_a_string_left_half_read_is_skipped() -> None:
    body = json.dumps({"data": [{"result": "a" * 100}, {"result": "b"}]}).encode()
    chunks = [body[i : i + 30] for i in range(0, len(body), 30)]
    stream = FieldStream(chunks, ("data", "*", "result"))
    firsts = [next(string) for string in stream]
    assert firsts == [b"a" * 8, b"b"]  # what the first chunk held of it
    assert stream.document == {"data": [{"result": 0}, {"result": 1}]}


@pytest.mark.parametrize("value", [None, 3, [1, "x"], {"a": "b"}])
def test_a_value_that_is_not_a_string_stays(value: object) -> None:
    body = json.dumps({"id": 1, "result": value}).encode()
    strings, rest = read_all(body, 2, ("result",))
    assert strings == []
    assert rest == {"id": 1, "result": value}


def test_escapes_cut_by_chunk_edges_come_out_whole() -> None:
    value = 'ab\\/"\u00e9\U0001f600' * 50
    body = json.dumps({"result": value}).encode()  # \uXXXX escapes everywhere
    for chunk in range(1, 14):
        assert read(body, chunk)[0].decode("utf-8", "surrogatepass") == value


@pytest.mark.parametrize(
    "body", [b'{"result": "cut off', b'{"result": "x"', b'["result", "x"]', b"", b"{,}"]
)
def test_what_is_not_a_json_object_is_a_value_error(body: bytes) -> None:
    with pytest.raises(ValueError):
        read(body, 4)


def test_the_document_waits_for_the_end() -> None:
    stream = FieldStream([b'{"result": "x"}'], ("result",))
    with pytest.raises(RuntimeError, match="not been read"):
        _ = stream.document


# -- load_stream: a whole value, long strings built where they grow ----------
any_text = st.text(st.characters(codec="utf-8")) | st.text()  # lone surrogates too
any_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | any_text,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(any_text, inner, max_size=4)
    ),
    max_leaves=12,
)


def streamed(text: bytes, chunk: int, long_from: int | None = None) -> Any:
    """load_stream over ``text`` in chunks; strings pending longer than
    ``long_from`` bytes are read out as long ones."""
    pieces = [text[i : i + chunk] for i in range(0, len(text), chunk)]
    with pytest.MonkeyPatch.context() as patch:
        if long_from is not None:
            patch.setattr(json_stream, "LONG_STRING_BYTES", long_from)
        return json_stream.load_stream(pieces)


@given(
    value=any_values,
    chunk=st.integers(min_value=1, max_value=40),
    long_from=st.integers(min_value=1, max_value=24),
    ensure_ascii=st.booleans(),
)
def test_the_value_is_what_json_loads_gives(
    value: Any, chunk: int, long_from: int, ensure_ascii: bool
) -> None:
    text = json.dumps(value, ensure_ascii=ensure_ascii)
    try:
        data = text.encode()
    except UnicodeEncodeError:  # a lone surrogate: only its escape is UTF-8
        data = json.dumps(value).encode()
    assert repr(streamed(data, chunk, long_from)) == repr(json.loads(data))


@given(
    value=any_values,
    at=st.integers(min_value=0),
    inserted=st.sampled_from([b'"', b"\\", b"\x01", b"\xff", b"\xc3", b"u", b"}"]),
    chunk=st.integers(min_value=1, max_value=40),
    long_from=st.integers(min_value=1, max_value=24),
)
def test_text_json_refuses_is_refused(
    value: Any, at: int, inserted: bytes, chunk: int, long_from: int
) -> None:
    data = json.dumps(value).encode()
    at %= len(data) + 1
    data = data[:at] + inserted + data[at:]
    try:
        expected = json.loads(data.decode())
    except ValueError:
        with pytest.raises(ValueError):
            streamed(data, chunk, long_from)
    else:
        assert repr(streamed(data, chunk, long_from)) == repr(expected)


@pytest.mark.parametrize("chunk", range(1, 14))
def test_escapes_and_surrogate_pairs_cut_anywhere_come_out_whole(chunk: int) -> None:
    text = 'a"b\\c\U0001f600\u00e9x\u2028/\n\t' * 5  # \U0001f600: a pair escaped
    escaped = {"k\U0001f600\\": [text + "\ud800", "é" * 9]}  # and a lone half
    assert streamed(json.dumps(escaped).encode(), chunk, 3) == escaped
    raw = {"k\U0001f600\\": [text, "é" * 9]}
    assert streamed(json.dumps(raw, ensure_ascii=False).encode(), chunk, 3) == raw


def test_a_long_string_is_held_once() -> None:
    size = 20_000_000
    data = json.dumps({"id": 1, "blob": "0" * size, "tail": [1, "x"]}).encode()
    pieces = [data[i : i + (1 << 20)] for i in range(0, len(data), 1 << 20)]
    del data
    tracemalloc.start()
    try:
        value = json_stream.load_stream(iter(pieces[:]))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert value["blob"] == "0" * size and value["tail"] == [1, "x"]
    # one copy of the string and a few chunks' worth, never its text besides it
    assert peak < size + 4 * (1 << 20), f"peak {peak / 1e6:.1f} MB"


def test_long_strings_as_keys_and_items_and_alone_are_put_back() -> None:
    long = "é" * 100
    value = {long: [long, {"x": long}], "mark": json_stream._STRING_MARK + "0"}
    assert streamed(json.dumps(value).encode(), 7, 10) == value
    assert streamed(json.dumps(long).encode(), 5, 10) == long


BAD_U_AT_END = b'"' + b"x" * 50 + b"\\uZZZZ" + b"y" * 6  # 12 bytes from its backslash
CUT = "the JSON text ends inside a string"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'"' + b"x" * 50, CUT),
        (b'"' + b"x" * 50 + b"\\q" + b"x" * 20 + b'"', "Invalid \\escape..."),  # json's
        (
            b'"' + b"x" * 50 + b"\\uZZZZ" + b"x" * 20 + b'"',
            "invalid JSON string escape b'\\\\uZZZZ'",
        ),
        (BAD_U_AT_END, "invalid JSON string escape b'\\\\uZZZZ'"),
        (
            b'"' + b"x" * 50 + b"\\uD83D\\uZZZZ" + b"x" * 20 + b'"',
            "invalid JSON string escape b'\\\\uD83D'",
        ),
        (
            b'"' + b"x" * 50 + b"\x01" + b'"',
            "invalid control character in a JSON string",
        ),
        (b'"' + b"x" * 50 + b"\xff" + b'"', "'utf-8' codec can't decode byte 0xff..."),
        (b'"' + b"x" * 50 + b'\xc3"', "'utf-8' codec can't decode byte 0xc3..."),
        (b'"' + b"x" * 50 + b"\xc3", CUT),
    ],
)
@pytest.mark.parametrize("chunk", [4, 1000])
def test_a_long_string_json_refuses_says_why(
    data: bytes, message: str, chunk: int
) -> None:
    with pytest.raises(ValueError) as refused:
        streamed(data, chunk, 10)
    said = str(refused.value)
    assert said.startswith(message[:-3]) if message.endswith("...") else said == message


# -- FieldStream's edges (make mutate) ------------------------------------------
@pytest.mark.parametrize(
    ("buffer", "at", "end"),
    [
        (b"\\n", 0, 2),  # ends exactly at the buffer's end
        (b"\\", 0, None),
        (b"ab\\u0041yz", 2, 8),
        (b"\\u004", 0, None),
        (b"\\ud83d\\ude00", 0, 12),  # a surrogate pair goes whole
        (b"\\ud83d\\ude0", 0, None),
        (b"x\\ud83dab", 1, 7),  # a high half, then no escape: alone
        (b"\\ud83da", 0, None),  # too little read to tell
        (b"\\ud83d", 0, None),
    ],
)
def test_where_an_escape_ends(buffer: bytes, at: int, end: int | None) -> None:
    assert json_stream._escape_end(buffer, at) == end


@pytest.mark.parametrize("chunk", [1, 2, 5, 1000])
def test_a_lone_surrogate_streams_as_its_utf8_form(chunk: int) -> None:
    body = json.dumps({"result": "a\ud800b"}).encode()  # the escape \ud800
    assert read(body, chunk)[0] == "a\ud800b".encode("utf-8", "surrogatepass")


@pytest.mark.parametrize("chunk", range(1, 12))
def test_escapes_in_skipped_strings_and_keys_are_stepped_over(chunk: int) -> None:
    page = {
        'lo"g\\': 'a\\"b\\\\"c\\',
        "data": [{"k\\": 'x"', "result": "one"}, "odd", {"result": "two"}],
    }
    pieces = json.dumps(page).encode()
    strings, rest = read_all(pieces, chunk, ("data", "*", "result"))
    assert strings == [b"one", b"two"]
    assert rest == {**page, "data": [{"k\\": 'x"', "result": 0}, "odd", {"result": 1}]}


def test_every_streamed_string_has_its_own_number() -> None:
    page = {"data": [{"result": str(n)} for n in range(4)]}
    strings, rest = read_all(json.dumps(page).encode(), 3, ("data", "*", "result"))
    assert strings == [b"0", b"1", b"2", b"3"]
    assert [item["result"] for item in rest["data"]] == [0, 1, 2, 3]


@pytest.mark.parametrize("chunk", [1, 2, 1000])
def test_the_strings_of_an_array_stream(chunk: int) -> None:
    strings, rest = read_all(b'{"data": ["a", "b"], "x": 1}', chunk, ("data", "*"))
    assert strings == [b"a", b"b"]
    assert rest == {"data": [0, 1], "x": 1}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"result": "cut off', "the JSON text ends inside a string"),
        (b'{"log": "cut off', "the JSON text ends inside a string"),
        (b'{"log": "cut \\', "the JSON text ends inside a string"),
        (b'["result", "x"]', "expected a JSON object, not list"),
        (b'"result"', "expected a JSON object, not str"),
    ],
)
@pytest.mark.parametrize("chunk", [1, 4, 1000])
def test_what_field_stream_refuses_says_why(
    body: bytes, message: str, chunk: int
) -> None:
    with pytest.raises(ValueError) as refused:
        read_all(body, chunk, ("result",))
    assert str(refused.value) == message
