"""What HQ cannot take (issue 16), on the real HQ 5.0.3 under uWSGI with its
Keycloak, whose bearer tokens leave less of uWSGI's buffer to the URL than
4.x's: the same id lists are split across requests, and a request too large
anyway is a typed error, sent once."""

from __future__ import annotations

import pytest

from tests.hq.conftest import Counting
from vantage6_client import (
    Client,
    InvalidArgumentError,
    NotFoundError,
    RequestTooLargeError,
)


def test_thousands_of_ids_are_listed_without_error(
    admin: Client, wire: Counting
) -> None:
    everyone = admin.organization.list(per_page=1000).all()
    sent = wire.sent
    ids = list(range(1, 3000))
    page = admin.organization.list(ids=ids, per_page=2)
    assert wire.sent - sent > 1  # split
    wanted = [o.id for o in everyone if o.id in set(ids)]
    assert page.total == len(wanted)
    assert [o.id for o in page.all()] == wanted
    # roles of many organizations, alike (what exists is HQ's affair: the
    # same list as the server gives for the organizations that exist)
    few = admin.role.list(organization=wanted, per_page=1000, sort="name").all()
    many = admin.role.list(organization=ids, per_page=1000, sort="name").all()
    assert [r.id for r in many] == [r.id for r in few]


def test_a_filter_text_too_long_for_hq_is_not_retried(
    admin: Client, wire: Counting
) -> None:
    sent = wire.sent
    with pytest.raises(RequestTooLargeError) as error:
        admin.task.list(name="x" * 5000)
    assert wire.sent - sent == 1
    assert (error.value.status, error.value.limit) == (None, 4096)
    assert str(error.value).startswith("task.list: the server dropped the connection")
    assert admin.task.list(name="x").total == 0  # and the client goes on


def test_an_id_beyond_the_database_is_refused_before_sending(
    admin: Client, wire: Counting
) -> None:
    sent = wire.sent
    with pytest.raises(InvalidArgumentError, match=r"^id_ must be at most "):
        admin.organization.get(2**70)
    assert wire.sent == sent


def test_a_study_filter_naming_no_study_is_not_found(admin: Client) -> None:
    # HQ itself answers 500 for it (GET /organization?study_id=...)
    for listing in (admin.organization.list, admin.node.list):
        with pytest.raises(NotFoundError, match=r"\(study_get\): HTTP 404"):
            listing(study=2**62)
