"""Each resource-group method sends what the spec says and returns typed models."""

from __future__ import annotations

import pytest
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
from tests.contract.spec_mock import SpecMock
from vantage6_client import (
    AlgorithmRun,
    Client,
    InvalidArgumentError,
    Page,
    TaskResult,
    TaskResults,
)

# -- util --------------------------------------------------------------------


@covers("util.get_server_version")
def test_util_get_server_version(mock: SpecMock, client: Client) -> None:
    mock.expect("util_get_server_version", body={"version": "4.15.2"})
    assert client.util.get_server_version() == Version(version="4.15.2")


@covers("util.get_server_health")
def test_util_get_server_health(mock: SpecMock, client: Client) -> None:
    mock.expect("util_get_server_health", body={"database": True})
    assert client.util.get_server_health() == Health(database=True)


@covers("util.change_my_password")
def test_util_change_my_password(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "util_change_my_password",
        json_body={"current_password": "Old-pw1!", "new_password": "New-pw2!"},
    )
    assert isinstance(client.util.change_my_password("Old-pw1!", "New-pw2!"), Message)


@covers("util.reset_my_password")
def test_util_reset_my_password(mock: SpecMock, client: Client) -> None:
    mock.expect("util_reset_my_password", json_body={"username": "alice"})
    assert isinstance(client.util.reset_my_password(username="alice"), Message)
    with pytest.raises(InvalidArgumentError):
        client.util.reset_my_password()


@covers("util.set_my_password")
def test_util_set_my_password(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "util_set_my_password", json_body={"reset_token": "tok", "password": "New-pw2!"}
    )
    assert isinstance(client.util.set_my_password("tok", "New-pw2!"), Message)


@covers("util.reset_two_factor_auth")
def test_util_reset_two_factor_auth_sends_no_email(
    mock: SpecMock, client: Client
) -> None:
    """The official client sent `email`, which the server always refused."""
    mock.expect(
        "util_reset_two_factor_auth", json_body={"username": "alice", "password": "pw"}
    )
    reset = client.util.reset_two_factor_auth("pw", email="a@x.org", username="alice")
    assert isinstance(reset, Message)
    with pytest.raises(InvalidArgumentError, match="username"):
        client.util.reset_two_factor_auth("pw", email="a@x.org")


@covers("util.set_two_factor_auth")
def test_util_set_two_factor_auth(mock: SpecMock, client: Client) -> None:
    mock.expect("util_set_two_factor_auth", json_body={"reset_token": "tok"})
    assert isinstance(client.util.set_two_factor_auth("tok"), TwoFactorSetup)


@covers("util.validate_user_token")
def test_util_validate_user_token(mock: SpecMock, client: Client) -> None:
    mock.expect("validate_user_token")
    assert isinstance(client.util.validate_user_token(), UserTokenValidation)


@covers("util.generate_private_key")
def test_util_generate_private_key(mock: SpecMock, client: Client, tmp_path) -> None:
    mock.expect("organization_get", path={"id": 1})
    mock.expect("organization_update", path={"id": 1})
    path = client.util.generate_private_key(tmp_path / "org.pem")
    assert path.exists()
    assert client.cryptor.encrypts


# -- organization -----------------------------------------------------------
@covers("organization.list")
def test_organization_list(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "organization_list",
        query="name=Hosp%25&collaboration_id=3&ids=4&ids=5&page=2&per_page=10",
        headers={"total-count": "12"},
    )
    page = client.organization.list(name="Hosp%", collaboration=3, ids=[4, 5], page=2)
    assert isinstance(page, Page)
    assert isinstance(page.data[0], Organization)
    assert page.total == 12
    assert page["data"][0]["id"] == 1


@covers("organization.get")
def test_organization_get_defaults_to_own(mock: SpecMock, client: Client) -> None:
    mock.expect("organization_get", path={"id": 1})
    assert isinstance(client.organization.get(), Organization)


