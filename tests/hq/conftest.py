"""The 5.x pair (the session fixtures ``keycloak`` and ``hq`` of
tests/conftest.py: a real Keycloak and HQ 5.0.3 on loopback), spoken to
through the generated ``vantage6_hq_api`` bindings (the facade for 5.x comes
with its own issue). Every response HQ gives these tests passes the live
conformance check against the committed HQ spec, as the 4.x integration
tests' do against theirs."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest
from vantage6_hq_api.api import Operations

from tests.conformance import ConformanceRecorder, ConformanceTransport, Spec
from tests.paths import HQ_SPEC_PATH
from vantage6_client.testing.hq import LocalHQ
from vantage6_client.testing.keycloak import LocalKeycloak


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/hq/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.server)


@pytest.fixture(scope="session")
def hq_conformance() -> ConformanceRecorder:
    return ConformanceRecorder(Spec.load(HQ_SPEC_PATH))


@pytest.fixture(autouse=True)
def _conforming_hq_responses(request: pytest.FixtureRequest) -> Iterator[None]:
    """After each test that talks to HQ: did every answer match the spec?"""
    if "hq" not in request.fixturenames:
        yield
        return
    recorder: ConformanceRecorder = request.getfixturevalue("hq_conformance")
    recorder.take()
    yield
    violations = recorder.take()
    if violations:
        pytest.fail(
            "HQ responses that do not match the committed spec:\n  "
            + "\n  ".join(str(v) for v in violations),
            pytrace=False,
        )


@pytest.fixture
def hq_transport(
    hq_conformance: ConformanceRecorder,
) -> Callable[[], ConformanceTransport]:
    """Makes HTTP transports that check HQ's every answer (one per client)."""
    return lambda: ConformanceTransport(hq_conformance)


@pytest.fixture(scope="session")
def ops() -> Operations:
    """HQ 5.0.3's operations, from the generated bindings."""
    return Operations()


@pytest.fixture(scope="session")
def root_token(keycloak: LocalKeycloak, hq: LocalHQ) -> str:
    token: str = keycloak.user_token(hq.root_username, hq.root_password)["access_token"]
    return token


@pytest.fixture
def root(
    hq: LocalHQ, root_token: str, hq_transport: Callable[[], ConformanceTransport]
) -> Iterator[httpx.Client]:
    """HQ's root user, for the generated operations (``ops.x(root, ...)``)."""
    with httpx.Client(
        base_url=hq.base_url,
        headers={"Authorization": f"Bearer {root_token}"},
        transport=hq_transport(),
    ) as client:
        yield client
