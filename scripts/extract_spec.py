"""Extract the OpenAPI contract of vantage6-server (or its algorithm store).

vantage6-server 4.x no longer serves an OpenAPI document, but each resource method
still carries an OpenAPI operation as YAML after ``---`` in its docstring, and the
marshmallow schemas in ``resource/common/{input,output}_schema.py`` describe the
bodies. This script builds the Flask app in-process (throw-away SQLite file, no
listening socket), walks every registered route and method, and assembles one
OpenAPI 3.0 document from:

1. the docstring fragments, repaired by the rules in ``normalise_*`` below;
2. component schemas converted from the marshmallow schemas (apispec);
3. facts read from the handlers themselves: which client types may call them
   (the ``only_for`` decorator) and which input schema validates their body;
4. our reviewed corrections in ``openapi/overrides.yaml``.

The algorithm store (``--target store``) is built the same way from the
vantage6-algorithm-store package. It must run inside the server's virtualenv
(``make spec``), on Python 3.10. The output is sorted and stable: the same
package gives the same bytes.
"""

from __future__ import annotations

import argparse
import copy
import importlib
import inspect
import json
import logging
import os
import re
import sys
import tempfile
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin
from apispec.yaml_utils import load_yaml_from_docstring
from marshmallow import Schema, fields

ROOT = Path(__file__).resolve().parent.parent
VERSION = "4.15.2"
HQ_VERSION = "5.0.3"
API_PREFIX = "/api"
HTTP_METHODS = ("get", "post", "patch", "put", "delete")


@dataclass(frozen=True)
class Target:
    """One API to extract: where its code lives and where its spec goes."""

    name: str
    title: str
    package: str  # its run_server() (or run_hq()) builds the app
    resources: str  # the modules holding the resources
    input_schema_modules: tuple[str, ...]
    output_schema_module: str
    overrides: Path
    output: Path
    # how a client authenticates; see security_of()
    security_schemes: dict[str, Any]
    default_security: list[dict[str, list[str]]]
    version: str = VERSION
    app_factory: str = "run_server"


TARGETS = {
    "server": Target(
        name="server",
        title="vantage6 server API",
        package="vantage6.server",
        resources="vantage6.server.resource.",
        input_schema_modules=(
            "vantage6.server.resource.common.input_schema",
            "vantage6.backend.common.resource.input_schema",
        ),
        output_schema_module="vantage6.server.resource.common.output_schema",
        overrides=ROOT / "openapi" / "overrides.yaml",
        output=ROOT / "openapi" / f"vantage6-server-{VERSION}.json",
        security_schemes={
            "bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
        },
        default_security=[{"bearerAuth": []}],
    ),
    "store": Target(
        name="store",
        title="vantage6 algorithm store API",
        package="vantage6.algorithm.store",
        resources="vantage6.algorithm.store.resource",
        input_schema_modules=(
            "vantage6.algorithm.store.resource.schema.input_schema",
            "vantage6.backend.common.resource.input_schema",
        ),
        output_schema_module="vantage6.algorithm.store.resource.schema.output_schema",
        overrides=ROOT / "openapi" / "store-overrides.yaml",
        output=ROOT / "openapi" / f"vantage6-algorithm-store-{VERSION}.json",
        security_schemes={
            "bearerAuth": {
                "type": "http",
                "scheme": "bearer",
                "bearerFormat": "JWT",
                "description": "The user's (or node's) token from its vantage6 server",
            },
            "serverUrl": {
                "type": "apiKey",
                "in": "header",
                "name": "Server-Url",
                "description": "API URL of the vantage6 server that issued the token; "
                "the store must have it whitelisted",
            },
        },
        default_security=[{"bearerAuth": [], "serverUrl": []}],
    ),
    # vantage6 5.x's server. Building its app fetches the realm's public key
    # from Keycloak: run it with the KEYCLOAK_* variables of a running one
    # (`make spec` starts one: python -m vantage6_client.testing.keycloak).
    "hq": Target(
        name="hq",
        title="vantage6 HQ API",
        package="vantage6.hq",
        resources="vantage6.hq.resource.",
        input_schema_modules=(
            "vantage6.hq.resource.common.input_schema",
            "vantage6.backend.common.resource.input_schema",
        ),
        output_schema_module="vantage6.hq.resource.common.output_schema",
        overrides=ROOT / "openapi" / "hq-overrides.yaml",
        output=ROOT / "openapi" / f"vantage6-hq-{HQ_VERSION}.json",
        security_schemes={
            "bearerAuth": {
                "type": "http",
                "scheme": "bearer",
                "bearerFormat": "JWT",
                "description": "An access token from Keycloak (users: the public "
                "client; nodes: their own client), or one HQ made for an "
                "algorithm container",
            }
        },
        default_security=[{"bearerAuth": []}],
        version=HQ_VERSION,
        app_factory="run_hq",
    ),
    # vantage6 5.x's algorithm store. It checks Keycloak's tokens itself, so
    # its app fetches the realm's public key as it is built, as HQ's does.
    "store5": Target(
        name="store5",
        title="vantage6 algorithm store API (5.x)",
        package="vantage6.algorithm.store",
        resources="vantage6.algorithm.store.resource",
        input_schema_modules=(
            "vantage6.algorithm.store.resource.schema.input_schema",
            "vantage6.backend.common.resource.input_schema",
        ),
        output_schema_module="vantage6.algorithm.store.resource.schema.output_schema",
        overrides=ROOT / "openapi" / "store5-overrides.yaml",
        output=ROOT / "openapi" / f"vantage6-algorithm-store-{HQ_VERSION}.json",
        security_schemes={
            "bearerAuth": {
                "type": "http",
                "scheme": "bearer",
                "bearerFormat": "JWT",
                "description": "An access token from the Keycloak realm the store "
                "trusts (the one its HQ uses): a user's, of a user registered at "
                "the store, or a node's where nodes may read",
            }
        },
        default_security=[{"bearerAuth": []}],
        version=HQ_VERSION,
        app_factory="run_store",
    ),
}