@covers("organization.create")
def test_organization_create(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "organization_create",
        json_body={
            "name": "Hospital",
            "address1": "",
            "address2": "",
            "zipcode": "",
            "country": "NL",
            "domain": "",
        },
    )
    assert isinstance(
        client.organization.create("Hospital", country="NL"), Organization
    )


@covers("organization.update")
def test_organization_update_sends_only_changes(mock: SpecMock, client: Client) -> None:
    mock.expect("organization_update", path={"id": 4}, json_body={"country": "BE"})
    assert isinstance(client.organization.update(4, country="BE"), Organization)


@covers("organization.delete")
def test_organization_delete_sends_delete_dependents_only_when_true(
    mock: SpecMock, client: Client
) -> None:
    mock.expect("organization_delete", path={"id": 4}, query={})
    mock.expect(
        "organization_delete", path={"id": 4}, query={"delete_dependents": "true"}
    )
    assert isinstance(client.organization.delete(4), Message)
    assert isinstance(client.organization.delete(4, delete_dependents=True), Message)


# -- collaboration ----------------------------------------------------------
@covers("collaboration.list")
def test_collaboration_list(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "collaboration_list",
        query={
            "encrypted": 0,
            "organization_id": 1,
            "include": "organizations",
            "page": 1,
            "per_page": 20,
        },
    )
    page = client.collaboration.list(encrypted=False, include_organizations=True)
    assert isinstance(page.data[0], Collaboration)


@covers("collaboration.get")
def test_collaboration_get(mock: SpecMock, client: Client) -> None:
    mock.expect("collaboration_get", path={"id": 3}, query={})
    assert isinstance(client.collaboration.get(3), Collaboration)


@covers("collaboration.create")
def test_collaboration_create(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "collaboration_create",
        json_body={"name": "C", "organization_ids": [1, 2], "encrypted": True},
    )
    assert isinstance(
        client.collaboration.create("C", [1, 2], encrypted=True), Collaboration
    )


@covers("collaboration.update")
def test_collaboration_update(mock: SpecMock, client: Client) -> None:
    mock.expect("collaboration_update", path={"id": 3}, json_body={"name": "New"})
    assert isinstance(client.collaboration.update(3, name="New"), Collaboration)


@covers("collaboration.delete")
def test_collaboration_delete(mock: SpecMock, client: Client) -> None:
    mock.expect("collaboration_delete", path={"id": 3}, query={})
    assert isinstance(client.collaboration.delete(3), Message)


@covers("collaboration.add_organization", "collaboration.remove_organization")
def test_collaboration_organizations(mock: SpecMock, client: Client) -> None:
    mock.expect("collaboration_add_organization", path={"id": 3}, json_body={"id": 4})
    mock.expect(
        "collaboration_remove_organization", path={"id": 3}, json_body={"id": 4}
    )
    client.setup_collaboration  # noqa: B018 - the default collaboration is set below
    client.collaboration_id = 3
    assert isinstance(client.collaboration.add_organization(4)[0], Organization)
    assert isinstance(client.collaboration.remove_organization(4)[0], Organization)


@covers("collaboration.add_node", "collaboration.remove_node")
def test_collaboration_nodes(mock: SpecMock, client: Client) -> None:
    mock.expect("collaboration_add_node", path={"id": 3}, json_body={"id": 8})
    mock.expect("collaboration_remove_node", path={"id": 3}, json_body={"id": 8})
    assert isinstance(client.collaboration.add_node(8, 3)[0], NodeSimple)
    assert isinstance(client.collaboration.remove_node(8, 3), Message)


# -- node -------------------------------------------------------------------
@covers("node.list")
def test_node_list(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "node_list",
        query={
            "organization_id": 2,
            "status": "online",
            "last_seen_from": "2024-05-01",
            "page": 1,
            "per_page": 20,
        },
    )
    page = client.node.list(organization=2, is_online=True, last_seen_from="2024-05-01")
    assert isinstance(page.data[0], Node)


@covers("node.get")
def test_node_get(mock: SpecMock, client: Client) -> None:
    mock.expect("node_get", path={"id": 8})
    assert isinstance(client.node.get(8), Node)


