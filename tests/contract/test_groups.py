"""Each resource-group method sends what the spec says and returns typed models.

Every call is armed with the exact query and JSON body the facade must send
for the arguments given (none when ``query=`` / ``json_body=`` is left out:
see ``spec_mock.py``), and its answer carries distinctive values that the
test finds again in what the facade returns.
"""

from __future__ import annotations

import base64
import json
import stat
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from vantage6_server_api.models import (
    AlgorithmStore,
    Collaboration,
    Health,
    Message,
    NewNode,
    Node,
    NodeSimple,
    Organization,
    Role,
    Rule,
    Study,
    Task,
    TwoFactorSetup,
    User,
    UserTokenValidation,
    Version,
)

from tests.contract.conftest import covers
from tests.contract.spec_mock import ANY, SpecMock
from vantage6_client import (
    AlgorithmRun,
    Client,
    InvalidArgumentError,
    Page,
    TaskResult,
    TaskResults,
    public_key_text,
)
from vantage6_client._crypto import load_private_key
from vantage6_client.resources import _base


def b64_json(value: object) -> str:
    """Task input as an unencrypted collaboration carries it: base64 of JSON."""
    return base64.b64encode(json.dumps(value).encode()).decode()


# -- util --------------------------------------------------------------------


@covers("util.get_server_version")
def test_util_get_server_version(mock: SpecMock, client: Client) -> None:
    mock.expect("util_get_server_version", body={"version": "4.15.2"})
    assert client.util.get_server_version() == Version(version="4.15.2")


@covers("util.get_server_health")
def test_util_get_server_health(mock: SpecMock, client: Client) -> None:
    mock.expect("util_get_server_health", body={"database": True})
    assert client.util.get_server_health() == Health(database=True)


@covers("util.get_hq_version", "util.get_hq_health")
def test_the_official_5x_names_work_on_a_4x_server(
    mock: SpecMock, client: Client
) -> None:
    mock.expect("util_get_server_version", body={"version": "4.15.2"})
    assert client.util.get_hq_version() == Version(version="4.15.2")
    mock.expect("util_get_server_health", body={"database": True})
    assert client.util.get_hq_health() == Health(database=True)


@covers("util.change_my_password")
def test_util_change_my_password(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "util_change_my_password",
        json_body={"current_password": "Old-pw1!", "new_password": "New-pw2!"},
        body={"msg": "password changed"},
    )
    changed = client.util.change_my_password("Old-pw1!", "New-pw2!")
    assert changed == Message(msg="password changed")


@covers("util.reset_my_password")
def test_util_reset_my_password(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "util_reset_my_password",
        json_body={"email": "alice@x.org"},
        body={"msg": "mail sent if the account exists"},
    )
    sent = client.util.reset_my_password(email="alice@x.org")
    assert sent.msg == "mail sent if the account exists"

    mock.expect("util_reset_my_password", json_body={"username": "alice"})
    assert isinstance(client.util.reset_my_password(username="alice"), Message)

    with pytest.raises(InvalidArgumentError):
        client.util.reset_my_password()


@covers("util.set_my_password")
def test_util_set_my_password(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "util_set_my_password",
        json_body={"reset_token": "tok", "password": "New-pw2!"},
        body={"msg": "password set"},
    )
    assert client.util.set_my_password("tok", "New-pw2!").msg == "password set"


@covers("util.reset_two_factor_auth")
def test_util_reset_two_factor_auth_sends_no_email(
    mock: SpecMock, client: Client
) -> None:
    """The official client sent `email`, which the server always refused."""
    mock.expect(
        "util_reset_two_factor_auth",
        json_body={"username": "alice", "password": "pw"},
        body={"msg": "2FA reset mail sent"},
    )
    reset = client.util.reset_two_factor_auth("pw", email="a@x.org", username="alice")
    assert reset.msg == "2FA reset mail sent"
    with pytest.raises(InvalidArgumentError, match="username"):
        client.util.reset_two_factor_auth("pw", email="a@x.org")


@covers("util.set_two_factor_auth")
def test_util_set_two_factor_auth(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "util_set_two_factor_auth",
        json_body={"reset_token": "tok"},
        body={"qr_uri": "otpauth://totp/v6", "otp_secret": "JBSWY3DP", "msg": "ok"},
    )
    setup = client.util.set_two_factor_auth("tok")
    assert isinstance(setup, TwoFactorSetup)
    assert (setup.otp_secret, setup.qr_uri) == ("JBSWY3DP", "otpauth://totp/v6")


@covers("util.validate_user_token")
def test_util_validate_user_token(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "validate_user_token",
        body={
            "msg": "valid",
            "user_id": 1,
            "username": "root",
            "email": "root@x.org",
            "organization_id": 1,
        },
    )
    validation = client.util.validate_user_token()
    assert isinstance(validation, UserTokenValidation)
    assert (validation.username, validation.user_id) == ("root", 1)


@covers("util.generate_private_key")
def test_util_generate_private_key_replaces_the_servers_key(
    mock: SpecMock,
    client: Client,
    tmp_path: Path,
    rsa_keys: list[rsa.RSAPrivateKey],
) -> None:
    old_key = public_key_text(rsa_keys[0])
    mock.expect(
        "organization_get",
        path={"id": 1},
        body=mock.model("Organization", id=1, public_key=old_key),
    )
    mock.expect("organization_update", path={"id": 1}, json_body=ANY)
    path = client.util.generate_private_key(tmp_path / "org.pem")
    assert path == tmp_path / "org.pem"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # the public half of the key written is what replaced the old one
    uploaded = json.loads(mock.httpserver.log[-1][0].get_data())
    assert uploaded == {"public_key": public_key_text(load_private_key(path))}
    assert uploaded["public_key"] != old_key
    assert client.cryptor.encrypts


