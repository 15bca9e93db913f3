"""The facade as a whole: complete against the spec, the official client, and tests."""

from __future__ import annotations

import ast
import functools
import inspect
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import tests.contract.test_groups
import tests.contract.test_sessions
import tests.contract.test_store  # noqa: F401 - registers what they cover
from tests.contract.conftest import COVERED
from tests.paths import (
    HQ_SPEC_PATH,
    OFFICIAL_PYTHON,
    ROOT,
    SPEC_PATH,
    STORE5_SPEC_PATH,
    STORE_SPEC_PATH,
)
from vantage6_client import Client, NodeClient

FACADE = ROOT / "vantage6_client"
GROUP_MODULES = ("vantage6_client.resources.", "vantage6_client.algorithm_store.")

# Deliberate differences from the official defaults, and why.
DEFAULT_CHANGES = {
    # mutable default arguments ([]) in the official client; None means the same
    ("user.create", "roles"): "None instead of a shared mutable []",
    ("user.create", "rules"): "None instead of a shared mutable []",
}


def facade_methods() -> Iterator[tuple[str, Any]]:
    """Every public method: the client's, its groups' (and sub-groups'), the
    node client's."""
    yield from _methods(Client("http://localhost"), "")
    for name, member in inspect.getmembers(NodeClient, inspect.isfunction):
        if not name.startswith("_"):
            yield f"NodeClient.{name}", member


def _methods(obj: object, prefix: str) -> Iterator[tuple[str, Any]]:
    for name in sorted(dir(type(obj))):
        # `make mutate` (mutmut) adds copies of every mutated method as
        # xǁClassǁname__mutmut_N: not part of the facade
        if name.startswith("_") or "__mutmut_" in name:
            continue
        member = getattr(type(obj), name)
        if inspect.isfunction(member):
            yield prefix + name, getattr(obj, name)
        elif isinstance(member, functools.cached_property):
            group = getattr(obj, name)
            if _is_group(group):
                yield from _methods(group, f"{prefix}{name}.")


def _is_group(value: object) -> bool:
    return type(value).__module__.startswith(GROUP_MODULES)


def test_every_facade_method_has_a_contract_test() -> None:
    methods = {name for name, _ in facade_methods()}
    assert methods - COVERED == set(), "facade methods without a contract test"
    assert COVERED - methods == set(), "contract tests for methods that do not exist"


# HQ's operations only its nodes call: the SDK's node client speaks 4.x; on
# 5.x, vantage6_client.testing.HQNodePlayer plays the node with them.
HQ_NODE_ONLY = {
    "node_me": "a node asks who it is",
    "dataframe_update_columns": "a node reports the columns it extracted",
}


@pytest.mark.parametrize(
    ("spec_path", "package", "node_only"),
    [
        (SPEC_PATH, "vantage6_server_api", {}),
        (STORE_SPEC_PATH, "vantage6_store_api", {}),
        (HQ_SPEC_PATH, "vantage6_hq_api", HQ_NODE_ONLY),
        (STORE5_SPEC_PATH, "vantage6_store5_api", {}),
    ],
    ids=["server", "store", "hq", "store5"],
)
def test_every_operation_in_the_spec_is_reachable_from_the_facade(
    spec_path: Path, package: str, node_only: dict[str, str]
) -> None:
    spec = json.loads(spec_path.read_text())
    operations = {
        operation["operationId"]
        for item in spec["paths"].values()
        for operation in item.values()
        # the server registers /vpn/update without a handler: nothing to call
        if any(status.startswith("2") for status in operation["responses"])
    }
    assert node_only.keys() <= operations
    operations -= node_only.keys()
    used = set()
    for path in FACADE.rglob("*.py"):
        if "testing" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                f"{package}.api."
            ):
                used.update(alias.name for alias in node.names)
            # groups name operations in their session's table: ops.user_get
            elif isinstance(node, ast.Attribute) and _names_a_table(node.value):
                used.add(node.attr)
    assert operations - used == set(), "operations no facade module calls"


def _names_a_table(node: ast.expr) -> bool:
    """``ops``, ``self._ops``, ``session.operations``, ``ops.requests``,
    ``self._hq_ops``, ``session.hq_operations``..."""
    name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", "")
    return name in {
        "ops",
        "_ops",
        "operations",
        "requests",
        "_hq_ops",
        "hq_operations",
    }


