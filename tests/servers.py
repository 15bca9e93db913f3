"""Server fixtures every test and every documentation example may use (a
pytest plugin, named by the root ``conftest.py``: fixtures of
``tests/conftest.py`` are not seen from ``docs/`` or from the package's
docstrings)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from vantage6_client.testing.hq import LocalHQ
from vantage6_client.testing.keycloak import LocalKeycloak
from vantage6_client.testing.server import LocalServer, ServerStartError


def running(server: LocalServer) -> Iterator[LocalServer]:
    """Start ``server`` for a fixture (failing the test when it cannot), and
    remove it afterwards. Modules needing a server of their own override
    ``v6_server`` with ``yield from running(LocalServer(...))``."""
    try:
        server.start()
    except ServerStartError as exc:
        pytest.fail(f"cannot start the {server.kind}: {exc}", pytrace=False)
    yield server
    server.cleanup()


# -- vantage6 5.x: one real Keycloak (and HQ) per test session, when asked for --
@pytest.fixture(scope="session")
def keycloak() -> Iterator[LocalKeycloak]:
    with LocalKeycloak() as started:
        yield started


@pytest.fixture(scope="session")
def hq(keycloak: LocalKeycloak) -> Iterator[LocalHQ]:
    with LocalHQ(keycloak) as started:
        yield started
