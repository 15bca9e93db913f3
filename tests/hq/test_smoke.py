"""vantage6 5.x, for real: HQ 5.0.3 and Keycloak 26.7.3 on loopback, spoken
to through the generated bindings (the facade for 5.x comes with its own
issue); every answer is checked against the committed HQ spec."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from vantage6_hq_api.api import Operations

from tests.hq.world import (
    b64json,
    compute_task,
    extract_dataframe,
    federation,
    ok,
    unb64json,
)
from vantage6_client.testing.hq import LocalHQ
from vantage6_client.testing.hq_node import HQNodePlayer
from vantage6_client.testing.keycloak import LocalKeycloak


def test_hq_is_5_0_3(ops: Operations, root: httpx.Client) -> None:
    version = ops.util_get_server_version(root)  # public, never an Error
    assert version.status_code == 200
    assert version.parsed is not None
    assert version.parsed.version == "5.0.3"


def test_a_user_token_from_keycloak_reads_user_me(
    ops: Operations, root: httpx.Client
) -> None:
    me = ok(ops.user_me(root))
    assert me.username == "root"
    assert me.keycloak_id


def test_the_login_routes_of_4x_are_gone(hq: LocalHQ) -> None:
    for path in ("/token/user", "/token/node", "/token/refresh"):
        assert httpx.post(hq.base_url + path, json={}).status_code == 404, path


def _unb64(part: str) -> Any:
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def test_a_token_signed_by_another_key_is_refused(
    ops: Operations, root_token: str, bearer: Callable[[str], httpx.Client]
) -> None:
    """The same header and claims as Keycloak's, signed by a key of ours."""
    header, claims, _ = root_token.split(".")
    forger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    signed = f"{header}.{claims}".encode()
    signature = forger.sign(signed, padding.PKCS1v15(), hashes.SHA256())
    forged = f"{header}.{claims}.{_b64(signature)}"
    assert _unb64(header)["alg"] == "RS256"
    answer = ops.user_me(bearer(forged))
    assert answer.status_code == 422, answer.content  # "Signature verification failed"


def test_root_sets_up_a_collaboration_whose_node_logs_in_at_keycloak(
    ops: Operations,
    root: httpx.Client,
    keycloak: LocalKeycloak,
    bearer: Callable[[str], httpx.Client],
) -> None:
    world = federation(ops, root, encrypted=False)
    made = world.node
    # the node's API key is the secret of its Keycloak client
    tokens = keycloak.client_token(f"{made.name}-node-client", made.api_key)
    claims = _unb64(tokens["access_token"].split(".")[1])
    assert claims["vantage6_client_type"] == "node"
    assert ok(ops.node_me(bearer(tokens["access_token"]))).id == made.id


def test_a_wrong_password_is_refused_by_keycloak(keycloak: LocalKeycloak) -> None:
    with pytest.raises(httpx.HTTPStatusError) as refused:
        keycloak.user_token("root", "not-the-password")
    answer = refused.value.response
    assert (answer.status_code, answer.json()["error"]) in {
        (400, "invalid_grant"),
        (401, "invalid_grant"),
    }


def test_a_task_runs_in_a_session_from_dataframe_to_result(
    ops: Operations, root: httpx.Client, player: Callable[..., HQNodePlayer]
) -> None:
    """Root's organization and a hospital share a collaboration; the
    hospital's node (HQNodePlayer, over the node API) extracts a dataframe,
    reports its columns, then computes a partial sum whose result root reads."""
    world = federation(ops, root, encrypted=False)
    ages = [{"age": 34}, {"age": 51}, {"age": 46}]
    node = player(world.node, ages)
    assert node.me()["id"] == world.node.id
    dataframe = extract_dataframe(ops, root, world, node)
    columns = ok(ops.dataframe_get(root, dataframe)).columns
    assert [(c.name, c.dtype) for c in columns] == [("age", "int64")]

    task = compute_task(world, dataframe, "partial_sum", b64json({"column": "age"}))
    created = ok(ops.task_create(root, body=task), 201)
    [computed] = node.handle_open_runs()
    assert node.handle_open_runs() == []  # nothing left
    run = ok(ops.run_get(root, computed))
    assert (run.action, run.status) == ("federated_compute", "completed")
    [result] = ok(ops.result_list(root, task_id=created.id)).data
    assert result.result is not None
    assert unb64json(result.result) == {"sum": 131.0, "count": 3}
