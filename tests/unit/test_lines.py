"""The line seam: which 4.x operations HQ serves alike, recomputed from the
two committed specs, and how a session with HQ refuses the others."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from vantage6_server_api.api import Operations

from tests.paths import HQ_SPEC_PATH, SPEC_PATH
from vantage6_client import NotOnThisServerError
from vantage6_client._lines import (
    INSTEAD_ON_HQ,
    SAME_ON_BOTH_LINES,
    ServerLine,
    SharedOperations,
)

# prose that may differ without changing what travels
_WORDS = {"description", "example", "summary", "title", "x-override-reason"}


def _resolved(node: Any, spec: dict[str, Any], seen: tuple[str, ...] = ()) -> Any:
    if isinstance(node, dict):
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[-1]
            if name in seen:
                return {"$recursive": name}
            return _resolved(spec["components"]["schemas"][name], spec, (*seen, name))
        return {k: _resolved(v, spec, seen) for k, v in node.items() if k not in _WORDS}
    if isinstance(node, list):
        return [_resolved(item, spec, seen) for item in node]
    return node


def _wire(path: Path) -> dict[str, str]:
    """Each operation's wire form: path, method, parameters, body, success
    answers and security, references resolved, prose left out."""
    spec = json.loads(path.read_text())
    forms = {}
    for template, item in spec["paths"].items():
        for method, operation in item.items():
            form = {
                "at": [template, method],
                "parameters": sorted(
                    (p["name"], p["in"], json.dumps(_resolved(p.get("schema"), spec)))
                    for p in operation.get("parameters", [])
                ),
                "body": _resolved(
                    operation.get("requestBody", {}).get("content"), spec
                ),
                "answers": {
                    status: _resolved(answer.get("content"), spec)
                    for status, answer in operation["responses"].items()
                    if status.startswith("2")
                },
                "security": operation.get("security"),
            }
            forms[operation["operationId"]] = json.dumps(form, sort_keys=True)
    return forms


def test_the_operations_served_alike_are_those_the_specs_say() -> None:
    server, hq = _wire(SPEC_PATH), _wire(HQ_SPEC_PATH)
    alike = {name for name in server.keys() & hq.keys() if server[name] == hq[name]}
    assert alike == SAME_ON_BOTH_LINES


def test_what_hq_lacks_has_an_alternative_named() -> None:
    server, hq = _wire(SPEC_PATH), _wire(HQ_SPEC_PATH)
    assert server.keys() - hq.keys() == INSTEAD_ON_HQ.keys()
    shared = SharedOperations(Operations(), ServerLine("5.0.3"))
    with pytest.raises(NotOnThisServerError) as refused:
        _ = shared.util_change_my_password
    assert str(refused.value) == (
        f"util_change_my_password is not on vantage6 HQ 5.0.3: "
        f"{INSTEAD_ON_HQ['util_change_my_password']}"
    )
    assert "account console" in str(refused.value)


def test_hq_sessions_get_shared_operations_and_a_refusal_for_the_rest() -> None:
    shared = SharedOperations(Operations(), ServerLine("5.0.3"))
    assert shared.organization_get is Operations().organization_get
    assert shared.requests.blob_download is Operations().requests.blob_download
    with pytest.raises(NotOnThisServerError) as refused:
        _ = shared.user_get
    assert str(refused.value) == (
        "the 4.x operation user_get is not on vantage6 HQ 5.0.3: HQ answers it "
        "differently, and this client does not speak HQ's form of it yet"
    )
    with pytest.raises(NotOnThisServerError, match="operation result_get is not"):
        _ = shared.requests.result_get
    # the raw request functions are one level: no table of tables
    with pytest.raises(NotOnThisServerError, match="operation requests is not"):
        _ = shared.requests.requests


def test_a_server_line_reads_its_version() -> None:
    assert ServerLine("4.15.2").is_hq is False
    assert ServerLine("5.0.3").is_hq is True
    assert ServerLine("not a version").major == 0
