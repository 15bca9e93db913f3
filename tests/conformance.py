"""Live conformance: every response the tests receive must match the spec.

The integration tests send their requests through :class:`ConformanceTransport`.
It finds the operation each request belongs to, and validates the response
body against that operation's schema for the status it got. A mismatch is
recorded with the operation and the offending field, and the test that caused
it fails (see ``conftest.py``). This is how ``openapi/overrides.yaml`` stays
true to the running server.

Formats are asserted too (:data:`FORMAT_CHECKER`), as a validator that asserts
them (a fuzzer's) reads the spec: a ``date-time`` must be an RFC 3339
date-time, offset included; the servers' timestamps, which come without one,
are ``date-time-local``.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from jsonschema import FormatChecker
from openapi_schema_validator import OAS31Validator, oas31_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from rfc3339_validator import validate_rfc3339

from tests.paths import SPEC_PATH

API_PREFIX = "/api"


def _format_checker() -> FormatChecker:
    """OpenAPI 3.1's formats as openapi-schema-validator checks them (JSON
    Schema's, with ``date-time`` by rfc3339-validator, plus int32, int64, float,
    double, password), and the format registry's ``date-time-local``, which the
    specs give the servers' timestamps (sent without an offset)."""
    checker = FormatChecker(formats=())
    checker.checkers.update(oas31_format_checker.checkers)
    checker.checks("date-time-local")(_is_local_date_time)
    return checker


def _is_local_date_time(instance: object) -> bool:
    """An RFC 3339 date-time without its offset: what, with "Z" added, is one."""
    return not isinstance(instance, str) or validate_rfc3339(instance + "Z")


FORMAT_CHECKER = _format_checker()


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    template: str
    pattern: re.Pattern[str]
    responses: dict[str, Any]


@dataclass(frozen=True)
class Violation:
    operation: str
    status: int
    problem: str

    def __str__(self) -> str:
        return f"{self.operation} (HTTP {self.status}): {self.problem}"


class Spec:
    """The committed spec, indexed for matching requests and validating bodies."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource("spec", resource)
        self.operations: list[Operation] = []
        for template, item in document["paths"].items():
            regex = re.sub(r"\\{[^/]+\\}", "[^/]+", re.escape(template))
            pattern = re.compile(f"^{regex}$")
            for method, operation in item.items():
                self.operations.append(
                    Operation(
                        operation["operationId"],
                        method.upper(),
                        template,
                        pattern,
                        operation["responses"],
                    )
                )
        # literal segments win over parameters: /blobstream/status, not /{id}
        self.operations.sort(key=lambda op: op.template.count("{"))

    @classmethod
    def load(cls, path: Path = SPEC_PATH) -> Spec:
        return cls(json.loads(path.read_text()))

    def operation_for(self, method: str, path: str) -> Operation | None:
        relative = path.removeprefix(API_PREFIX)
        return next(
            (
                op
                for op in self.operations
                if op.method == method and op.pattern.match(relative)
            ),
            None,
        )

    def schema_for(self, operation: Operation, status: int) -> tuple[str, Any] | None:
        """(media type, schema) documented for ``status``; None if undocumented."""
        response = operation.responses.get(str(status))
        if response is None:
            return None
        content = response.get("content") or {}
        for media_type, media in content.items():
            return media_type, _qualify(media.get("schema", {}))
        return "", None

    def problems(self, schema: Any, body: Any) -> list[str]:
        validator = OAS31Validator(
            schema, registry=self.registry, format_checker=FORMAT_CHECKER
        )
        found = []
        for error in sorted(validator.iter_errors(body), key=lambda e: list(e.path)):
            where = ".".join(str(part) for part in error.absolute_path) or "(body)"
            found.append(f"{where}: {error.message[:200]}")
        return found


def _qualify(schema: Any) -> Any:
    """Point local references at the registered spec document."""
    if isinstance(schema, dict):
        return {
            key: (
                f"spec{value}"
                if key == "$ref" and value.startswith("#")
                else _qualify(value)
            )
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_qualify(item) for item in schema]
    return schema


class ConformanceRecorder:
    """Collects violations from any thread; tests take theirs out."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self._lock = threading.Lock()
        self._violations: list[Violation] = []
        self.checked = 0

    def check(self, request: httpx.Request, response: httpx.Response) -> None:
        operation = self.spec.operation_for(request.method, request.url.path)
        if operation is None:
            self._add(
                Violation(
                    f"{request.method} {request.url.path}",
                    response.status_code,
                    "no operation in the spec matches this request",
                )
            )
            return
        documented = self.spec.schema_for(operation, response.status_code)
        if documented is None:
            self._add(
                Violation(
                    operation.operation_id,
                    response.status_code,
                    "status not documented for this operation",
                )
            )
            return
        media_type, schema = documented
        with self._lock:
            self.checked += 1
        if schema is None or media_type != "application/json":
            return  # nothing to validate (a documented stream or empty body)
        try:
            body = response.json()
        except ValueError:
            self._add(
                Violation(
                    operation.operation_id,
                    response.status_code,
                    f"body is not JSON: {response.text[:120]!r}",
                )
            )
            return
        for problem in self.spec.problems(schema, body):
            self._add(Violation(operation.operation_id, response.status_code, problem))

    def _add(self, violation: Violation) -> None:
        with self._lock:
            self._violations.append(violation)

    def take(self) -> list[Violation]:
        with self._lock:
            taken, self._violations = self._violations, []
        return taken


class ConformanceTransport(httpx.BaseTransport):
    """An HTTP transport that validates each response it returns."""

    def __init__(
        self, recorder: ConformanceRecorder, inner: httpx.BaseTransport | None = None
    ):
        self.recorder = recorder
        self.inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        streamed = response.headers.get("content-type", "").startswith(
            "application/octet-stream"
        )
        if not streamed:  # a blob download stays a stream for the client
            response.read()
        self.recorder.check(request, response)
        return response

    def close(self) -> None:
        self.inner.close()


@contextmanager
def conforming(recorders: Sequence[ConformanceRecorder]) -> Iterator[None]:
    """Fails the test (at teardown) with every response caused meanwhile
    that does not match its spec."""
    for recorder in recorders:
        recorder.take()
    yield
    violations = [v for recorder in recorders for v in recorder.take()]
    if violations:
        pytest.fail(
            "responses that do not match the committed spec:\n  "
            + "\n  ".join(str(v) for v in violations),
            pytrace=False,
        )
