"""The algorithm store's groups against a store mocked from its spec.

As in ``test_groups.py``: each call is armed with the exact query and JSON
body it must send (none unless given), and a distinctive value of the answer
must come back from the facade.
"""

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
        query={
            "name": "avg%",
            "description": "%mean%",
            "image": "harbor2.vantage6.ai/demo/average",
            "partitioning": "horizontal",
            "vantage6_version": "4.%",
            "in_review_process": "true",
            "page": 2,
            "per_page": 5,
        },
        body=store_mock.page("AlgorithmPage", id=3, name="Average"),
    )
    page = store_client.algorithm.list(
        name="avg%",
        description="%mean%",
        image="harbor2.vantage6.ai/demo/average",
        partitioning="horizontal",
        v6_version="4.%",
        in_review_process=True,
        page=2,
        per_page=5,
    )
    assert isinstance(page.data[0], Algorithm)
    assert (page.data[0].id, page.data[0].name) == (3, "Average")

    store_mock.expect(
        "algorithm_get",
        path={"id": 3},
        body=store_mock.model("Algorithm", id=3, name="Average", status="approved"),
    )
    algorithm = store_client.algorithm.get(3)
    assert isinstance(algorithm, Algorithm)
    assert (algorithm.name, algorithm.status) == ("Average", "approved")


def test_algorithm_list_sends_each_review_state_flag(
    store_mock: SpecMock, store_client: Client
) -> None:
    store_mock.expect(
        "algorithm_list",
        query={
            "awaiting_reviewer_assignment": "true",
            "under_review": "true",
            "invalidated": "true",
            "page": 1,
            "per_page": 10,
        },
    )
    store_client.algorithm.list(
        awaiting_reviewer_assignment=True, under_review=True, invalidated=True
    )


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
            "documentation_url": "https://docs.example.org/average",
            "functions": [FUNCTION],
        },
        body=store_mock.model("Algorithm", id=8, name="Average"),
    )
    created = store_client.algorithm.create(
        "Average",
        "mean of a column",
        "harbor2.vantage6.ai/demo/average",
        "horizontal",
        "4.15",
        "https://github.com/vantage6/v6-average-py",
        [FUNCTION],
        documentation_url="https://docs.example.org/average",
    )
    assert isinstance(created, Algorithm)
    assert (created.id, created.name) == (8, "Average")
    with pytest.raises(InvalidArgumentError, match="'type'"):
        store_client.algorithm.create(
            "A", "", "img", "horizontal", "4", "u", [{"name": "x"}]
        )


@covers("algorithm.update")
def test_algorithm_update_always_sends_the_image(
    store_mock: SpecMock, store_client: Client
) -> None:
    """The store fails (500) on an update without image: send the current one."""
    current = store_mock.model("Algorithm", id=3, image="registry/average:1.0")
    store_mock.expect("algorithm_get", path={"id": 3}, body=current)
    store_mock.expect(
        "algorithm_update",
        path={"id": 3},
        json_body={
            "name": "New",
            "image": "registry/average:1.0",
            "refresh_digest": True,
        },
        body=store_mock.model("Algorithm", id=3, name="New"),
    )
    updated = store_client.algorithm.update(3, name="New", refresh_digest=True)
    assert isinstance(updated, Algorithm)
    assert updated.name == "New"


def test_algorithm_update_with_an_image_asks_for_nothing_else(
    store_mock: SpecMock, store_client: Client
) -> None:
    store_mock.expect(
        "algorithm_update",
        path={"id": 3},
        json_body={
            "description": "d",
            "image": "registry/average:2.0",
            "partitioning": "vertical",
            "vantage6_version": "4.16",
            "code_url": "https://example.org/code",
            "documentation_url": "https://example.org/docs",
            "functions": [FUNCTION],
        },
    )
    store_client.algorithm.update(
        3,
        description="d",
        image="registry/average:2.0",
        partitioning="vertical",
        vantage6_version="4.16",
        code_url="https://example.org/code",
        documentation_url="https://example.org/docs",
        functions=[FUNCTION],
    )


@covers("algorithm.delete", "algorithm.invalidate")
def test_algorithm_delete_and_invalidate(
    store_mock: SpecMock, store_client: Client
) -> None:
    store_mock.expect(
        "algorithm_invalidate", path={"id": 3}, body={"msg": "algorithm 3 removed"}
    )
    assert store_client.algorithm.invalidate(3).msg == "algorithm 3 removed"

    store_mock.expect(
        "algorithm_delete", path={"id": 3}, body={"msg": "algorithm 3 deleted"}
    )
    deleted = store_client.algorithm.delete(3)
    assert isinstance(deleted, Message)
    assert deleted.msg == "algorithm 3 deleted"


