"""Client-level and node-client methods against the spec-mocked server."""

from __future__ import annotations

import base64
import datetime
import json
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from pytest_httpserver import HTTPServer
from vantage6_server_api.models import (
    AlgorithmAddresses,
    Collaboration,
    Message,
    Node,
    NodeTokenValidation,
    Organization,
    Port,
    Run,
    Task,
)

from tests.contract.conftest import FAST, covers
from tests.contract.spec_mock import ANY, SpecMock
from tests.unit.test_transport import jwt
from vantage6_client import (
    AuthenticationError,
    Client,
    EncryptionError,
    MFARequiredError,
    NodeClient,
    NotOnThisServerError,
    TaskResults,
    TwoFactorSetupRequiredError,
    public_key_text,
)
from vantage6_client._crypto import RSACryptor


def fresh_client(httpserver: HTTPServer) -> Client:
    made = Client(httpserver.url_for("/").rstrip("/"))
    made._transport.options = FAST
    return made


def schema(mock: SpecMock, name: str) -> dict:
    return mock.example(mock.spec.document["components"]["schemas"][name])


# -- logging in -------------------------------------------------------------
@covers("authenticate")
def test_authenticate_then_whoami_on_first_use(
    mock: SpecMock, httpserver: HTTPServer
) -> None:
    tokens = {
        "access_token": jwt(sub=5),
        "refresh_token": "r",
        "refresh_url": "/api/token/refresh",
        "user_url": "/api/user/5",
    }
    mock.expect(
        "authenticate",
        json_body={"username": "alice", "password": "pw", "mfa_code": "012345"},
        body=tokens,
    )
    user = schema(mock, "User")
    user.update(
        id=5,
        firstname="Alice",
        organization={"id": 2, "link": "/api/organization/2", "methods": ["GET"]},
    )
    mock.expect("user_get", path={"id": 5}, body=user)
    organization = schema(mock, "Organization")
    organization.update(id=2, name="Hospital")
    mock.expect("organization_get", path={"id": 2}, body=organization)
    client = fresh_client(httpserver)
    client.authenticate("alice", "pw", mfa_code=12345)  # int: zero-padded
    assert len(httpserver.log) == 1  # who that is: looked up when asked for
    assert repr(client).endswith(" as user 5>")
    assert client.whoami is not None
    assert client.whoami is client.whoami  # looked up once
    assert len(httpserver.log) == 3
    assert (client.whoami.id_, client.whoami.name, client.whoami.organization_id) == (
        5,
        "Alice",
        2,
    )
    assert client.whoami.organization_name == "Hospital"
    client.close()


def test_authenticate_with_two_factor_setup(
    mock: SpecMock, httpserver: HTTPServer
) -> None:
    mock.expect(
        "authenticate",
        json_body={"username": "alice", "password": "pw"},
        body={"qr_uri": "otpauth://totp/x", "otp_secret": "ABCDEF", "msg": "set it up"},
    )
    client = fresh_client(httpserver)
    with pytest.raises(TwoFactorSetupRequiredError) as raised:
        client.authenticate("alice", "pw")
    assert raised.value.otp_secret == "ABCDEF"
    assert "ABCDEF" not in repr(raised.value) and "ABCDEF" not in str(raised.value)


def test_authenticate_asks_for_the_code(mock: SpecMock, httpserver: HTTPServer) -> None:
    mock.expect(
        "authenticate",
        json_body={"username": "alice", "password": "pw"},
        body={"msg": "Please include your two-factor authentication code"},
    )
    with pytest.raises(MFARequiredError):
        fresh_client(httpserver).authenticate("alice", "pw")


def test_authenticate_with_wrong_credentials(
    mock: SpecMock, httpserver: HTTPServer
) -> None:
    mock.expect(
        "authenticate",
        json_body={"username": "alice", "password": "wrong"},
        status=401,
        body={"msg": "Failed to login"},
    )
    client = fresh_client(httpserver)
    with pytest.raises(AuthenticationError, match="Failed to login"):
        client.authenticate("alice", "wrong")
    assert client.whoami is None


