"""Arguments the server cannot take are refused before anything is sent
(issue 16): the real 4.15.2 server answered them with a 500."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conformance import ConformanceTransport
from tests.integration.conftest import RecordingTransport
from vantage6_client import Client, InvalidArgumentError, NotFoundError
from vantage6_client.testing.server import LocalServer


@pytest.mark.parametrize("id_", [2**63, 2**70])
def test_an_id_beyond_the_database_is_refused_before_sending(
    v6_server: LocalServer,
    transport: Callable[[], ConformanceTransport],
    id_: int,
) -> None:
    recording = RecordingTransport(transport())
    with Client(v6_server.url, transport=recording) as client:
        client.authenticate(v6_server.root_username, v6_server.root_password)
        sent = len(recording.exchanges)
        with pytest.raises(InvalidArgumentError, match=r"^id_ must be at most ") as no:
            client.organization.get(id_)
        assert no.value.method == "organization.get"
        assert len(recording.exchanges) == sent  # nothing was sent
        # the largest id the server can hold is asked for, and simply not found
        with pytest.raises(NotFoundError):
            client.organization.get(2**63 - 1)


def test_pages_beyond_the_database_are_refused_before_sending(admin: Client) -> None:
    with pytest.raises(InvalidArgumentError, match=r"^per_page must be at most "):
        admin.organization.list(per_page=2**63)
    with pytest.raises(InvalidArgumentError, match=r"^page 4611686018427387904 of"):
        admin.organization.list(page=2**62)
    # the largest of each is asked for: the server answers
    assert admin.organization.list(per_page=2**63 - 1).total >= 1
    far = 2**63 // 10  # (far - 1) * 10 is just under 2**63 - 1
    assert admin.organization.list(page=far, per_page=10).data == []