# -- organization -----------------------------------------------------------
@covers("organization.list")
def test_organization_list(mock: SpecMock, client: Client) -> None:
    # the study is looked up first: the server answers 500 for one naming none
    mock.expect("study_get", path={"id": 6})
    mock.expect(
        "organization_list",
        query={
            "name": "Hosp%",
            "country": "NL",
            "collaboration_id": 3,
            "study_id": 6,
            "ids": [4, 5],
            "page": 2,
            "per_page": 5,
            "sort": "name,-id",
        },
        headers={"total-count": "12"},
        body=mock.page("OrganizationPage", id=4, name="Hospital Oost"),
    )
    page = client.organization.list(
        name="Hosp%",
        country="NL",
        collaboration=3,
        study=6,
        page=2,
        per_page=5,
        ids=[4, 5],
        sort=["name", "-id"],
    )
    assert isinstance(page, Page)
    assert isinstance(page.data[0], Organization)
    assert (page.number, page.total) == (2, 12)
    assert page.data[0].name == "Hospital Oost"
    assert page["data"][0]["id"] == 4


@covers("organization.list")
def test_organization_list_splits_ids_too_many_for_one_request(
    mock: SpecMock, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "ids=7&" is 6 bytes: with a budget of 12, two ids per request
    monkeypatch.setattr(_base, "ID_QUERY_BUDGET", 12)

    def organizations(*ids: int) -> Any:
        page = mock.page("OrganizationPage", id=ids[0])
        page["data"] = [{**page["data"][0], "id": i, "name": f"O{i}"} for i in ids]
        return page

    # every matching item of each run of ids, with the other filters and the
    # sort; 9 is no organization, 7 is asked for twice
    for run, found in [([7, 3], (7, 3)), ([9, 5], (5,)), ([7, 1], (7, 1))]:
        mock.expect(
            "organization_list",
            query={
                "ids": run,
                "country": "NL",
                "sort": "-name",
                "page": 1,
                "per_page": 200,
            },
            body=organizations(*found),
        )
    page = client.organization.list(
        ids=[7, 3, 9, 5, 7, 1], country="NL", per_page=2, sort="-name"
    )
    # as one request lists them: each once, by name descending, in pages of 2
    assert (page.total, page.number, page.has_next) == (4, 1, True)
    assert [o.name for o in page] == ["O7", "O5"]
    assert [o.name for o in page.all()] == ["O7", "O5", "O3", "O1"]
    assert page["links"]["next"] == "?page=2&per_page=2"
    # the next pages are cut from the same items: nothing more is sent
    second = page.next_page()
    assert second is not None
    assert ([o.id for o in second], second.has_next) == ([3, 1], False)


@covers("organization.list")
def test_a_split_organization_list_gives_the_page_asked_for(
    mock: SpecMock, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_base, "ID_QUERY_BUDGET", 40)
    ids = list(range(1, 13))  # 12 organizations, in 2 requests
    for run in _base.id_runs(ids, "ids"):
        page = mock.page("OrganizationPage", id=run[0])
        page["data"] = [{**page["data"][0], "id": i} for i in run]
        mock.expect(
            "organization_list",
            query={"ids": run, "page": 1, "per_page": 200},
            body=page,
        )
    second = client.organization.list(ids=ids, page=2)  # 10 per page by default
    assert ([o.id for o in second], second.number, second.total) == ([11, 12], 2, 12)


@covers("organization.list")
def test_organization_list_sends_ids_that_fit_in_one_request(
    mock: SpecMock, client: Client
) -> None:
    ids = list(range(1, 121))  # 852 bytes of "ids=…&": one request still
    mock.expect(
        "organization_list",
        query={"ids": ids, "page": 3, "per_page": 10},
        headers={"total-count": "120"},
    )
    page = client.organization.list(ids=ids, page=3)
    assert (page.number, page.total) == (3, 120)


@covers("role.list")
def test_role_list_splits_organizations_too_many_for_one_request(
    mock: SpecMock, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_base, "ID_QUERY_BUDGET", 20)  # one organization each
    for organization, role in [(11, 4), (12, 2)]:
        mock.expect(
            "role_list",
            query={"organization_id": [organization], "page": 1, "per_page": 200},
            body=mock.page("RolePage", id=role),
        )
    roles = client.role.list(organization=[11, 12])
    assert [r.id for r in roles] == [2, 4]
    assert roles.total == 2


def test_organization_create_refuses_none_for_a_text_field(client: Client) -> None:
    # the server refuses a null where it takes text ("Field may not be
    # null"); "" is no zip code
    with pytest.raises(
        InvalidArgumentError, match=r"^zipcode must be a string, not None"
    ):
        client.organization.create("Hospital", zipcode=None)  # type: ignore[arg-type]


@covers("organization.get")
def test_organization_get_defaults_to_own(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "organization_get",
        path={"id": 1},
        body=mock.model("Organization", id=1, name="Root Org"),
    )
    own = client.organization.get()
    assert isinstance(own, Organization)
    assert (own.id, own.name) == (1, "Root Org")


@covers("organization.create")
def test_organization_create(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "organization_create",
        json_body={
            "name": "Hospital",
            "address1": "Main St 1",
            "address2": "Floor 2",
            "zipcode": "1234 AB",
            "country": "NL",
            "domain": "hospital.nl",
            "public_key": "a2V5",
        },
        body=mock.model("Organization", id=7, name="Hospital"),
    )
    created = client.organization.create(
        "Hospital",
        address1="Main St 1",
        address2="Floor 2",
        zipcode="1234 AB",
        country="NL",
        domain="hospital.nl",
        public_key="a2V5",
    )
    assert isinstance(created, Organization)
    assert (created.id, created.name) == (7, "Hospital")


@covers("organization.update")
def test_organization_update_sends_only_changes(mock: SpecMock, client: Client) -> None:
    """An empty public key is a change (it removes the key), None is not."""
    mock.expect(
        "organization_update",
        path={"id": 4},
        json_body={"name": "Oost", "country": "BE", "public_key": ""},
        body=mock.model("Organization", id=4, name="Oost", country="BE"),
    )
    updated = client.organization.update(4, name="Oost", country="BE", public_key="")
    assert isinstance(updated, Organization)
    assert (updated.name, updated.country) == ("Oost", "BE")


@covers("organization.delete")
def test_organization_delete_sends_delete_dependents_only_when_true(
    mock: SpecMock, client: Client
) -> None:
    mock.expect("organization_delete", path={"id": 4}, body={"msg": "deleted 4"})
    assert client.organization.delete(4).msg == "deleted 4"

    mock.expect(
        "organization_delete",
        path={"id": 4},
        query={"delete_dependents": "true"},
        body={"msg": "deleted 4 and its dependents"},
    )
    deleted = client.organization.delete(4, delete_dependents=True)
    assert deleted.msg == "deleted 4 and its dependents"


# -- collaboration ----------------------------------------------------------
@covers("collaboration.list")
def test_collaboration_list(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "collaboration_list",
        query={
            "name": "C%",
            "encrypted": 1,
            "algorithm_store_id": 5,
            "include": "organizations",
            "page": 2,
            "per_page": 5,
            "sort": "-name",
        },
        body=mock.page("CollaborationPage", id=3, name="Cancer study"),
    )
    page = client.collaboration.list(
        scope="global",
        name="C%",
        encrypted=True,
        algorithm_store=5,
        page=2,
        per_page=5,
        include_organizations=True,
        sort="-name",
    )
    assert isinstance(page.data[0], Collaboration)
    assert page.data[0].name == "Cancer study"


def test_collaboration_list_defaults_to_own_organization(
    mock: SpecMock, client: Client
) -> None:
    mock.expect(
        "collaboration_list",
        query={"encrypted": 0, "organization_id": 1, "page": 1, "per_page": 20},
        body=mock.page("CollaborationPage", id=3, name="Plain"),
    )
    assert [c.name for c in client.collaboration.list(encrypted=False)] == ["Plain"]


@covers("collaboration.get")
def test_collaboration_get(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "collaboration_get",
        path={"id": 3},
        query={"include": "organizations"},
        body=mock.model("Collaboration", id=3, name="Cancer study", encrypted=True),
    )
    collaboration = client.collaboration.get(3, include_organizations=True)
    assert isinstance(collaboration, Collaboration)
    assert (collaboration.name, collaboration.encrypted) == ("Cancer study", True)


def expect_organizations(mock: SpecMock, ids: list[int]) -> None:
    """The organizations a collaboration change names, looked up first."""
    page = mock.page("OrganizationPage", id=ids[0])
    page["data"] += [{**page["data"][0], "id": other} for other in ids[1:]]
    mock.expect(
        "organization_list",
        query={"ids": ids, "page": 1, "per_page": len(ids)},
        body=page,
    )


@covers("collaboration.create")
def test_collaboration_create(mock: SpecMock, client: Client) -> None:
    expect_organizations(mock, [1, 2])
    mock.expect(
        "collaboration_create",
        json_body={"name": "C", "organization_ids": [1, 2], "encrypted": True},
        body=mock.model("Collaboration", id=9, name="C"),
    )
    created = client.collaboration.create("C", [1, 2], encrypted=True)
    assert isinstance(created, Collaboration)
    assert (created.id, created.name) == (9, "C")


@covers("collaboration.update")
def test_collaboration_update(mock: SpecMock, client: Client) -> None:
    expect_organizations(mock, [1, 4])
    mock.expect(
        "collaboration_update",
        path={"id": 3},
        json_body={"name": "New", "encrypted": False, "organization_ids": [1, 4]},
        body=mock.model("Collaboration", id=3, name="New"),
    )
    updated = client.collaboration.update(
        3, name="New", encrypted=False, organizations=[1, 4]
    )
    assert isinstance(updated, Collaboration)
    assert updated.name == "New"


@covers("collaboration.delete")
def test_collaboration_delete(mock: SpecMock, client: Client) -> None:
    # its tasks first, with their runs: the server leaves runs behind, which
    # then answer 500; one a parent took along is gone already
    tasks = mock.model("TaskPage")
    tasks["data"] = [{**tasks["data"][0], "id": i} for i in (5, 6)]
    mock.expect(
        "task_list",
        query={"collaboration_id": 3, "page": 1, "per_page": 200},
        body=tasks,
    )
    mock.expect("task_delete", path={"id": 5}, body={"msg": "task 5 deleted"})
    mock.expect("task_delete", path={"id": 6}, status=404, body={"msg": "gone"})
    mock.expect(
        "collaboration_delete",
        path={"id": 3},
        query={"delete_dependents": "true"},
        body={"msg": "collaboration 3 deleted"},
    )
    deleted = client.collaboration.delete(3, delete_dependents=True)
    assert deleted.msg == "collaboration 3 deleted"


@covers("collaboration.add_organization", "collaboration.remove_organization")
def test_collaboration_organizations(mock: SpecMock, client: Client) -> None:
    client.collaboration_id = 3  # as set by setup_collaboration
    mock.expect(
        "collaboration_add_organization",
        path={"id": 3},
        json_body={"id": 4},
        body=[mock.model("Organization", id=1), mock.model("Organization", id=4)],
    )
    members = client.collaboration.add_organization(4)
    assert all(isinstance(o, Organization) for o in members)
    assert [o.id for o in members] == [1, 4]

    mock.expect(
        "collaboration_remove_organization",
        path={"id": 5},
        json_body={"id": 4},
        body=[mock.model("Organization", id=2, name="Remaining")],
    )
    remaining = client.collaboration.remove_organization(4, 5)
    assert [o.name for o in remaining] == ["Remaining"]


@covers("collaboration.add_node", "collaboration.remove_node")
def test_collaboration_nodes(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "collaboration_add_node",
        path={"id": 3},
        json_body={"id": 8},
        body=[mock.model("NodeSimple", id=8, name="node 8")],
    )
    nodes = client.collaboration.add_node(8, 3)
    assert isinstance(nodes[0], NodeSimple)
    assert (nodes[0].id, nodes[0].name) == (8, "node 8")

    mock.expect(
        "collaboration_remove_node",
        path={"id": 3},
        json_body={"id": 8},
        body={"msg": "node 8 removed"},
    )
    assert client.collaboration.remove_node(8, 3).msg == "node 8 removed"


# -- node -------------------------------------------------------------------
@covers("node.list")
def test_node_list(mock: SpecMock, client: Client) -> None:
    mock.expect("study_get", path={"id": 6})  # looked up first, as above
    mock.expect(
        "node_list",
        query={
            "name": "n%",
            "organization_id": 2,
            "collaboration_id": 3,
            "study_id": 6,
            "status": "offline",
            "ip": "10.76.0.2",
            "last_seen_from": "2024-05-01",
            "last_seen_till": "2024-06-01",
            "page": 2,
            "per_page": 5,
            "sort": "name",
        },
        body=mock.page("NodePage", id=8, name="node 8", status="offline"),
    )
    page = client.node.list(
        name="n%",
        organization=2,
        collaboration=3,
        study=6,
        is_online=False,
        ip="10.76.0.2",
        last_seen_from="2024-05-01",
        last_seen_till="2024-06-01",
        page=2,
        per_page=5,
        sort="name",
    )
    assert isinstance(page.data[0], Node)
    assert (page.data[0].name, page.data[0].status) == ("node 8", "offline")


@covers("node.get")
def test_node_get(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "node_get", path={"id": 8}, body=mock.model("Node", id=8, name="node 8")
    )
    node = client.node.get(8)
    assert isinstance(node, Node)
    assert (node.id, node.name) == (8, "node 8")


@covers("node.create")
def test_node_create_returns_the_api_key(mock: SpecMock, client: Client) -> None:
    body = mock.model("NewNode", api_key="0f7b7a0e-0000-4000-8000-000000000000")
    mock.expect(
        "node_create",
        json_body={"collaboration_id": 3, "organization_id": 2, "name": "n9"},
        body=body,
    )
    node = client.node.create(3, organization=2, name="n9")
    assert isinstance(node, NewNode)
    assert node.api_key == body["api_key"]


@covers("node.update")
def test_node_update(mock: SpecMock, client: Client) -> None:
    """ip and clear_ip both go: the server lets ip win."""
    mock.expect(
        "node_update",
        path={"id": 8},
        json_body={"name": "n", "ip": "10.76.0.9", "clear_ip": True},
        body=mock.model("Node", id=8, name="n", ip="10.76.0.9"),
    )
    node = client.node.update(8, name="n", clear_ip=True, ip="10.76.0.9")
    assert isinstance(node, Node)
    assert (node.name, node.ip) == ("n", "10.76.0.9")
    with pytest.raises(InvalidArgumentError):
        client.node.update(8, clear_ip="false")  # type: ignore[arg-type]


@covers("node.delete")
def test_node_delete(mock: SpecMock, client: Client) -> None:
    mock.expect("node_delete", path={"id": 8}, body={"msg": "node 8 deleted"})
    assert client.node.delete(8).msg == "node 8 deleted"


@covers("node.kill_tasks")
def test_node_kill_tasks(mock: SpecMock, client: Client) -> None:
    mock.expect("node_kill_tasks", json_body={"id": 8}, body={"msg": "killing"})
    assert client.node.kill_tasks(8).msg == "killing"


@covers("node.reset_api_key")
def test_node_reset_api_key(mock: SpecMock, client: Client) -> None:
    mock.expect("node_reset_api_key", json_body={"id": 8}, body={"api_key": "new-key"})
    assert client.node.reset_api_key(8) == "new-key"


# -- user -------------------------------------------------------------------
@covers("user.list")
def test_user_list(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "user_list",
        query={
            "username": "a%",
            "organization_id": 2,
            "firstname": "Al%",
            "lastname": "B%",
            "email": "%@x.org",
            "role_id": 3,
            "rule_id": 7,
            "last_seen_from": "2024-05-01",
            "last_seen_till": "2024-06-01",
            "page": 2,
            "per_page": 5,
            "sort": "-id",
        },
        body=mock.page("UserPage", id=5, username="alice"),
    )
    page = client.user.list(
        username="a%",
        organization=2,
        firstname="Al%",
        lastname="B%",
        email="%@x.org",
        role=3,
        rule=7,
        last_seen_from="2024-05-01",
        last_seen_till="2024-06-01",
        page=2,
        per_page=5,
        sort="-id",
    )
    assert isinstance(page.data[0], User)
    assert (page.data[0].id, page.data[0].username) == (5, "alice")


@covers("user.get")
def test_user_get(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "user_get",
        path={"id": 1},
        query={"include_permissions": "true"},
        body=mock.model("User", id=1, username="root"),
    )
    me = client.user.get(include_permissions=True)
    assert isinstance(me, User)
    assert (me.id, me.username) == (1, "root")


@covers("user.get_own_user")
def test_user_get_own_user_on_4x_is_user_get_of_yourself(
    mock: SpecMock, client: Client
) -> None:
    mock.expect(
        "user_get",
        path={"id": 1},
        query={"include_permissions": "true"},
        body=mock.model("User", id=1, username="root"),
    )
    me = client.user.get_own_user(include_permissions=True)
    assert isinstance(me, User) and me.username == "root"


@covers("user.create")
def test_user_create_defaults_to_own_organization(
    mock: SpecMock, client: Client
) -> None:
    mock.expect(
        "user_create",
        json_body={
            "username": "bob",
            "firstname": "Bob",
            "lastname": "B",
            "password": "Pw-1234!a",
            "email": "bob@x.org",
            "organization_id": 1,
            "roles": [3],
            "rules": [8, 9],
        },
        body=mock.model("User", id=6, username="bob"),
    )
    user = client.user.create(
        "bob", "Bob", "B", "Pw-1234!a", "bob@x.org", roles=[3], rules=[8, 9]
    )
    assert isinstance(user, User)
    assert (user.id, user.username) == (6, "bob")


@covers("user.update")
def test_user_update(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "user_update",
        path={"id": 5},
        json_body={
            "firstname": "Bo",
            "lastname": "C",
            "email": "bo@x.org",
            "username": "bob",
            "rules": [],
            "roles": [2],
        },
        body=mock.model("User", id=5, username="bob", lastname="C"),
    )
    user = client.user.update(
        5,
        firstname="Bo",
        lastname="C",
        rules=[],
        roles=[2],
        email="bo@x.org",
        username="bob",
    )
    assert isinstance(user, User)
    assert (user.username, user.lastname) == ("bob", "C")


@covers("user.delete")
def test_user_delete(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "user_delete",
        path={"id": 5},
        query={"delete_dependents": "true"},
        body={"msg": "user 5 deleted"},
    )
    assert client.user.delete(5, delete_dependents=True).msg == "user 5 deleted"


# -- role and rule ----------------------------------------------------------
@covers("role.list")
def test_role_list_keeps_every_organization(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "role_list",
        query={
            "name": "R%",
            "description": "d%",
            "organization_id": [1, 2],
            "rule_id": 7,
            "user_id": 5,
            "include_root": "true",
            "page": 2,
            "per_page": 5,
            "sort": "name",
        },
        body=mock.page("RolePage", id=4, name="Researcher"),
    )
    page = client.role.list(
        name="R%",
        description="d%",
        organization=[1, 2],
        rule=7,
        user=5,
        include_root=True,
        page=2,
        per_page=5,
        sort="name",
    )
    assert isinstance(page.data[0], Role)
    assert page.data[0].name == "Researcher"


@covers("role.get")
def test_role_get(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "role_get", path={"id": 4}, body=mock.model("Role", id=4, name="Researcher")
    )
    role = client.role.get(4)
    assert isinstance(role, Role)
    assert (role.id, role.name) == (4, "Researcher")


@covers("role.create")
def test_role_create(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "role_create",
        json_body={
            "name": "R",
            "rules": [1, 2],
            "description": "d",
            "organization_id": 2,
        },
        body=mock.model("Role", id=10, name="R"),
    )
    role = client.role.create("R", "d", [1, 2], organization=2)
    assert isinstance(role, Role)
    assert (role.id, role.name) == (10, "R")


@covers("role.update")
def test_role_update_sends_no_nulls(mock: SpecMock, client: Client) -> None:
    """The description left out is not sent as null; an empty rule list is."""
    mock.expect(
        "role_update",
        path={"id": 4},
        json_body={"name": "R2", "rules": []},
        body=mock.model("Role", id=4, name="R2"),
    )
    role = client.role.update(4, name="R2", rules=[])
    assert isinstance(role, Role)
    assert role.name == "R2"


@covers("role.delete")
def test_role_delete(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "role_delete",
        path={"id": 4},
        query={"delete_dependents": "true"},
        body={"msg": "role 4 deleted"},
    )
    assert client.role.delete(4, delete_dependents=True).msg == "role 4 deleted"


@covers("role.add_rule", "role.remove_rule")
def test_role_rules(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "role_add_rule",
        path={"id": 4, "rule_id": 7},
        body=[mock.model("Rule", id=6), mock.model("Rule", id=7)],
    )
    rules = client.role.add_rule(4, 7)
    assert isinstance(rules[0], Rule)
    assert [r.id for r in rules] == [6, 7]

    mock.expect(
        "role_remove_rule",
        path={"id": 4, "rule_id": 7},
        body=[mock.model("Rule", id=6)],
    )
    assert [r.id for r in client.role.remove_rule(4, 7)] == [6]


@covers("rule.list")
def test_rule_list_matches_enum_names(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "rule_list",
        query={
            "name": "task",
            "operation": "VIEW",
            "scope": "ORGANIZATION",
            "role_id": 4,
            "page": 2,
            "per_page": 5,
            "sort": "id",
        },
        body=mock.page("RulePage", id=7, name="task", operation="view"),
    )
    page = client.rule.list(
        name="task",
        operation="view",
        scope="organization",
        role=4,
        page=2,
        per_page=5,
        sort="id",
    )
    assert isinstance(page.data[0], Rule)
    assert (page.data[0].id, page.data[0].name) == (7, "task")


@covers("rule.get")
def test_rule_get(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "rule_get",
        path={"id": 7},
        body=mock.model("Rule", id=7, name="task", scope="own"),
    )
    rule = client.rule.get(7)
    assert isinstance(rule, Rule)
    assert (rule.name, rule.scope) == ("task", "own")


# -- study and store --------------------------------------------------------
@covers("study.list")
def test_study_list(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "study_list",
        query={
            "name": "S%",
            "organization_id": 2,
            "collaboration_id": 3,
            "include": "organizations",
            "page": 2,
            "per_page": 5,
            "sort": "name",
        },
        body=mock.page("StudyPage", id=6, name="Substudy"),
    )
    page = client.study.list(
        name="S%",
        organization=2,
        collaboration=3,
        include_organizations=True,
        page=2,
        per_page=5,
        sort="name",
    )
    assert isinstance(page.data[0], Study)
    assert page.data[0].name == "Substudy"


@covers("study.get")
def test_study_get(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "study_get",
        path={"id": 6},
        query={"include": "organizations"},
        body=mock.model("Study", id=6, name="Substudy"),
    )
    study = client.study.get(6, include_organizations=True)
    assert isinstance(study, Study)
    assert (study.id, study.name) == (6, "Substudy")


@covers("study.create")
def test_study_create(mock: SpecMock, client: Client) -> None:
    # the collaboration is looked up first: the server answers 500 for one
    # naming none
    mock.expect("collaboration_get", path={"id": 3})
    mock.expect(
        "study_create",
        json_body={"name": "S", "organization_ids": [1, 2], "collaboration_id": 3},
        body=mock.model("Study", id=11, name="S"),
    )
    study = client.study.create("S", [1, 2], collaboration=3)
    assert isinstance(study, Study)
    assert (study.id, study.name) == (11, "S")


def test_study_create_in_a_collaboration_not_shown_is_left_to_the_server(
    mock: SpecMock, client: Client
) -> None:
    # a collaboration the user may not see: the lookup cannot tell, the
    # server answers the creation itself
    mock.expect("collaboration_get", path={"id": 3}, status=401, body={"msg": "no"})
    mock.expect(
        "study_create",
        json_body={"name": "S", "organization_ids": [1], "collaboration_id": 3},
        body=mock.model("Study", id=11, name="S"),
    )
    assert client.study.create("S", [1], collaboration=3).id == 11


@covers("study.update")
def test_study_update(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "study_update",
        path={"id": 6},
        json_body={"name": "S2", "organization_ids": [1, 2]},
        body=mock.model("Study", id=6, name="S2"),
    )
    study = client.study.update(6, name="S2", organizations=[1, 2])
    assert isinstance(study, Study)
    assert study.name == "S2"


@covers("study.delete")
def test_study_delete_needs_an_id(mock: SpecMock, client: Client) -> None:
    """The official client requested study/None."""
    mock.expect(
        "study_delete",
        path={"id": 6},
        query={"delete_dependents": "true"},
        body={"msg": "study 6 deleted"},
    )
    assert client.study.delete(6, delete_dependents=True).msg == "study 6 deleted"
    with pytest.raises(InvalidArgumentError, match="id_ is required"):
        client.study.delete()


@covers("study.add_organization", "study.remove_organization")
def test_study_organizations(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "study_add_organization",
        path={"id": 6},
        json_body={"id": 2},
        body=[mock.model("Organization", id=1), mock.model("Organization", id=2)],
    )
    members = client.study.add_organization(2, 6)
    assert isinstance(members[0], Organization)
    assert [o.id for o in members] == [1, 2]

    mock.expect(
        "study_remove_organization",
        path={"id": 6},
        json_body={"id": 2},
        body=[mock.model("Organization", id=1, name="Remaining")],
    )
    assert [o.name for o in client.study.remove_organization(2, 6)] == ["Remaining"]


@covers("store.list")
def test_store_list(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "store_list",
        query={
            "name": "S%",
            "url": "%store%",
            "collaboration_id": 3,
            "page": 2,
            "per_page": 5,
            "sort": "name",
        },
        body=mock.page("AlgorithmStorePage", id=2, url="https://store.example.org/api"),
    )
    page = client.store.list(
        name="S%", url="%store%", collaboration=3, page=2, per_page=5, sort="name"
    )
    assert isinstance(page.data[0], AlgorithmStore)
    assert page.data[0].url == "https://store.example.org/api"


@covers("store.get", "store.set")
def test_store_get_and_set(mock: SpecMock, client: Client) -> None:
    store = mock.model(
        "AlgorithmStore", id=2, name="Community", url="https://store.example.org/api"
    )
    mock.expect("store_get", path={"id": 2}, body=store)
    got = client.store.get(2)
    assert isinstance(got, AlgorithmStore)
    assert (got.id, got.name) == (2, "Community")

    mock.expect("store_get", path={"id": 2}, body=store)
    chosen = client.store.set(2)
    assert chosen.url == "https://store.example.org/api"
    assert (client.store.store_id, client.store.url) == (2, chosen.url)


@covers("store.create")
def test_store_create_sends_one_collaboration_id(
    mock: SpecMock, client: Client
) -> None:
    """The official client sent (3,) and appended /api twice."""
    mock.expect(
        "store_create",
        json_body={
            "algorithm_store_url": "https://store.example.org/api",
            "name": "store",
            "server_url": client.base_path,
            "collaboration_id": 3,
            "force": True,
        },
        body=mock.model("AlgorithmStore", id=2, name="store"),
    )
    store = client.store.create(
        "https://store.example.org/api/", "store", collaboration=3, force=True
    )
    assert isinstance(store, AlgorithmStore)
    assert (store.id, store.name) == (2, "store")

    mock.expect(
        "store_create",
        json_body={
            "algorithm_store_url": "https://store.example.org/api",
            "name": "everyone's",
            "server_url": client.base_path,
        },
    )
    client.store.create(
        "https://store.example.org/api", "everyone's", all_collaborations=True
    )


@covers("store.update")
def test_store_update(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "store_update",
        path={"id": 2},
        json_body={"name": "n", "collaboration_id": 4},
        body=mock.model("AlgorithmStore", id=2, name="n"),
    )
    store = client.store.update(2, name="n", collaboration=4)
    assert isinstance(store, AlgorithmStore)
    assert store.name == "n"
    with pytest.raises(InvalidArgumentError, match="all collaborations"):
        client.store.update(2, all_collaborations=True)


@covers("store.delete")
def test_store_delete(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "store_delete",
        path={"id": 2},
        query={"server_url": "https://v6.org/api"},
        body={"msg": "store 2 unlinked"},
    )
    deleted = client.store.delete(2, server_url="https://v6.org/api")
    assert deleted.msg == "store 2 unlinked"


# -- task, run, result ------------------------------------------------------
@covers("task.list")
def test_task_list(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "task_list",
        query={
            "init_org_id": 1,
            "init_user_id": 5,
            "collaboration_id": 3,
            "study_id": 6,
            "store_id": 2,
            "image": "v6/%",
            "parent_id": 9,
            "job_id": 8,
            "name": "mean%",
            "description": "d%",
            "database": "default",
            "is_user_created": 0,
            "include": ["results", "runs"],
            "page": 2,
            "per_page": 5,
        },
        body=mock.page("TaskPage", id=12, name="mean of age"),
    )
    page = client.task.list(
        initiating_org=1,
        initiating_user=5,
        collaboration=3,
        study=6,
        store=2,
        image="v6/%",
        parent=9,
        job=8,
        name="mean%",
        include_results=True,
        description="d%",
        database="default",
        user_created=False,
        page=2,
        per_page=5,
        include_runs=True,
    )
    assert isinstance(page.data[0], Task)
    assert (page.data[0].id, page.data[0].name) == (12, "mean of age")


TASK_12 = {"id": 12, "link": "/api/task/12", "methods": ["GET"]}


def test_task_list_by_run_finds_the_task_through_the_run(
    mock: SpecMock, client: Client
) -> None:
    """4.15.2 answers every run_id filter with a 500: the run names its task,
    whose job narrows the list; the task is picked from it here."""
    mock.expect("run_get", path={"id": 4}, body=mock.model("Run", id=4, task=TASK_12))
    mock.expect("task_get", path={"id": 12}, body=mock.model("Task", id=12, job_id=8))
    body = mock.model("TaskPage")
    body["data"] = [{**body["data"][0], "id": i, "job_id": 8} for i in (12, 13)]
    mock.expect(
        "task_list",
        query={"name": "mean%", "job_id": 8, "page": 1, "per_page": 200},
        body=body,
    )
    page = client.task.list(run=4, name="mean%")
    assert [t.id for t in page] == [12]
    # with a job given, the task is not asked for
    mock.expect("run_get", path={"id": 4}, body=mock.model("Run", id=4, task=TASK_12))
    mock.expect(
        "task_list",
        query={"job_id": 9, "page": 1, "per_page": 200},
        body=mock.model("TaskPage"),
    )
    assert [t.id for t in client.task.list(run=4, job=9)] == []


@covers("rule.list")
def test_rule_list_by_role_and_user_lists_the_rules_of_both(
    mock: SpecMock, client: Client
) -> None:
    """4.15.2 answers both filters at once with a 500: each is listed, and the
    rules in both are kept, in the server's order."""

    def rules(*ids: int) -> Any:
        page = mock.model("RulePage")
        page["data"] = [{**page["data"][0], "id": i} for i in ids]
        return page

    mock.expect(
        "rule_list",
        query={"role_id": 2, "page": 1, "per_page": 200},
        body=rules(5, 1, 3),
    )
    mock.expect(
        "rule_list",
        query={"user_id": 7, "page": 1, "per_page": 200},
        body=rules(3, 4, 5),
    )
    page = client.rule.list(role=2, user=7, per_page=1)
    assert ([r.id for r in page], page.total, page.has_next) == ([3], 2, True)
    assert [r.id for r in page.all()] == [3, 5]


def test_task_list_filters_status_itself(mock: SpecMock, client: Client) -> None:
    """The server answers 500 to a status filter; the client filters instead."""
    body = mock.model("TaskPage")
    template = body["data"][0]
    body["data"] = [
        {**template, "id": 1, "status": "active"},
        {**template, "id": 2, "status": "completed"},
    ]
    mock.expect(
        "task_list",
        query={"collaboration_id": 3, "page": 1, "per_page": 200},
        body=body,
    )
    page = client.task.list(collaboration=3, status="completed")
    assert [(t.id, t.status) for t in page] == [(2, "completed")]


@covers("task.get")
def test_task_get(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "task_get",
        path={"id": 7},
        query={"include": ["results", "runs"]},
        body=mock.model("Task", id=7, name="mean of age"),
    )
    task = client.task.get(7, include_results=True, include_runs=True)
    assert isinstance(task, Task)
    assert (task.id, task.name) == (7, "mean of age")


@covers("task.create")
def test_task_create_in_an_unencrypted_collaboration(
    mock: SpecMock, client: Client
) -> None:
    mock.expect("collaboration_get", path={"id": 3}, body=mock.model("Collaboration"))
    mock.expect("util_get_blob_store_status", body={"blob_store_enabled": False})
    mock.expect(
        "task_create",
        json_body={
            "image": "v6/mean",
            "organizations": [
                {"id": 2, "input": b64_json({"method": "mean"})},
                {"id": 4, "input": b64_json({"method": "mean"})},
            ],
            "collaboration_id": 3,
            "description": "mean of age",
            "name": "mean",
            "databases": [{"label": "default"}],
            "study_id": 6,
            "store_id": 2,
            "server_url": "https://v6.example.org/api",
        },
        body=mock.model("Task", id=12, name="mean"),
    )
    task = client.task.create(
        collaboration=3,
        organizations=[2, 4],
        name="mean",
        image="v6/mean",
        description="mean of age",
        input={"method": "mean"},
        study=6,
        store=2,
        server_url="https://v6.example.org/api",
        data_format="json",
        database="default",
    )
    assert isinstance(task, Task)
    assert (task.id, task.name) == (12, "mean")


@covers("task.delete")
def test_task_delete(mock: SpecMock, client: Client) -> None:
    mock.expect("task_delete", path={"id": 7}, body={"msg": "task 7 deleted"})
    assert client.task.delete(7).msg == "task 7 deleted"


@covers("task.kill")
def test_task_kill(mock: SpecMock, client: Client) -> None:
    mock.expect("task_kill", json_body={"id": 7}, body={"msg": "task 7 killed"})
    assert client.task.kill(7).msg == "task 7 killed"


@covers("task.get_status")
def test_task_get_status(mock: SpecMock, client: Client) -> None:
    mock.expect("task_get_status", path={"task_id": 7}, body={"status": "active"})
    assert client.task.get_status(7) == "active"


@covers("task.get_column_names")
def test_task_get_column_names(mock: SpecMock, client: Client) -> None:
    mock.expect("collaboration_get", path={"id": 3}, body=mock.model("Collaboration"))
    mock.expect("util_get_blob_store_status", body={"blob_store_enabled": False})
    mock.expect(
        "task_get_column_names",
        json_body={
            "db_label": "patients",
            "collaboration_id": 3,
            "organizations": [{"id": 2, "input": b64_json({"method": "column_names"})}],
            "query": "SELECT * FROM t",
        },
        status=200,
        body={"columns": ["age", "bmi"]},
    )
    columns = client.task.get_column_names(
        "patients", [2], collaboration=3, query="SELECT * FROM t"
    )
    assert columns == ["age", "bmi"]


@covers("run.list")
def test_run_list(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "run_list",
        query={
            "task_id": 7,
            "organization_id": 2,
            "collaboration_id": 3,
            "node_id": 9,
            "state": "open",
            "include": "task",
            "assigned_from": "2024-05-01",
            "assigned_till": "2024-06-01",
            "started_till": "2024-06-02",
            "finished_till": "2024-06-03",
            "page": 2,
            "per_page": 5,
        },
        body=mock.page("RunPage", id=4, input="eyJhIjogMX0="),  # {"a": 1}
    )
    page = client.run.list(
        task=7,
        organization=2,
        state="open",
        node=9,
        include_task=True,
        assigned=("2024-05-01", "2024-06-01"),
        started=(None, "2024-06-02"),
        finished=(None, "2024-06-03"),
        page=2,
        per_page=5,
        collaboration=3,
    )
    [run] = page.data
    assert isinstance(run, AlgorithmRun)
    assert run.id == 4
    assert run.input == {"a": 1}
    assert run["input"] == '{"a": 1}'  # the JSON text, as the official dict has it


@covers("run.get")
def test_run_get(mock: SpecMock, client: Client) -> None:
    run = mock.model("Run", id=4, input="eyJhIjogMX0=")  # base64 of {"a": 1}
    mock.expect("run_get", path={"id": 4}, query={"include": "task"}, body=run)
    got = client.run.get(4, include_task=True)
    assert isinstance(got, AlgorithmRun)
    assert (got.id, got.input) == (4, {"a": 1})


@covers("run.from_task")
def test_run_from_task_walks_every_page(mock: SpecMock, client: Client) -> None:
    first = mock.page("RunPage", id=2, input="eyJhIjogMX0=")
    first["links"]["next"] = "/api/run?task_id=7&page=2&per_page=200"
    mock.expect(
        "run_list",
        query={"task_id": 7, "include": "task", "page": 1, "per_page": 200},
        body=first,
    )
    mock.expect(
        "run_list",
        query={"task_id": 7, "include": "task", "page": 2, "per_page": 200},
        body=mock.page("RunPage", id=1, input="eyJhIjogMX0="),
    )
    runs = client.run.from_task(7, include_task=True)
    assert [(r.id, r.input) for r in runs] == [(2, {"a": 1}), (1, {"a": 1})]
    # and as the official clients' {"data": [...]} (their scripts read
    # runs["data"]; a plain list raised TypeError there)
    assert isinstance(runs, list) and runs["data"] == list(runs)
    assert [run["id"] for run in runs["data"]] == [2, 1] and runs[-1].id == 1
    with pytest.raises(KeyError, match="links"):
        runs["links"]


@covers("run.count")
def test_run_count(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "run_list",
        query={"task_id": 7, "state": "open", "page": 1, "per_page": 1},
        headers={"total-count": "3"},
        body=mock.page("RunPage", input="not even base64: counting decrypts nothing"),
    )
    assert client.run.count(task=7, state="open") == 3


@covers("result.get")
def test_result_get(mock: SpecMock, client: Client) -> None:
    result = mock.model("Result", id=4, result="eyJzdW0iOiAzfQ==")  # {"sum": 3}
    mock.expect("result_get", path={"id": 4}, body=result)
    got = client.result.get(4)
    assert isinstance(got, TaskResult)
    assert (got.id, got.result) == (4, {"sum": 3})

    mock.expect(
        "run_get",
        path={"id": 4},
        body=mock.model("Run", id=4, status="failed", input=""),
    )
    assert got.status == "failed"


@covers("result.from_task")
def test_result_from_task_joins_runs_and_results(
    mock: SpecMock, client: Client
) -> None:
    mock.expect(
        "result_list",
        query={"task_id": 7, "page": 1, "per_page": 200},
        body=mock.page("ResultPage", id=4, result="eyJzdW0iOiAzfQ=="),
    )
    got = client.result.from_task(7)
    assert isinstance(got, TaskResults)
    assert got["data"][0]["result"] == '{"sum": 3}'  # JSON text, as the official
    assert got[0].result == {"sum": 3}
    # reading it like a dict does not look the runs up (no run_list expected)
    first = got[0]
    assert first.get("result") == '{"sum": 3}' and first.get("nope", 1) == 1
    assert "status" in first and "nope" not in first
    assert list(first) == list(first.keys()) and len(first) == 10
    assert not [r for r, _ in mock.httpserver.log if r.path == "/api/run"]
    # the runs (slow to list on the server) are fetched once, when asked about
    mock.expect(
        "run_list",
        query={"task_id": 7, "page": 1, "per_page": 200},
        body=mock.page("RunPage", id=4, status="completed", input="eyJhIjogMX0="),
    )
    assert got[0].status == "completed"
    assert got.by_organization() == {1: {"sum": 3}}
    assert got[0].to_dict()["organization"] == {"id": 1}


def test_official_field_and_filter_arguments_work_together(
    mock: SpecMock, client: Client
) -> None:
    """The official client crashed on filter_ with lists, and with fields."""
    page = mock.model("OrganizationPage")
    template = page["data"][0]
    page["data"] = [
        {**template, "id": 1, "name": "A", "country": "NL"},
        {**template, "id": 2, "name": "B", "country": "BE"},
    ]
    mock.expect("organization_list", query={"page": 1, "per_page": 10}, body=page)
    picked = client.organization.list(fields=["id", "name"], filter_=("country", "NL"))
    assert picked == [{"id": 1, "name": "A"}]

    mock.expect("organization_list", query={"page": 1, "per_page": 10}, body=page)
    filtered = client.organization.list(filters=[("country", "BE")])
    assert [o.name for o in filtered] == ["B"]

    mock.expect("organization_get", path={"id": 1})
    assert client.organization.get(1, field="id") == {"id": 1}