@covers(
    "store.review.list",
    "store.review.get",
    "store.review.create",
    "store.review.delete",
)
def test_reviews(store_mock: SpecMock, store_client: Client) -> None:
    review = store_client.store.review
    store_mock.expect(
        "review_list",
        query={
            "algorithm_id": 3,
            "reviewer_id": 2,
            "approved": "true",
            "page": 2,
            "per_page": 5,
        },
        body=store_mock.page("ReviewPage", id=5, status="approved"),
    )
    page = review.list(algorithm=3, reviewer=2, approved=True, page=2, per_page=5)
    assert isinstance(page.data[0], Review)
    assert (page.data[0].id, page.data[0].status) == (5, "approved")

    store_mock.expect(
        "review_get",
        path={"id": 5},
        body=store_mock.model("Review", id=5, comment="looks fine"),
    )
    assert review.get(5).comment == "looks fine"

    store_mock.expect(
        "review_create",
        json_body={"algorithm_id": 3, "reviewer_id": 2},
        body=store_mock.model("Review", id=6, algorithm_id=3, status="under review"),
    )
    created = review.create(3, 2)
    assert isinstance(created, Review)
    assert (created.id, created.status) == (6, "under review")

    store_mock.expect("review_delete", path={"id": 5}, body={"msg": "review deleted"})
    assert review.delete(5).msg == "review deleted"


@covers("store.review.approve", "store.review.reject")
def test_review_decisions_send_a_json_body(
    store_mock: SpecMock, store_client: Client
) -> None:
    store_mock.expect(
        "review_approve", path={"id": 5}, json_body={}, body={"msg": "approved"}
    )
    assert store_client.store.review.approve(5).msg == "approved"

    store_mock.expect(
        "review_reject",
        path={"id": 6},
        json_body={"comment": "no docs"},
        body={"msg": "rejected"},
    )
    assert store_client.store.review.reject(6, comment="no docs").msg == "rejected"


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
    role = store_client.store.role
    store_mock.expect(
        "role_list",
        query={
            "name": "Dev%",
            "description": "%code%",
            "user_id": 2,
            "page": 2,
            "per_page": 5,
        },
        body=store_mock.page("RolePage", id=4, name="Developer"),
    )
    page = role.list(name="Dev%", description="%code%", user=2, page=2, per_page=5)
    assert isinstance(page.data[0], Role)
    assert page.data[0].name == "Developer"

    store_mock.expect(
        "role_get", path={"role_id": 4}, body=store_mock.model("Role", id=4, name="Dev")
    )
    assert role.get(4).name == "Dev"

    store_mock.expect(
        "role_create",
        json_body={"name": "R", "rules": [1], "description": "d"},
        body=store_mock.model("Role", id=9, name="R"),
    )
    created = role.create("R", "d", [1])
    assert (created.id, created.name) == (9, "R")

    store_mock.expect(
        "role_update",
        path={"role_id": 4},
        json_body={"name": "R2", "description": "d2", "rules": [1, 2]},
        body=store_mock.model("Role", id=4, name="R2"),
    )
    edited = role.edit(4, name="R2", description="d2", rules=[1, 2])
    assert isinstance(edited, Role)
    assert edited.name == "R2"

    store_mock.expect(
        "role_add_rule",
        path={"role_id": 4, "rule_id": 2},
        body=[store_mock.model("Rule", id=1), store_mock.model("Rule", id=2)],
    )
    added = role.add_rule(4, 2)
    assert isinstance(added[0], Rule)
    assert [r.id for r in added] == [1, 2]

    store_mock.expect(
        "role_remove_rule",
        path={"role_id": 4, "rule_id": 2},
        body=[store_mock.model("Rule", id=1)],
    )
    assert [r.id for r in role.remove_rule(4, 2)] == [1]

    store_mock.expect(
        "role_delete",
        path={"role_id": 4},
        query={"delete_dependents": "true"},
        body={"msg": "role deleted"},
    )
    assert role.delete(4, delete_dependents=True).msg == "role deleted"


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
        body=store_mock.page("RulePage", id=3, name="algorithm", operation="view"),
    )
    page = store_client.store.rule.list(username="alice")
    assert isinstance(page.data[0], Rule)
    assert (page.data[0].name, page.data[0].operation) == ("algorithm", "view")


