"""vantage6 5.x's algorithm store, for real: store 5.0.3 (``store5`` session
fixture) on the session's Keycloak, linked to its HQ 5.0.3, spoken to through
the generated ``vantage6_store5_api`` bindings."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from vantage6_hq_api.api import Operations
from vantage6_hq_api.api.store import store_list
from vantage6_store5_api.api.algorithm import (
    algorithm_create,
    algorithm_get,
    algorithm_list,
)
from vantage6_store5_api.api.policy import policy_get, policy_get_public
from vantage6_store5_api.api.user import user_get, user_list
from vantage6_store5_api.api.version import get_version
from vantage6_store5_api.models import (
    Algorithm,
    AlgorithmInput,
    Error,
    PublicPolicies,
    User,
)
from vantage6_store5_api.types import Response

from tests.hq.world import federation, ok
from vantage6_client.testing.keycloak import LocalKeycloak
from vantage6_client.testing.registry import LocalRegistry
from vantage6_client.testing.store5 import LocalStore5


def _claims(token: str) -> Any:
    part = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def _page(answer: Response[Any]) -> list[Any]:
    """The items of a list answer (an ...Page model)."""
    assert answer.status_code == HTTPStatus.OK, answer.content
    assert answer.parsed is not None and not isinstance(answer.parsed, Error)
    items: list[Any] = answer.parsed.data
    return items


@pytest.fixture
def store_root(
    at_store5: Callable[[str | None], httpx.Client], root_token: str
) -> httpx.Client:
    """The store as HQ's root user, with the token Keycloak gave for HQ
    (``root_token``: tests/hq/conftest.py)."""
    return at_store5(root_token)


@pytest.fixture
def anonymous(at_store5: Callable[[str | None], httpx.Client]) -> httpx.Client:
    return at_store5(None)


def test_the_store_is_5_0_3(anonymous: httpx.Client) -> None:
    answer = get_version.sync_detailed(anonymous)
    assert answer.status_code == HTTPStatus.OK
    assert answer.parsed is not None
    assert answer.parsed.version == "5.0.3"


def test_hq_lists_the_linked_store(store5: LocalStore5, root: httpx.Client) -> None:
    listed = ok(store_list.sync_detailed(root)).data
    stores = {(s.url, s.api_path): s.id for s in listed}
    assert stores[store5.url, store5.api_path] == store5.hq_store_id


def test_a_keycloak_token_for_hq_is_accepted_by_the_store(
    store_root: httpx.Client, root_token: str
) -> None:
    """The token HQ accepts is the store's too: same realm, same key; its
    ``sub`` is the Keycloak id init_db linked the store's root user to."""
    [me] = _page(user_list.sync_detailed(store_root, username="root"))
    assert me.keycloak_id == _claims(root_token)["sub"]
    same = user_get.sync_detailed(store_root, me.id)
    assert same.status_code == HTTPStatus.OK
    assert isinstance(same.parsed, User) and same.parsed.username == "root"


def _algorithm(image: str, name: str) -> AlgorithmInput:
    return AlgorithmInput.from_dict(
        {
            "name": name,
            "image": image,
            "partitioning": "horizontal",
            "vantage6_version": "5.0.3",
            "code_url": "https://example.org/average",
            "description": "mean of a column",
            "functions": [
                {
                    "name": "partial_average",
                    "step_type": "federated_compute",
                    "databases": [{"name": "ages"}],
                    "arguments": [
                        {"name": "column", "type": "column", "description": "c"},
                        {
                            "name": "decimals",
                            "type": "integer",
                            "has_default_value": True,
                            # stored as text: allowed values as text too
                            "default_value": "2",
                            "allowed_values": ["0", "2"],
                        },
                    ],
                },
                {"name": "central_average", "step_type": "central_compute"},
            ],
        }
    )


