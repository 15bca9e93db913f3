"""Arguments the SDK checks before sending match the pinned server: what a
list may be sorted by (its database columns, less those holding secrets or
payloads), and the statuses a task can have."""

from __future__ import annotations

import json
import subprocess
from typing import Any

import pytest

from tests.paths import ROOT, SERVER_PYTHON
from vantage6_client.resources import _sortable as sortable
from vantage6_client.resources.task import TASK_STATUSES

pytestmark = pytest.mark.server

# columns no list may be sorted by: the order of hashes, keys and data leaks
SECRET_OR_PAYLOAD = {
    "password",
    "otp_secret",
    "api_key",
    "_public_key",
    "input",
    "result",
    "log",
}


@pytest.fixture(scope="module")
def server_facts() -> dict[str, Any]:
    if not SERVER_PYTHON.exists():
        pytest.fail(f"no server virtualenv at {SERVER_PYTHON}: run `make test`")
    printed = subprocess.run(
        [str(SERVER_PYTHON), str(ROOT / "tests/oracle/server_facts.py")],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    facts: dict[str, Any] = json.loads(printed.splitlines()[-1])
    return facts


def test_task_statuses_are_the_servers(server_facts: dict[str, Any]) -> None:
    assert set(server_facts["statuses"]) == TASK_STATUSES


def test_sortable_fields_are_the_servers_columns_less_secrets(
    server_facts: dict[str, Any],
) -> None:
    columns: dict[str, list[str]] = server_facts["columns"]
    for name, names in columns.items():
        declared = getattr(sortable, name)
        if declared.fixed_order:  # tasks and runs: the server ignores sort
            continue
        assert declared.fields == set(names) - SECRET_OR_PAYLOAD, name
