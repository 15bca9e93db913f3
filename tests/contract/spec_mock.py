"""A server mocked from the committed spec: mocks cannot drift from the contract.

``SpecMock.expect("task_get", path={"id": 7})`` looks the operation up in the
spec, arms pytest-httpserver with its method and path, and answers with a
body that must validate against that operation's response schema (by default
an example made from the schema). A hand-written body that does not match the
contract fails the test before the client sees it.
"""

from __future__ import annotations

import json
from typing import Any

from pytest_httpserver import HTTPServer, RequestHandler

from tests.conformance import API_PREFIX, Spec

EXAMPLE: Any = object()  # "make an example body from the schema"


class SpecMock:
    def __init__(self, httpserver: HTTPServer, spec: Spec) -> None:
        self.httpserver = httpserver
        self.spec = spec
        self.by_id = {op.operation_id: op for op in spec.operations}

    def expect(
        self,
        operation_id: str,
        *,
        path: dict[str, Any] | None = None,
        query: dict[str, Any] | str | None = None,
        json_body: Any = None,
        status: int | None = None,
        body: Any = EXAMPLE,
        headers: dict[str, str] | None = None,
    ) -> RequestHandler:
        """Arm the mock server for one call of ``operation_id``.

        Parameters
        ----------
        path : dict
            Values of the path parameters.
        query : dict | str | None
            The exact query the client must send (None: not checked).
        json_body : Any
            The exact JSON body the client must send (None: not checked).
        status : int | None
            The status to answer; default: the documented success.
        body : Any
            The answer; default: an example valid for the schema.
        """
        operation = self.by_id[operation_id]
        if status is None:
            status = int(next(s for s in operation.responses if s.startswith("2")))
        documented = self.spec.schema_for(operation, status)
        assert documented is not None, f"{operation_id} does not document HTTP {status}"
        media_type, schema = documented
        if body is EXAMPLE:
            body = self.example(schema)
        if schema is not None and media_type == "application/json":
            problems = self.spec.problems(schema, body)
            assert not problems, (
                f"mock answer for {operation_id} (HTTP {status}) breaks the spec: "
                f"{problems}"
            )
        uri = API_PREFIX + operation.template.format(**(path or {}))
        matchers: dict[str, Any] = {"method": operation.method}
        if query is not None:
            # a dict is compared as a mapping (order free); repeated keys need
            # the exact string
            matchers["query_string"] = (
                query
                if isinstance(query, str)
                else {k: str(v) for k, v in query.items()}
            )
        if json_body is not None:
            matchers["json"] = json_body
        handler = self.httpserver.expect_ordered_request(uri, **matchers)
        if media_type == "application/octet-stream":
            handler.respond_with_data(body, status=status, content_type=media_type)
        else:
            handler.respond_with_data(
                json.dumps(body),
                status=status,
                headers=headers,
                content_type="application/json",
            )
        return handler

    # -- examples ------------------------------------------------------------
    def example(self, schema: Any) -> Any:
        """A small instance of ``schema``: required fields, one item per array."""
        return self._example(schema, depth=0)

    def _example(self, schema: Any, depth: int) -> Any:
        if not isinstance(schema, dict):
            return None
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            return self._example(
                self.spec.document["components"]["schemas"][name], depth
            )
        for key in ("anyOf", "oneOf"):
            if key in schema:
                options = [s for s in schema[key] if s.get("type") != "null"]
                return self._example(options[0], depth)
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                value = self._example(part, depth)
                if isinstance(value, dict):
                    merged.update(value)
            return merged
        if "enum" in schema:
            return next(v for v in schema["enum"] if v is not None)
        kind = schema.get("type", "object")
        if isinstance(kind, list):
            kind = next(k for k in kind if k != "null")
        if kind == "object":
            properties = schema.get("properties", {})
            return {
                name: self._example(properties[name], depth + 1)
                for name in schema.get("required", [])
            }
        if kind == "array":
            return (
                [] if depth > 3 else [self._example(schema.get("items", {}), depth + 1)]
            )
        if kind == "string":
            return (
                "2024-05-01T12:00:00.000001"
                if schema.get("format") == "date-time"
                else "text"
            )
        return {"integer": 1, "number": 1.5, "boolean": False}.get(kind)
