"""HQNodePlayer on the real pair: encrypted collaborations, the background
poller, failed and crashed runs, and a node token HQ refuses."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from vantage6_hq_api.api import Operations
from vantage6_hq_api.models import (
    DataframeInitInput,
    OrganizationUpdate,
    Run,
    SessionTaskInput,
    TaskInput,
    TaskOrganization,
)

from tests.hq.world import (
    b64json,
    compute_task,
    extract_dataframe,
    federation,
    ok,
    unb64json,
)
from vantage6_client._crypto import RSACryptor
from vantage6_client._payloads import dump_payload, load_payload
from vantage6_client.testing.hq_node import HQNodePlayer
from vantage6_client.testing.keycloak import LocalKeycloak

AGES = [{"age": 34}, {"age": 51}, {"age": 46}]
HQ_LEEWAY_SECONDS = 10  # HQ's default jwt_decode_leeway


def _runs_of(ops: Operations, root: httpx.Client, task_id: int) -> list[Run]:
    page = ok(ops.run_list(root, task_id=task_id))
    return list(page.data)


def test_an_encrypted_collaboration_round_trip(
    ops: Operations,
    root: httpx.Client,
    player: Callable[..., HQNodePlayer],
    rsa_keys: list[rsa.RSAPrivateKey],
) -> None:
    """Root encrypts the arguments for the hospital; the node publishes its
    key, decrypts them, and encrypts its result for root's organization."""
    root_key, hospital_key = rsa_keys
    world = federation(ops, root, encrypted=True)
    researcher = RSACryptor(root_key)
    ok(
        ops.organization_update(
            root, world.own, body=OrganizationUpdate(public_key=researcher.public_key)
        )
    )
    node = player(world.node, AGES, private_key=hospital_key)
    dataframe = extract_dataframe(ops, root, world, node)
    published = ok(ops.organization_get(root, world.hospital)).public_key
    assert published == RSACryptor(hospital_key).public_key
    arguments = researcher.encrypt(dump_payload({"column": "age"}), published)
    task = compute_task(world, dataframe, "partial_sum", arguments)
    created = ok(ops.task_create(root, body=task), 201)
    assert len(node.handle_open_runs()) == 1
    [result] = ok(ops.result_list(root, task_id=created.id)).data
    assert result.result is not None
    assert "$" in result.result  # key$iv$data, not base64 of JSON
    assert load_payload(researcher.decrypt(result.result)) == {
        "sum": 131.0,
        "count": 3,
    }


def test_an_encrypted_collaboration_needs_the_nodes_private_key(
    ops: Operations, root: httpx.Client, player: Callable[..., HQNodePlayer]
) -> None:
    world = federation(ops, root, encrypted=True)
    with pytest.raises(RuntimeError, match="needs its private key"):
        player(world.node, AGES).login()


def test_the_background_poller_answers_runs_until_closed(
    ops: Operations, root: httpx.Client, player: Callable[..., HQNodePlayer]
) -> None:
    world = federation(ops, root, encrypted=False)
    with player(world.node, AGES) as node:
        assert node.running
        dataframe = ok(
            ops.dataframe_create(
                root,
                world.session,
                body=_extraction(world.hospital),
            ),
            201,
        ).id
        task = compute_task(world, dataframe, "partial_sum", b64json({"column": "age"}))
        created = _created_when_ready(ops, root, task)
        deadline = time.monotonic() + 30
        while _runs_of(ops, root, created)[0].status != "completed":
            assert time.monotonic() < deadline, "the poller did not answer"
            time.sleep(0.1)
    assert not node.running
    [result] = ok(ops.result_list(root, task_id=created)).data
    assert result.result is not None
    assert unb64json(result.result) == {"sum": 131.0, "count": 3}


def test_failed_and_crashed_runs_are_reported_with_their_traceback(
    ops: Operations, root: httpx.Client, player: Callable[..., HQNodePlayer]
) -> None:
    world = federation(ops, root, encrypted=False)
    node = player(world.node, AGES)
    dataframe = extract_dataframe(ops, root, world, node)
    for method, status, words in (
        ("fail", "failed", "RuntimeError: no luck"),
        ("crash", "crashed", "RunCrashed: crashing on purpose"),
        ("no_such_method", "failed", "KeyError: 'no_such_method'"),
    ):
        arguments = b64json({"message": "no luck"} if method == "fail" else {})
        task = compute_task(world, dataframe, method, arguments)
        created = ok(ops.task_create(root, body=task), 201)
        node.handle_open_runs()
        [run] = _runs_of(ops, root, created.id)
        assert run.status == status, method
        assert run.log is not None and words in run.log, run.log


def test_an_expired_node_token_is_fetched_again(
    ops: Operations,
    root: httpx.Client,
    keycloak: LocalKeycloak,
    player: Callable[..., HQNodePlayer],
    bearer: Callable[[str], httpx.Client],
) -> None:
    """Keycloak's tokens expire and the client-credentials grant has no
    refresh token: when HQ refuses the node's expired token (401), the
    player fetches a new one and resends. The node's Keycloak client is set
    (through Keycloak's admin API) to hand out tokens that live 1 s; HQ
    accepts a token until 10 s after its expiry (`jwt_decode_leeway`'s
    default), so this test waits ~11 s."""
    world = federation(ops, root, encrypted=False)
    _set_token_lifespan(keycloak, f"{world.node.name}-node-client", seconds=1)
    node = player(world.node, AGES)
    assert node.me()["id"] == world.node.id
    token = vars(node.http.auth)["_token"]
    expiry = json.loads(_unb64(token.split(".")[1]))["exp"]
    time.sleep(max(0.0, expiry + HQ_LEEWAY_SECONDS + 0.5 - time.time()))
    refused = ops.node_me(bearer(token))
    assert refused.status_code == 401  # expired: what the player meets
    assert node.me()["id"] == world.node.id
    assert vars(node.http.auth)["_token"] != token


def _unb64(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def _set_token_lifespan(keycloak: LocalKeycloak, client_id: str, seconds: int) -> None:
    """Per-client access-token lifespan, set as HQ manages clients: with the
    realm's admin client."""
    admin = keycloak.client_token(keycloak.admin_client, keycloak.admin_client_secret)
    with httpx.Client(
        base_url=f"{keycloak.url}/admin/realms/{keycloak.realm}",
        headers={"Authorization": f"Bearer {admin['access_token']}"},
    ) as api:
        [client] = api.get("/clients", params={"clientId": client_id}).json()
        client.setdefault("attributes", {})["access.token.lifespan"] = str(seconds)
        api.put(f"/clients/{client['id']}", json=client).raise_for_status()


# -- helpers ---------------------------------------------------------------------
def _extraction(organization: int) -> DataframeInitInput:
    return DataframeInitInput(
        label="default",
        name=f"df-{time.monotonic_ns()}",
        task=SessionTaskInput(
            image="any/image",
            method="read",
            organizations=[TaskOrganization(id=organization)],
        ),
    )


def _created_when_ready(ops: Operations, root: httpx.Client, task: TaskInput) -> int:
    """Create ``task`` once HQ takes it: it refuses (400) a compute task
    until the dataframe's extraction has completed, which the poller does."""
    deadline = time.monotonic() + 30
    while True:
        answer = ops.task_create(root, body=task)
        if answer.status_code == 201:
            return ok(answer, 201).id
        assert answer.status_code == 400, answer.content
        assert time.monotonic() < deadline, answer.content
        time.sleep(0.1)
