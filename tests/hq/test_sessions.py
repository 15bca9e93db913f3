"""Sessions and dataframes through the facade on the real pair: a session in
a collaboration of two organizations (each with its node, played), a
dataframe extracted at both and waited for, in plain and encrypted
collaborations alike."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from vantage6_hq_api.api import Operations
from vantage6_hq_api.models import OrganizationUpdate

from tests.conformance import ConformanceTransport
from tests.hq.world import (
    add_own_node,
    federation,
    many_organizations,
    ok,
    researcher_service_account,
    unique,
)
from vantage6_client import BadRequestError, Client, public_key_text
from vantage6_client.testing.hq import LocalHQ
from vantage6_client.testing.hq_node import HQNodePlayer
from vantage6_client.testing.keycloak import LocalKeycloak

AGES = [{"age": 34}, {"age": 51}, {"age": 46}]


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_a_session_and_its_dataframe_extracted_at_every_organization(
    encrypted: bool,
    admin: Client,
    ops: Operations,
    root: httpx.Client,
    player: Callable[..., HQNodePlayer],
    rsa_keys: list[rsa.RSAPrivateKey],
) -> None:
    world = federation(ops, root, encrypted=encrypted)
    own_node = add_own_node(ops, root, world)
    own_key, hospital_key = rsa_keys
    keys = {"private_key": own_key} if encrypted else {}
    if encrypted:
        admin.setup_encryption(own_key)
    admin.collaboration_id = world.collaboration
    with (
        player(own_node, AGES, **keys) as ours,
        player(
            world.node, AGES, **({"private_key": hospital_key} if encrypted else {})
        ) as theirs,
    ):
        session = admin.session.create("collaboration", name=unique("s"))
        assert admin.session_id == session.id
        made = admin.dataframe.create(
            "default", "any/image", "read", {"table": "ages"}, name=unique("df")
        )
        ready = admin.dataframe.wait(made.id, timeout=60, interval=0.2)
    assert [(c.name, c.dtype) for c in ready.columns][:1] == [("age", "int64")]
    # both nodes got the arguments, decrypted with their own keys
    assert {"table": "ages"} in ours.arguments.values()
    assert {"table": "ages"} in theirs.arguments.values()

    assert admin.session.get().ready
    assert [d.id for d in admin.session.dataframes()] == [made.id]
    assert session.id in [s.id for s in admin.session.list(scope="collaboration").all()]
    assert admin.session.update(scope="organization").scope == "organization"
    with pytest.raises(BadRequestError):
        admin.session.delete()  # it has a dataframe
    admin.session.delete(delete_dependents=True)
    assert admin.session_id is None


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_a_task_on_a_dataframe_in_the_official_5x_form(
    encrypted: bool,
    admin: Client,
    ops: Operations,
    root: httpx.Client,
    player: Callable[..., HQNodePlayer],
    rsa_keys: list[rsa.RSAPrivateKey],
) -> None:
    """``task.create(organizations, name, image, description, method, ...)``
    as scripts for the official 5.x client call it; the hospital's node
    decrypts the arguments, computes, and encrypts its result for root's
    organization."""
    world = federation(ops, root, encrypted=encrypted)
    own_node = add_own_node(ops, root, world)
    own_key, hospital_key = rsa_keys
    if encrypted:
        admin.setup_encryption(own_key)
    admin.collaboration_id = world.collaboration
    ours = {"private_key": own_key} if encrypted else {}
    theirs = {"private_key": hospital_key} if encrypted else {}
    with player(own_node, AGES, **ours), player(world.node, AGES, **theirs) as hospital:
        admin.session.create("collaboration", name=unique("s"))
        made = admin.dataframe.create("default", "any/image", "read")
        admin.dataframe.wait(made.id, timeout=60, interval=0.2)
        task = admin.task.create(
            [world.hospital],
            unique("sum"),
            "any/image",
            "partial sums",
            "partial_sum",
            arguments={"column": "age"},
            action="federated_compute",
            databases=made.id,
        )
        results = admin.wait_for_results(task.id, timeout=60, interval=0.2)
    assert {"column": "age"} in hospital.arguments.values()
    # the facade read them, decrypted, with each run's organization
    assert results.by_organization() == {world.hospital: {"sum": 131.0, "count": 3}}
    [run] = admin.run.from_task(task.id)
    assert (run.status, run.organization_id) == ("completed", world.hospital)
    assert run.input == {"column": "age"} or encrypted  # for the hospital's key
    assert admin.result.get(results[0].id).result == {"sum": 131.0, "count": 3}
    fetched = admin.task.get(task.id, include_results=True)
    assert fetched.id == task.id and fetched.status == "completed"
    of_session = admin.task.list(session=admin.session_id).all()
    assert task.id in [t.id for t in of_session]
    completed = admin.task.list(
        collaboration=world.collaboration, status="completed"
    ).data
    assert task.id in [t.id for t in completed]


def test_a_service_account_sets_up_encryption_and_runs_a_task(
    hq: LocalHQ,
    keycloak: LocalKeycloak,
    hq_transport: Callable[[], ConformanceTransport],
    ops: Operations,
    root: httpx.Client,
    player: Callable[..., HQNodePlayer],
    rsa_keys: list[rsa.RSAPrivateKey],
) -> None:
    """The official 5.0.3 client leaves ``whoami`` None after
    ``authenticate_service_account()``, so its ``setup_encryption`` fails and
    a service account cannot create tasks. Ours: the whole round trip, in an
    encrypted collaboration."""
    world = federation(ops, root, encrypted=True)
    own_node = add_own_node(ops, root, world)
    own_key, hospital_key = rsa_keys
    # the organization's administrator publishes its key; the account uses it
    public = public_key_text(own_key)
    ok(
        ops.organization_update(
            root, world.own, body=OrganizationUpdate(public_key=public)
        )
    )
    made = researcher_service_account(ops, root)
    assert isinstance(made.client_secret, str)
    with Client(
        base_url=hq.base_url, auth_url=keycloak.url, transport=hq_transport()
    ) as bot:
        bot.authenticate_service_account(made.client_secret, username=made.username)
        bot.setup_encryption(own_key)  # the bot is of root's organization
        bot.setup_collaboration(world.collaboration)
        with (
            player(own_node, AGES, private_key=own_key),
            player(world.node, AGES, private_key=hospital_key),
        ):
            bot.session.create(name=unique("s"))  # scope "own": a Researcher's
            frame = bot.dataframe.create("default", "any/image", "read")
            bot.dataframe.wait(frame.id, timeout=60, interval=0.2)
            task = bot.task.create(
                [world.hospital],
                unique("sum"),
                "any/image",
                "a service account's task",
                "partial_sum",
                arguments={"column": "age"},
                action="federated_compute",
                databases=frame.id,
            )
            results = bot.wait_for_results(task.id, timeout=60, interval=0.2)
        # (the organizations are looked up when first asked for: while open)
        assert results.by_organization() == {world.hospital: {"sum": 131.0, "count": 3}}


def test_more_than_ten_organizations_all_take_part(
    admin: Client,
    ops: Operations,
    root: httpx.Client,
    player: Callable[..., HQNodePlayer],
) -> None:
    """The official 5.0.3 client sends a dataframe's arguments to the first
    page of organizations only and reads back the first 10 runs and results
    (HQ's default page): ours, every one of 12."""
    collaboration, organizations, nodes = many_organizations(
        ops, root, 11, encrypted=False
    )
    admin.setup_collaboration(collaboration)
    players = [player(node, [{"age": 40 + i}]) for i, node in enumerate(nodes)]
    for each in players:
        each.start(poll_interval=0.5)
    admin.session.create("collaboration", name=unique("s"))
    frame = admin.dataframe.create("default", "any/image", "read", {"table": "t"})
    ready = admin.dataframe.wait(frame.id, timeout=120, interval=0.5)
    assert sorted(ready.organizations_ready) == sorted(organizations)
    task = admin.task.create(
        organizations,
        unique("sum"),
        "any/image",
        "",
        "partial_sum",
        arguments={"column": "age"},
        action="federated_compute",
        databases=frame.id,
    )
    results = admin.wait_for_results(task.id, timeout=120, interval=0.5)
    assert len(results) == 12
    assert len(admin.run.from_task(task.id)) == 12
    assert sorted(r["count"] for r in results.values) == [1] * 12