def test_store_rules_filters(store_mock: SpecMock, store_client: Client) -> None:
    store_mock.expect(
        "rule_list",
        query={
            "name": "algorithm",
            "operation": "view",
            "role_id": 4,
            "page": 2,
            "per_page": 5,
        },
        body=store_mock.page("RulePage", id=3, name="algorithm"),
    )
    page = store_client.store.rule.list(
        name="algorithm", operation="VIEW", role=4, page=2, per_page=5
    )
    assert [r.id for r in page] == [3]


@covers(
    "store.user.list",
    "store.user.get",
    "store.user.register",
    "store.user.update",
    "store.user.delete",
)
def test_store_users(store_mock: SpecMock, store_client: Client) -> None:
    user = store_client.store.user
    store_mock.expect(
        "user_list",
        query={
            "username": "a%",
            "role_id": 3,
            "can_review": "true",
            "reviewers_for_algorithm_id": 8,
            "page": 2,
            "per_page": 5,
            "sort": "-id",
        },
        body=store_mock.page("UserPage", id=2, username="alice"),
    )
    page = user.list(
        username="a%",
        role=3,
        page=2,
        per_page=5,
        can_review=True,
        reviewers_for_algorithm=8,
        sort="-id",
    )
    assert isinstance(page.data[0], User)
    assert page.data[0].username == "alice"

    store_mock.expect(
        "user_get", path={"id": 2}, body=store_mock.model("User", id=2, username="al")
    )
    assert user.get(2).username == "al"

    store_mock.expect(
        "user_register",
        json_body={"username": "alice", "roles": [3]},
        body=store_mock.model("User", id=7, username="alice"),
    )
    registered = user.register("alice", [3])
    assert isinstance(registered, User)
    assert (registered.id, registered.username) == (7, "alice")

    store_mock.expect(
        "user_update",
        path={"id": 2},
        json_body={"roles": [3, 6], "email": "al@x.org"},
        body=store_mock.model("User", id=2, email="al@x.org"),
    )
    assert user.update(2, roles=[3, 6], email="al@x.org").email == "al@x.org"

    store_mock.expect("user_delete", path={"id": 2}, body={"msg": "user removed"})
    assert user.delete(2).msg == "user removed"


@covers("store.policy.get")
def test_store_policies(
    store_mock: SpecMock, store_client: Client, httpserver: HTTPServer
) -> None:
    store_mock.expect(
        "policy_get",
        body={
            "algorithm_view": "whitelisted",
            "allowed_servers": [],
            "min_reviewers": 2,
        },
    )
    policies = store_client.store.policy.get()
    assert isinstance(policies, Policies)
    assert (policies.algorithm_view, policies.min_reviewers) == ("whitelisted", 2)

    store_mock.expect(
        "policy_get_public", body={"algorithm_view": "public", "allowed_servers": []}
    )
    public = store_client.store.policy.get(public=True)
    assert isinstance(public, PublicPolicies)
    assert public.algorithm_view == "public"
    assert "Authorization" not in httpserver.log[-1][0].headers  # public: no token


@covers(
    "store.server.list",
    "store.server.get",
    "store.server.whitelist",
    "store.server.delete",
)
def test_store_servers(store_mock: SpecMock, store_client: Client) -> None:
    server = store_client.store.server
    store_mock.expect(
        "server_list",
        query={"url": "%127%"},
        body=[store_mock.model("Vantage6Server", id=1, url="http://127.0.0.1/api")],
    )
    listed = server.list(url="%127%")
    assert isinstance(listed[0], Vantage6Server)
    assert [s.url for s in listed] == ["http://127.0.0.1/api"]

    store_mock.expect(
        "server_get",
        path={"id": 1},
        body=store_mock.model("Vantage6Server", id=1, url="http://127.0.0.1/api"),
    )
    assert server.get(1).url == "http://127.0.0.1/api"

    store_mock.expect(
        "server_whitelist",
        json_body={"url": store_client.base_path, "force": True},
        body=store_mock.model("Vantage6Server", id=2, url=store_client.base_path),
    )
    trusted = server.whitelist(force=True)
    assert isinstance(trusted, Vantage6Server)
    assert (trusted.id, trusted.url) == (2, store_client.base_path)

    store_mock.expect("server_delete", path={"id": 1}, body={"msg": "server removed"})
    assert server.delete(1).msg == "server removed"
