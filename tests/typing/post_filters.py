"""Checked by ``make lint`` (mypy --strict), not run: the official client's
``field``/``fields``/``filter_``/``filters`` arguments are declared, and typed
as what they return."""

from __future__ import annotations

from typing import Any, assert_type

from vantage6_client import Client
from vantage6_client.types import (
    HQUser,
    Organization,
    Page,
    TaskResult,
    TaskResults,
    User,
)


def check(client: Client) -> None:
    assert_type(client.user.get(1), User | HQUser)
    assert_type(client.user.get(1, field="id"), dict[str, Any])
    assert_type(client.user.get(1, fields=["id", "username"]), dict[str, Any])
    assert_type(client.user.get(1, filter_=("id", 1)), User | HQUser)
    assert_type(client.organization.list(), Page[Organization])
    assert_type(client.organization.list(field="name"), list[dict[str, Any]])
    assert_type(
        client.organization.list(filters=[("country", "NL")]), list[Organization]
    )
    assert_type(client.result.from_task(3), TaskResults)
    assert_type(client.result.from_task(3, field="result"), list[dict[str, Any]])
    assert_type(client.result.from_task(3, filter_=("id", 3)), list[Any])
    assert_type(client.result.get(3), TaskResult)