@covers("node.create")
def test_node_create_returns_the_api_key(mock: SpecMock, client: Client) -> None:
    body = mock.example(mock.spec.document["components"]["schemas"]["NewNode"])
    body["api_key"] = "0f7b7a0e-0000-4000-8000-000000000000"
    mock.expect(
        "node_create",
        json_body={"collaboration_id": 3, "organization_id": 2},
        body=body,
    )
    node = client.node.create(3, organization=2)
    assert isinstance(node, NewNode)
    assert node.api_key == body["api_key"]


@covers("node.update")
def test_node_update(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "node_update", path={"id": 8}, json_body={"name": "n", "clear_ip": True}
    )
    assert isinstance(client.node.update(8, name="n", clear_ip=True), Node)
    with pytest.raises(InvalidArgumentError):
        client.node.update(8, clear_ip="false")  # type: ignore[arg-type]


@covers("node.delete")
def test_node_delete(mock: SpecMock, client: Client) -> None:
    mock.expect("node_delete", path={"id": 8})
    assert isinstance(client.node.delete(8), Message)


@covers("node.kill_tasks")
def test_node_kill_tasks(mock: SpecMock, client: Client) -> None:
    mock.expect("node_kill_tasks", json_body={"id": 8})
    assert isinstance(client.node.kill_tasks(8), Message)


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
            "role_id": 2,
            "page": 1,
            "per_page": 20,
            "sort": "-id",
        },
    )
    page = client.user.list(username="a%", role=2, sort="-id")
    assert isinstance(page.data[0], User)


@covers("user.get")
def test_user_get(mock: SpecMock, client: Client) -> None:
    mock.expect("user_get", path={"id": 1}, query={"include_permissions": "true"})
    assert isinstance(client.user.get(include_permissions=True), User)


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
        },
    )
    user = client.user.create("bob", "Bob", "B", "Pw-1234!a", "bob@x.org", roles=[3])
    assert isinstance(user, User)


@covers("user.update")
def test_user_update(mock: SpecMock, client: Client) -> None:
    mock.expect("user_update", path={"id": 5}, json_body={"lastname": "C", "roles": []})
    assert isinstance(client.user.update(5, lastname="C", roles=[]), User)


@covers("user.delete")
def test_user_delete(mock: SpecMock, client: Client) -> None:
    mock.expect("user_delete", path={"id": 5}, query={"delete_dependents": "true"})
    assert isinstance(client.user.delete(5, delete_dependents=True), Message)


# -- role and rule ----------------------------------------------------------
@covers("role.list")
def test_role_list_keeps_every_organization(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "role_list",
        query="organization_id=1&organization_id=2&include_root=true&page=1&per_page=20",
    )
    page = client.role.list(organization=[1, 2], include_root=True)
    assert isinstance(page.data[0], Role)


@covers("role.get")
def test_role_get(mock: SpecMock, client: Client) -> None:
    mock.expect("role_get", path={"id": 4})
    assert isinstance(client.role.get(4), Role)


@covers("role.create")
def test_role_create(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "role_create", json_body={"name": "R", "rules": [1, 2], "description": "d"}
    )
    assert isinstance(client.role.create("R", "d", [1, 2]), Role)


@covers("role.update")
def test_role_update_sends_no_nulls(mock: SpecMock, client: Client) -> None:
    mock.expect("role_update", path={"id": 4}, json_body={"rules": [1]})
    assert isinstance(client.role.update(4, rules=[1]), Role)


@covers("role.delete")
def test_role_delete(mock: SpecMock, client: Client) -> None:
    mock.expect("role_delete", path={"id": 4}, query={})
    assert isinstance(client.role.delete(4), Message)


@covers("role.add_rule", "role.remove_rule")
def test_role_rules(mock: SpecMock, client: Client) -> None:
    mock.expect("role_add_rule", path={"id": 4, "rule_id": 7})
    mock.expect("role_remove_rule", path={"id": 4, "rule_id": 7})
    assert isinstance(client.role.add_rule(4, 7)[0], Rule)
    assert isinstance(client.role.remove_rule(4, 7)[0], Rule)


