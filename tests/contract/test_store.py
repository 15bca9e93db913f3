"""The algorithm store's groups against a store mocked from its spec."""

from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer
from vantage6_store_api.models import (
    Algorithm,
    Message,
    Policies,
    PublicPolicies,
    Review,
    Role,
    Rule,
    User,
    Vantage6Server,
)

from tests.contract.conftest import covers
from tests.contract.spec_mock import SpecMock
from vantage6_client import Client, InvalidArgumentError

FUNCTION = {
    "name": "average",
    "type": "federated",
    "arguments": [{"name": "column", "type": "column", "has_default_value": False}],
    "databases": [{"name": "default"}],
}


def test_store_calls_carry_the_users_token_and_server(
    store_mock: SpecMock, store_client: Client, httpserver: HTTPServer
) -> None:
    store_mock.expect("algorithm_get", path={"id": 3})
    store_client.algorithm.get(3)
    request = httpserver.log[-1][0]
    assert request.headers["Authorization"] == f"Bearer {store_client.token}"
    assert request.headers["Server-Url"] == store_client.base_path


def test_without_a_chosen_store_the_error_says_what_to_do(client: Client) -> None:
    with pytest.raises(InvalidArgumentError, match=r"client.store.set"):
        client.algorithm.list()


@covers("store.get_version")
def test_store_version(store_mock: SpecMock, store_client: Client) -> None:
    store_mock.expect("get_version", body={"version": "4.15.2"})
    assert store_client.store.get_version() == "4.15.2"


@covers("algorithm.list", "algorithm.get")
def test_algorithm_list_and_get(store_mock: SpecMock, store_client: Client) -> None:
    store_mock.expect(
        "algorithm_list",
        query={"name": "avg%", "in_review_process": "true", "page": 1, "per_page": 10},
    )
    store_mock.expect("algorithm_get", path={"id": 3})
    page = store_client.algorithm.list(name="avg%", in_review_process=True)
    assert isinstance(page.data[0], Algorithm)
    assert isinstance(store_client.algorithm.get(3), Algorithm)


@covers("algorithm.create")
def test_algorithm_create(store_mock: SpecMock, store_client: Client) -> None:
    store_mock.expect(
        "algorithm_create",
        json_body={
            "name": "Average",
            "description": "mean of a column",
            "image": "harbor2.vantage6.ai/demo/average",
            "partitioning": "horizontal",
            "vantage6_version": "4.15",
            "code_url": "https://github.com/vantage6/v6-average-py",
            "functions": [FUNCTION],
        },
    )
    created = store_client.algorithm.create(
        "Average",
        "mean of a column",
        "harbor2.vantage6.ai/demo/average",
        "horizontal",
        "4.15",
        "https://github.com/vantage6/v6-average-py",
        [FUNCTION],
    )
    assert isinstance(created, Algorithm)
    with pytest.raises(InvalidArgumentError, match="'type'"):
        store_client.algorithm.create(
            "A", "", "img", "horizontal", "4", "u", [{"name": "x"}]
        )


@covers("algorithm.update")
def test_algorithm_update_always_sends_the_image(
    store_mock: SpecMock, store_client: Client
) -> None:
    """The store fails (500) on an update without image: send the current one."""
    current = store_mock.example(
        store_mock.spec.document["components"]["schemas"]["Algorithm"]
    )
    current["image"] = "registry/average:1.0"
    store_mock.expect("algorithm_get", path={"id": 3}, body=current)
    store_mock.expect(
        "algorithm_update",
        path={"id": 3},
        json_body={"name": "New", "image": "registry/average:1.0"},
    )
    assert isinstance(store_client.algorithm.update(3, name="New"), Algorithm)


@covers("algorithm.delete", "algorithm.invalidate")
def test_algorithm_delete_and_invalidate(
    store_mock: SpecMock, store_client: Client
) -> None:
    store_mock.expect("algorithm_invalidate", path={"id": 3})
    store_mock.expect("algorithm_delete", path={"id": 3})
    assert isinstance(store_client.algorithm.invalidate(3), Message)
    assert isinstance(store_client.algorithm.delete(3), Message)


@covers(
    "store.review.list",
    "store.review.get",
    "store.review.create",
    "store.review.delete",
)
def test_reviews(store_mock: SpecMock, store_client: Client) -> None:
    store_mock.expect(
        "review_list", query={"algorithm_id": 3, "page": 1, "per_page": 10}
    )
    store_mock.expect("review_get", path={"id": 5})
    store_mock.expect("review_create", json_body={"algorithm_id": 3, "reviewer_id": 2})
    store_mock.expect("review_delete", path={"id": 5})
    assert isinstance(store_client.store.review.list(algorithm=3).data[0], Review)
    assert isinstance(store_client.store.review.get(5), Review)
    assert isinstance(store_client.store.review.create(3, 2), Review)
    assert isinstance(store_client.store.review.delete(5), Message)