@covers("refresh_token")
def test_refresh_token(mock: SpecMock, client: Client) -> None:
    fresh = jwt(sub=1, lifetime=7200)
    mock.expect(
        "refresh_token",
        body={
            "access_token": fresh,
            "refresh_token": "r2",
            "refresh_url": "/api/token/refresh",
        },
    )
    client.refresh_token()
    assert client.token == fresh
    [(request, _)] = mock.httpserver.log
    assert request.headers["Authorization"] == "Bearer refresh"  # not the access token


@covers("logout", "close")
def test_logout_and_close_forget_the_session(client: Client) -> None:
    client.logout()
    assert client.token is None and client.whoami is None and client.headers == {}
    client.close()


@covers("with_options")
def test_with_options_shares_the_login(mock: SpecMock, client: Client) -> None:
    mock.expect("task_get_status", path={"task_id": 3}, body={"status": "active"})
    view = client.with_options(timeout=1, max_retries=0)
    assert view.task.get_status(3) == "active"
    assert view.token == client.token
    assert view.task is not client.task


@covers("generate_path_to")
def test_generate_path_to(client: Client) -> None:
    assert client.generate_path_to("task/3", False) == f"{client.base_path}/task/3"


@covers("request")
def test_request_is_an_authenticated_escape_hatch(
    mock: SpecMock, client: Client, httpserver: HTTPServer
) -> None:
    mock.expect("task_get_status", path={"task_id": 3}, body={"status": "active"})
    assert client.request("task/3/status") == {"status": "active"}
    [(request, _)] = httpserver.log
    assert request.headers["Authorization"] == f"Bearer {client.token}"

    page = schema(mock, "OrganizationPage")
    mock.expect("organization_list", query={"name": "Hosp%", "page": 2}, body=page)
    assert client.request("organization", params={"name": "Hosp%", "page": 2}) == page

    organization = schema(mock, "Organization")
    organization.update(id=4, country="BE")
    mock.expect(
        "organization_update",
        path={"id": 4},
        json_body={"country": "BE"},
        body=organization,
    )
    changed = client.request("organization/4", json={"country": "BE"}, method="patch")
    assert changed["country"] == "BE"


# -- encryption -------------------------------------------------------------
@covers("setup_encryption")
def test_setup_encryption_uploads_a_missing_key(
    mock: SpecMock, client: Client, rsa_keys: list[rsa.RSAPrivateKey]
) -> None:
    organization = schema(mock, "Organization")
    organization.update(public_key="")
    mock.expect("organization_get", path={"id": 1}, body=organization)
    mock.expect(
        "organization_update",
        path={"id": 1},
        json_body={"public_key": public_key_text(rsa_keys[0])},
    )
    client.setup_encryption(rsa_keys[0])
    assert client.cryptor.encrypts


def test_setup_encryption_refuses_to_replace_another_key(
    mock: SpecMock, client: Client, rsa_keys: list[rsa.RSAPrivateKey]
) -> None:
    organization = schema(mock, "Organization")
    organization.update(public_key=public_key_text(rsa_keys[1]))
    mock.expect("organization_get", path={"id": 1}, body=organization)
    with pytest.raises(EncryptionError, match="another public key"):
        client.setup_encryption(rsa_keys[0])
    assert not client.cryptor.encrypts  # nothing changed


def test_setup_encryption_with_the_matching_key_uploads_nothing(
    mock: SpecMock,
    client: Client,
    rsa_keys: list[rsa.RSAPrivateKey],
    httpserver: HTTPServer,
) -> None:
    organization = schema(mock, "Organization")
    organization.update(public_key=public_key_text(rsa_keys[0]))
    mock.expect("organization_get", path={"id": 1}, body=organization)
    client.setup_encryption(rsa_keys[0])
    assert [r.method for r, _ in httpserver.log] == ["GET"]


