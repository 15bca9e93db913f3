"""``client.store`` and the store's groups on a 5.x HQ: HQ's store links and
a 5.x algorithm store, both mocked from their specs on one mock server (the
real pair runs them in tests/hq/test_store_facade.py).

As in ``test_store.py``: each call is armed with the exact query and JSON body
it must send (none unless given), and a distinctive value of the answer must
come back from the facade. The 4.x forms of these methods are covered there
and in ``test_groups.py``; these add what a 5.x HQ and its store change.
"""

from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer
from vantage6_hq_api.models import AlgorithmStore as HQAlgorithmStore

from tests.conformance import Spec
from tests.contract.conftest import covers
from tests.contract.spec_mock import SpecMock
from tests.paths import STORE5_SPEC_PATH
from vantage6_client import Client, InvalidArgumentError, NotOnThisServerError
from vantage6_client.types import (
    Store5Algorithm,
    Store5Message,
    Store5Policies,
    Store5PublicPolicies,
    Store5Review,
    Store5Role,
    Store5Rule,
    Store5User,
)

FUNCTION = {
    "name": "partial_average",
    "step_type": "federated_compute",
    "arguments": [{"name": "column", "type": "column"}],
    "databases": [{"name": "ages"}],
}


@pytest.fixture
def store5_mock(httpserver: HTTPServer) -> SpecMock:
    """A 5.x algorithm store's API, on the same mock server as HQ's."""
    return SpecMock(httpserver, Spec.load(STORE5_SPEC_PATH))


@pytest.fixture
def hq_store_client(
    hq_client: Client, hq_mock: SpecMock, httpserver: HTTPServer
) -> Client:
    """A client for HQ that has chosen store 1 (address and API path apart,
    as HQ keeps them)."""
    hq_mock.expect(
        "store_get",
        path={"id": 1},
        body=hq_mock.model(
            "AlgorithmStore",
            id=1,
            url=httpserver.url_for("/").rstrip("/"),
            api_path="/api",
        ),
    )
    hq_client.store.set(1)
    return hq_client


