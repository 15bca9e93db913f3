"""Print the official client's public surface as JSON (run in .venv-official).

For every public method of ``UserClient`` and of its groups (sub-clients, two
levels deep): its parameters in order, each with its kind and the repr of its
default (absent when it has none). Members that cannot be read are listed
under "unreadable" with the error, not skipped: the test decides which may be.
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


def walk(obj, prefix, depth, surface, unreadable):
    for name in sorted(dir(obj)):
        if name.startswith("_") or name in ("parent", "base_client"):
            continue
        try:
            value = getattr(obj, name)
        except Exception as exc:  # e.g. properties that need a login
            unreadable[prefix + name] = f"{type(exc).__name__}: {exc}"
            continue
        if inspect.ismethod(value):
            surface[prefix + name] = signature(value)
        elif (
            depth < 2
            and not inspect.isclass(value)
            and type(value).__module__.startswith("vantage6.client")
        ):
            walk(value, f"{prefix}{name}.", depth + 1, surface, unreadable)


logging.disable(logging.CRITICAL)
client = UserClient("http://localhost", 1, "/api", log_level="critical")
surface, unreadable = {}, {}
walk(client, "", 0, surface, unreadable)
print(json.dumps({"surface": surface, "unreadable": unreadable}, indent=1))  # noqa: T201 - the output