@covers("rule.list")
def test_rule_list_matches_enum_names(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "rule_list",
        query={
            "name": "task",
            "operation": "VIEW",
            "scope": "ORGANIZATION",
            "page": 1,
            "per_page": 20,
        },
    )
    page = client.rule.list(name="task", operation="view", scope="organization")
    assert isinstance(page.data[0], Rule)


@covers("rule.get")
def test_rule_get(mock: SpecMock, client: Client) -> None:
    mock.expect("rule_get", path={"id": 7})
    assert isinstance(client.rule.get(7), Rule)


# -- study and store --------------------------------------------------------
@covers("study.list")
def test_study_list(mock: SpecMock, client: Client) -> None:
    mock.expect("study_list", query={"collaboration_id": 3, "page": 1, "per_page": 20})
    assert isinstance(client.study.list(collaboration=3).data[0], Study)


@covers("study.get")
def test_study_get(mock: SpecMock, client: Client) -> None:
    mock.expect("study_get", path={"id": 6}, query={"include": "organizations"})
    assert isinstance(client.study.get(6, include_organizations=True), Study)


@covers("study.create")
def test_study_create(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "study_create",
        json_body={"name": "S", "organization_ids": [1], "collaboration_id": 3},
    )
    assert isinstance(client.study.create("S", [1], collaboration=3), Study)


@covers("study.update")
def test_study_update(mock: SpecMock, client: Client) -> None:
    mock.expect("study_update", path={"id": 6}, json_body={"organization_ids": [1, 2]})
    assert isinstance(client.study.update(6, organizations=[1, 2]), Study)


@covers("study.delete")
def test_study_delete_needs_an_id(mock: SpecMock, client: Client) -> None:
    """The official client requested study/None."""
    mock.expect("study_delete", path={"id": 6}, query={})
    assert isinstance(client.study.delete(6), Message)
    with pytest.raises(InvalidArgumentError, match="id_ is required"):
        client.study.delete()


@covers("study.add_organization", "study.remove_organization")
def test_study_organizations(mock: SpecMock, client: Client) -> None:
    mock.expect("study_add_organization", path={"id": 6}, json_body={"id": 2})
    mock.expect("study_remove_organization", path={"id": 6}, json_body={"id": 2})
    assert isinstance(client.study.add_organization(2, 6)[0], Organization)
    assert isinstance(client.study.remove_organization(2, 6)[0], Organization)


@covers("store.list")
def test_store_list(mock: SpecMock, client: Client) -> None:
    mock.expect("store_list", query={"url": "%store%", "page": 1, "per_page": 10})
    assert isinstance(client.store.list(url="%store%").data[0], AlgorithmStore)


@covers("store.get", "store.set")
def test_store_get_and_set(mock: SpecMock, client: Client) -> None:
    mock.expect("store_get", path={"id": 2})
    mock.expect("store_get", path={"id": 2})
    assert isinstance(client.store.get(2), AlgorithmStore)
    client.store.set(2)
    assert client.store.store_id == 1  # the example store's id


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
        },
    )
    store = client.store.create(
        "https://store.example.org/api/", "store", collaboration=3
    )
    assert isinstance(store, AlgorithmStore)


@covers("store.update")
def test_store_update(mock: SpecMock, client: Client) -> None:
    mock.expect("store_update", path={"id": 2}, json_body={"name": "n"})
    assert isinstance(client.store.update(2, name="n"), AlgorithmStore)
    with pytest.raises(InvalidArgumentError, match="all collaborations"):
        client.store.update(2, all_collaborations=True)


@covers("store.delete")
def test_store_delete(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "store_delete", path={"id": 2}, query={"server_url": "https://v6.org/api"}
    )
    assert isinstance(client.store.delete(2, server_url="https://v6.org/api"), Message)