def test_every_public_method_has_a_numpy_docstring() -> None:
    """Each parameter described, and what is returned, in numpy style."""
    problems = []
    for name, method in facade_methods():
        doc = inspect.getdoc(method) or ""
        signature = inspect.signature(method)
        parameters = [p for p in signature.parameters if p not in ("self", "cls")]
        if not doc:
            problems.append(f"{name}: no docstring")
            continue
        if parameters:
            section = doc.split("Parameters\n----------", 1)
            if len(section) < 2:
                problems.append(f"{name}: no Parameters section")
                continue
            described = section[1]
            for parameter in parameters:
                if not any(
                    line.split(":")[0].replace(" ", "").split(",").count(parameter)
                    for line in described.splitlines()
                    if ":" in line and not line.startswith(" ")
                ):
                    problems.append(f"{name}: parameter {parameter} not described")
        returns = signature.return_annotation
        if returns not in ("None", None) and "Returns\n-------" not in doc:
            problems.append(f"{name}: no Returns section")
    assert problems == []


# Members of the official client that cannot be read without a login.
OFFICIAL_UNREADABLE = {"name"}  # reads whoami.name
# Methods every version of the official 4.x client has, one per group.
OFFICIAL_LANDMARKS = {
    "authenticate",
    "setup_encryption",
    "wait_for_results",
    "algorithm.list",
    "collaboration.get",
    "node.create",
    "organization.list",
    "result.from_task",
    "role.create",
    "rule.list",
    "run.from_task",
    "store.set",
    "study.list",
    "task.create",
    "user.get",
    "util.get_server_version",
}


@pytest.fixture(scope="module")
def official_surface() -> dict[str, list[dict[str, str]]]:
    if not OFFICIAL_PYTHON.exists():
        pytest.fail(f"no official client at {OFFICIAL_PYTHON}: run `make test`")
    listed = subprocess.run(
        [str(OFFICIAL_PYTHON), str(ROOT / "tests/oracle/official_surface.py")],
        capture_output=True,
        text=True,
        check=True,
    )
    listing = json.loads(listed.stdout)
    # The comparison below is only as good as this listing: an empty or
    # partial one would pass vacuously.
    assert listing["unreadable"].keys() == OFFICIAL_UNREADABLE, listing["unreadable"]
    surface: dict[str, list[dict[str, str]]] = listing["surface"]
    missing = OFFICIAL_LANDMARKS - surface.keys()
    assert not missing, f"the official surface lacks {sorted(missing)}"
    assert len(surface) >= 90, f"only {len(surface)} official methods were read"
    return surface


@pytest.mark.oracle
def test_every_official_method_exists_with_its_parameters(
    official_surface: dict[str, list[dict[str, str]]],
) -> None:
    ours = dict(facade_methods())
    problems = []
    for name, official_params in sorted(official_surface.items()):
        method = ours.get(name)
        if method is None:
            problems.append(f"{name}: missing")
            continue
        our_params = list(inspect.signature(method).parameters.values())
        for index, official in enumerate(official_params):
            match = next((p for p in our_params if p.name == official["name"]), None)
            if match is None:
                problems.append(f"{name}: no parameter {official['name']}")
                continue
            positional = official["kind"] == "POSITIONAL_OR_KEYWORD"
            if positional and (
                index >= len(our_params) or our_params[index] is not match
            ):
                problems.append(
                    f"{name}: {official['name']} is not parameter {index + 1}"
                )
            if (
                "default" in official
                and (name, official["name"]) not in DEFAULT_CHANGES
            ):
                ours_default = (
                    repr(match.default)
                    if match.default is not inspect.Parameter.empty
                    else None
                )
                if ours_default != official["default"]:
                    problems.append(
                        f"{name}: {official['name']} defaults to {ours_default}, "
                        f"official {official['default']}"
                    )
    assert problems == []


def test_results_of_facade_methods_are_typed() -> None:
    """No facade method returns Any or a bare dict (the official client's way)."""
    untyped = []
    for name, method in facade_methods():
        returned = inspect.signature(method).return_annotation
        if (
            returned in ("Any", "dict", "dict[str, Any]")
            or returned is inspect.Signature.empty
        ):
            untyped.append(name)
    allowed = {"request"}  # the raw escape hatch returns the server's JSON
    assert set(untyped) - allowed == set()
