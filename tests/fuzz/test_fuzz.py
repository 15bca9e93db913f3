"""The short seeded fuzz run of ``make test`` (``make fuzz`` is the long one;
both are ``scripts/fuzz.py``): schemathesis against a real 4.15.2 server and
a real HQ 5.0.3, through our committed specs, as root. A failure that
``tests/fuzz/baseline.toml`` does not accept, with its reason, fails the
test; the message shows a request and answer of each.

Each server is a fresh one of its own: fuzzing writes all over its database.
HQ shares the session's Keycloak with tests/hq, so the two operations that
make Keycloak accounts named after fuzzed input are left to ``make fuzz``,
which gives HQ a Keycloak of its own (``fuzz.SHARED_REALM_EXCLUSIONS``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from pytest_httpserver import HTTPServer
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import response_schema_conformance

from scripts import fuzz
from tests.servers import running
from vantage6_client.testing.hq import LocalHQ
from vantage6_client.testing.keycloak import LocalKeycloak
from vantage6_client.testing.server import LocalServer


@pytest.fixture(scope="module")
def baseline() -> dict[fuzz.Key, list[fuzz.Cause]]:
    return fuzz.load_baseline()


@pytest.fixture
def fuzz_server() -> Iterator[LocalServer]:
    yield from running(LocalServer())


@pytest.fixture
def fuzz_hq(keycloak: LocalKeycloak) -> Iterator[LocalHQ]:
    with LocalHQ(keycloak) as started:
        yield started


@pytest.mark.server
def test_the_4x_server_fails_fuzzing_only_as_the_baseline_accepts(
    fuzz_server: LocalServer, baseline: dict[fuzz.Key, list[fuzz.Cause]]
) -> None:
    session = fuzz.prepare_server(fuzz_server)
    verdict = fuzz.judge(fuzz.fuzz(session, fuzz.SHORT), baseline)
    assert verdict.passed, fuzz.summary(verdict)
    _reached_nearly_every_operation(verdict)


@pytest.mark.server
def test_hq_fails_fuzzing_only_as_the_baseline_accepts(
    keycloak: LocalKeycloak,
    fuzz_hq: LocalHQ,
    baseline: dict[fuzz.Key, list[fuzz.Cause]],
) -> None:
    target = fuzz.Target(fuzz.HQ.name, fuzz.HQ.spec, fuzz.SHARED_REALM_EXCLUSIONS)
    session = fuzz.prepare_hq(keycloak, fuzz_hq, target)
    verdict = fuzz.judge(fuzz.fuzz(session, fuzz.SHORT), baseline)
    assert verdict.passed, fuzz.summary(verdict)
    _reached_nearly_every_operation(verdict)


def _reached_nearly_every_operation(verdict: fuzz.Verdict) -> None:
    """A run that reached few operations (root's token refused, the server
    gone) would pass on too little; in its 40 seconds the short run reaches
    them all on an idle machine."""
    reached = verdict.outcome.operations
    total = _operations(verdict.outcome.target)
    assert reached >= 0.9 * total, f"{reached} of {total}\n{fuzz.summary(verdict)}"


def _operations(target: fuzz.Target) -> int:
    spec = json.loads(target.spec.read_text())
    methods = {"get", "post", "put", "patch", "delete"}
    labels = {
        f"{method.upper()} {path}"
        for path, item in spec["paths"].items()
        for method in item
        if method in methods
    }
    return len(labels - set(target.excluded))


# -- the checks are the ones we mean ----------------------------------------------
def _spec_with_a_timestamp() -> dict[str, Any]:
    timestamp = {"type": "string", "format": "date-time"}
    body = {"type": "object", "properties": {"at": timestamp}, "required": ["at"]}
    return {
        "openapi": "3.0.3",
        "info": {"title": "a timestamp", "version": "1"},
        "paths": {
            "/thing": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "the thing",
                            "content": {"application/json": {"schema": body}},
                        }
                    }
                }
            }
        },
    }


@pytest.mark.parametrize(
    ("timestamp", "conforms"),
    [
        ("2026-12-01T12:19:34.682658+00:00", True),
        ("2026-12-01T12:19:34Z", True),
        # what 4.15.2 sends as User.last_seen: no offset, not RFC 3339
        ("2026-12-01T12:19:34.682658", False),
        ("yesterday", False),
    ],
)
def test_response_schemas_are_checked_with_their_formats(
    httpserver: HTTPServer, timestamp: str, conforms: bool
) -> None:
    schema = schemathesis.openapi.from_dict(
        _spec_with_a_timestamp(), config=fuzz.configuration(fuzz.SHORT)
    )
    httpserver.expect_request("/api/thing").respond_with_json({"at": timestamp})
    case = schema["/thing"]["GET"].Case()
    response = case.call(base_url=httpserver.url_for("/api"))
    if conforms:
        case.validate_response(response, checks=[response_schema_conformance])
    else:
        with pytest.raises(FailureGroup, match='is not a "date-time"'):
            case.validate_response(response, checks=[response_schema_conformance])


def test_the_fuzzing_checks_are_the_issues_four_and_the_headers() -> None:
    config = fuzz.configuration(fuzz.SHORT)
    checks = config.projects.get_default().checks
    enabled = {name for name in fuzz.CHECKS if checks.get_by_name(name=name).enabled}
    assert enabled == set(fuzz.CHECKS)
    assert checks.response_schema_conformance.validate_formats


def test_a_run_depends_on_its_seed_alone() -> None:
    config = fuzz.configuration(fuzz.SHORT)
    project = config.projects.get_default()
    assert config.seed == fuzz.SEED
    # one request at a time, nothing carried over from earlier runs
    assert project.workers == 1
    assert project.generation.database == "none"
    assert not config.cache.enabled


# -- the baseline ---------------------------------------------------------------
def test_every_accepted_failure_names_an_operation_of_its_spec(
    baseline: dict[fuzz.Key, list[fuzz.Cause]],
) -> None:
    labels = {}
    for target in (fuzz.SERVER, fuzz.HQ):
        spec = json.loads(target.spec.read_text())
        labels[target.name] = {
            f"{method.upper()} {path}"
            for path, item in spec["paths"].items()
            for method in item
        }
    unknown = [str(key) for key in baseline if key.operation not in labels[key.server]]
    assert not unknown


def test_every_accepted_failure_gives_its_kind_and_reason(
    baseline: dict[fuzz.Key, list[fuzz.Cause]],
) -> None:
    assert baseline  # load_baseline refuses entries without either
    causes = {cause for causes in baseline.values() for cause in causes}
    assert {cause.kind for cause in causes} <= set(fuzz.KINDS)
    assert all(cause.reason for cause in causes)