# Routes Flask registers for its own purposes; they are not part of the API.
EXCLUDED_ENDPOINTS = {"static", "static_from_root"}

Json = dict[str, Any]


class SpecError(Exception):
    """The sources and the overrides do not add up to a complete, consistent spec."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", choices=sorted(TARGETS), default="server")
    parser.add_argument("--output", type=Path, help="default: the committed file")
    parser.add_argument("--overrides", type=Path, help="default: the committed file")
    parser.add_argument(
        "--list-operations",
        action="store_true",
        help="print the app's registered 'METHOD /path' pairs as JSON and exit",
    )
    args = parser.parse_args(argv)
    target = TARGETS[args.target]
    output = args.output or target.output

    with tempfile.TemporaryDirectory(prefix="v6-spec-") as workdir:
        app = build_app(target, Path(workdir))
        operations = list(registered_operations(app))
        if args.list_operations:
            print(json.dumps(sorted(op.key for op in operations), indent=1))
            return 0
        overrides = yaml.safe_load((args.overrides or target.overrides).read_text())
        try:
            spec = assemble(target, app, operations, overrides)
        except SpecError as exc:
            print(f"extract_spec: {exc}", file=sys.stderr)
            return 1

    output.write_text(json.dumps(spec, indent=2, sort_keys=True) + "\n")
    print(f"wrote {output}: {len(operations)} operations")
    return 0


# --------------------------------------------------------------------------
# The app and its routes
# --------------------------------------------------------------------------
def build_app(target: Target, workdir: Path) -> Any:
    """Build the target's Flask app on a throw-away SQLite file in ``workdir``."""
    config: Json = {
        "description": "spec extraction",
        "ip": "127.0.0.1",
        "port": 0,
        "api_path": API_PREFIX,
        "uri": f"sqlite:///{workdir / 'spec.sqlite'}",
        "allow_drop_all": True,
        "jwt_secret_key": "spec-extraction",
        "logging": {
            "level": "ERROR",
            "use_console": False,
            "backup_count": 1,
            "max_size": 1024,
            "format": "%(message)s",
            "datefmt": "%H:%M:%S",
            "file": "server.log",
        },
        # /.dockerenv exists on CI machines: without explicit directories the
        # server would pick its in-container defaults.
        "directories": {"log": str(workdir / "log"), "data": str(workdir / "data")},
    }
    if target.name == "hq":  # the flat configuration HQ's container reads
        config.update(
            {"hq_url": f"http://127.0.0.1{API_PREFIX}", "algorithm_stores": []}
        )
        config["logging"]["loggers"] = []
    if target.name == "store5":  # the flat configuration of the store's chart
        config["base_url"] = "http://127.0.0.1"
        config["logging"]["loggers"] = []
    config_file = workdir / "config.yaml"
    config_file.write_text(yaml.safe_dump(config))

    make_app = getattr(importlib.import_module(target.package), target.app_factory)
    server_app = make_app(str(config_file), system_folders=False)
    logging.disable(logging.CRITICAL)  # the app configured verbose handlers
    return server_app.app


@dataclass(frozen=True)
class RouteOperation:
    """One registered route + method, and the handler that serves it."""

    method: str  # lower case
    path: str  # OpenAPI form, relative to API_PREFIX: /task/{id}
    path_params: tuple[tuple[str, str], ...]  # (name, werkzeug converter)
    handler: Callable[..., Any] | None  # None: registered but not implemented

    @property
    def key(self) -> str:
        return f"{self.method.upper()} {self.path}"


_RULE_PARAM = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")


