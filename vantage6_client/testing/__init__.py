"""A vantage6 deployment on this machine, for trying the SDK, tests and benchmarks.

:class:`LocalServer`
    A real ``vantage6-server`` 4.15.2 under uWSGI with gevent, as
    ``v6 server start`` runs it in production, on a free port of 127.0.0.1
    with a fresh SQLite database; its first user is ``root`` (password
    ``root``). It needs the server's virtualenv (``.venv-server``, which
    ``make`` builds; Python 3.10). ``python -m vantage6_client.testing.server``
    (``make server``) runs one in the foreground.
:class:`LocalStore`
    A real algorithm store the same way, trusting a :class:`LocalServer`
    (its users log in to it with their server login).
:class:`LocalRegistry`
    A tiny HTTPS image registry, so that the store can look up image digests
    without the internet.
:class:`LocalProxy`
    Debian's nginx in front of a local server, as deployments have it: with
    websockets passed on, dropped, or no ``/socket.io/`` at all.
:class:`NodePlayer`
    A node. Real nodes run algorithms in Docker containers, which this
    machine does not have, so the player does their part over the real node
    API instead: it logs in with the node's API key, picks up its runs,
    decrypts their input, runs a Python function (the input's ``method``) on
    a local table, and reports the encrypted result. The server sees a node,
    and tasks really complete. Algorithms that raise :class:`RunCrashed`
    make their run crash; any other exception makes it fail.

And for vantage6 5.x:

:class:`LocalKeycloak`
    A real Keycloak (26.7.3, its own server distribution, which ``make``
    fetches from Maven Central; it needs a JDK 21 or newer) in development
    mode, with the realm vantage6 deploys imported at start
    (``keycloak-realm.json``): where 5.x users and nodes log in.
:class:`LocalHQ`
    The 5.x server, ``vantage6-hq`` 5.0.3, as its container runs it: its
    database set up by ``vantage6.hq.init_db``, then uWSGI with the flags of
    vantage6's helm chart, trusting a :class:`LocalKeycloak` (``.venv-hq``;
    Python 3.13).
:class:`LocalStore5`
    The 5.x algorithm store, ``vantage6-algorithm-store`` 5.0.3, the same
    way (``init_db``, then uWSGI), on the same Keycloak; linked to a
    :class:`LocalHQ` when given one (HQ's root registers it there).
:class:`HQNodePlayer`
    A 5.x node over HQ's node API: it logs in at Keycloak with its client
    credentials, extracts a dataframe from a local table (reporting its
    columns) and runs compute steps with the run's arguments (unencrypted
    collaborations for now).

None of them outlives the program that started it: SIGTERM stops them as
Ctrl-C does, and on Linux the server processes die with their parent.

Importing this package loads none of them; each is imported on first use.

>>> from vantage6_client.testing import LocalServer, NodePlayer
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vantage6_client.testing.hq import HQStartError, LocalHQ
    from vantage6_client.testing.hq_node import HQNodePlayer
    from vantage6_client.testing.keycloak import KeycloakStartError, LocalKeycloak
    from vantage6_client.testing.node import DEFAULT_ALGORITHMS, NodePlayer, RunCrashed
    from vantage6_client.testing.proxy import LocalProxy, ProxyStartError
    from vantage6_client.testing.registry import LocalRegistry
    from vantage6_client.testing.server import LocalServer, LocalStore, ServerStartError
    from vantage6_client.testing.store5 import LocalStore5, Store5StartError

# Loaded on first use (PEP 562): the server module brings httpx, the registry
# cryptography, the node player the node client and the generated bindings.
_LAZY = {
    "DEFAULT_ALGORITHMS": "node",
    "HQNodePlayer": "hq_node",
    "HQStartError": "hq",
    "KeycloakStartError": "keycloak",
    "LocalHQ": "hq",
    "LocalKeycloak": "keycloak",
    "LocalProxy": "proxy",
    "LocalRegistry": "registry",
    "LocalServer": "server",
    "LocalStore": "server",
    "LocalStore5": "store5",
    "NodePlayer": "node",
    "ProxyStartError": "proxy",
    "RunCrashed": "node",
    "ServerStartError": "server",
    "Store5StartError": "store5",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "DEFAULT_ALGORITHMS",
    "HQNodePlayer",
    "HQStartError",
    "KeycloakStartError",
    "LocalHQ",
    "LocalKeycloak",
    "LocalProxy",
    "LocalRegistry",
    "LocalServer",
    "LocalStore",
    "LocalStore5",
    "NodePlayer",
    "ProxyStartError",
    "RunCrashed",
    "ServerStartError",
    "Store5StartError",
]
