"""Users, roles and rules through the facade on the real pair (HQ 5.0.3 and
its Keycloak): root creates a user with a password (HQ makes the Keycloak
account too) and a service account (whose secret logs in), gives them roles
and rules, lists and deletes them; roles and rules are listed in HQ's form;
the 4.x-only parameters are refused before anything is sent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.hq.conftest import Counting
from tests.hq.world import unique
from vantage6_client import (
    AuthenticationError,
    Client,
    InvalidArgumentError,
    NotFoundError,
    NotOnThisServerError,
    PermissionDeniedError,
)
from vantage6_client.testing.hq import LocalHQ
from vantage6_client.testing.keycloak import LocalKeycloak
from vantage6_client.types import HQNewUser, HQRole, HQRule, HQUser, Role

PASSWORD = "Pw-1234!abcd"


def _keycloak_user(keycloak: LocalKeycloak, keycloak_id: str) -> httpx.Response:
    """Keycloak's own record of an account (its admin API, as HQ reads it)."""
    token = keycloak.client_token(keycloak.admin_client, keycloak.admin_client_secret)
    return httpx.get(
        f"{keycloak.url}/admin/realms/{keycloak.realm}/users/{keycloak_id}",
        headers={"Authorization": f"Bearer {token['access_token']}"},
    )


def _own_organization(admin: Client) -> int:
    whoami = admin.whoami
    assert whoami is not None
    return whoami.organization_id


def test_a_user_with_a_password_at_hq_and_keycloak(
    admin: Client, keycloak: LocalKeycloak
) -> None:
    """The official 5.x positional form; HQ makes the Keycloak account (its
    password temporary: Keycloak wants a new one before any login)."""
    own = _own_organization(admin)
    username = unique("alice")
    made = admin.user.create(username, PASSWORD, own)
    try:
        assert isinstance(made, HQNewUser)
        assert made.username == username and not made.is_service_account
        assert isinstance(made.keycloak_id, str)
        account = _keycloak_user(keycloak, made.keycloak_id)
        assert account.status_code == 200 and account.json()["username"] == username
        with pytest.raises(httpx.HTTPStatusError) as refused:
            keycloak.user_token(username, PASSWORD)
        assert "not fully set up" in refused.value.response.text

        got = admin.user.get(made.id)
        assert isinstance(got, HQUser) and got.username == username
        listed = admin.user.list(username=username).all()
        assert [u.id for u in listed] == [made.id]
        assert all(isinstance(u, HQUser) for u in listed)
        mine = admin.user.list(organization=own, per_page=200).all()
        assert made.id in [u.id for u in mine]
    finally:
        assert "removed" in admin.user.delete(made.id).msg
    assert _keycloak_user(keycloak, made.keycloak_id).status_code == 404


def test_roles_and_rules_of_a_user(admin: Client) -> None:
    """A role of root's organization given to a user, then one rule directly
    (official order: update(id_, rules, roles)); the lists filter by them."""
    own = _own_organization(admin)
    [view_users] = admin.rule.list(
        name="user", operation="view", scope="organization"
    ).all()
    assert isinstance(view_users, HQRule)
    [view_roles] = admin.rule.list(
        name="role", operation="VIEW", scope="Organization"
    ).all()
    role = admin.role.create(unique("viewer"), "sees users", [view_users.id], own)
    user = admin.user.create(unique("bob"), password=PASSWORD)
    try:
        assert user.organization is not None and user.organization.id == own
        changed = admin.user.update(user.id, roles=[role.id])
        assert isinstance(changed, HQUser)
        assert [r.id for r in admin.role.list(user=user.id).all()] == [role.id]
        assert [u.id for u in admin.user.list(role=role.id).all()] == [user.id]

        admin.user.update(user.id, [view_roles.id], [role.id])
        assert [u.id for u in admin.user.list(rule=view_roles.id).all()] == [user.id]
        theirs = {r.id for r in admin.rule.list(user=user.id).all()}
        assert theirs == {view_users.id, view_roles.id}

        admin.user.update(user.id, [], [])
        assert admin.role.list(user=user.id).all() == []
        assert admin.rule.list(user=user.id).all() == []
    finally:
        admin.user.delete(user.id)
        admin.role.delete(role.id, delete_dependents=True)


def test_no_one_changes_their_own_roles(admin: Client) -> None:
    whoami = admin.whoami
    assert whoami is not None
    with pytest.raises(PermissionDeniedError, match="own roles"):
        admin.user.update(roles=[])


