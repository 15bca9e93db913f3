"""The 5.x pair (the session fixtures ``keycloak`` and ``hq`` of
tests/conftest.py: a real Keycloak and HQ 5.0.3 on loopback) as root."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from vantage6_client.testing.hq import LocalHQ
from vantage6_client.testing.keycloak import LocalKeycloak


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/hq/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.server)


@pytest.fixture(scope="session")
def root_token(keycloak: LocalKeycloak, hq: LocalHQ) -> str:
    token: str = keycloak.user_token(hq.root_username, hq.root_password)["access_token"]
    return token


@pytest.fixture
def root(hq: LocalHQ, root_token: str) -> Iterator[httpx.Client]:
    """Raw HTTP to HQ as its root user (the facade comes with the 5.x issue)."""
    with httpx.Client(
        base_url=hq.base_url, headers={"Authorization": f"Bearer {root_token}"}
    ) as client:
        yield client
