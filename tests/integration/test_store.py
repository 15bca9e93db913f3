"""The algorithm store: linked to the server, used through the user's login."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conformance import ConformanceRecorder, ConformanceTransport
from tests.integration.conftest import unique
from vantage6_client import (
    BadRequestError,
    Client,
    InvalidArgumentError,
    NotFoundError,
)
from vantage6_client.testing.registry import LocalRegistry
from vantage6_client.testing.server import LocalServer, LocalStore

FUNCTION = {
    "name": "average",
    "type": "federated",
    "description": "mean of a column",
    "arguments": [{"name": "column", "type": "column", "has_default_value": False}],
    "databases": [{"name": "default"}],
}


@pytest.fixture(scope="module")
def linked_store(v6_server: LocalServer, v6_store: LocalStore) -> int:
    """The store linked to the server for all collaborations (once)."""
    with Client(v6_server.url) as root:
        root.authenticate(v6_server.root_username, v6_server.root_password)
        existing = root.store.list(url=v6_store.base_url).data
        if existing:
            return existing[0].id
        return root.store.create(
            v6_store.base_url, unique("store"), all_collaborations=True, force=True
        ).id


@pytest.fixture
def store_admin(
    admin: Client,
    v6_store: LocalStore,
    linked_store: int,
    store_conformance: ConformanceRecorder,
) -> Iterator[Client]:
    """The server's root, also the store's root, with the store chosen."""
    admin.store.set(linked_store, transport=ConformanceTransport(store_conformance))
    yield admin


def test_the_linked_store_is_listed_and_answers(
    store_admin: Client, v6_store: LocalStore, linked_store: int
) -> None:
    assert store_admin.store.get(linked_store).url == v6_store.base_url
    assert store_admin.store.get_version() == "4.15.2"
    [server] = store_admin.store.server.list()
    assert server.url == store_admin.base_path
    assert store_admin.store.server.get(server.id).url == server.url


def test_policies(store_admin: Client) -> None:
    policies = store_admin.store.policy.get()
    assert policies.allow_localhost is True
    assert store_admin.store.policy.get(public=True).algorithm_view == "whitelisted"


def test_rules_roles_and_users(store_admin: Client, world) -> None:
    rules = store_admin.store.rule.list(per_page=50).all()
    assert {r.name for r in rules} >= {"algorithm", "review", "role", "user"}
    root_rules = store_admin.store.rule.list(username="root").all()
    assert len(root_rules) == len(rules)

    role = store_admin.store.role.create(unique("role"), "views", [rules[0].id])
    assert store_admin.store.role.get(role.id).name == role.name
    assert (
        store_admin.store.role.edit(role.id, description="changed").description
        == "changed"
    )
    assert store_admin.store.role.add_rule(role.id, rules[1].id)
    assert [r.id for r in store_admin.store.role.remove_rule(role.id, rules[1].id)] == [
        rules[0].id
    ]

    party = world.organization()
    user, _ = world.user(party, "Viewer")
    registered = store_admin.store.user.register(user.username, [role.id])
    assert registered.username == user.username
    assert [u.id for u in store_admin.store.user.list(username=user.username)] == [
        registered.id
    ]
    assert store_admin.store.user.update(registered.id, roles=[]).id == registered.id
    store_admin.store.user.delete(registered.id)
    with pytest.raises(NotFoundError):
        store_admin.store.user.get(registered.id)
    store_admin.store.role.delete(role.id)


def store_member(
    world, store_admin: Client, linked_store: int, role: str
) -> tuple[Client, int]:
    """A new user of a new organization, registered in the store with ``role``;
    their logged-in client (store chosen) and store user id."""
    party = world.organization()
    user, password = world.user(party, "Researcher")
    roles = store_admin.store.role.list(name=role).all()
    registered = store_admin.store.user.register(user.username, [roles[0].id])
    client = world.client_for(user.username, password)
    client.store.set(linked_store)
    return client, registered.id


def test_an_algorithm_from_submission_to_approval(
    store_admin: Client, world, registry: LocalRegistry, linked_store: int
) -> None:
    developer, developer_id = store_member(
        world, store_admin, linked_store, "Developer"
    )
    image = registry.push(unique("demo/average") + ":1.0")
    submitted = developer.algorithm.create(
        unique("Average"),
        "mean of a column",
        image,
        "horizontal",
        "4.15",
        "https://github.com/vantage6/v6-average-py",
        [FUNCTION],
    )
    assert submitted.status == "awaiting reviewer assignment"
    assert submitted.digest == registry.digest(image)
    assert submitted.developer_id == developer_id
    assert submitted.functions[0].arguments[0].name == "column"
    algorithms = store_admin.algorithm
    awaiting = algorithms.list(awaiting_reviewer_assignment=True).all()
    assert submitted.id in {a.id for a in awaiting}
    assert submitted.id not in {a.id for a in algorithms.list().all()}
    changed = developer.algorithm.update(submitted.id, description="the mean")
    assert changed.description == "the mean"

    # two reviewers from two organizations (the store's default minimum)
    reviewers = [
        store_member(world, store_admin, linked_store, "Reviewer") for _ in range(2)
    ]
    reviews = [
        store_admin.store.review.create(submitted.id, reviewer_id)
        for _, reviewer_id in reviewers
    ]
    assert algorithms.get(submitted.id).status == "under review"
    listed = store_admin.store.review.list(algorithm=submitted.id).all()
    assert sorted(r.id for r in listed) == sorted(r.id for r in reviews)
    for (reviewer, _), review in zip(reviewers, reviews, strict=True):
        assert reviewer.store.review.get(review.id).status == "under review"
        reviewer.store.review.approve(review.id, comment="looks right")

    approved = algorithms.get(submitted.id)
    assert approved.status == "approved"
    assert approved.approved_at is not None
    assert submitted.id in {a.id for a in algorithms.list(image=image).all()}

    assert "invalidated" in algorithms.invalidate(submitted.id).msg
    assert algorithms.get(submitted.id).status == "removed"
    algorithms.delete(submitted.id)
    with pytest.raises(NotFoundError):
        algorithms.get(submitted.id)


def test_a_rejected_algorithm_stays_out_of_the_list(
    store_admin: Client, world, registry: LocalRegistry, linked_store: int
) -> None:
    developer, _ = store_member(world, store_admin, linked_store, "Developer")
    submitted = developer.algorithm.create(
        unique("Sum"), "", registry.push(unique("demo/sum")), "vertical",
        "4.15", "https://example.org/sum", [],
    )  # fmt: skip
    reviewer, reviewer_id = store_member(world, store_admin, linked_store, "Reviewer")
    review = store_admin.store.review.create(submitted.id, reviewer_id)
    reviewer.store.review.reject(review.id, comment="no tests")
    assert store_admin.algorithm.get(submitted.id).status == "rejected"
    assert store_admin.store.review.get(review.id).status == "rejected"
    with pytest.raises(BadRequestError, match="review is already finished"):
        store_admin.store.review.create(submitted.id, reviewer_id)


def test_the_store_is_not_chosen_implicitly(admin: Client) -> None:
    with pytest.raises(InvalidArgumentError, match=r"client\.store\.set"):
        admin.algorithm.list()


def test_the_store_explains_what_is_wrong_with_a_submission(
    store_admin: Client, registry: LocalRegistry
) -> None:
    name = unique("Odd")
    odd = {**FUNCTION, "type": "sideways"}
    with pytest.raises(BadRequestError, match="Request body is incorrect") as caught:
        store_admin.algorithm.create(
            name, "", registry.push(unique("demo/odd")), "horizontal",
            "4.15", "https://example.org", [odd],
        )  # fmt: skip
    assert "functions" in caught.value.errors
    assert "sideways" in str(caught.value)
    awaiting = store_admin.algorithm.list(awaiting_reviewer_assignment=True).all()
    assert name not in {a.name for a in awaiting}