def registered_operations(app: Any) -> Iterator[RouteOperation]:
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: r.rule):
        if rule.endpoint in EXCLUDED_ENDPOINTS:
            continue
        if not rule.rule.startswith(API_PREFIX + "/"):
            raise SpecError(f"route outside {API_PREFIX}: {rule.rule}")
        path = _RULE_PARAM.sub(r"{\g<name>}", rule.rule[len(API_PREFIX) :])
        params = tuple(
            (m["name"], m["converter"] or "default")
            for m in _RULE_PARAM.finditer(rule.rule)
        )
        view_class = app.view_functions[rule.endpoint].view_class
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            handler = getattr(view_class, method.lower(), None)
            yield RouteOperation(method.lower(), path, params, handler)


# --------------------------------------------------------------------------
# Assembling the document
# --------------------------------------------------------------------------
def assemble(
    target: Target, app: Any, operations: list[RouteOperation], overrides: Json
) -> Json:
    schemas = marshmallow_components(target, app)
    input_schemas = input_schema_instances(target)
    op_overrides: Json = dict(overrides.get("operations") or {})
    paths: Json = {}
    for op in operations:
        override = op_overrides.pop(op.key, None)
        if override is None:
            raise SpecError(f"{op.key}: no entry in overrides (operationId needed)")
        if op.handler is None or not (op.handler.__doc__ or "").strip():
            if "operation" not in override:
                raise SpecError(
                    f"{op.key}: no handler docstring; the override must give the "
                    "whole 'operation' and a 'reason'"
                )
            operation = copy.deepcopy(override["operation"])
        else:
            operation = docstring_operation(op.handler)
            normalise_operation(op, operation)
            body_schema = handler_input_schema(op, input_schemas)
            if body_schema:
                adopt_input_schema(operation, *body_schema, schemas)
        apply_security(target, op, operation)
        apply_operation_override(op, operation, override, schemas)
        paths.setdefault(op.path, {})[op.method] = operation
    if op_overrides:
        raise SpecError(f"overrides for routes the app lacks: {sorted(op_overrides)}")

    for name, patch in (overrides.get("schemas") or {}).items():
        if name in schemas:
            deep_merge(schemas[name], patch)
        else:
            schemas[name] = patch
    schemas = {name: schemas[name] for name in referenced_schemas(paths, schemas)}

    spec: Json = {
        "openapi": "3.1.0",
        "info": {
            "title": target.title,
            "version": target.version,
            "description": overrides["info"]["description"],
        },
        "servers": [{"url": API_PREFIX}],
        "security": target.default_security,
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": target.security_schemes,
        },
    }
    spec["paths"] = to_openapi_31(spec["paths"])
    spec["components"]["schemas"] = to_openapi_31(spec["components"]["schemas"])
    check_complete(spec)
    return spec


def docstring_operation(handler: Callable[..., Any]) -> Json:
    doc = inspect.getdoc(handler) or ""
    operation = load_yaml_from_docstring(doc)
    summary = doc.split("---", 1)[0].strip().splitlines()
    if summary and summary[0].strip():
        operation.setdefault("summary", summary[0].strip())
    return operation


# --------------------------------------------------------------------------
# Normalisation: rules for the defects the docstrings are known to have
# --------------------------------------------------------------------------
# Type names the docstrings use that are Python's or free text, not OpenAPI's.
_TYPE_FIXES: dict[str, Json] = {
    "int": {"type": "integer"},
    "str": {"type": "string"},
    "dict": {"type": "object"},
    "bool": {"type": "boolean"},
    "list": {"type": "array"},
    "float": {"type": "number"},
    # compared as text with the stored timestamp: not parsed as a date
    "date (yyyy-mm-dd)": {"type": "string"},
    "string (can be multiple)": {"type": "array", "items": {"type": "string"}},
}
_OPENAPI_TYPES = {"integer", "number", "string", "boolean", "array", "object"}
# Keywords that belong in a parameter's schema but stand on the parameter itself.
_SCHEMA_KEYWORDS = {
    "type",
    "format",
    "items",
    "enum",
    "default",
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
    "pattern",
}
_CONVERTER_SCHEMAS: dict[str, Json] = {
    "int": {"type": "integer"},
    "string": {"type": "string"},
    "default": {"type": "string"},
}


def normalise_operation(op: RouteOperation, operation: Json) -> None:
    operation.pop("security", None)  # derived from the handler: apply_security
    if "description" in operation:
        operation["description"] = clean_text(operation["description"])
    operation["parameters"] = normalise_parameters(op, operation.get("parameters"))
    if not operation["parameters"]:
        del operation["parameters"]
    if "requestBody" in operation:
        normalise_request_body(operation["requestBody"])
    operation["responses"] = {
        str(status): normalise_response(response)
        for status, response in (operation.get("responses") or {}).items()
    }


def clean_text(text: str) -> str:
    r"""Docstrings write '\n' inside folded YAML: make those real line breaks."""
    lines = str(text).replace("\\n", "\n").splitlines()
    return "\n".join(line.strip() for line in lines).strip()


