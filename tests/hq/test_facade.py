"""The facade on a 5.x HQ: what HQ serves as 4.x does works through the same
groups; what HQ answers differently has its own form; what HQ lacks is
refused before anything is sent, naming what to use instead."""

from __future__ import annotations

import pytest

from tests.hq.conftest import Counting
from tests.hq.world import unique
from vantage6_client import Client, NotOnThisServerError
from vantage6_client.types import HQHealth, HQUser


def test_organizations_through_the_4x_groups(admin: Client) -> None:
    """Organizations are served alike by both lines: the same group, the
    same bindings, answers checked against HQ's spec."""
    name = unique("org")
    made = admin.organization.create(name, "street 1", "", "1234AB", "NL", "x.org")
    assert admin.organization.get(made.id).name == name
    assert made.id in [o.id for o in admin.organization.list(name=name).all()]
    admin.organization.update(made.id, country="BE")
    assert admin.organization.get(made.id).country == "BE"
    admin.organization.delete(made.id)


def test_version_health_and_own_user_in_hqs_form(admin: Client) -> None:
    assert admin.util.get_hq_version().version == "5.0.3"
    assert admin.util.get_server_version().version == "5.0.3"
    health = admin.util.get_hq_health()
    assert isinstance(health, HQHealth) and health.api and health.database
    me = admin.user.get_own_user()
    assert isinstance(me, HQUser) and me.username == "root"
    whoami = admin.whoami
    assert whoami is not None and me.id == whoami.id_


def test_what_hq_lacks_is_refused_before_sending(admin: Client, wire: Counting) -> None:
    sent = wire.sent
    with pytest.raises(NotOnThisServerError, match="account console"):
        admin.util.change_my_password("old", "New-pw1!")
    with pytest.raises(NotOnThisServerError, match=r"role\.update"):
        admin.role.remove_rule(1, 1)
    assert wire.sent == sent
