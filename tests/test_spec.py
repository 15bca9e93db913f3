"""The contract pipeline: the committed spec and bindings are what the scripts make."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import typing
from importlib.metadata import version
from pathlib import Path

import pytest
from openapi_spec_validator import validate

from scripts import regen
from tests.paths import (
    HQ_PYTHON,
    HQ_SPEC_PATH,
    ROOT,
    SERVER_PYTHON,
    SPEC_PATH,
    STORE5_SPEC_PATH,
    STORE_SPEC_PATH,
)

HTTP_METHODS = {"get", "post", "put", "patch", "delete"}


TARGETS = {
    "server": SPEC_PATH,
    "store": STORE_SPEC_PATH,
    "hq": HQ_SPEC_PATH,
    "store5": STORE5_SPEC_PATH,
}
# vantage6 5.x: extracted in the HQ virtualenv, with a Keycloak (its apps ask
# it for the realm's key as they are built)
_WITH_KEYCLOAK = {"hq", "store5"}


def extract(
    request: pytest.FixtureRequest, target: str, *arguments: str
) -> subprocess.CompletedProcess[str]:
    """Run the extractor for ``target`` in its server's virtualenv; 5.x's (HQ
    and the 5.x store) with the session's Keycloak (their apps ask it for the
    realm's key)."""
    python, env = SERVER_PYTHON, None
    if target in _WITH_KEYCLOAK:
        keycloak = request.getfixturevalue("keycloak")
        python, env = HQ_PYTHON, {**os.environ, **keycloak.environment()}
    return subprocess.run(
        [str(python), "scripts/extract_spec.py", "--target", target, *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )


@pytest.fixture(scope="module", params=sorted(TARGETS))
def target(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def spec(target: str) -> dict[str, typing.Any]:
    return json.loads(TARGETS[target].read_text())


def operations(spec: dict[str, typing.Any]) -> dict[str, dict[str, typing.Any]]:
    return {
        f"{method.upper()} {path}": operation
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }


def test_spec_is_valid_openapi(spec: dict[str, typing.Any]) -> None:
    validate(spec)


@pytest.mark.server
def test_spec_has_exactly_the_operations_the_app_registers(
    spec: dict[str, typing.Any], target: str, request: pytest.FixtureRequest
) -> None:
    listed = extract(request, target, "--list-operations")
    registered = set(json.loads(listed.stdout))
    assert len(registered) > 20  # the app really was built and walked
    assert set(operations(spec)) == registered


@pytest.mark.server
def test_committed_spec_is_what_the_extractor_makes(
    tmp_path: Path, target: str, request: pytest.FixtureRequest
) -> None:
    fresh = tmp_path / "spec.json"
    extract(request, target, "--output", str(fresh))
    assert fresh.read_text() == TARGETS[target].read_text(), "run `make spec`"


def test_every_success_json_response_has_a_schema(spec: dict[str, typing.Any]) -> None:
    missing = []
    for key, operation in operations(spec).items():
        for status, response in operation["responses"].items():
            content = response.get("content") or {}
            if status.startswith("2") and not (
                content and all(media.get("schema") for media in content.values())
            ):
                missing.append(f"{key} {status}")
    assert missing == []


def test_operation_ids_are_unique_and_tagged_with_their_facade_group(
    spec: dict[str, typing.Any],
) -> None:
    ids = [operation["operationId"] for operation in operations(spec).values()]
    assert len(ids) == len(set(ids))
    for operation in operations(spec).values():
        assert len(operation["tags"]) == 1, operation["operationId"]


def test_public_endpoints_need_no_token(
    spec: dict[str, typing.Any], target: str
) -> None:
    public = {
        key
        for key, operation in operations(spec).items()
        if operation.get("security") == []
    }
    if target == "store":
        assert public == {"GET /version", "GET /policy/public"}
        return
    if target == "store5":  # no server whitelist; nodes may read algorithms
        assert public == {"GET /version", "GET /policy/public"}
        assert operations(spec)["GET /algorithm"]["security"] == [
            {},
            {"bearerAuth": []},
        ]
        assert operations(spec)["GET /algorithm"]["x-client-types"] == ["node", "user"]
        assert operations(spec)["POST /algorithm"]["x-client-types"] == ["user"]
        assert not {"GET /vantage6-server", "POST /vantage6-server"} & set(
            operations(spec)
        )
        return
    if target == "hq":  # logins happen at Keycloak now
        assert public == {"GET /version", "GET /health"}
        assert not {"POST /token/user", "POST /token/refresh"} & set(operations(spec))
        assert operations(spec)["GET /node/me"]["x-client-types"] == ["node"]
        return
    assert {
        "POST /token/user",
        "POST /token/node",
        "GET /version",
        "GET /health",
        "POST /recover/lost",
        "POST /recover/reset",
        "POST /recover/2fa/lost",
        "POST /recover/2fa/reset",
    } <= public
    assert "GET /task" not in public
    assert operations(spec)["POST /token/refresh"]["x-token"] == "refresh"


def test_every_json_operation_returns_a_parsed_model(
    spec: dict[str, typing.Any], target: str
) -> None:
    """openapi-python-client types a response Any when it lacks a schema."""
    package = {
        "server": "vantage6_server_api",
        "store": "vantage6_store_api",
        "hq": "vantage6_hq_api",
        "store5": "vantage6_store5_api",
    }[target]
    untyped = []
    for operation in operations(spec).values():
        module = importlib.import_module(
            f"{package}.api.{operation['tags'][0]}.{operation['operationId']}"
        )
        success = [s for s in operation["responses"] if s.startswith("2")]
        if not success:  # POST /vpn/update: the server has no handler
            continue
        media = operation["responses"][success[0]].get("content", {})
        if "application/json" not in media:
            continue
        answer = typing.get_type_hints(module.sync_detailed)["return"]
        (returned,) = typing.get_args(answer)  # Response[returned]
        if typing.Any in typing.get_args(returned) or returned is typing.Any:
            untyped.append(operation["operationId"])
    assert untyped == []


@pytest.mark.parametrize("binding", regen.BINDINGS, ids=lambda b: b.package)
def test_generated_bindings_are_what_regen_makes(
    tmp_path: Path, binding: regen.Binding
) -> None:
    fresh = tmp_path / binding.package
    regen.generate(binding, fresh)
    assert regen.differences(fresh, binding.target) == [], "run `make regen`"


def test_generator_is_the_pinned_version() -> None:
    """The committed bindings depend on the generator's exact version."""
    pinned = next(
        line.split("==")[1].strip('",')
        for line in (ROOT / "pyproject.toml").read_text().splitlines()
        if "openapi-python-client==" in line
    )
    assert version("openapi-python-client") == pinned
    assert sys.version_info >= (3, 11)


def test_no_response_claims_an_offset_the_servers_do_not_send(
    spec: dict[str, typing.Any],
) -> None:
    """Both servers and both stores send their timestamps without a UTC offset
    (issue 16): a field of an answer typed ``date-time`` (RFC 3339, offset
    required) would be refused by every validator that asserts formats. They
    are ``date-time-local``; request bodies may still ask for date-time."""
    answered: set[str] = set()
    pending = [
        media.get("schema", {})
        for operation in operations(spec).values()
        for response in operation["responses"].values()
        for media in (response.get("content") or {}).values()
    ]
    while pending:
        schema = pending.pop()
        if isinstance(schema, list):
            pending.extend(schema)
        elif isinstance(schema, dict):
            ref = schema.get("$ref", "")
            name = ref.rsplit("/", 1)[-1]
            if ref and name not in answered:
                answered.add(name)
                pending.append(spec["components"]["schemas"][name])
            pending.extend(v for k, v in schema.items() if k != "$ref")
    claiming = sorted(
        f"{name}.{field}"
        for name in answered
        for field, schema in spec["components"]["schemas"][name]
        .get("properties", {})
        .items()
        if schema.get("format") == "date-time"
    )
    assert claiming == []