def normalise_parameters(
    op: RouteOperation, documented: list[Json] | None
) -> list[Json]:
    params = [normalise_parameter(p) for p in documented or []]
    url_names = [name for name, _ in op.path_params]

    path_docs = [p for p in params if p["in"] == "path"]
    matched = {p["name"] for p in path_docs if p["name"] in url_names}
    unmatched_docs = [p for p in path_docs if p["name"] not in url_names]
    result: list[Json] = []
    for name, converter in op.path_params:
        if name in matched:
            doc = next(p for p in path_docs if p["name"] == name)
        elif unmatched_docs:
            # Documented under another name than the URL's ({id} vs {task_id}).
            doc = unmatched_docs.pop(0)
            doc["name"] = name
        else:
            doc = {"name": name, "in": "path"}
        doc["required"] = True
        doc["schema"] = dict(_CONVERTER_SCHEMAS[converter], **_constraints(doc))
        result.append(doc)
    # Whatever still claims to be in the path is a query parameter.
    for p in unmatched_docs:
        p["in"] = "query"
        p.pop("required", None)
    seen = {(p["name"], p["in"]) for p in result}
    for p in params:
        if p["in"] != "path" and (p["name"], p["in"]) not in seen:
            seen.add((p["name"], p["in"]))
            result.append(p)
    return result


def _constraints(param: Json) -> Json:
    schema = param.get("schema") or {}
    return {k: v for k, v in schema.items() if k in ("minimum", "maximum")}


_PARAMETER_KEYS = {"name", "in", "description", "required", "schema", "deprecated"}


def normalise_parameter(param: Json) -> Json:
    param = dict(param)
    if "name" not in param:  # seen: '- comment: str' with 'in: query' below it
        [odd] = set(param) - _PARAMETER_KEYS - _SCHEMA_KEYWORDS
        param["name"], param["type"] = odd, param.pop(odd)
    schema = dict(param.get("schema") or {})
    for keyword in _SCHEMA_KEYWORDS & param.keys():
        schema.setdefault(keyword, param.pop(keyword))
    if "required" in param and not isinstance(param["required"], bool):
        param["required"] = True  # seen: 'required: tr'
    if "description" in param:
        param["description"] = clean_text(param["description"])
    schema = normalise_schema(schema) if schema else {"type": "string"}
    if schema.get("type") == "array" and param["in"] == "query":
        schema["items"] = schema.get("items") or {"type": "string"}
    param["schema"] = schema
    return param


def normalise_schema(schema: Any) -> Json:
    """Repair one schema (and what it nests) written by hand in a docstring."""
    if not isinstance(schema, dict):  # seen: 'schema:' left empty
        return {}
    schema = dict(schema)
    declared = schema.get("type")
    if isinstance(declared, str) and "|" in declared:  # seen: 'string | int | float'
        del schema["type"]
        names = [name.strip() for name in declared.split("|")]
        schema["anyOf"] = [_fixed_type(name) for name in names if name != "None"]
        if "None" in names:
            schema["nullable"] = True
    elif isinstance(declared, str) and declared not in _OPENAPI_TYPES:
        schema = {
            **_fixed_type(declared),
            **{k: v for k, v in schema.items() if k != "type"},
        }
    if "properties" in schema:
        schema["properties"] = {
            name: normalise_schema(sub) for name, sub in schema["properties"].items()
        }
        schema.setdefault("type", "object")
    if schema.get("type") == "array":
        schema["items"] = normalise_schema(schema.get("items"))
    if "description" in schema:
        schema["description"] = clean_text(schema["description"])
    return schema


def _fixed_type(name: str) -> Json:
    if name in _OPENAPI_TYPES:
        return {"type": name}
    if name not in _TYPE_FIXES:
        raise SpecError(f"unknown schema type {name!r}")
    return dict(_TYPE_FIXES[name])


def normalise_request_body(body: Json) -> None:
    if "description" in body:
        body["description"] = clean_text(body["description"])
    content = body.get("content")
    if isinstance(content, str):  # seen: 'content: application/octet-stream'
        body["content"] = {content: {}}
    for media_type, media in body["content"].items():
        if media_type == "application/octet-stream":
            media["schema"] = {"type": "string", "format": "binary"}
        elif "schema" in media:
            media["schema"] = normalise_schema(media["schema"])


def normalise_response(response: Json) -> Json:
    response = dict(response)
    response["description"] = clean_text(response.get("description") or "")
    for media in (response.get("content") or {}).values():
        if "schema" in media:
            media["schema"] = normalise_schema(media["schema"])
    return response


# --------------------------------------------------------------------------
# Facts read from the handlers
# --------------------------------------------------------------------------
def decorator_chain(handler: Callable[..., Any]) -> Iterator[Callable[..., Any]]:
    fn: Any = handler
    while fn is not None:
        yield fn
        fn = getattr(fn, "__wrapped__", None)