# -- task, run, result ------------------------------------------------------
@covers("task.list")
def test_task_list(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "task_list",
        query="init_org_id=1&collaboration_id=3&is_user_created=1&include=results"
        "&include=runs&page=1&per_page=20",
    )
    page = client.task.list(
        initiating_org=1,
        collaboration=3,
        user_created=True,
        include_results=True,
        include_runs=True,
    )
    assert isinstance(page.data[0], Task)


def test_task_list_filters_status_itself(mock: SpecMock, client: Client) -> None:
    """The server answers 500 to a status filter; the client filters instead."""
    body = mock.example(mock.spec.document["components"]["schemas"]["TaskPage"])
    body["data"][0]["status"] = "completed"
    mock.expect("task_list", query={"page": 1, "per_page": 200}, body=body)
    page = client.task.list(status="completed")
    assert [t.status for t in page] == ["completed"]


@covers("task.get")
def test_task_get(mock: SpecMock, client: Client) -> None:
    mock.expect("task_get", path={"id": 7}, query={"include": "runs"})
    assert isinstance(client.task.get(7, include_runs=True), Task)


@covers("task.create")
def test_task_create_in_an_unencrypted_collaboration(
    mock: SpecMock, client: Client
) -> None:
    collaboration = mock.example(
        mock.spec.document["components"]["schemas"]["Collaboration"]
    )
    mock.expect("collaboration_get", path={"id": 3}, body=collaboration)
    mock.expect("util_get_blob_store_status", body={"blob_store_enabled": False})
    mock.expect(
        "task_create",
        json_body={
            "image": "v6/mean",
            "organizations": [
                {"id": 2, "input": "eyJtZXRob2QiOiAibWVhbiJ9"},  # base64 of the JSON
            ],
            "collaboration_id": 3,
            "description": "",
            "name": "mean",
            "databases": [{"label": "default"}],
        },
    )
    task = client.task.create(
        collaboration=3,
        organizations=[2],
        name="mean",
        image="v6/mean",
        input={"method": "mean"},
        data_format="json",
        database="default",
    )
    assert isinstance(task, Task)


@covers("task.delete")
def test_task_delete(mock: SpecMock, client: Client) -> None:
    mock.expect("task_delete", path={"id": 7})
    assert isinstance(client.task.delete(7), Message)


@covers("task.kill")
def test_task_kill(mock: SpecMock, client: Client) -> None:
    mock.expect("task_kill", json_body={"id": 7})
    assert isinstance(client.task.kill(7), Message)


@covers("task.get_status")
def test_task_get_status(mock: SpecMock, client: Client) -> None:
    mock.expect("task_get_status", path={"task_id": 7}, body={"status": "active"})
    assert client.task.get_status(7) == "active"


@covers("task.get_column_names")
def test_task_get_column_names(mock: SpecMock, client: Client) -> None:
    collaboration = mock.example(
        mock.spec.document["components"]["schemas"]["Collaboration"]
    )
    mock.expect("collaboration_get", path={"id": 3}, body=collaboration)
    mock.expect("util_get_blob_store_status", body={"blob_store_enabled": False})
    mock.expect("task_get_column_names", status=200, body={"columns": ["age", "bmi"]})
    assert client.task.get_column_names("default", [2], collaboration=3) == [
        "age",
        "bmi",
    ]


def _run_page(mock: SpecMock, **changes: object) -> dict:
    body = mock.example(mock.spec.document["components"]["schemas"]["RunPage"])
    body["data"][0].update({"input": "eyJhIjogMX0=", **changes})  # {"a": 1}
    return body


@covers("run.list")
def test_run_list(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "run_list",
        query={
            "task_id": 7,
            "state": "open",
            "include": "task",
            "page": 1,
            "per_page": 10,
        },
        body=_run_page(mock, input="eyJhIjogMX0="),
    )
    page = client.run.list(task=7, state="open", include_task=True)
    [run] = page.data
    assert isinstance(run, AlgorithmRun)
    assert run.input == {"a": 1}
    assert run["input"] == {"a": 1}


