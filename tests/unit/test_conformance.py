"""The live conformance check can fail: it catches responses that break the spec."""

from __future__ import annotations

import httpx
import pytest

from tests.conformance import ConformanceRecorder, ConformanceTransport, Spec


@pytest.fixture(scope="module")
def spec() -> Spec:
    return Spec.load()


def exchange(
    spec: Spec, method: str, path: str, status: int, body: object
) -> list[str]:
    recorder = ConformanceRecorder(spec)

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body)

    transport = ConformanceTransport(recorder, httpx.MockTransport(answer))
    with httpx.Client(transport=transport, base_url="http://v6/api") as http:
        http.request(method, path)
    return [str(v) for v in recorder.take()]


def test_a_conforming_response_passes(spec: Spec) -> None:
    assert exchange(spec, "GET", "/version", 200, {"version": "4.15.2"}) == []


def test_a_wrong_field_type_is_named(spec: Spec) -> None:
    [problem] = exchange(spec, "GET", "/version", 200, {"version": 4})
    assert problem.startswith("util_get_server_version (HTTP 200): version:")


def test_a_missing_required_field_is_named(spec: Spec) -> None:
    problems = exchange(spec, "GET", "/task/3/status", 200, {})
    assert problems == [
        "task_get_status (HTTP 200): (body): 'status' is a required property"
    ]


def test_an_undocumented_status_is_a_violation(spec: Spec) -> None:
    [problem] = exchange(spec, "GET", "/version", 418, {"msg": "teapot"})
    assert "status not documented" in problem


def test_a_request_outside_the_spec_is_a_violation(spec: Spec) -> None:
    [problem] = exchange(spec, "GET", "/nothing/here", 200, {})
    assert "no operation in the spec" in problem


def test_literal_path_segments_win_over_parameters(spec: Spec) -> None:
    operation = spec.operation_for("GET", "/api/blobstream/status")
    assert operation is not None
    assert operation.operation_id == "util_get_blob_store_status"


def test_nested_models_are_checked_too(spec: Spec) -> None:
    page = {"data": [{"id": "one"}], "links": {"self": "/api/rule?page=1"}}
    problems = exchange(spec, "GET", "/rule", 200, page)
    assert any(p.startswith("rule_list (HTTP 200): data.0.id:") for p in problems)
