"""Every type a facade method returns can be named from ``vantage6_client.types``."""

from __future__ import annotations

import inspect
import typing

from cryptography.hazmat.primitives.asymmetric import rsa

import vantage6_client.types
from tests.contract.test_surface import facade_methods
from vantage6_client._waiting import Progress

OURS = ("vantage6_client.", "vantage6_server_api.", "vantage6_store_api.")
NOT_MODELS = ("vantage6_client._exceptions",)  # errors live in vantage6_client


def returned_classes() -> dict[str, set[type]]:
    """The classes named in each public method's return annotation."""
    found: dict[str, set[type]] = {}
    # names the modules import only for type checking
    names = vars(vantage6_client.types) | {"rsa": rsa, "Progress": Progress}
    for name, method in facade_methods():
        hints = typing.get_type_hints(inspect.unwrap(method), localns=names)
        stack = [hints.get("return")]
        while stack:
            kind = stack.pop()
            stack.extend(typing.get_args(kind))
            module = getattr(kind, "__module__", "")
            if isinstance(kind, type) and module.startswith(OURS):
                found.setdefault(name, set()).add(kind)
    return found


def test_every_returned_model_is_exported_by_name() -> None:
    exported = {
        id(getattr(vantage6_client.types, name))
        for name in vantage6_client.types.__all__
    }
    missing = sorted(
        f"{method} -> {kind.__module__}.{kind.__name__}"
        for method, kinds in returned_classes().items()
        for kind in kinds
        if id(kind) not in exported and not kind.__module__.startswith(NOT_MODELS)
    )
    assert missing == []
    assert len(returned_classes()) > 100  # the walk saw the facade


def test_the_exports_are_what_they_say() -> None:
    types = vantage6_client.types
    for name in types.__all__:
        exported = getattr(types, name)
        assert isinstance(exported, type), name
        assert exported.__name__ in {
            name,
            name.removeprefix("Store"),
            name.removeprefix("Store5"),
            name.removeprefix("HQ"),
        }, name
    assert types.StoreRole is not types.Role
    assert types.StoreRole.__module__.startswith("vantage6_store_api")
    assert types.HQUser is not types.User
    assert types.HQUser.__module__.startswith("vantage6_hq_api")