def test_task_create_encrypts_per_organization_with_one_key_request(
    mock: SpecMock,
    client: Client,
    rsa_keys: list[rsa.RSAPrivateKey],
    httpserver: HTTPServer,
) -> None:
    client._session.cryptor = RSACryptor(rsa_keys[0])
    collaboration = schema(mock, "Collaboration")
    collaboration.update(encrypted=True)
    mock.expect("collaboration_get", path={"id": 3}, body=collaboration)
    organizations = schema(mock, "OrganizationPage")
    template = organizations["data"][0]
    organizations["data"] = [
        {**template, "id": 2, "public_key": public_key_text(rsa_keys[0])},
        {**template, "id": 4, "public_key": public_key_text(rsa_keys[1])},
    ]
    mock.expect(
        "organization_list",
        query={"ids": [2, 4], "page": 1, "per_page": 2},
        body=organizations,
    )
    mock.expect("util_get_blob_store_status", body={"blob_store_enabled": False})
    mock.expect("task_create", json_body=ANY)  # encrypted at random: read below
    client.task.create(
        [2, 4], "mean", "v6/mean", input_={"method": "mean"}, collaboration=3
    )

    body = json.loads(httpserver.log[-1][0].get_data())
    assert {k: v for k, v in body.items() if k != "organizations"} == {
        "image": "v6/mean",
        "name": "mean",
        "description": "",
        "collaboration_id": 3,
    }
    inputs = {o["id"]: o["input"] for o in body["organizations"]}
    assert RSACryptor(rsa_keys[0]).decrypt(inputs[2]) == b'{"method": "mean"}'
    assert RSACryptor(rsa_keys[1]).decrypt(inputs[4]) == b'{"method": "mean"}'


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_large_result_storage_round_trip(
    mock: SpecMock,
    client: Client,
    rsa_keys: list[rsa.RSAPrivateKey],
    httpserver: HTTPServer,
    encrypted: bool,
) -> None:
    """With the server's blob store on, input goes up in its blob form, and a
    result kept there comes down decrypted: here the input itself, read back
    (it was encrypted for our own organization)."""
    payload = {"method": "mean", "padding": "x" * 3_000_001}  # chunks, and a rest
    collaboration = schema(mock, "Collaboration")
    collaboration.update(encrypted=encrypted)
    mock.expect("collaboration_get", path={"id": 3}, body=collaboration)
    if encrypted:
        client._session.cryptor = RSACryptor(rsa_keys[0])
        organizations = schema(mock, "OrganizationPage")
        organizations["data"][0].update(id=2, public_key=public_key_text(rsa_keys[0]))
        mock.expect(
            "organization_list",
            query={"ids": 2, "page": 1, "per_page": 1},
            body=organizations,
        )
    mock.expect("util_get_blob_store_status", body={"blob_store_enabled": True})
    mock.expect("blob_upload", json_body=ANY, body={"uuid": "0b5e-blob"})  # bytes
    mock.expect(
        "task_create",
        json_body={
            "image": "v6/mean",
            "name": "mean",
            "description": "",
            "collaboration_id": 3,
            "organizations": [{"id": 2, "input": "0b5e-blob"}],
        },
    )
    client.task.create([2], "mean", "v6/mean", input_=payload, collaboration=3)
    uploaded = next(r for r, _ in httpserver.log if r.path == "/api/blobstream")

    result = schema(mock, "Result")
    result.update(id=4, result="0b5e-blob", blob_storage_used=True)
    mock.expect("result_get", path={"id": 4}, body=result)
    mock.expect("blob_download", path={"id": "0b5e-blob"}, body=uploaded.get_data())
    assert client.result.get(4).result == payload


def test_task_create_refuses_an_organization_without_key(
    mock: SpecMock,
    client: Client,
    rsa_keys: list[rsa.RSAPrivateKey],
    httpserver: HTTPServer,
) -> None:
    client._session.cryptor = RSACryptor(rsa_keys[0])
    collaboration = schema(mock, "Collaboration")
    collaboration.update(encrypted=True)
    mock.expect("collaboration_get", path={"id": 3}, body=collaboration)
    organizations = schema(mock, "OrganizationPage")
    organizations["data"][0].update(id=2, name="Keyless", public_key="")
    mock.expect(
        "organization_list",
        query={"ids": 2, "page": 1, "per_page": 1},
        body=organizations,
    )
    with pytest.raises(
        EncryptionError, match="organization 2 \\(Keyless\\) has no public key"
    ):
        client.task.create([2], "mean", "v6/mean", input_={}, collaboration=3)
    assert all(r.method == "GET" for r, _ in httpserver.log)  # no task was posted


