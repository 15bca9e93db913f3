"""Formats are part of the contract (issue 16): the live conformance check and
the spec-driven mock assert them, and the servers' timestamps, which come
without a UTC offset, are typed so that both accept them and the bindings
still read them into datetimes."""

from __future__ import annotations

import datetime
import importlib
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from vantage6_server_api.models import Node, Run

from tests.conformance import (
    FORMAT_CHECKER,
    ConformanceRecorder,
    ConformanceTransport,
    Spec,
)
from tests.contract.spec_mock import SpecMock
from tests.paths import HQ_SPEC_PATH, SPEC_PATH, STORE5_SPEC_PATH, STORE_SPEC_PATH

NAIVE = "2026-12-01T12:19:34.682658"  # User.last_seen as 4.15.2 sent it
WITH_OFFSET = "2026-12-01T12:19:34.682658+00:00"

# each spec and the package generated from it
BINDINGS = {
    SPEC_PATH: "vantage6_server_api",
    STORE_SPEC_PATH: "vantage6_store_api",
    HQ_SPEC_PATH: "vantage6_hq_api",
    STORE5_SPEC_PATH: "vantage6_store5_api",
}


def one_operation(field: dict[str, Any]) -> Spec:
    """A spec whose one operation, GET /moment, answers {"at": <field>}."""
    return Spec(
        {
            "openapi": "3.1.0",
            "info": {"title": "formats", "version": "1"},
            "paths": {
                "/moment": {
                    "get": {
                        "operationId": "moment_get",
                        "responses": {
                            "200": {
                                "description": "the moment",
                                "content": {
                                    "application/json": {
                                        "schema": {
                                            "type": "object",
                                            "required": ["at"],
                                            "properties": {"at": field},
                                        }
                                    }
                                },
                            }
                        },
                    }
                }
            },
        }
    )


def answered(spec: Spec, body: object) -> list[str]:
    """What the live conformance check says of ``body`` as GET /moment's answer."""
    recorder = ConformanceRecorder(spec)

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    transport = ConformanceTransport(recorder, httpx.MockTransport(answer))
    with httpx.Client(transport=transport, base_url="http://v6/api") as http:
        http.get("/moment")
    return [str(v) for v in recorder.take()]


RFC3339 = {"type": "string", "format": "date-time"}
LOCAL = {"type": "string", "format": "date-time-local"}


def test_a_naive_timestamp_in_a_date_time_field_is_reported() -> None:
    [problem] = answered(one_operation(RFC3339), {"at": NAIVE})
    assert problem.startswith("moment_get (HTTP 200): at:")
    assert "is not a 'date-time'" in problem


def test_a_timestamp_with_its_offset_is_a_date_time() -> None:
    assert answered(one_operation(RFC3339), {"at": WITH_OFFSET}) == []
    assert answered(one_operation(RFC3339), {"at": "2026-12-01T12:19:34Z"}) == []


def test_date_time_local_is_a_date_time_without_the_offset() -> None:
    spec = one_operation(LOCAL)
    assert answered(spec, {"at": NAIVE}) == []
    assert answered(spec, {"at": "2026-12-01T12:19:34"}) == []
    for wrong in (WITH_OFFSET, "2026-12-01T12:19:34Z", "2026-13-01T12:19:34", "now"):
        [problem] = answered(spec, {"at": wrong})
        assert "is not a 'date-time-local'" in problem, wrong


def test_the_format_checker_checks_the_formats_the_specs_use() -> None:
    """A format it does not know passes unchecked: every one a spec uses must
    be known, or be one that says nothing about the text (binary) or that no
    response carries (url: request bodies only)."""
    used = set()
    for path in BINDINGS:
        used |= set(_formats(json.loads(path.read_text())))
    assert used - set(FORMAT_CHECKER.checkers) == {"binary", "url"}
    assert FORMAT_CHECKER.conforms("x@example.org", "email")
    assert not FORMAT_CHECKER.conforms("2026-12-01", "date-time")