@covers("run.get")
def test_run_get(mock: SpecMock, client: Client) -> None:
    run = mock.example(mock.spec.document["components"]["schemas"]["Run"])
    run["input"] = "eyJhIjogMX0="  # base64 of {"a": 1}
    mock.expect("run_get", path={"id": 4}, query={"include": "task"}, body=run)
    assert isinstance(client.run.get(4, include_task=True), AlgorithmRun)


@covers("run.from_task")
def test_run_from_task_walks_every_page(mock: SpecMock, client: Client) -> None:
    first = _run_page(mock, id=2)
    first["links"]["next"] = "/api/run?task_id=7&page=2&per_page=200"
    mock.expect(
        "run_list", query={"task_id": 7, "page": 1, "per_page": 200}, body=first
    )
    mock.expect(
        "run_list",
        query={"task_id": 7, "page": 2, "per_page": 200},
        body=_run_page(mock, id=1),
    )
    assert [r.id for r in client.run.from_task(7)] == [2, 1]


@covers("run.count")
def test_run_count(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "run_list",
        query={"task_id": 7, "state": "open", "page": 1, "per_page": 1},
        headers={"total-count": "3"},
        body=_run_page(mock, input="not even base64: counting decrypts nothing"),
    )
    assert client.run.count(task=7, state="open") == 3


@covers("result.get")
def test_result_get(mock: SpecMock, client: Client) -> None:
    result = mock.example(mock.spec.document["components"]["schemas"]["Result"])
    result.update(id=4, result="eyJzdW0iOiAzfQ==")  # base64 of {"sum": 3}
    mock.expect("result_get", path={"id": 4}, body=result)
    got = client.result.get(4)
    assert isinstance(got, TaskResult)
    assert got.result == {"sum": 3}
    run = mock.example(mock.spec.document["components"]["schemas"]["Run"])
    run.update(id=4, status="failed", input="")
    mock.expect("run_get", path={"id": 4}, body=run)
    assert got.status == "failed"


@covers("result.from_task")
def test_result_from_task_joins_runs_and_results(
    mock: SpecMock, client: Client
) -> None:
    results = mock.example(mock.spec.document["components"]["schemas"]["ResultPage"])
    results["data"][0].update(id=4, result="eyJzdW0iOiAzfQ==")
    mock.expect(
        "result_list", query={"task_id": 7, "page": 1, "per_page": 200}, body=results
    )
    got = client.result.from_task(7)
    assert isinstance(got, TaskResults)
    assert got["data"][0]["result"] == {"sum": 3}
    # reading it like a dict does not look the runs up (no run_list expected)
    first = got[0]
    assert first.get("result") == {"sum": 3} and first.get("nope", 1) == 1
    assert "status" in first and "nope" not in first
    assert list(first) == list(first.keys()) and len(first) == 10
    assert not [r for r, _ in mock.httpserver.log if r.path == "/api/run"]
    # the runs (slow to list on the server) are fetched once, when asked about
    mock.expect(
        "run_list",
        query={"task_id": 7, "page": 1, "per_page": 200},
        body=_run_page(mock, id=4, status="completed"),
    )
    assert got[0].status == "completed"
    assert got.by_organization() == {1: {"sum": 3}}
    assert got[0].to_dict()["organization"] == {"id": 1}


def test_official_field_and_filter_arguments_work_together(
    mock: SpecMock, client: Client
) -> None:
    """The official client crashed on filter_ with lists, and with fields."""
    page = mock.example(mock.spec.document["components"]["schemas"]["OrganizationPage"])
    template = page["data"][0]
    page["data"] = [
        {**template, "id": 1, "name": "A", "country": "NL"},
        {**template, "id": 2, "name": "B", "country": "BE"},
    ]
    mock.expect("organization_list", body=page)
    mock.expect("organization_list", body=page)
    mock.expect("organization_get", path={"id": 1})
    picked = client.organization.list(fields=["id", "name"], filter_=("country", "NL"))
    assert picked == [{"id": 1, "name": "A"}]
    filtered = client.organization.list(filters=[("country", "BE")])
    assert [o.name for o in filtered] == ["B"]
    assert client.organization.get(1, field="id") == {"id": 1}
