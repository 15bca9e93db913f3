"""``client.store`` and the store's groups on the real 5.x pair: HQ 5.0.3's
store links and the 5.x algorithm store 5.0.3 (``store5``), spoken to through
the facade as HQ's root user logs in at Keycloak. Every answer of HQ and of
the store is checked against its spec (the autouse conformance fixture)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest
from vantage6_hq_api.api import Operations
from vantage6_hq_api.models import UserInput

from tests.conformance import ConformanceRecorder, ConformanceTransport
from tests.hq.world import federation, ok, unique
from vantage6_client import Client, NotOnThisServerError, ServerError
from vantage6_client.testing.hq import LocalHQ
from vantage6_client.testing.keycloak import LocalKeycloak
from vantage6_client.testing.registry import LocalRegistry
from vantage6_client.testing.store5 import LocalStore5
from vantage6_client.types import (
    HQAlgorithmStore,
    Store5Algorithm,
    Store5Policies,
    Store5PublicPolicies,
    Store5Review,
    Store5Rule,
    Store5User,
)

PASSWORD = "Store-pw1!"


@pytest.fixture
def login(
    hq: LocalHQ,
    keycloak: LocalKeycloak,
    store5: LocalStore5,
    hq_transport: Callable[[], ConformanceTransport],
    store5_conformance: ConformanceRecorder,
) -> Iterator[Callable[[str, str], Client]]:
    """Logs a user in with the facade and chooses the linked 5.x store (its
    answers checked too); each client is closed after the test."""
    made: list[Client] = []

    def log_in(username: str, password: str) -> Client:
        client = Client(
            base_url=hq.base_url, auth_url=keycloak.url, transport=hq_transport()
        )
        made.append(client)
        client.authenticate(username, password)
        assert store5.hq_store_id is not None
        client.store.set(
            store5.hq_store_id, transport=ConformanceTransport(store5_conformance)
        )
        return client

    yield log_in
    for client in made:
        client.close()


@pytest.fixture
def admin(hq: LocalHQ, login: Callable[[str, str], Client]) -> Client:
    return login(hq.root_username, hq.root_password)


def _function() -> dict[str, object]:
    return {
        "name": "partial_average",
        "step_type": "federated_compute",
        "databases": [{"name": "ages"}],
        "arguments": [{"name": "column", "type": "column", "description": "c"}],
    }


def _submit(admin: Client, registry: LocalRegistry) -> Store5Algorithm:
    name = unique("average")
    image = registry.push(f"demo/{name}:1.0")
    made = admin.algorithm.create(
        name,
        "mean of a column",
        image,
        "horizontal",
        "5.0.3",
        "https://example.org/average",
        [_function(), {"name": "central_average", "step_type": "central_compute"}],
    )
    assert isinstance(made, Store5Algorithm)
    return made


def test_root_lists_gets_and_sets_the_linked_store(
    admin: Client, store5: LocalStore5
) -> None:
    listed = {s.id: s for s in admin.store.list().all()}
    assert store5.hq_store_id in listed
    got = admin.store.get(store5.hq_store_id or 0)
    assert isinstance(got, HQAlgorithmStore)
    assert (got.url, got.api_path) == (store5.url, store5.api_path)
    # set joined the address and the API path
    assert admin.store.url == store5.base_url
    assert admin.store.store_id == store5.hq_store_id
    assert admin.store.get_version() == "5.0.3"


def test_root_creates_gets_and_lists_an_algorithm(
    admin: Client, store5_registry: LocalRegistry
) -> None:
    made = _submit(admin, store5_registry)
    assert made.status == "awaiting reviewer assignment"
    read = admin.algorithm.get(made.id)
    assert isinstance(read, Store5Algorithm)
    assert {f.step_type for f in read.functions} == {
        "federated_compute",
        "central_compute",
    }
    awaiting = admin.algorithm.list(awaiting_reviewer_assignment=True).all()
    assert made.id in [a.id for a in awaiting]
    assert made.id not in [a.id for a in admin.algorithm.list().all()]
    changed = admin.algorithm.update(made.id, description="the mean")
    assert changed.description == "the mean"
    admin.algorithm.invalidate(made.id)
    assert admin.algorithm.get(made.id).status == "removed"
    admin.algorithm.delete(made.id)


def test_policies_users_and_rules_of_the_5x_store(admin: Client, hq: LocalHQ) -> None:
    policies = admin.store.policy.get()
    assert isinstance(policies, Store5Policies)
    public = admin.store.policy.get(public=True)
    assert isinstance(public, Store5PublicPolicies)
    assert public.algorithm_view == policies.algorithm_view
    [me] = admin.store.user.list(hq.root_username).data
    assert isinstance(me, Store5User) and me.keycloak_id
    assert admin.store.user.get(me.id).username == hq.root_username
    # the official 5.x positions: name, operation, role, user_id, current_user
    mine = admin.store.rule.list(None, None, None, None, True, 1, 100).all()
    assert mine and all(isinstance(r, Store5Rule) for r in mine)
    theirs = admin.store.rule.list(user_id=me.id, per_page=100).all()
    assert {r.id for r in theirs} == {r.id for r in mine}
    with pytest.raises(NotOnThisServerError, match=r"^username is a 4.x store's"):
        admin.store.rule.list(username=hq.root_username)
    with pytest.raises(NotOnThisServerError, match=r"Keycloak realm"):
        admin.store.server.list()


def test_a_registered_developer_submits_and_root_reviews(
    admin: Client,
    login: Callable[[str, str], Client],
    keycloak: LocalKeycloak,
    hq: LocalHQ,
    ops: Operations,
    root: httpx.Client,
    store5_registry: LocalRegistry,
) -> None:
    """An HQ user registered at the store (by username, looked up at
    Keycloak) as a Developer submits an algorithm; root assigns itself as
    reviewer (the store does not let developers assign reviewers for their
    own algorithms) and approves it. Until the user is registered, the store
    answers their token with 500."""
    own = admin.whoami
    assert own is not None
    username = unique("developer")
    researcher = [r.id for r in ok(ops.role_list(root, name="Researcher")).data]
    ok(
        ops.user_create(
            root,
            body=UserInput(
                username=username,
                password=PASSWORD,
                organization_id=own.organization_id,
                roles=researcher,  # may see the collaboration's stores
            ),
        ),
        201,
    )
    keycloak.finish_account(username, PASSWORD, first_name="Rev", last_name="Iewer")
    stranger = login(username, PASSWORD)
    with pytest.raises(ServerError):
        stranger.algorithm.list()  # the 5.x store: 500 for unregistered users

    [developer_role] = admin.store.role.list(name="Developer").data
    registered = admin.store.user.register(username, [developer_role.id])
    assert isinstance(registered, Store5User) and registered.username == username
    developer = login(username, PASSWORD)
    algorithm = _submit(developer, store5_registry)

    [me] = admin.store.user.list(hq.root_username).data
    review = admin.store.review.create(algorithm.id, me.id)
    assert isinstance(review, Store5Review)
    assert admin.store.review.get(review.id).id == review.id
    assert review.id in [
        r.id for r in admin.store.review.list(algorithm=algorithm.id).data
    ]
    admin.store.review.approve(review.id, "looks right")
    approved = admin.store.review.list(algorithm=algorithm.id, approved=True).data
    assert [r.id for r in approved] == [review.id]
    # the store's default policy wants more reviewers (of more organizations)
    # than one: the algorithm waits for them
    policies = admin.store.policy.get()
    assert isinstance(policies, Store5Policies)
    assert int(policies.min_reviewers) > 1
    assert admin.algorithm.get(algorithm.id).status == "awaiting reviewer assignment"
    assert algorithm.id not in [a.id for a in developer.algorithm.list().all()]
    admin.store.user.update(registered.id, [developer_role.id])
    admin.store.user.delete(registered.id)


def test_store_create_in_the_official_5x_order_links_another_store(
    admin: Client, ops: Operations, root: httpx.Client, store5: LocalStore5
) -> None:
    collaboration = federation(ops, root, encrypted=False).collaboration
    name = unique("mirror")
    # HQ refuses a second link of an address linked for every collaboration
    # (400 "Algorithm store is already available for all collaborations"):
    # the same store by another name of the host
    url = store5.url.replace("127.0.0.1", "localhost")
    assert url != store5.url
    made = admin.store.create(name, url, store5.api_path, collaboration)
    assert isinstance(made, HQAlgorithmStore)
    assert (made.name, made.url, made.api_path) == (name, url, store5.api_path)
    listed = admin.store.list(collaboration=collaboration).all()
    assert made.id in [s.id for s in listed]
    renamed = admin.store.update(made.id, name=name + "-2")
    assert renamed.name == name + "-2"
    admin.store.delete(made.id)
    assert made.id not in [s.id for s in admin.store.list(name=name + "%").all()]
    # the chosen store stays chosen
    assert admin.store.store_id == store5.hq_store_id
