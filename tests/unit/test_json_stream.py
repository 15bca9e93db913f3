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


def read(body: bytes, chunk: int, name: str = "result") -> tuple[bytes, dict[str, Any]]:
    stream = FieldStream(
        (body[i : i + chunk] for i in range(0, len(body), chunk)), name
    )
    streamed = b"".join(stream)
    return streamed, stream.document


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
    assert rest == {**others, "result": None}


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
        "result": None,
    }


@pytest.mark.parametrize("value", [None, 3, [1, "x"], ""])
def test_a_value_that_is_not_a_nonempty_string_yields_nothing(value: object) -> None:
    streamed, rest = read(json.dumps({"id": 1, "result": value}).encode(), 2)
    assert streamed == b""
    assert rest == {"id": 1, "result": None if value == "" else value}


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
    stream = FieldStream([b'{"result": "x"}'], "result")
    with pytest.raises(RuntimeError, match="not been read"):
        _ = stream.document