def closure_vars(fn: Callable[..., Any]) -> Json:
    code = getattr(fn, "__code__", None)
    cells = getattr(fn, "__closure__", None) or ()
    if code is None:
        return {}
    return {
        name: cell.cell_contents
        for name, cell in zip(code.co_freevars, cells, strict=True)
    }


def apply_security(target: Target, op: RouteOperation, operation: Json) -> None:
    """Derive authentication from the decorators instead of trusting docstrings."""
    if target.name == "store":
        _store_security(target, op, operation)
    elif target.name == "store5":
        _store5_security(target, op, operation)
    elif target.name == "hq":
        _hq_security(op, operation)
    else:
        _server_security(op, operation)
    if "x-token" in operation:
        _token_refusals(operation)


def _token_refusals(operation: Json) -> None:
    """What flask_jwt_extended answers on every route that wants a token,
    before the handler runs: 401 for a missing or expired one, 422 for one it
    cannot verify (malformed, signed by another key, of the wrong kind).
    Docstrings name the 401 at most."""
    responses = operation.setdefault("responses", {})
    responses.setdefault("401", {"description": "Missing or expired token"})
    responses.setdefault(
        "422",
        {
            "description": "A token that cannot be verified: malformed, signed "
            "by another key, or of the wrong kind"
        },
    )


def _hq_security(op: RouteOperation, operation: Json) -> None:
    """5.x's ``only_for(types)`` checks the token itself (it calls
    ``verify_jwt_in_request``, no ``jwt_required`` wrapper is left to find):
    an access token of one of ``types``; a handler without it is public."""
    for fn in decorator_chain(op.handler) if op.handler else ():
        scope = closure_vars(fn)
        if "types" in scope:
            operation["x-token"] = "access"
            operation["x-client-types"] = sorted(scope["types"])
            return
    operation["security"] = []


def _server_security(op: RouteOperation, operation: Json) -> None:
    """``only_for(types)`` wraps ``jwt_required()``: the bearer token is an access
    token of one of ``types``; ``jwt_required(refresh=True)`` wants the refresh
    token; a handler with neither is public."""
    client_types: list[str] | None = None
    token = None
    for fn in decorator_chain(op.handler) if op.handler else ():
        scope = closure_vars(fn)
        if "types" in scope and client_types is None:
            client_types = sorted(scope["types"])
        if "refresh" in scope and "optional" in scope:  # flask_jwt_extended
            token = "refresh" if scope["refresh"] else "access"
    if token is None:
        operation["security"] = []
        return
    operation["x-token"] = token
    if client_types:
        operation["x-client-types"] = client_types


def _store_security(target: Target, op: RouteOperation, operation: Json) -> None:
    """The store checks the caller's server token with that server.

    ``with_authentication`` and ``with_permission(resource, operation)`` need
    it; ``with_permission_to_view_algorithms`` needs it unless the store's
    policy lets anyone view approved algorithms; other handlers are public.
    (The wrappers copy the handler's name: they are told apart by what they
    call and keep.)
    """
    authenticated = False
    for fn in decorator_chain(op.handler) if op.handler else ():
        scope = closure_vars(fn)
        called = getattr(getattr(fn, "__code__", None), "co_names", ())
        if "allow_node" in scope:
            operation["security"] = [{}, *target.default_security]
            operation["x-permission"] = "algorithm view, unless the policy is public"
            return
        if "resource" in scope and "_authorize_user" in called:
            operation["x-permission"] = (
                f"{scope['resource']} {scope['operation'].value}"
            )
            return
        authenticated = authenticated or "_authenticate_with_server" in called
    if not authenticated:
        operation["security"] = []


def _store5_security(target: Target, op: RouteOperation, operation: Json) -> None:
    """The 5.x store checks Keycloak's tokens itself: its ``_authenticate``
    calls ``verify_jwt_in_request`` and then wants a store user with the
    token's ``sub`` as Keycloak id (no server to ask, no Server-Url header).

    ``with_authentication`` and ``with_permission(resource, operation)`` need
    a registered user's token; ``with_permission_to_view_algorithms`` needs
    none for approved algorithms when the ``algorithm_view`` policy is public,
    and, with ``allow_node``, takes a node's token too; other handlers are
    public. (The wrappers copy the handler's name: they are told apart by what
    they call and keep.)
    """
    for fn in decorator_chain(op.handler) if op.handler else ():
        scope = closure_vars(fn)
        called = getattr(getattr(fn, "__code__", None), "co_names", ())
        if "allow_node" in scope:
            operation["security"] = [{}, *target.default_security]
            operation["x-permission"] = "algorithm view, unless the policy is public"
            operation["x-client-types"] = (
                ["node", "user"] if scope["allow_node"] else ["user"]
            )
            _store5_token_refusals(operation)
            return
        if "_authenticate" in called:
            operation["x-client-types"] = ["user"]
            if "resource" in scope and "_authorize_user" in called:
                operation["x-permission"] = (
                    f"{scope['resource']} {scope['operation'].value}"
                )
            _store5_token_refusals(operation)
            return
    operation["security"] = []


