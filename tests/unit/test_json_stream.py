"""FieldStream: a JSON object read in chunks, one string field streamed out."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