def test_a_service_account_logs_in_with_its_secret(
    admin: Client, hq: LocalHQ, keycloak: LocalKeycloak
) -> None:
    """create(..., is_service_account=True) answers the client_secret (in
    the official order too); it logs in by client credentials."""
    username = unique("bot")
    made = admin.user.create(username, None, None, None, None, True)
    try:
        assert isinstance(made, HQNewUser) and made.is_service_account
        assert isinstance(made.client_secret, str) and made.client_secret
        assert isinstance(made.keycloak_client_id, str)  # Keycloak's uuid of it
        with Client(base_url=hq.base_url, auth_url=keycloak.url) as bot:
            bot.authenticate_service_account(made.client_secret, username)
            me = bot.user.get_own_user()
            assert isinstance(me, HQUser)
            assert (me.id, me.is_service_account) == (made.id, True)
            whoami = bot.whoami
            assert whoami is not None and whoami.id_ == made.id
        listed = admin.user.get(made.id)
        assert isinstance(listed, HQUser) and listed.is_service_account
    finally:
        admin.user.delete(made.id)
    gone = Client(base_url=hq.base_url, auth_url=keycloak.url)
    with gone, pytest.raises(AuthenticationError):
        gone.authenticate_service_account(made.client_secret, username)


def test_roles_on_hq(admin: Client) -> None:
    """create/get/update/delete are the operations both lines share; list
    answers HQ's roles."""
    own = _own_organization(admin)
    rules = [r.id for r in admin.rule.list(name="task", scope="organization").all()]
    name = unique("analyst")
    made = admin.role.create(name, "runs tasks", rules[:1], organization=own)
    try:
        assert isinstance(made, Role) and made.name == name
        assert admin.role.get(made.id).description == "runs tasks"
        admin.role.update(made.id, description="runs all tasks", rules=rules)
        assert admin.role.get(made.id).description == "runs all tasks"
        assert {r.id for r in admin.rule.list(role=made.id).all()} == set(rules)
        [listed] = admin.role.list(name=name).all()
        assert isinstance(listed, HQRole) and listed.id == made.id
        of_own = admin.role.list(organization=own, per_page=200).all()
        assert made.id in [r.id for r in of_own]
        assert all(r.organization is not None for r in of_own)
        with_root = admin.role.list(organization=own, include_root=True).all()
        assert any(r.organization is None for r in with_root)
        assert [r.id for r in admin.role.list(rule=rules[-1]).all()].count(made.id) == 1
    finally:
        admin.role.delete(made.id)
    with pytest.raises(NotFoundError):
        admin.role.get(made.id)


def test_a_default_role(admin: Client) -> None:
    """Default roles belong to no organization (HQ's role.get of one: see
    the spec's GET /role/{id})."""
    [researcher] = admin.role.list(name="Researcher").all()
    assert researcher.organization is None and researcher.is_default_role
    got = admin.role.get(researcher.id)
    assert got.name == "Researcher"


def test_rules_on_hq(admin: Client) -> None:
    everything = admin.rule.list(per_page=500).all()
    assert everything and all(isinstance(r, HQRule) for r in everything)
    assert {r.operation for r in everything} >= {"view", "edit", "create", "delete"}
    mine = admin.rule.list(current_user=True, per_page=500).all()
    assert {r.id for r in mine} == {r.id for r in everything}  # root has them all
    page = admin.rule.list(operation="delete", page=1, per_page=3)
    assert len(page.data) == 3 and all(r.operation == "delete" for r in page.data)
    one = admin.rule.get(everything[0].id)
    assert one.name == everything[0].name


@pytest.mark.parametrize(
    ("call", "refused"),
    [
        (lambda c: c.user.list(firstname="A%"), NotOnThisServerError),
        (lambda c: c.user.list(email="%@x"), NotOnThisServerError),
        (lambda c: c.user.create("x", "pw", firstname="X"), NotOnThisServerError),
        (lambda c: c.user.create("x", email="x@x.org"), NotOnThisServerError),
        (lambda c: c.user.update(2, lastname="Y"), NotOnThisServerError),
        (lambda c: c.user.update(2, username="y"), NotOnThisServerError),
        (lambda c: c.user.create("x"), InvalidArgumentError),
        (
            lambda c: c.user.create("x", "pw", is_service_account=True),
            InvalidArgumentError,
        ),
        (lambda c: c.role.add_rule(1, 1), NotOnThisServerError),
        (lambda c: c.role.remove_rule(1, 1), NotOnThisServerError),
    ],
)
def test_other_lines_parameters_refused_before_sending(
    admin: Client, wire: Counting, call: Callable[[Client], Any], refused: type
) -> None:
    sent = wire.sent
    with pytest.raises(refused):
        call(admin)
    assert wire.sent == sent
