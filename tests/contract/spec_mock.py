"""A server mocked from the committed spec: mocks cannot drift from the contract.

``SpecMock.expect("task_get", path={"id": 7})`` looks the operation up in the
spec, arms pytest-httpserver with its method and path, and answers with a
body that must validate against that operation's response schema (by default
an example made from the schema), formats included (``tests.conformance``'s
format checker: a ``date-time`` needs its offset, a ``date-time-local`` has
none). A hand-written body that does not match the contract fails the test
before the client sees it.

Each expectation is ordered and strict: the request must have exactly the
query (none unless ``query=`` is given) and the JSON body (none unless
``json_body=`` is given); ``ANY`` leaves either unchecked, for what the test
checks otherwise. An expectation that no request met fails the test too
(``never_requested``, checked by ``conftest.py`` after each test).
"""

from __future__ import annotations

import json
from typing import Any

from pytest_httpserver import HTTPServer, RequestHandler
from werkzeug.datastructures import MultiDict

from tests.conformance import API_PREFIX, Spec

EXAMPLE: Any = object()  # "make an example body from the schema"


class _Any:
    def __repr__(self) -> str:
        return "ANY"


ANY: Any = _Any()  # "not checked here": for a query or body the test reads itself


class SpecMock:
    def __init__(self, httpserver: HTTPServer, spec: Spec) -> None:
        self.httpserver = httpserver
        self.spec = spec
        self.by_id = {op.operation_id: op for op in spec.operations}
        self.armed: list[tuple[str, RequestHandler]] = []

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
            The exact query the client must send: a dict (order free; a list
            value is a key sent once per item, in that order), or the exact
            string. None: no query at all; ``ANY``: not checked.
        json_body : Any
            The exact JSON body the client must send. None: no body at all;
            ``ANY``: not checked.
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
        if query is None:
            matchers["query_string"] = ""
        elif query is not ANY:
            matchers["query_string"] = (
                query if isinstance(query, str) else _multidict(query)
            )
        if json_body is None:
            matchers["data"] = b""
        elif json_body is not ANY:
            matchers["json"] = json_body
        handler = self.httpserver.expect_ordered_request(uri, **matchers)
        self.armed.append((f"{operation_id} ({operation.method} {uri})", handler))
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

    def never_requested(self) -> list[str]:
        """The calls armed with :meth:`expect` that no request has met."""
        waiting = self.httpserver.ordered_handlers
        return [
            call
            for call, handler in self.armed
            if any(handler is left for left in waiting)
        ]

    # -- examples ------------------------------------------------------------
    def model(self, schema_name: str, /, **changes: Any) -> Any:
        """An example of the spec's schema ``schema_name``, ``changes`` made."""
        made = self.example(self.spec.document["components"]["schemas"][schema_name])
        made.update(changes)
        return made

    def page(self, schema_name: str, /, **changes: Any) -> Any:
        """An example of the page schema ``schema_name``, ``changes`` made to
        its one item."""
        made = self.model(schema_name)
        made["data"][0].update(changes)
        return made

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
            return _FORMAT_EXAMPLES.get(schema.get("format"), "text")
        return {"integer": 1, "number": 1.5, "boolean": False}.get(kind)


# one valid text for each string format the specs use
_FORMAT_EXAMPLES = {
    "date-time": "2024-05-01T12:00:00.000001+00:00",
    "date-time-local": "2024-05-01T12:00:00.000001",  # the servers' timestamps
    "date": "2024-05-01",
    "email": "someone@example.org",
    "url": "https://example.org",
}


def _multidict(query: dict[str, Any]) -> MultiDict[str, str]:
    """Every key with every value: a key sent twice does not match one value."""
    pairs = []
    for key, value in query.items():
        for item in value if isinstance(value, list) else [value]:
            pairs.append((key, str(item)))
    return MultiDict(pairs)