def test_root_creates_an_algorithm_and_reads_it_back(
    store_root: httpx.Client, anonymous: httpx.Client, store5_registry: LocalRegistry
) -> None:
    name = f"average-{time.monotonic_ns()}"
    image = store5_registry.push(f"demo/{name}:1.0")
    made = algorithm_create.sync_detailed(store_root, body=_algorithm(image, name))
    assert made.status_code == HTTPStatus.CREATED, made.content
    created = made.parsed
    assert isinstance(created, Algorithm)
    assert created.digest == store5_registry.digest(image)
    assert created.status == "awaiting reviewer assignment"  # the review process

    read = algorithm_get.sync_detailed(store_root, created.id)
    assert read.status_code == HTTPStatus.OK
    assert isinstance(read.parsed, Algorithm)
    functions = {f.name: f for f in read.parsed.functions}
    assert functions["partial_average"].step_type == "federated_compute"
    arguments = {a.name: a for a in functions["partial_average"].arguments}
    assert arguments["column"].type_ == "column"
    assert arguments["decimals"].default_value == "2"
    assert [v.value for v in arguments["decimals"].allowed_values] == [0, 2]
    assert [d.name for d in functions["partial_average"].databases] == ["ages"]

    # not approved: listed only to those who may see the review process
    awaiting = algorithm_list.sync_detailed(
        store_root, awaiting_reviewer_assignment=True
    )
    assert created.id in [a.id for a in _page(awaiting)]
    approved = algorithm_list.sync_detailed(anonymous)
    assert created.id not in [a.id for a in _page(approved)]


def test_what_the_public_policy_opens_needs_no_token(
    anonymous: httpx.Client,
) -> None:
    public = policy_get_public.sync_detailed(anonymous)
    assert public.status_code == HTTPStatus.OK
    assert isinstance(public.parsed, PublicPolicies)
    assert public.parsed.algorithm_view == "public"
    listed = algorithm_list.sync_detailed(anonymous)
    _page(listed)
    assert listed.headers["total-count"].isdigit()


def test_what_the_policy_keeps_private_is_refused_without_a_token(
    anonymous: httpx.Client,
) -> None:
    for answer in (
        policy_get.sync_detailed(anonymous),
        user_list.sync_detailed(anonymous),
        algorithm_list.sync_detailed(anonymous, awaiting_reviewer_assignment=True),
    ):
        assert answer.status_code == HTTPStatus.UNAUTHORIZED, answer.content
        assert isinstance(answer.parsed, Error)
        assert answer.parsed.msg == "Missing Authorization Header"


def test_a_token_signed_by_another_key_is_refused(
    at_store5: Callable[[str | None], httpx.Client], root_token: str
) -> None:
    """Keycloak's header and claims, signed by a key of ours."""
    header, claims, _ = root_token.split(".")
    forger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    signature = forger.sign(
        f"{header}.{claims}".encode(), padding.PKCS1v15(), hashes.SHA256()
    )
    forged = f"{header}.{claims}." + (
        base64.urlsafe_b64encode(signature).rstrip(b"=").decode()
    )
    forger_client = at_store5(forged)
    for answer in (
        user_list.sync_detailed(forger_client),
        policy_get.sync_detailed(forger_client),
    ):
        # flask-jwt-extended's answer to a bad signature
        assert answer.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
        assert isinstance(answer.parsed, Error)
        assert answer.parsed.msg == "Signature verification failed"


def test_a_node_reads_approved_algorithms_but_is_no_store_user(
    at_store5: Callable[[str | None], httpx.Client],
    keycloak: LocalKeycloak,
    ops: Operations,
    root: httpx.Client,
) -> None:
    """A node's Keycloak token (client credentials) lists approved
    algorithms under any policy; for the rest it is not a store user."""
    node = federation(ops, root, encrypted=False).node
    token = keycloak.client_token(f"{node.name}-node-client", node.api_key)
    as_node = at_store5(token["access_token"])
    _page(algorithm_list.sync_detailed(as_node))
    refused = user_list.sync_detailed(as_node)
    assert refused.status_code == HTTPStatus.UNAUTHORIZED
    assert isinstance(refused.parsed, Error)
    assert refused.parsed.msg == "User not registered at store"