# -- HQ's store links ------------------------------------------------------------
def test_store_set_on_hq_joins_the_address_and_api_path(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    hq_mock.expect(
        "store_get",
        path={"id": 4},
        body=hq_mock.model(
            "AlgorithmStore", id=4, url="https://store.example.org/", api_path="/api"
        ),
    )
    chosen = hq_client.store.set(4)
    assert isinstance(chosen, HQAlgorithmStore)
    assert (hq_client.store.store_id, hq_client.store.url) == (
        4,
        "https://store.example.org/api",
    )


def test_store_list_and_get_on_hq(hq_mock: SpecMock, hq_client: Client) -> None:
    hq_mock.expect(
        "store_list",
        query={"collaboration_id": 3, "page": 1, "per_page": 10},
        body=hq_mock.page("AlgorithmStorePage", id=2, api_path="/store/api"),
    )
    [listed] = hq_client.store.list(collaboration=3).data
    assert isinstance(listed, HQAlgorithmStore) and listed.api_path == "/store/api"
    hq_mock.expect(
        "store_get", path={"id": 2}, body=hq_mock.model("AlgorithmStore", id=2)
    )
    assert isinstance(hq_client.store.get(2), HQAlgorithmStore)


def test_store_create_on_hq_reads_the_official_5x_positions(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    """create(name, algorithm_store_url, api_path, collaboration, ...): the
    first two swapped from 4.x's; no server_url is sent."""
    hq_mock.expect(
        "store_create",
        json_body={
            "algorithm_store_url": "https://store.example.org",
            "name": "community",
            "api_path": "/store/api",
            "collaboration_id": 3,
        },
        body=hq_mock.model("AlgorithmStore", id=5, name="community"),
    )
    made = hq_client.store.create(
        "community", "https://store.example.org/", "/store/api", 3
    )
    assert isinstance(made, HQAlgorithmStore) and made.id == 5

    # by keyword, and for every collaboration: /api by default, no collaboration
    hq_mock.expect(
        "store_create",
        json_body={
            "algorithm_store_url": "https://store.example.org",
            "name": "all",
            "api_path": "/api",
        },
        body=hq_mock.model("AlgorithmStore", id=6, collaborations=None),
    )
    hq_client.store.create(
        name="all",
        algorithm_store_url="https://store.example.org",
        all_collaborations=True,
    )


def test_store_create_on_hq_refuses_4x_arguments_before_sending(
    hq_client: Client,
) -> None:
    with pytest.raises(NotOnThisServerError, match=r"^force is 4\.x's"):
        hq_client.store.create(
            name="s", algorithm_store_url="https://store.example.org", force=True
        )
    # the 4.x order on HQ: the name is not a URL
    with pytest.raises(InvalidArgumentError, match=r"^algorithm_store_url must be"):
        hq_client.store.create("https://store.example.org", "s")
    with pytest.raises(InvalidArgumentError, match=r"^api_path must be a path"):
        hq_client.store.create("s", "https://store.example.org", "api")


def test_store_create_on_4x_refuses_the_api_path(client: Client) -> None:
    with pytest.raises(NotOnThisServerError, match=r"^api_path is 5.x's"):
        client.store.create("https://store.example.org/api", "s", 1, api_path="/x")


def test_store_update_and_delete_on_hq(
    hq_mock: SpecMock, hq_store_client: Client
) -> None:
    hq_mock.expect(
        "store_update",
        path={"id": 1},
        json_body={"name": "renamed"},
        body=hq_mock.model("AlgorithmStore", id=1, name="renamed"),
    )
    changed = hq_store_client.store.update(name="renamed")
    assert isinstance(changed, HQAlgorithmStore) and changed.name == "renamed"
    with pytest.raises(NotOnThisServerError, match=r"^server_url is 4.x's"):
        hq_store_client.store.delete(1, server_url="http://hq/api")
    # no server_url query: HQ's delete has none
    hq_mock.expect("store_delete", path={"id": 1}, query=None, body={"msg": "unlinked"})
    assert hq_store_client.store.delete().msg == "unlinked"
    assert hq_store_client.store.store_id is None


# -- the 5.x store's own API -----------------------------------------------------
def test_store5_calls_carry_the_keycloak_token_and_no_server_url(
    store5_mock: SpecMock, hq_store_client: Client, httpserver: HTTPServer
) -> None:
    store5_mock.expect("get_version", body={"version": "5.0.3"})
    assert hq_store_client.store.get_version() == "5.0.3"
    store5_mock.expect(
        "algorithm_get",
        path={"id": 3},
        body=store5_mock.model("Algorithm", id=3, name="average"),
    )
    algorithm = hq_store_client.algorithm.get(3)
    assert isinstance(algorithm, Store5Algorithm) and algorithm.name == "average"
    request = httpserver.log[-1][0]
    assert request.headers["Authorization"] == f"Bearer {hq_store_client.token}"
    assert "Server-Url" not in request.headers


def test_store5_algorithm_list_create_update_delete(
    store5_mock: SpecMock, hq_store_client: Client
) -> None:
    store5_mock.expect(
        "algorithm_list",
        query={"name": "avg%", "under_review": "true", "page": 2, "per_page": 5},
        body=store5_mock.page("AlgorithmPage", id=3, name="average"),
    )
    [listed] = hq_store_client.algorithm.list(
        name="avg%", under_review=True, page=2, per_page=5
    ).data
    assert isinstance(listed, Store5Algorithm) and listed.id == 3

    store5_mock.expect(
        "algorithm_create",
        json_body={
            "name": "average",
            "description": "mean",
            "image": "registry.example.org/average",
            "partitioning": "horizontal",
            "vantage6_version": "5.0",
            "code_url": "https://example.org/average",
            "functions": [FUNCTION],
        },
        body=store5_mock.model("Algorithm", id=4),
        status=201,
    )
    made = hq_store_client.algorithm.create(
        "average",
        "mean",
        "registry.example.org/average",
        "horizontal",
        "5.0",
        "https://example.org/average",
        [FUNCTION],
    )
    assert isinstance(made, Store5Algorithm) and made.id == 4
    # a 4.x function (with "type") is not a 5.x one: refused before sending
    with pytest.raises(InvalidArgumentError, match=r"functions\[0\]"):
        hq_store_client.algorithm.create(
            "a", "d", "i", "horizontal", "5.0", "c", [{"name": "f", "type": "x"}]
        )

    store5_mock.expect(
        "algorithm_update",
        path={"id": 4},
        json_body={"image": "registry.example.org/average:2", "name": "avg"},
        body=store5_mock.model("Algorithm", id=4, name="avg"),
    )
    changed = hq_store_client.algorithm.update(
        4, name="avg", image="registry.example.org/average:2"
    )
    assert isinstance(changed, Store5Algorithm) and changed.name == "avg"
    store5_mock.expect("algorithm_invalidate", path={"id": 4}, body={"msg": "gone"})
    assert isinstance(hq_store_client.algorithm.invalidate(4), Store5Message)
    store5_mock.expect("algorithm_delete", path={"id": 4}, body={"msg": "deleted"})
    assert hq_store_client.algorithm.delete(4).msg == "deleted"


def test_store5_reviews(store5_mock: SpecMock, hq_store_client: Client) -> None:
    store5_mock.expect(
        "review_create",
        json_body={"algorithm_id": 4, "reviewer_id": 2},
        body=store5_mock.model("Review", id=9),
        status=201,
    )
    review = hq_store_client.store.review.create(4, 2)
    assert isinstance(review, Store5Review) and review.id == 9
    store5_mock.expect(
        "review_list",
        query={"algorithm_id": 4, "under_review": "true", "page": 1, "per_page": 10},
        body=store5_mock.page("ReviewPage", id=9),
    )
    [listed] = hq_store_client.store.review.list(algorithm=4, under_review=True).data
    assert isinstance(listed, Store5Review)
    store5_mock.expect("review_get", path={"id": 9}, body=store5_mock.model("Review"))
    assert isinstance(hq_store_client.store.review.get(9), Store5Review)
    store5_mock.expect(
        "review_approve",
        path={"id": 9},
        json_body={"comment": "fine"},
        body={"msg": "approved"},
    )
    assert hq_store_client.store.review.approve(9, "fine").msg == "approved"
    store5_mock.expect(
        "review_reject", path={"id": 9}, json_body={}, body={"msg": "rejected"}
    )
    assert hq_store_client.store.review.reject(9).msg == "rejected"
    store5_mock.expect("review_delete", path={"id": 9}, body={"msg": "deleted"})
    assert isinstance(hq_store_client.store.review.delete(9), Store5Message)


def test_store5_policies(store5_mock: SpecMock, hq_store_client: Client) -> None:
    store5_mock.expect(
        "policy_get",
        body=store5_mock.model("Policies", algorithm_view="authenticated"),
    )
    policies = hq_store_client.store.policy.get()
    assert isinstance(policies, Store5Policies)
    assert policies.algorithm_view == "authenticated"
    store5_mock.expect("policy_get_public", body={"algorithm_view": "public"})
    public = hq_store_client.store.policy.get(public=True)
    assert isinstance(public, Store5PublicPolicies)


def test_store5_users(store5_mock: SpecMock, hq_store_client: Client) -> None:
    store5_mock.expect(
        "user_register",
        json_body={"username": "ada", "roles": [2]},
        body=store5_mock.model("User", id=5, username="ada"),
        status=201,
    )
    user = hq_store_client.store.user.register("ada", [2])
    assert isinstance(user, Store5User) and user.username == "ada"
    store5_mock.expect(
        "user_list",
        query={
            "username": "ad%",
            "reviewers_for_algorithm_id": 4,
            "page": 1,
            "per_page": 10,
        },
        body=store5_mock.page("UserPage", id=5),
    )
    [listed] = hq_store_client.store.user.list("ad%", reviewers_for_algorithm=4).data
    assert isinstance(listed, Store5User)
    store5_mock.expect(
        "user_update",
        path={"id": 5},
        json_body={"roles": [2, 3]},
        body=store5_mock.model("User", id=5),
    )
    assert isinstance(hq_store_client.store.user.update(5, [2, 3]), Store5User)
    store5_mock.expect("user_get", path={"id": 5}, body=store5_mock.model("User"))
    assert isinstance(hq_store_client.store.user.get(5), Store5User)
    store5_mock.expect("user_delete", path={"id": 5}, body={"msg": "removed"})
    assert hq_store_client.store.user.delete(5).msg == "removed"
    # what a 5.x store lacks, refused before sending
    with pytest.raises(NotOnThisServerError, match=r"^email is a 4.x store's"):
        hq_store_client.store.user.update(5, email="ada@example.org")
    with pytest.raises(NotOnThisServerError, match=r"^can_review is a 4.x store's"):
        hq_store_client.store.user.list(can_review=True)


def test_store5_roles(store5_mock: SpecMock, hq_store_client: Client) -> None:
    store5_mock.expect(
        "role_create",
        json_body={"name": "curator", "description": "d", "rules": [1, 2]},
        body=store5_mock.model("Role", id=7, name="curator"),
        status=201,
    )
    role = hq_store_client.store.role.create("curator", "d", [1, 2])
    assert isinstance(role, Store5Role) and role.id == 7
    store5_mock.expect(
        "role_update",
        path={"role_id": 7},
        json_body={"rules": [1]},
        body=store5_mock.model("Role", id=7),
    )
    assert isinstance(hq_store_client.store.role.edit(7, rules=[1]), Store5Role)
    store5_mock.expect("role_get", path={"role_id": 7}, body=store5_mock.model("Role"))
    assert isinstance(hq_store_client.store.role.get(7), Store5Role)
    store5_mock.expect(
        "role_list",
        query={"user_id": 5, "page": 1, "per_page": 10},
        body=store5_mock.page("RolePage", id=7),
    )
    [listed] = hq_store_client.store.role.list(user=5).data
    assert isinstance(listed, Store5Role)
    store5_mock.expect(
        "role_delete", path={"role_id": 7}, query=None, body={"msg": "deleted"}
    )
    assert isinstance(hq_store_client.store.role.delete(7), Store5Message)
    for method in (
        hq_store_client.store.role.add_rule,
        hq_store_client.store.role.remove_rule,
    ):
        with pytest.raises(NotOnThisServerError, match=r"client.store.role.edit"):
            method(7, 1)


def test_store5_rules_read_the_official_5x_positions(
    store5_mock: SpecMock, hq_store_client: Client
) -> None:
    """list(name, operation, role, user_id, current_user, page, per_page)."""
    store5_mock.expect(
        "rule_list",
        query={"operation": "view", "user_id": 5, "page": 2, "per_page": 10},
        body=store5_mock.page("RulePage", id=1),
    )
    [rule] = hq_store_client.store.rule.list(None, "VIEW", None, 5, False, 2).data
    assert isinstance(rule, Store5Rule)
    store5_mock.expect(
        "rule_list",
        query={"current_user": "true", "page": 1, "per_page": 10},
        body=store5_mock.page("RulePage", id=1),
    )
    hq_store_client.store.rule.list(current_user=True)
    with pytest.raises(NotOnThisServerError, match=r"^username is a 4.x store's"):
        hq_store_client.store.rule.list(username="ada")
    with pytest.raises(InvalidArgumentError, match=r"^user_id must be"):
        hq_store_client.store.rule.list(user_id="5")  # type: ignore[arg-type]


def test_store_rules_on_4x_refuse_5x_filters(store_client: Client) -> None:
    with pytest.raises(NotOnThisServerError, match=r"^user_id is a 5.x store's"):
        store_client.store.rule.list(user_id=5)
    with pytest.raises(NotOnThisServerError, match=r"^current_user is a 5.x store's"):
        store_client.store.rule.list(current_user=True)


@covers("store.server.list")
def test_a_5x_store_trusts_no_servers(hq_store_client: Client) -> None:
    server = hq_store_client.store.server
    for call in (
        server.list,
        server.whitelist,
        lambda: server.get(1),
        lambda: server.delete(1),
    ):
        with pytest.raises(NotOnThisServerError, match=r"Keycloak realm"):
            call()