@covers("store.review.approve", "store.review.reject")
def test_review_decisions_send_a_json_body(
    store_mock: SpecMock, store_client: Client
) -> None:
    store_mock.expect("review_approve", path={"id": 5}, json_body={})
    store_mock.expect("review_reject", path={"id": 6}, json_body={"comment": "no docs"})
    assert isinstance(store_client.store.review.approve(5), Message)
    assert isinstance(store_client.store.review.reject(6, comment="no docs"), Message)


@covers(
    "store.role.list",
    "store.role.get",
    "store.role.create",
    "store.role.edit",
    "store.role.delete",
    "store.role.add_rule",
    "store.role.remove_rule",
)
def test_store_roles(store_mock: SpecMock, store_client: Client) -> None:
    store_mock.expect("role_list", query={"name": "Dev%", "page": 1, "per_page": 10})
    store_mock.expect("role_get", path={"role_id": 4})
    store_mock.expect(
        "role_create", json_body={"name": "R", "rules": [1], "description": "d"}
    )
    store_mock.expect("role_update", path={"role_id": 4}, json_body={"rules": [1, 2]})
    store_mock.expect("role_add_rule", path={"role_id": 4, "rule_id": 2})
    store_mock.expect("role_remove_rule", path={"role_id": 4, "rule_id": 2})
    store_mock.expect("role_delete", path={"role_id": 4}, query={})
    role = store_client.store.role
    assert isinstance(role.list(name="Dev%").data[0], Role)
    assert isinstance(role.get(4), Role)
    assert isinstance(role.create("R", "d", [1]), Role)
    assert isinstance(role.edit(4, rules=[1, 2]), Role)
    assert isinstance(role.add_rule(4, 2)[0], Rule)
    assert isinstance(role.remove_rule(4, 2)[0], Rule)
    assert isinstance(role.delete(4), Message)


@covers("store.rule.list")
def test_store_rules_of_a_user_default_to_this_server(
    store_mock: SpecMock, store_client: Client
) -> None:
    store_mock.expect(
        "rule_list",
        query={
            "username": "alice",
            "server_url": store_client.base_path,
            "page": 1,
            "per_page": 10,
        },
    )
    assert isinstance(store_client.store.rule.list(username="alice").data[0], Rule)


@covers(
    "store.user.list",
    "store.user.get",
    "store.user.register",
    "store.user.update",
    "store.user.delete",
)
def test_store_users(store_mock: SpecMock, store_client: Client) -> None:
    store_mock.expect(
        "user_list", query={"can_review": "true", "page": 1, "per_page": 10}
    )
    store_mock.expect("user_get", path={"id": 2})
    store_mock.expect("user_register", json_body={"username": "alice", "roles": [3]})
    store_mock.expect("user_update", path={"id": 2}, json_body={"roles": [3, 6]})
    store_mock.expect("user_delete", path={"id": 2})
    user = store_client.store.user
    assert isinstance(user.list(can_review=True).data[0], User)
    assert isinstance(user.get(2), User)
    assert isinstance(user.register("alice", [3]), User)
    assert isinstance(user.update(2, roles=[3, 6]), User)
    assert isinstance(user.delete(2), Message)


@covers("store.policy.get")
def test_store_policies(
    store_mock: SpecMock, store_client: Client, httpserver: HTTPServer
) -> None:
    store_mock.expect("policy_get")
    store_mock.expect("policy_get_public")
    assert isinstance(store_client.store.policy.get(), Policies)
    assert isinstance(store_client.store.policy.get(public=True), PublicPolicies)
    assert "Authorization" not in httpserver.log[-1][0].headers  # public: no token


@covers(
    "store.server.list",
    "store.server.get",
    "store.server.whitelist",
    "store.server.delete",
)
def test_store_servers(store_mock: SpecMock, store_client: Client) -> None:
    store_mock.expect("server_list", query={"url": "%127%"})
    store_mock.expect("server_get", path={"id": 1})
    store_mock.expect(
        "server_whitelist", json_body={"url": store_client.base_path, "force": True}
    )
    store_mock.expect("server_delete", path={"id": 1})
    server = store_client.store.server
    assert isinstance(server.list(url="%127%")[0], Vantage6Server)
    assert isinstance(server.get(1), Vantage6Server)
    assert isinstance(server.whitelist(force=True), Vantage6Server)
    assert isinstance(server.delete(1), Message)
