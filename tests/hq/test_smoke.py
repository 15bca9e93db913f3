"""vantage6 5.x, for real: HQ 5.0.3 and Keycloak 26.7.3 on loopback, spoken
to over plain HTTP (the facade for 5.x comes with its own issue)."""

from __future__ import annotations

import base64
import json
import time
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from vantage6_client.testing.hq import LocalHQ
from vantage6_client.testing.hq_node import HQNodePlayer
from vantage6_client.testing.keycloak import LocalKeycloak


def test_hq_is_5_0_3(hq: LocalHQ) -> None:
    assert httpx.get(hq.base_url + "/version").json() == {"version": "5.0.3"}


def test_a_user_token_from_keycloak_reads_user_me(root: httpx.Client) -> None:
    me = root.get("/user/me")
    assert me.status_code == 200
    assert me.json()["username"] == "root"
    assert me.json()["keycloak_id"]


def test_the_login_routes_of_4x_are_gone(hq: LocalHQ) -> None:
    for path in ("/token/user", "/token/node", "/token/refresh"):
        assert httpx.post(hq.base_url + path, json={}).status_code == 404, path


def _unb64(part: str) -> Any:
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def test_a_token_signed_by_another_key_is_refused(hq: LocalHQ, root_token: str) -> None:
    """The same header and claims as Keycloak's, signed by a key of ours."""
    header, claims, _ = root_token.split(".")
    forger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    signed = f"{header}.{claims}".encode()
    signature = forger.sign(signed, padding.PKCS1v15(), hashes.SHA256())
    forged = f"{header}.{claims}.{_b64(signature)}"
    assert _unb64(header)["alg"] == "RS256"
    answer = httpx.get(
        hq.base_url + "/user/me", headers={"Authorization": f"Bearer {forged}"}
    )
    assert answer.status_code in (401, 422), answer.text


def test_root_sets_up_a_collaboration_whose_node_logs_in_at_keycloak(
    root: httpx.Client, keycloak: LocalKeycloak, hq: LocalHQ
) -> None:
    name = f"org-{time.monotonic_ns()}"
    organization = root.post("/organization", json={"name": name})
    assert organization.status_code == 201, organization.text
    org_id = organization.json()["id"]
    collaboration = root.post(
        "/collaboration",
        json={
            "name": f"collab-{name}",
            "organization_ids": [org_id],
            "encrypted": False,
        },
    )
    assert collaboration.status_code == 200, collaboration.text  # not 201
    node = root.post(
        "/node",
        json={
            "name": f"node-{name}",
            "collaboration_id": collaboration.json()["id"],
            "organization_id": org_id,
        },
    )
    assert node.status_code == 201, node.text
    made = node.json()
    # the node's API key is the secret of its Keycloak client
    tokens = keycloak.client_token(f"{made['name']}-node-client", made["api_key"])
    claims = _unb64(tokens["access_token"].split(".")[1])
    assert claims["vantage6_client_type"] == "node"
    me = httpx.get(
        hq.base_url + "/node/me",
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
    )
    assert me.status_code == 200, me.text
    assert me.json()["id"] == made["id"]


def test_a_wrong_password_is_refused_by_keycloak(keycloak: LocalKeycloak) -> None:
    with pytest.raises(httpx.HTTPStatusError) as refused:
        keycloak.user_token("root", "not-the-password")
    answer = refused.value.response
    assert (answer.status_code, answer.json()["error"]) in {
        (400, "invalid_grant"),
        (401, "invalid_grant"),
    }


def _b64json(value: Any) -> str:
    return base64.b64encode(json.dumps(value).encode()).decode()


def test_a_task_runs_in_a_session_from_dataframe_to_result(
    root: httpx.Client, keycloak: LocalKeycloak, hq: LocalHQ
) -> None:
    """Root's organization and a hospital share a collaboration; the
    hospital's node (HQNodePlayer, over the node API) extracts a dataframe,
    reports its columns, then computes a partial sum whose result root reads."""
    name = f"round-{time.monotonic_ns()}"
    hospital = root.post("/organization", json={"name": name}).json()["id"]
    own = root.get("/user/me").json()["organization"]["id"]
    collaboration = root.post(
        "/collaboration",
        json={"name": name, "organization_ids": [own, hospital], "encrypted": False},
    ).json()["id"]
    made = root.post(
        "/node",
        json={
            "name": name,
            "collaboration_id": collaboration,
            "organization_id": hospital,
        },
    ).json()
    ages = [{"age": 34}, {"age": 51}, {"age": 46}]
    with HQNodePlayer(keycloak, hq.base_url, made, ages) as node:
        assert node.me()["id"] == made["id"]
        session = root.post(
            "/session",
            json={"name": name, "collaboration_id": collaboration, "scope": "own"},
        )
        assert session.status_code in (200, 201), session.text
        session_id = session.json()["id"]
        dataframe = root.post(
            f"/session/{session_id}/dataframe",
            json={
                "label": "default",
                "name": "ages",
                "task": {
                    "image": "any/image",
                    "method": "read",
                    "organizations": [{"id": hospital}],
                },
            },
        )
        assert dataframe.status_code in (200, 201), dataframe.text
        dataframe_id = dataframe.json()["id"]
        [extraction] = node.handle_open_runs()
        assert extraction["action"] == "data_extraction"
        columns = root.get(f"/session/dataframe/{dataframe_id}").json()["columns"]
        assert [(c["name"], c["dtype"]) for c in columns] == [("age", "int64")]

        task = root.post(
            "/task",
            json={
                "name": name,
                "image": "any/image",
                "method": "partial_sum",
                "collaboration_id": collaboration,
                "session_id": session_id,
                "action": "federated_compute",
                "organizations": [
                    {"id": hospital, "arguments": _b64json({"column": "age"})}
                ],
                "databases": [
                    [
                        {
                            "label": "default",
                            "type": "dataframe",
                            "dataframe_id": dataframe_id,
                        }
                    ]
                ],
            },
        )
        assert task.status_code == 201, task.text
        [computed] = node.handle_open_runs()
        assert computed["action"] == "federated_compute"
        assert node.handle_open_runs() == []  # nothing left
    results = root.get("/result", params={"task_id": task.json()["id"]})
    assert results.status_code == 200, results.text
    [result] = results.json()["data"]
    assert json.loads(base64.b64decode(result["result"])) == {"sum": 131.0, "count": 3}