def test_the_mock_refuses_a_body_whose_timestamp_breaks_its_format(
    httpserver: HTTPServer,
) -> None:
    mock = SpecMock(httpserver, one_operation(RFC3339))
    with pytest.raises(AssertionError, match="is not a 'date-time'"):
        mock.expect("moment_get", body={"at": NAIVE})
    mock.expect("moment_get", body={"at": WITH_OFFSET})
    assert httpx.get(httpserver.url_for("/api/moment")).json() == {"at": WITH_OFFSET}


@pytest.mark.parametrize("path", list(BINDINGS), ids=lambda p: p.stem)
def test_the_mock_makes_examples_that_keep_their_formats(
    path: Path, httpserver: HTTPServer
) -> None:
    spec = Spec.load(path)
    mock = SpecMock(httpserver, spec)
    for name, schema in spec.document["components"]["schemas"].items():
        if schema.get("type") == "object" or "properties" in schema:
            reference = {"$ref": f"spec#/components/schemas/{name}"}
            problems = spec.problems(reference, mock.example(schema))
            assert [p for p in problems if "is not a '" in p] == [], name


@pytest.mark.parametrize("path", [SPEC_PATH, HQ_SPEC_PATH], ids=lambda p: p.stem)
def test_a_user_as_the_server_sends_it_conforms(
    path: Path, httpserver: HTTPServer
) -> None:
    """User.last_seen without an offset, as 4.15.2 and HQ 5.0.3 send it; with
    one it would not be what the servers send."""
    spec = Spec.load(path)
    user = SpecMock(httpserver, spec).model("User")
    schema = {"$ref": "spec#/components/schemas/User"}
    assert spec.problems(schema, {**user, "last_seen": NAIVE}) == []
    assert spec.problems(schema, {**user, "last_seen": None}) == []
    problems = spec.problems(schema, {**user, "last_seen": WITH_OFFSET})
    assert f"last_seen: {WITH_OFFSET!r} is not a 'date-time-local'" in problems
    assert all(problem.startswith("last_seen: ") for problem in problems)  # pattern


@pytest.mark.parametrize("path", list(BINDINGS), ids=lambda p: p.stem)
def test_every_timestamp_sent_without_an_offset_is_read_into_a_datetime(
    path: Path,
) -> None:
    """openapi-python-client knows only date-time: the project's model template
    makes date-time-local fields datetimes too, and says they are UTC."""
    document = json.loads(path.read_text())
    models = importlib.import_module(f"{BINDINGS[path]}.models")
    checked = 0
    for component, field in _local_date_times(document):
        model = getattr(models, component)
        # the annotation's text: the models import their neighbours lazily
        hint = model.__annotations__[field]
        assert "datetime.datetime" in hint.split(" | "), (component, field, hint)
        doc = model.__doc__ or ""
        described = doc[doc.index(f"{field} (datetime.datetime") :].split("\n\n")[0]
        assert "UTC" in described, (component, field)
        checked += 1
    assert checked >= 5  # each spec has its users', nodes', runs' or algorithms'


def test_a_naive_timestamp_is_read_as_sent_and_written_back_unchanged(
    httpserver: HTTPServer,
) -> None:
    mock = SpecMock(httpserver, Spec.load())
    node = Node.from_dict(mock.model("Node", last_seen=NAIVE))
    assert node.last_seen == datetime.datetime(2026, 12, 1, 12, 19, 34, 682658)
    assert node.last_seen.tzinfo is None  # UTC, as the docstring says
    assert node.to_dict()["last_seen"] == NAIVE
    run = Run.from_dict(mock.model("Run", started_at=None))
    assert run.started_at is None
    assert run.to_dict()["started_at"] is None


def _formats(schema: Any) -> list[str]:
    if isinstance(schema, dict):
        found = [schema["format"]] if isinstance(schema.get("format"), str) else []
        return found + [f for value in schema.values() for f in _formats(value)]
    if isinstance(schema, list):
        return [f for item in schema for f in _formats(item)]
    return []


def _local_date_times(document: dict[str, Any]) -> list[tuple[str, str]]:
    """(component, field) of every date-time-local field of a component."""
    return [
        (name, field)
        for name, schema in document["components"]["schemas"].items()
        for field, spec in (schema.get("properties") or {}).items()
        if spec.get("format") == "date-time-local"
    ]