def _store5_token_refusals(operation: Json) -> None:
    """What the 5.x store answers, before the handler runs, to a token it
    reads: flask_jwt_extended's 401 (none, or expired) and 422 (malformed, or
    signed by another key), and the store's 401 for a token of no store user
    (a node's; a user's gives 500, see the overrides). Seen on the running
    store; docstrings name the 401 at most."""
    operation["x-token"] = "access"
    responses = operation.setdefault("responses", {})
    responses.setdefault(
        "401", {"description": "No token, an expired one, or not a store user"}
    )
    responses.setdefault(
        "422",
        {
            "description": "A token that cannot be verified: malformed, or signed "
            "by another key"
        },
    )


def input_schema_instances(target: Target) -> dict[int, tuple[str, Schema]]:
    """Every input-schema instance a resource module holds, by id(): its
    component name and the instance."""
    found = {}
    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith(target.resources):
            continue
        for value in vars(module).values():
            if (
                isinstance(value, Schema)
                and type(value).__module__ in target.input_schema_modules
            ):
                found[id(value)] = (component_name(type(value)), value)
    return found


def handler_input_schema(
    op: RouteOperation, input_schemas: dict[int, tuple[str, Schema]]
) -> tuple[str, bool] | None:
    """The input schema that validates the handler's body, if exactly one.

    Looks at the handler, then at the methods of its class it calls, then at
    theirs, and takes the schemas of the nearest level that uses any: 4.x's
    POST /task delegates to ``Tasks.post_task``; 5.x's to
    ``TaskPostBase.post_task``, which validates in ``_validate_request_body``,
    while 5.x's POST /session/{id}/dataframe validates its own body before it
    calls the same ``post_task``. Also says whether the handler validates with
    ``partial=True`` (PATCH handlers), where no field is required.
    """
    view_class = _defining_class(op)
    handler = list(decorator_chain(op.handler))[-1]
    seen, level = [handler], [handler]
    while level:
        names = {
            input_schemas[id(fn.__globals__[name])][0]
            for fn in level
            for name in fn.__code__.co_names
            if id(fn.__globals__.get(name)) in input_schemas
        }
        if names:
            if len(names) != 1:
                return None
            return names.pop(), "partial=True" in inspect.getsource(handler)
        level = [
            helper
            for fn in level
            for helper in _called_methods(view_class, fn)
            if helper not in seen
        ]
        seen += level
    return None


def _called_methods(view_class: type, fn: Callable[..., Any]) -> Iterator[Any]:
    """The functions of ``view_class`` (or its bases) that ``fn`` names,
    unwrapped from their decorators."""
    for name in fn.__code__.co_names:
        helper = inspect.getattr_static(view_class, name, None)
        helper = getattr(helper, "__func__", helper)  # staticmethod/classmethod
        if inspect.isfunction(helper):
            yield list(decorator_chain(helper))[-1]


def _defining_class(op: RouteOperation) -> type:
    qualified = list(decorator_chain(op.handler))[-1].__qualname__.rsplit(".", 1)[0]
    module = sys.modules[list(decorator_chain(op.handler))[-1].__module__]
    return getattr(module, qualified)


def adopt_input_schema(
    operation: Json, schema_name: str, partial: bool, schemas: Json
) -> None:
    """Point the request body at the validating schema; keep the prose.

    A partial validation (PATCH) gets a copy of the schema without required
    fields, named ...Update instead of ...Input.
    """
    body = operation.setdefault("requestBody", {"content": {}})
    media = body["content"].setdefault("application/json", {})
    documented = media.get("schema") or {}
    component = schemas[schema_name]
    for name, prop in (documented.get("properties") or {}).items():
        target = component.get("properties", {}).get(name)
        if target is not None and "description" in prop:
            target.setdefault("description", prop["description"])
    if partial:
        update_name = schema_name.removesuffix("Input").removesuffix("Patch") + "Update"
        schemas.setdefault(
            update_name, {k: v for k, v in component.items() if k != "required"}
        )
        schema_name = update_name
    media["schema"] = {"$ref": f"#/components/schemas/{schema_name}"}
    body["required"] = True


# --------------------------------------------------------------------------
# Component schemas from marshmallow
# --------------------------------------------------------------------------
def component_name(schema: type[Schema] | Schema) -> str | None:
    """TaskSchema -> Task, TaskInputSchema -> TaskInput, NodeSchemaSimple -> NodeSimple,
    AlgorithmOutputSchema -> Algorithm.

    A nested instance that leaves fields out (``exclude=``, ``only=``) is not
    the component: apispec inlines it when this returns None.
    """
    if isinstance(schema, Schema):
        if schema.exclude or schema.only:
            return None
        schema = type(schema)
    name = schema.__name__.replace("Schema", "").lstrip("_")
    return name.removesuffix("Output")  # the store's AlgorithmOutputSchema


