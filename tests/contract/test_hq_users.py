"""Contract tests of ``client.user``, ``client.role`` and ``client.rule`` on a
5.x HQ, against HQ mocked from its spec: the official 5.x client's forms
(positional orders included), HQ's own models, and the 4.x-only parameters
refused before anything is sent. The 4.x forms are in test_groups.py; the
real pair runs these in tests/hq/test_users.py."""

from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer

from tests.contract.spec_mock import SpecMock
from vantage6_client import (
    Client,
    InvalidArgumentError,
    NotOnThisServerError,
    ServerError,
)
from vantage6_client.types import HQNewUser, HQRole, HQRule, HQUser, Message, Role


def _nothing_sent(httpserver: HTTPServer) -> bool:
    return len(httpserver.log) == 0


# -- user -------------------------------------------------------------------
def test_user_list_in_the_official_5x_order(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    """list(username, organization, role, rule, last_seen_from,
    last_seen_till, page, per_page): no names or e-mail on 5.x."""
    hq_mock.expect(
        "user_list",
        query={
            "username": "a%",
            "organization_id": "2",
            "role_id": "3",
            "rule_id": "7",
            "last_seen_from": "2024-05-01",
            "last_seen_till": "2024-06-01",
            "page": "2",
            "per_page": "5",
        },
        body=hq_mock.page("UserPage", id=5, username="alice"),
    )
    page = hq_client.user.list("a%", 2, 3, 7, "2024-05-01", "2024-06-01", 2, 5)
    assert isinstance(page.data[0], HQUser)
    assert (page.data[0].id, page.data[0].username) == (5, "alice")


def test_user_list_by_keyword_sorted_by_hqs_columns(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    hq_mock.expect(
        "user_list",
        query={"role_id": "3", "page": "1", "per_page": "20", "sort": "-last_seen"},
        body=hq_mock.page("UserPage", id=5),
    )
    assert [u.id for u in hq_client.user.list(role=3, sort="-last_seen").data] == [5]
    with pytest.raises(InvalidArgumentError, match="users cannot be sorted by 'email'"):
        hq_client.user.list(sort="email")


@pytest.mark.parametrize("name", ["firstname", "lastname", "email"])
def test_user_list_refuses_4x_filters(
    hq_client: Client, httpserver: HTTPServer, name: str
) -> None:
    with pytest.raises(
        NotOnThisServerError, match=rf"^{name} is vantage6 4.x's.*Keycloak"
    ):
        hq_client.user.list(**{name: "x%"})
    assert _nothing_sent(httpserver)


def test_user_get_answers_hqs_user(hq_mock: SpecMock, hq_client: Client) -> None:
    """By default yourself; include_permissions only sent when true (HQ
    reads "false" as true)."""
    hq_mock.expect(
        "user_get",
        path={"id": 1},
        body=hq_mock.model("User", id=1, username="root", is_service_account=False),
    )
    me = hq_client.user.get()
    assert isinstance(me, HQUser) and me.username == "root"
    hq_mock.expect(
        "user_get",
        path={"id": 4},
        query={"include_permissions": "true"},
        body=hq_mock.model("User", id=4),
    )
    assert hq_client.user.get(4, include_permissions=True).id == 4


def test_user_get_own_user_sends_the_flag_only_when_true(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    hq_mock.expect("user_me", body=hq_mock.model("User", id=1))
    assert isinstance(hq_client.user.get_own_user(), HQUser)
    hq_mock.expect(
        "user_me",
        query={"include_permissions": "true"},
        body=hq_mock.model("User", id=1),
    )
    hq_client.user.get_own_user(include_permissions=True)


def test_user_create_in_the_official_5x_order(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    """create(username, password, organization, roles, rules): HQ's own
    body, no names or e-mail."""
    hq_mock.expect(
        "user_create",
        json_body={
            "username": "bob",
            "is_service_account": False,
            "password": "Pw-1234!a",
            "organization_id": 2,
            "roles": [3],
            "rules": [8, 9],
        },
        body=hq_mock.model("NewUser", id=6, username="bob"),
        status=201,
    )
    user = hq_client.user.create("bob", "Pw-1234!a", 2, [3], [8, 9])
    assert isinstance(user, HQNewUser)
    assert (user.id, user.username) == (6, "bob")


def test_user_create_leaves_the_organization_to_hq(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    """No organization: HQ puts the user in yours (nothing else sent)."""
    hq_mock.expect(
        "user_create",
        json_body={"username": "bob", "is_service_account": False, "password": "pw"},
        body=hq_mock.model("NewUser", id=6),
        status=201,
    )
    hq_client.user.create("bob", password="pw")


def test_user_create_a_service_account_answers_its_secret(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    hq_mock.expect(
        "user_create",
        json_body={"username": "bot", "is_service_account": True},
        body=hq_mock.model(
            "NewUser", id=7, username="bot", is_service_account=True, client_secret="s"
        ),
        status=201,
    )
    made = hq_client.user.create("bot", None, None, None, None, True)
    assert isinstance(made, HQNewUser) and made.client_secret == "s"


def test_user_create_refusals_before_sending(
    hq_client: Client, httpserver: HTTPServer
) -> None:
    with pytest.raises(NotOnThisServerError, match=r"^firstname is vantage6 4.x's"):
        hq_client.user.create("bob", password="pw", firstname="Bob")
    with pytest.raises(NotOnThisServerError, match=r"^email is vantage6 4.x's"):
        hq_client.user.create("bob", password="pw", email="b@x.org")
    with pytest.raises(InvalidArgumentError, match=r"^password must be"):
        hq_client.user.create("bob")
    with pytest.raises(InvalidArgumentError, match=r"^password: a service account"):
        hq_client.user.create("bot", "pw", is_service_account=True)
    # the 4.x positional form read as 5.x's: "B" lands on organization
    with pytest.raises(InvalidArgumentError, match=r"^organization must be.*5.x"):
        hq_client.user.create("bob", "Bob", "B", "pw", "b@x.org")
    with pytest.raises(InvalidArgumentError, match="too many positional"):
        hq_client.user.create("b", "p", 1, [], [], False, "extra")
    assert _nothing_sent(httpserver)


def test_user_update_in_the_official_5x_order(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    """update(id_, rules, roles): only those two on 5.x."""
    hq_mock.expect(
        "user_update",
        path={"id": 5},
        json_body={"rules": [8], "roles": []},
        body=hq_mock.model("User", id=5),
    )
    user = hq_client.user.update(5, [8], [])
    assert isinstance(user, HQUser) and user.id == 5
    hq_mock.expect(
        "user_update",
        path={"id": 5},
        json_body={"roles": [2]},
        body=hq_mock.model("User", id=5),
    )
    hq_client.user.update(5, roles=[2])


@pytest.mark.parametrize(
    "name", ["firstname", "lastname", "organization", "email", "username"]
)
def test_user_update_refuses_4x_fields(
    hq_client: Client, httpserver: HTTPServer, name: str
) -> None:
    value = 2 if name == "organization" else "x"
    with pytest.raises(NotOnThisServerError, match=rf"^{name} is vantage6 4.x's"):
        hq_client.user.update(5, **{name: value})
    assert _nothing_sent(httpserver)


def test_user_delete_sends_the_flag_in_the_query(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    hq_mock.expect("user_delete", path={"id": 5}, body={"msg": "user 5 removed"})
    answer = hq_client.user.delete(5)
    assert isinstance(answer, Message) and answer.msg == "user 5 removed"
    hq_mock.expect(
        "user_delete",
        path={"id": 6},
        query={"delete_dependents": "true"},
        body={"msg": "user 6 removed"},
    )
    hq_client.user.delete(6, delete_dependents=True)


# -- role -------------------------------------------------------------------
def test_role_list_answers_hqs_roles(hq_mock: SpecMock, hq_client: Client) -> None:
    """HQ takes one name and description pattern (4.x a list of them)."""
    hq_mock.expect(
        "role_list",
        query={
            "name": "R%",
            "description": "d%",
            "organization_id": ["1", "2"],
            "rule_id": "7",
            "user_id": "5",
            "include_root": "true",
            "page": "2",
            "per_page": "5",
            "sort": "name",
        },
        body=hq_mock.page("RolePage", id=4, name="Researcher"),
    )
    page = hq_client.role.list("R%", "d%", [1, 2], 7, 5, True, 2, 5, sort="name")
    assert isinstance(page.data[0], HQRole)
    assert page.data[0].name == "Researcher"


def test_role_create_get_update_delete_are_shared(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    hq_mock.expect(
        "role_create",
        json_body={"name": "R", "rules": [1], "description": "d", "organization_id": 2},
        body=hq_mock.model("Role", id=10, name="R"),
        status=201,
    )
    assert hq_client.role.create("R", "d", [1], 2).id == 10
    hq_mock.expect("role_get", path={"id": 10}, body=hq_mock.model("Role", id=10))
    assert hq_client.role.get(10).id == 10
    hq_mock.expect(
        "role_update",
        path={"id": 10},
        json_body={"rules": [1, 2]},
        body=hq_mock.model("Role", id=10),
    )
    hq_client.role.update(10, rules=[1, 2])
    hq_mock.expect("role_delete", path={"id": 10}, body={"msg": "deleted"})
    assert hq_client.role.delete(10).msg == "deleted"


def test_role_rules_one_at_a_time_are_refused(
    hq_client: Client, httpserver: HTTPServer
) -> None:
    with pytest.raises(NotOnThisServerError, match=r"role\.update\(id_, rules="):
        hq_client.role.add_rule(4, 7)
    with pytest.raises(NotOnThisServerError, match=r"role\.update\(id_, rules="):
        hq_client.role.remove_rule(4, 7)
    assert _nothing_sent(httpserver)


# -- rule -------------------------------------------------------------------
def test_rule_list_answers_hqs_rules(hq_mock: SpecMock, hq_client: Client) -> None:
    """HQ stores operation and scope by value (view), 4.x by name (VIEW)."""
    hq_mock.expect(
        "rule_list",
        query={
            "name": "task",
            "operation": "view",
            "scope": "organization",
            "role_id": "4",
            "user_id": "5",
            "page": "2",
            "per_page": "5",
        },
        body=hq_mock.page("RulePage", id=7, name="task", operation="view"),
    )
    page = hq_client.rule.list("task", "VIEW", "Organization", 4, 2, 5, user=5)
    assert isinstance(page.data[0], HQRule)
    assert (page.data[0].id, page.data[0].name) == (7, "task")


def test_rule_list_of_the_current_user(hq_mock: SpecMock, hq_client: Client) -> None:
    hq_mock.expect(
        "rule_list",
        query={"current_user": "true", "page": "1", "per_page": "20"},
        body=hq_mock.page("RulePage", id=7),
    )
    assert [r.id for r in hq_client.rule.list(current_user=True).data] == [7]


def test_rule_list_current_user_is_refused_on_4x(
    client: Client, httpserver: HTTPServer
) -> None:
    with pytest.raises(NotOnThisServerError, match=r"^current_user is vantage6 5.x's"):
        client.rule.list(current_user=True)
    assert _nothing_sent(httpserver)


def test_user_create_service_account_is_refused_on_4x(
    client: Client, httpserver: HTTPServer
) -> None:
    with pytest.raises(NotOnThisServerError, match=r"^is_service_account is"):
        client.user.create(
            "bot", "B", "B", "Pw-1234!a", "b@x.org", is_service_account=True
        )
    assert _nothing_sent(httpserver)


def test_rule_get_is_shared(hq_mock: SpecMock, hq_client: Client) -> None:
    hq_mock.expect(
        "rule_get", path={"id": 7}, body=hq_mock.model("Rule", id=7, name="task")
    )
    assert hq_client.rule.get(7).name == "task"


def test_role_get_of_a_default_role_falls_back_to_the_list(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    """HQ 5.0.3 answers 500 for a role without organization: the role is
    looked up in the list, by id, pages stopping past it."""
    hq_mock.expect(
        "role_get",
        path={"id": 2},
        status=500,
        body={"msg": "An unexpected error occurred: int() argument ..."},
    )
    root = {"organization": None, "is_default_role": True}
    hq_mock.expect(
        "role_list",
        query={"page": "1", "per_page": "200", "sort": "id"},
        body={
            "data": [
                hq_mock.model("Role", id=1, name="Root", **root),
                hq_mock.model("Role", id=2, name="Researcher", **root),
                hq_mock.model("Role", id=3, name="Viewer", **root),
            ],
            "links": hq_mock.model("PageLinks"),
        },
    )
    role = hq_client.role.get(2)
    assert isinstance(role, Role) and role.name == "Researcher"


def test_role_get_fails_as_hq_does_when_the_list_lacks_it(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    hq_mock.expect("role_get", path={"id": 9}, status=500, body={"msg": "boom"})
    hq_mock.expect(
        "role_list",
        query={"page": "1", "per_page": "200", "sort": "id"},
        body={
            "data": [hq_mock.model("Role", id=1)],
            "links": hq_mock.model("PageLinks"),
        },
    )
    with pytest.raises(ServerError, match="boom"):
        hq_client.role.get(9)
