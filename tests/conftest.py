"""Fixtures every kind of test may use (the servers' are in ``tests/servers.py``,
which the documentation's examples use too)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from playwright.sync_api import Browser, sync_playwright

from tests.paths import CHROMIUM
from vantage6_client import generate_private_key
from vantage6_client.testing.hq import LocalHQ
from vantage6_client.testing.keycloak import LocalKeycloak
from vantage6_client.testing.registry import LocalRegistry
from vantage6_client.testing.store5 import LocalStore5


@pytest.fixture(scope="session")
def rsa_keys() -> list[rsa.RSAPrivateKey]:
    """Two RSA-4096 keys (generating one takes a while)."""
    return [generate_private_key(), generate_private_key()]


@pytest.fixture(scope="session")
def store5_registry() -> Iterator[LocalRegistry]:
    """The image registry the 5.x store looks digests up at (no internet)."""
    with LocalRegistry() as started:
        yield started


@pytest.fixture(scope="session")
def store5(
    keycloak: LocalKeycloak, hq: LocalHQ, store5_registry: LocalRegistry
) -> Iterator[LocalStore5]:
    """The 5.x algorithm store on the session's Keycloak, linked to its HQ."""
    with LocalStore5(keycloak, hq, registry=store5_registry) as started:
        yield started


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Headless Chromium (Debian's), driven by Playwright."""
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True
        )
        yield launched
        launched.close()