def marshmallow_components(target: Target, app: Any) -> Json:
    """Request bodies: the input-schema instances the resource modules hold (some
    need constructor arguments); responses: every output-schema class."""
    output_schema = importlib.import_module(target.output_schema_module)

    spec = APISpec(
        "components",
        VERSION,
        "3.0.3",
        plugins=[MarshmallowPlugin(schema_name_resolver=component_name)],
    )
    with app.test_request_context():
        bodies = {
            name: instance for name, instance in input_schema_instances(target).values()
        }
        for name, instance in sorted(bodies.items()):
            spec.components.schema(name, schema=instance)
        for schema_class in _schema_classes(output_schema):
            name = component_name(schema_class)
            if name not in spec.components.schemas:
                spec.components.schema(name, schema=schema_class)
        schemas: Json = spec.to_dict()["components"]["schemas"]
        for schema_class in _schema_classes(output_schema):
            describe_output(schemas[component_name(schema_class)], schema_class())
    return schemas


def _schema_classes(module: Any) -> list[type[Schema]]:
    return [
        cls
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, Schema) and cls.__module__ == module.__name__
    ]


def describe_output(component: Json, instance: Schema) -> None:
    """Make an output schema say what the server really emits.

    marshmallow dumps every declared field (null when empty), so all are
    required; the server may add fields in later versions, so extra keys are
    allowed. ``Method``/``Function`` fields have no type in marshmallow: the two
    kinds vantage6 uses everywhere get theirs from what they call; any other
    must be typed in the overrides.
    """
    component.pop("additionalProperties", None)
    component["required"] = sorted(component.get("properties", {}))
    by_output_name = {f.data_key or name: f for name, f in instance.dump_fields.items()}
    for name, prop in component.get("properties", {}).items():
        prop.pop("readOnly", None)
        field = by_output_name[name]
        called = _called_names(instance, field)
        if "create_hateoas" in called:
            prop.clear()
            prop.update(
                {"nullable": True, "allOf": [{"$ref": "#/components/schemas/Link"}]}
            )
        elif "create_one_to_many_link" in called:
            prop.update(
                {"type": "string", "description": "API path of the related list"}
            )


def _called_names(instance: Schema, field: fields.Field) -> tuple[str, ...]:
    if isinstance(field, fields.Method):
        fn = getattr(instance, field.serialize_method_name)
    elif isinstance(field, fields.Function):
        fn = field.serialize_func
    else:
        return ()
    code = getattr(fn, "__code__", None)
    return code.co_names if code else ()


# --------------------------------------------------------------------------
# Overrides
# --------------------------------------------------------------------------
def apply_operation_override(
    op: RouteOperation, operation: Json, override: Json, schemas: Json
) -> None:
    for key in (
        "operationId",
        "tags",
        "summary",
        "description",
        "deprecated",
        "security",
    ):
        if key in override:
            operation[key] = override[key]
    if not operation.get("operationId"):
        raise SpecError(f"{op.key}: override has no operationId")
    if "x-reason" in override:
        operation["x-override-reason"] = textwrap.dedent(override["x-reason"]).strip()
    for name, patch in (override.get("parameters") or {}).items():
        patch_parameter(op, operation, name, patch)
    if "requestBody" in override:
        if override["requestBody"] is None:
            operation.pop("requestBody", None)
        else:
            operation["requestBody"] = override["requestBody"]
    apply_response_overrides(op, operation, override, schemas)


def apply_response_overrides(
    op: RouteOperation, operation: Json, override: Json, schemas: Json
) -> None:
    if "returns" in override:
        apply_returns(op, operation, override["returns"], schemas)
    for status, response in (override.get("responses") or {}).items():
        if response is None:
            operation["responses"].pop(str(status), None)
        else:
            existing = operation["responses"].setdefault(str(status), {})
            deep_merge(existing, response)
    for status, response in operation["responses"].items():
        if int(status) >= 400 and "content" not in response:
            response["content"] = {
                "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
            }


def patch_parameter(op: RouteOperation, operation: Json, name: str, patch: Any) -> None:
    params = operation.setdefault("parameters", [])
    index = next((i for i, p in enumerate(params) if p["name"] == name), None)
    if patch is None:
        if index is None:
            raise SpecError(f"{op.key}: override removes unknown parameter {name!r}")
        del params[index]
    elif index is None:
        params.append({"name": name, "in": "query", **patch})
    else:
        deep_merge(params[index], patch)
    if not params:
        del operation["parameters"]


