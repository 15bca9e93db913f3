"""Requests judged by the committed spec, and any operation answered from it.

:class:`RequestCheck` tells what the spec says of one request: the operation
its method and path belong to, and every way in which its path parameters,
its query and its body break that operation's contract. :class:`SpecAnswerer`
serves a whole mock server with it: each request is checked and recorded, and
answered with an example of the operation's documented success, so that a
call made of several requests can complete.

This is stricter than the specs in one place only: integers must fit in 64
bits. The specs do not say so (no ``format: int64``), but the servers' SQL
databases do, and the 4.15.2 server answered larger ones with a 500 (issue 16).
The page number is the exception: no database sees it, only the offset that
the server computes from it (which the SDK bounds before sending).

The example answers are the spec's (``SpecMock.example``), made a little more
like a server's, so that a call can go on with them: a list asked for by
``ids`` answers one item per id asked for, an item asked for by its id has
that id, and run data (``input``, ``arguments``, ``result``) is base64 of
``{}``, as the SDK's payloads are, rather than the example's ``"text"``.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from openapi_schema_validator import OAS31Validator
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response
from werkzeug.datastructures import MultiDict

from tests.conformance import Spec, _qualify
from tests.contract.spec_mock import SpecMock

INT64 = range(-(2**63), 2**63)
# query parameters whose value no database sees (see the module docstring)
NOT_STORED = frozenset({"page"})
# base64 of the JSON ``{}``: run data the SDK can read (4.x runs carry it as
# ``input`` and ``result``, HQ's as ``arguments`` and ``result``)
EMPTY_PAYLOAD = "e30="
PAYLOAD_FIELDS = frozenset({"input", "arguments", "result"})


@dataclasses.dataclass(frozen=True)
class CheckedRequest:
    """One request as the mock server saw it, and what the spec says of it."""

    method: str
    path: str
    query: str
    operation_id: str | None
    problems: tuple[str, ...]

    def __str__(self) -> str:
        query = f"?{self.query[:200]}" if self.query else ""
        said = "; ".join(self.problems) if self.problems else "valid"
        return (
            f"{self.method} {self.path}{query} "
            f"({self.operation_id or 'no operation'}): {said}"
        )


@dataclasses.dataclass(frozen=True)
class _Route:
    """An operation as requests reach it: its parameters and body by place."""

    operation_id: str
    method: str
    pattern: re.Pattern[str]
    path: dict[str, Any]
    query: dict[str, Any]
    required_query: frozenset[str]
    body: dict[str, Any] | None
    body_required: bool


class RequestCheck:
    """What one API's spec says of the requests sent to it."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.routes: list[_Route] = []
        for template, item in spec.document["paths"].items():
            shared = item.get("parameters", [])
            for method, operation in item.items():
                if method == "parameters":
                    continue
                self.routes.append(self._route(template, method, operation, shared))
        # literal segments win over parameters: /blobstream/status, not /{id}
        self.routes.sort(key=lambda route: route.pattern.pattern.count("(?P<"))

    def _route(
        self,
        template: str,
        method: str,
        operation: dict[str, Any],
        shared: list[Any],
    ) -> _Route:
        parameters = [
            self._resolved(p) for p in [*shared, *operation.get("parameters", [])]
        ]
        by_place: dict[str, dict[str, Any]] = {"path": {}, "query": {}}
        for parameter in parameters:
            if parameter["in"] in by_place:
                by_place[parameter["in"]][parameter["name"]] = parameter
        regex = re.sub(
            r"\\\{([^/]+?)\\\}",
            lambda found: f"(?P<{_group(found.group(1))}>[^/]+)",
            re.escape(template),
        )
        request_body = operation.get("requestBody")
        return _Route(
            operation_id=operation["operationId"],
            method=method.upper(),
            pattern=re.compile(f"^{regex}$"),
            path=by_place["path"],
            query=by_place["query"],
            required_query=frozenset(
                name for name, p in by_place["query"].items() if p.get("required")
            ),
            body=(request_body or {}).get("content"),
            body_required=bool((request_body or {}).get("required")),
        )

    def _resolved(self, parameter: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in parameter:
            name = parameter["$ref"].rsplit("/", 1)[-1]
            parameter = self.spec.document["components"]["parameters"][name]
        return parameter

    def route(self, method: str, path: str) -> tuple[_Route, dict[str, str]] | None:
        """The operation ``method path`` belongs to (``path`` relative to the
        API root), and its path parameters' values as sent."""
        for route in self.routes:
            if route.method != method:
                continue
            found = route.pattern.match(path)
            if found:
                values = (
                    {name: found.group(_group(name)) for name in route.path}
                    if route.path
                    else {}
                )
                return route, values
        return None

    def problems(
        self,
        route: _Route,
        path_values: Mapping[str, str],
        query: MultiDict[str, str],
        content_type: str,
        body: bytes,
    ) -> list[str]:
        """Every way in which this request breaks ``route``'s contract."""
        found: list[str] = []
        for name, value in path_values.items():
            found += self._parameter(f"path {name}", route.path[name], [value])
        for name in sorted(set(query.keys())):
            parameter = route.query.get(name)
            if parameter is None:
                found.append(f"query {name}: not a parameter of this operation")
                continue
            found += self._parameter(
                f"query {name}",
                parameter,
                query.getlist(name),
                wide_ints=name in NOT_STORED,
            )
        for name in sorted(route.required_query - set(query.keys())):
            found.append(f"query {name}: required, not sent")
        return found + self._body(route, content_type, body)

    def _parameter(
        self,
        where: str,
        parameter: dict[str, Any],
        values: list[str],
        *,
        wide_ints: bool = False,
    ) -> list[str]:
        schema = parameter.get("schema", {})
        value: Any
        if schema.get("type") == "array":
            items = schema.get("items", {})
            kind = items.get("type")
            value = [_parse(v, items) for v in values]
            unparsable = [
                text
                for text, parsed in zip(values, value, strict=True)
                if isinstance(parsed, _Unparsable)
            ]
        elif len(values) > 1:
            return [f"{where}: sent {len(values)} times, takes one value"]
        else:
            kind = schema.get("type")
            value = _parse(values[0], schema)
            unparsable = values if isinstance(value, _Unparsable) else []
        if unparsable:
            return [f"{where}: {unparsable!r} is not of type {kind}"]
        return [
            f"{where}: {p}" for p in self.validate(schema, value, wide_ints=wide_ints)
        ]

    def _body(self, route: _Route, content_type: str, body: bytes) -> list[str]:
        if route.body is None:
            return ["body: this operation takes none"] if body else []
        if not body:
            return ["body: required, not sent"] if route.body_required else []
        media_type = content_type.split(";", maxsplit=1)[0].strip()
        if media_type not in route.body:
            return [f"body: {media_type or 'no content type'} is not documented"]
        if media_type != "application/json":
            return []  # a stream of bytes: nothing to validate
        try:
            value = json.loads(body)
        except ValueError:
            return [f"body: not JSON: {body[:80]!r}"]
        schema = route.body[media_type].get("schema", {})
        return [f"body.{p}" for p in self.validate(schema, value)]

    def validate(
        self, schema: Any, value: Any, *, wide_ints: bool = False
    ) -> list[str]:
        """``value``'s problems with ``schema``, formats included, and every
        integer in it that is wider than 64 bits (unless ``wide_ints``)."""
        validator = _validator(self.spec, json.dumps(schema, sort_keys=True))
        found = []
        for error in sorted(validator.iter_errors(value), key=lambda e: list(e.path)):
            where = ".".join(str(part) for part in error.absolute_path) or "(value)"
            found.append(f"{where}: {error.message[:200]}")
        if wide_ints:
            return found
        return found + [
            f"{where}: {number} does not fit in 64 bits (the servers' databases)"
            for where, number in _wide_integers(value, "")
        ]


@functools.cache
def _validator(spec: Spec, schema: str) -> OAS31Validator:
    return OAS31Validator(
        _qualify(json.loads(schema)),
        registry=spec.registry,
        format_checker=OAS31Validator.FORMAT_CHECKER,
    )


def _group(name: str) -> str:
    """A path parameter's name as a regex group name."""
    return "p_" + re.sub(r"\W", "_", name)


class _Unparsable:
    """A parameter's text that is not of its schema's type."""


def _parse(text: str, schema: dict[str, Any]) -> Any:
    """A parameter's text as its schema's type reads it (form style)."""
    kind = schema.get("type")
    if kind == "integer":
        return int(text) if re.fullmatch(r"-?[0-9]+", text) else _Unparsable()
    if kind == "number":
        try:
            return float(text)
        except ValueError:
            return _Unparsable()
    if kind == "boolean":
        # what the generated bindings send for True and False
        return {"true": True, "false": False}.get(text, _Unparsable())
    return text


def _wide_integers(value: Any, where: str) -> list[tuple[str, int]]:
    if isinstance(value, bool):
        return []
    if isinstance(value, int):
        return [] if value in INT64 else [(where or "(value)", value)]
    if isinstance(value, dict):
        return [
            found
            for key, item in value.items()
            for found in _wide_integers(item, f"{where}.{key}".lstrip("."))
        ]
    if isinstance(value, list):
        return [
            found
            for index, item in enumerate(value)
            for found in _wide_integers(item, f"{where}.{index}".lstrip("."))
        ]
    return []


@functools.cache
def load_spec(path: Path) -> Spec:
    """A committed spec, read once per test session."""
    return Spec.load(path)


@functools.cache
def request_check(path: Path) -> RequestCheck:
    return RequestCheck(load_spec(path))


class SpecAnswerer:
    """A mock server that checks every request against its API's spec and
    answers it with an example of the documented success.

    ``mounts`` maps where each API is rooted on the mock server (``"/api"``,
    ``"/store/api"``) to its spec's path; the longest root that prefixes a
    request's path is its API. ``answers`` changes the example answer of an
    operation: its fields are set over the example's (an algorithm store's
    ``url``, pointing back at the mock server). Every request is recorded in
    :attr:`seen`, valid or not; a request that matches no operation is
    answered 404.
    """

    def __init__(
        self,
        httpserver: HTTPServer,
        mounts: Mapping[str, Path],
        answers: Mapping[str, Callable[[], dict[str, Any]]] | None = None,
    ) -> None:
        self.mounts = sorted(
            ((root, request_check(path)) for root, path in mounts.items()),
            key=lambda mount: -len(mount[0]),
        )
        self.answers = dict(answers or {})
        self.seen: list[CheckedRequest] = []
        self._lock = threading.Lock()
        httpserver.expect_request(re.compile(".*")).respond_with_handler(self.answer)

    def answer(self, request: Request) -> Response:
        root, check = next(
            (
                (root, check)
                for root, check in self.mounts
                if request.path == root or request.path.startswith(root + "/")
            ),
            ("", None),
        )
        query = request.query_string.decode("latin-1")
        routed = (
            check.route(request.method, request.path.removeprefix(root))
            if check is not None
            else None
        )
        if check is None or routed is None:
            self._record(
                CheckedRequest(
                    request.method, request.path, query, None, ("no operation matches",)
                )
            )
            return Response(json.dumps({"msg": "no such operation"}), 404)
        route, path_values = routed
        problems = check.problems(
            route,
            path_values,
            request.args,
            request.content_type or "",
            request.get_data(),
        )
        self._record(
            CheckedRequest(
                request.method, request.path, query, route.operation_id, tuple(problems)
            )
        )
        return self._example_answer(check.spec, route, path_values, request.args)

    def _example_answer(
        self,
        spec: Spec,
        route: _Route,
        path_values: Mapping[str, str],
        query: MultiDict[str, str],
    ) -> Response:
        operation_id = route.operation_id
        operation = next(
            op for op in spec.operations if op.operation_id == operation_id
        )
        status = int(next(s for s in operation.responses if s.startswith("2")))
        documented = spec.schema_for(operation, status)
        media_type, schema = documented if documented is not None else ("", None)
        if schema is None:
            return Response(b"", status)
        if media_type != "application/json":
            return Response(b"a blob", status, content_type=media_type)
        body = _readable_payloads(_examples(spec).example(schema))
        if isinstance(body, dict):
            if "id" in body and path_values.get("id", "").isdigit():
                body["id"] = int(path_values["id"])
            asked = [int(i) for i in query.getlist("ids") if i.isdigit()]
            if asked and isinstance(body.get("data"), list) and body["data"]:
                item = body["data"][0]
                body["data"] = [{**item, "id": i} for i in dict.fromkeys(asked)]
            if operation_id in self.answers:
                body.update(self.answers[operation_id]())
        return Response(json.dumps(body), status, content_type="application/json")

    def _record(self, checked: CheckedRequest) -> None:
        with self._lock:
            self.seen.append(checked)

    def take(self) -> list[CheckedRequest]:
        """The requests seen since the last ``take``."""
        with self._lock:
            taken, self.seen = self.seen, []
        return taken


def _readable_payloads(value: Any) -> Any:
    """``value`` with the run data in it readable."""
    if isinstance(value, dict):
        return {
            key: (
                EMPTY_PAYLOAD
                if key in PAYLOAD_FIELDS and isinstance(item, str)
                else _readable_payloads(item)
            )
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_readable_payloads(item) for item in value]
    return value


@functools.cache
def _examples(spec: Spec) -> SpecMock:
    """SpecMock's example maker (it needs no server to make examples)."""
    return SpecMock(None, spec)  # type: ignore[arg-type]