def test_task_create_without_encryption_set_up_is_refused_before_posting(
    mock: SpecMock, client: Client, httpserver: HTTPServer
) -> None:
    collaboration = schema(mock, "Collaboration")
    collaboration.update(encrypted=True)
    mock.expect("collaboration_get", path={"id": 3}, body=collaboration)
    with pytest.raises(EncryptionError, match="setup_encryption"):
        client.task.create([2], "mean", "v6/mean", input_={}, collaboration=3)
    assert all(r.method == "GET" for r, _ in httpserver.log)


# -- collaboration, blob store, waiting -------------------------------------
@covers("setup_collaboration")
def test_setup_collaboration(mock: SpecMock, client: Client) -> None:
    mock.expect("collaboration_get", path={"id": 3})
    client.setup_collaboration(3)
    assert client.collaboration_id == 3

    mock.expect(  # later calls default to it
        "study_create",
        json_body={"name": "S", "organization_ids": [1], "collaboration_id": 3},
    )
    client.study.create("S", [1])


@covers("check_if_blob_store_enabled")
def test_blob_store_status_is_asked_once(mock: SpecMock, client: Client) -> None:
    mock.expect("util_get_blob_store_status", body={"blob_store_enabled": True})
    assert client.check_if_blob_store_enabled() is True
    assert client.check_if_blob_store_enabled() is True  # cached: one request


@covers("wait_for_results", "wait_for_task_completion")
def test_wait_for_results_polls_then_returns_every_result(
    mock: SpecMock, client: Client
) -> None:
    """Polling (the mock speaks no Socket.IO): the task's runs until none is
    running, then the task's status, which the server computes, decides."""
    runs = {"task_id": 7, "page": 1, "per_page": 200}

    def run_page(status: str) -> Any:
        return mock.page("RunPage", id=4, status=status, input="", log=None)

    mock.expect("run_list", query=runs, body=run_page("active"))
    mock.expect("run_list", query=runs, body=run_page("completed"))
    mock.expect("task_get_status", path={"task_id": 7}, body={"status": "completed"})
    results = schema(mock, "ResultPage")
    results["data"][0].update(id=4, result=base64.b64encode(b"[1, 2]").decode())
    mock.expect(
        "result_list", query={"task_id": 7, "page": 1, "per_page": 200}, body=results
    )
    got = client.wait_for_results(7, interval=0.01, progress=False)
    assert isinstance(got, TaskResults)
    assert got.values == [[1, 2]]
    mock.expect("run_list", query=runs, body=run_page("completed"))
    mock.expect("task_get_status", path={"task_id": 7}, body={"status": "completed"})
    client.wait_for_task_completion(None, 7, interval=0.01)


# -- the node's view --------------------------------------------------------
@covers("NodeClient.authenticate")
def test_node_client_authenticate(mock: SpecMock, httpserver: HTTPServer) -> None:
    mock.expect(
        "authenticate_node",
        json_body={"api_key": "key"},
        body={
            "access_token": jwt(sub=9),
            "refresh_token": "r",
            "refresh_url": "/api/token/refresh",
            "node_url": "/api/node/9",
        },
    )
    node = schema(mock, "Node")
    node.update(
        id=9,
        name="n9",
        organization={"id": 2, "link": "/api/organization/2", "methods": []},
        collaboration={"id": 3, "link": "/api/collaboration/3", "methods": []},
    )
    mock.expect("node_get", path={"id": 9}, body=node)
    with NodeClient(httpserver.url_for("/").rstrip("/")) as made:
        identity = made.authenticate("key")
    assert identity == (9, "n9", 2, 3)


