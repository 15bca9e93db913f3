"""Print the official client's public surface as JSON (run in .venv-official).

For every public method of ``UserClient`` and of its groups (sub-clients, two
levels deep): its parameters in order, each with its kind and the repr of its
default (absent when it has none).
"""

import inspect
import json
import logging

from vantage6.client import UserClient


def signature(method):
    params = []
    for name, param in inspect.signature(method).parameters.items():
        entry = {"name": name, "kind": param.kind.name}
        if param.default is not inspect.Parameter.empty:
            entry["default"] = repr(param.default)
        params.append(entry)
    return params


def walk(obj, prefix, depth, surface):
    for name in sorted(dir(obj)):
        if name.startswith("_") or name in ("parent", "base_client"):
            continue
        try:
            value = getattr(obj, name)
        except Exception:  # properties that need a login
            continue
        if inspect.ismethod(value):
            surface[prefix + name] = signature(value)
        elif (
            depth < 2
            and not inspect.isclass(value)
            and type(value).__module__.startswith("vantage6.client")
        ):
            walk(value, f"{prefix}{name}.", depth + 1, surface)


logging.disable(logging.CRITICAL)
client = UserClient("http://localhost", 1, "/api", log_level="critical")
surface = {}
walk(client, "", 0, surface)
print(json.dumps(surface, indent=1, sort_keys=True))  # noqa: T201 - the output