def apply_returns(
    op: RouteOperation, operation: Json, returns: Json, schemas: Json
) -> None:
    """Set the one success response: status, media type, schema.

    ``paginated: X`` stands for the server's list envelope ``{data: [X], links}``
    with its ``total-count`` header; the envelope schema ``XPage`` is made here.
    """
    status = str(returns.get("status", 200))
    documented = [s for s in operation["responses"] if s.startswith("2")]
    description = next(
        (operation["responses"][s]["description"] for s in documented), "Ok"
    )
    for s in documented:
        del operation["responses"][s]
    response: Json = {"description": returns.get("description", description) or "Ok"}
    if "paginated" in returns:
        item = returns["paginated"]
        page = f"{item}Page"
        schemas.setdefault(
            page,
            {
                "type": "object",
                "description": f"One page of {item} items.",
                "required": ["data", "links"],
                "properties": {
                    "data": {
                        "type": "array",
                        "items": {"$ref": f"#/components/schemas/{item}"},
                    },
                    "links": {"$ref": "#/components/schemas/PageLinks"},
                },
            },
        )
        schema: Json | None = {"$ref": f"#/components/schemas/{page}"}
        response["headers"] = {
            "total-count": {
                "description": "Number of items on all pages together",
                "schema": {"type": "integer"},
            }
        }
    elif "schema" in returns:
        schema = returns["schema"]
        if isinstance(schema, str):
            schema = {"$ref": f"#/components/schemas/{schema}"}
    else:
        schema = None
    media_type = returns.get("content", "application/json")
    if media_type == "application/octet-stream":
        schema = {"type": "string", "format": "binary"}
    if schema is not None:
        response["content"] = {media_type: {"schema": schema}}
    operation["responses"][status] = response


def deep_merge(target: Json, patch: Json) -> None:
    """Merge ``patch`` into ``target``: dicts recursively, None deletes a key."""
    for key, value in patch.items():
        if value is None:
            target.pop(key, None)
        elif isinstance(value, dict) and isinstance(target.get(key), dict):
            deep_merge(target[key], value)
        else:
            target[key] = copy.deepcopy(value)


# --------------------------------------------------------------------------
# Final checks
# --------------------------------------------------------------------------
def referenced_schemas(paths: Json, schemas: Json) -> list[str]:
    """Names of the component schemas reachable from the paths, sorted."""
    seen: set[str] = set()
    pending = list(_refs(paths))
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        if name not in schemas:
            raise SpecError(f"reference to unknown schema {name!r}")
        seen.add(name)
        pending.extend(_refs(schemas[name]))
    return sorted(seen)


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value.rsplit("/", 1)[-1]
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def to_openapi_31(node: Any) -> Any:
    """OpenAPI 3.0's ``nullable`` as 3.1 writes it: ``null`` among the types.

    apispec and the overrides speak 3.0; but 3.0.3's ``nullable`` only acts
    next to a ``type``, so a nullable reference (``allOf: [$ref]``) cannot
    accept null there. 3.1 (JSON Schema) says it plainly: ``anyOf`` with
    ``{"type": "null"}``.
    """
    if isinstance(node, list):
        return [to_openapi_31(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: to_openapi_31(value) for key, value in node.items()}
    if not node.pop("nullable", False):
        return node
    if isinstance(node.get("type"), str):
        node["type"] = [node["type"], "null"]
        if "enum" in node:
            node["enum"] = [*node["enum"], None]
        return node
    alternatives = node.pop("oneOf", None) or node.pop("anyOf", None)
    if alternatives is None:
        alternatives = node.pop("allOf", None) or [{}]
    node["anyOf"] = [*alternatives, {"type": "null"}]
    return node


def check_complete(spec: Json) -> None:
    problems = []
    operation_ids: dict[str, str] = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            key = f"{method.upper()} {path}"
            other = operation_ids.setdefault(operation["operationId"], key)
            if other != key:
                problems.append(f"{key}: operationId shared with {other}")
            for status, response in operation["responses"].items():
                content = response.get("content") or {}
                if status.startswith("2") and not content:
                    problems.append(f"{key}: {status} response has no content")
                for media_type, media in content.items():
                    if not media.get("schema"):
                        problems.append(f"{key}: {status} {media_type} has no schema")
            for untyped in _untyped_properties(operation):
                problems.append(f"{key}: untyped {untyped}")
    for name, schema in spec["components"]["schemas"].items():
        for untyped in _untyped_properties(schema):
            problems.append(f"schema {name}: untyped {untyped}")
    if problems:
        raise SpecError("incomplete spec:\n  " + "\n  ".join(problems))


def _untyped_properties(node: Any, where: str = "") -> Iterator[str]:
    if isinstance(node, dict):
        for name, prop in (node.get("properties") or {}).items():
            if isinstance(prop, dict) and not (
                {"type", "$ref", "allOf", "oneOf", "anyOf"} & prop.keys()
            ):
                yield f"{where}{name}"
        for key, value in node.items():
            if key != "properties":
                yield from _untyped_properties(value, where)
            else:
                for name, prop in value.items():
                    yield from _untyped_properties(prop, f"{where}{name}.")
    elif isinstance(node, list):
        for value in node:
            yield from _untyped_properties(value, where)


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # The apps patched threading with gevent; its greenlets complain when the
    # interpreter finalises them. The work is done: leave without that noise.
    os._exit(code)