@covers(
    "NodeClient.validate_token", "NodeClient.create_container_token", "NodeClient.close"
)
def test_node_client_tokens(mock: SpecMock, node_client: NodeClient) -> None:
    mock.expect(
        "validate_node_token",
        body={"msg": "valid", "node_id": 9, "name": "n9", "organization_id": 2},
    )
    validation = node_client.validate_token()
    assert isinstance(validation, NodeTokenValidation)
    assert (validation.node_id, validation.name) == (9, "n9")

    mock.expect(
        "authenticate_container",
        json_body={"task_id": 7, "image": "v6/x"},
        body={"container_token": "ct"},
    )
    assert node_client.create_container_token(7, "v6/x") == "ct"


@covers(
    "NodeClient.node",
    "NodeClient.organization",
    "NodeClient.collaboration",
    "NodeClient.task",
)
def test_node_client_reads(mock: SpecMock, node_client: NodeClient) -> None:
    mock.expect("node_get", path={"id": 9}, body=schema(mock, "Node") | {"id": 9})
    node = node_client.node()
    assert isinstance(node, Node)
    assert node.id == 9

    organization = schema(mock, "Organization") | {"id": 2, "public_key": "a2V5"}
    mock.expect("organization_get", path={"id": 2}, body=organization)
    own = node_client.organization()
    assert isinstance(own, Organization)
    assert (own.id, own.public_key) == (2, "a2V5")

    collaboration = schema(mock, "Collaboration") | {"id": 3, "encrypted": True}
    mock.expect("collaboration_get", path={"id": 3}, body=collaboration)
    mine = node_client.collaboration()
    assert isinstance(mine, Collaboration)
    assert (mine.id, mine.encrypted) == (3, True)

    task = schema(mock, "Task") | {"id": 7, "image": "v6/mean"}
    mock.expect("task_get", path={"id": 7}, body=task)
    got = node_client.task(7)
    assert isinstance(got, Task)
    assert (got.id, got.image) == (7, "v6/mean")


@covers("NodeClient.publish_public_key")
def test_node_client_publish_public_key(
    mock: SpecMock, node_client: NodeClient
) -> None:
    mock.expect(
        "organization_update",
        path={"id": 2},
        json_body={"public_key": "a2V5"},
        body=schema(mock, "Organization") | {"id": 2, "public_key": "a2V5"},
    )
    published = node_client.publish_public_key("a2V5")
    assert isinstance(published, Organization)
    assert (published.id, published.public_key) == (2, "a2V5")


@covers("NodeClient.open_runs", "NodeClient.run", "NodeClient.update_run")
def test_node_client_runs(mock: SpecMock, node_client: NodeClient) -> None:
    runs = schema(mock, "RunPage")
    runs["data"][0].update(id=4, status="pending")
    mock.expect(
        "run_list",
        query={
            "node_id": 9,
            "state": "open",
            "include": "task",
            "per_page": 100,
            "page": 1,
        },
        body=runs,
    )
    [open_run] = node_client.open_runs()
    assert isinstance(open_run, Run)
    assert (open_run.id, open_run.status) == (4, "pending")

    # every page: more open runs than one request fetches
    second = schema(mock, "RunPage")
    second["data"][0].update(id=3, status="pending")
    more = runs | {"links": runs["links"] | {"next": "/api/run?page=2"}}
    open_query = {"node_id": 9, "state": "open", "per_page": 1}
    mock.expect("run_list", query=open_query | {"page": 1}, body=more)
    mock.expect("run_list", query=open_query | {"page": 2}, body=second)
    runs_found = node_client.open_runs(include_task=False, per_page=1)
    assert [r.id for r in runs_found] == [4, 3]

    run = schema(mock, "Run") | {"id": 4, "input": "ZW5jcnlwdGVk"}
    mock.expect("run_get", path={"id": 4}, query={"include": "task"}, body=run)
    got = node_client.run(4, include_task=True)
    assert isinstance(got, Run)
    assert (got.id, got.input_) == (4, "ZW5jcnlwdGVk")  # as stored, not decrypted

    mock.expect(
        "run_update",
        path={"id": 4},
        json_body={
            "status": "active",
            "started_at": "2024-05-01T12:00:00.000001+00:00",
        },
        body=schema(mock, "Run") | {"id": 4, "status": "active"},
    )
    started = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=datetime.UTC)  # no fraction
    updated = node_client.update_run(4, status="active", started_at=started)
    assert isinstance(updated, Run)
    assert updated.status == "active"

    mock.expect(
        "run_update",
        path={"id": 4},
        json_body={
            "status": "completed",
            "finished_at": "2024-05-01T12:05:00.250000+00:00",
            "result": "cmVzdWx0",
            "log": "done",
        },
    )
    finished = datetime.datetime(2024, 5, 1, 12, 5, 0, 250000, tzinfo=datetime.UTC)
    node_client.update_run(
        4, status="completed", finished_at=finished, result="cmVzdWx0", log="done"
    )

    # another offset the server cannot parse (500): sent as the same moment
    # in UTC; a naive one is taken for UTC, as the server's own are
    mock.expect(
        "run_update",
        path={"id": 4},
        json_body={
            "started_at": "2024-05-01T10:00:00.000001+00:00",
            "finished_at": "2024-05-01T12:00:00.500000",
        },
    )
    summer = datetime.timezone(datetime.timedelta(hours=2))
    node_client.update_run(
        4,
        started_at=datetime.datetime(2024, 5, 1, 12, 0, tzinfo=summer),
        finished_at=datetime.datetime(2024, 5, 1, 12, 0, 0, 500000),
    )


