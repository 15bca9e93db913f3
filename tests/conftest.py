"""Fixtures every kind of test may use."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from vantage6_client import generate_private_key


@pytest.fixture(scope="session")
def rsa_keys() -> list[rsa.RSAPrivateKey]:
    """Two RSA-4096 keys (generating one takes a while)."""
    return [generate_private_key(), generate_private_key()]