@covers("NodeClient.create_port", "NodeClient.delete_ports", "NodeClient.vpn_config")
def test_node_client_ports_and_vpn(mock: SpecMock, node_client: NodeClient) -> None:
    mock.expect(
        "port_create",
        json_body={"run_id": 4, "port": 8888, "label": "api"},
        body={"id": 12, "port": 8888, "label": "api"},
    )
    port = node_client.create_port(4, 8888, "api")
    assert isinstance(port, Port)
    assert (port.id, port.port, port.label) == (12, 8888, "api")

    mock.expect("port_delete", query={"run_id": 4}, body={"msg": "ports deleted"})
    deleted = node_client.delete_ports(4)
    assert isinstance(deleted, Message)
    assert deleted.msg == "ports deleted"

    mock.expect("vpn_get_config", body={"ovpn_config": "client\nremote x"})
    assert node_client.vpn_config() == "client\nremote x"


@covers("NodeClient.algorithm_addresses")
def test_node_client_algorithm_addresses_use_the_container_token(
    mock: SpecMock, node_client: NodeClient, httpserver: HTTPServer
) -> None:
    address = {
        "ip": "10.76.0.3",
        "port": 8888,
        "label": "api",
        "organization_id": 2,
        "task_id": 7,
        "parent_id": None,
    }
    mock.expect(
        "vpn_get_algorithm_addresses",
        query={"label": "api", "include_children": "true", "include_parent": "true"},
        body={"addresses": [address]},
    )
    found = node_client.algorithm_addresses(
        "container-token", label="api", include_children=True, include_parent=True
    )
    assert isinstance(found, AlgorithmAddresses)
    assert found.to_dict()["addresses"] == [address]
    [(request, _)] = httpserver.log
    assert request.headers["Authorization"] == "Bearer container-token"
    assert node_client._transport.tokens.access != "container-token"  # own token kept


@covers("initialize_service_account", "authenticate_service_account")
def test_service_accounts_are_refused_by_a_4x_server_before_sending(
    httpserver: HTTPServer,
) -> None:
    """Service accounts are Keycloak clients: a 4.x server has none, and the
    refusal says what to do instead (the 5.x side is in tests/hq)."""
    client = fresh_client(httpserver)
    for call in (
        lambda: client.initialize_service_account("secret", username="bot"),
        lambda: client.authenticate_service_account("secret", username="bot"),
    ):
        with pytest.raises(NotOnThisServerError, match="auth_url"):
            call()
    assert httpserver.log == []
