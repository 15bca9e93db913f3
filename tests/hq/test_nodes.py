"""Nodes, collaborations and studies through the facade on the real HQ 5.0.3
(and its Keycloak): HQ's own models back, a node's API key that logs in at
Keycloak, every page of a list, and 4.x's VPN arguments refused before
anything is sent."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import httpx
import pytest
from vantage6_hq_api.api import Operations

from tests.hq.conftest import Counting
from tests.hq.world import extract_dataframe, federation, unique
from vantage6_client import (
    BadRequestError,
    Client,
    InvalidArgumentError,
    NotOnThisServerError,
)
from vantage6_client.testing.hq_node import HQNodePlayer
from vantage6_client.testing.keycloak import LocalKeycloak
from vantage6_client.types import (
    HQCollaboration,
    HQNewNode,
    HQNode,
    HQNodeSimple,
    HQStudy,
    Message,
    Organization,
)

AGES = [{"age": 34}, {"age": 51}]


def _organization(admin: Client) -> int:
    made = admin.organization.create(
        unique("org"), "street 1", "", "1234AB", "NL", "x.org"
    )
    return made.id


def _own(admin: Client) -> int:
    whoami = admin.whoami
    assert whoami is not None
    return whoami.organization_id


def _logs_in(keycloak: LocalKeycloak, name: str, api_key: str) -> bool:
    """Whether the node's Keycloak client takes this secret."""
    try:
        keycloak.client_token(f"{name}-node-client", api_key)
    except httpx.HTTPStatusError:
        return False
    return True


def test_collaborations_in_hqs_form(admin: Client) -> None:
    own, hospital, third = _own(admin), _organization(admin), _organization(admin)
    prefix = unique("collab")
    plain = admin.collaboration.create(
        f"{prefix}-plain", [own, hospital], session_restrict_to_same_image=True
    )
    assert isinstance(plain, HQCollaboration)
    assert (plain.encrypted, plain.session_restrict_to_same_image) == (False, True)
    # the official 5.x positional order: name, organizations, encrypted, restrict
    secret = admin.collaboration.create(f"{prefix}-secret", [own], True, False)
    assert isinstance(secret, HQCollaboration)
    assert (secret.encrypted, secret.session_restrict_to_same_image) == (True, False)

    got = admin.collaboration.get(plain.id, include_organizations=True)
    assert isinstance(got, HQCollaboration) and isinstance(got.organizations, list)
    assert sorted(o.id for o in got.organizations) == sorted([own, hospital])

    # every page, one collaboration a page
    listed = admin.collaboration.list(scope="global", name=f"{prefix}%", per_page=1)
    assert isinstance(listed.data[0], HQCollaboration)
    assert sorted(c.id for c in listed.all()) == sorted([plain.id, secret.id])
    encrypted = admin.collaboration.list(
        scope="global", name=f"{prefix}%", encrypted=True
    )
    assert [c.id for c in encrypted.all()] == [secret.id]
    unencrypted = admin.collaboration.list(
        scope="global", name=f"{prefix}%", encrypted=False
    )
    assert [c.id for c in unencrypted.all()] == [plain.id]
    mine = admin.collaboration.list(name=f"{prefix}%", sort="-name")  # own org's
    assert [c.id for c in mine.all()] == [secret.id, plain.id]

    renamed = admin.collaboration.update(plain.id, name=f"{prefix}-renamed")
    assert isinstance(renamed, HQCollaboration)
    assert renamed.name == f"{prefix}-renamed"
    assert renamed.session_restrict_to_same_image is True

    members = admin.collaboration.add_organization(third, plain.id)
    assert all(isinstance(o, Organization) for o in members)
    assert sorted(o.id for o in members) == sorted([own, hospital, third])
    remaining = admin.collaboration.remove_organization(third, plain.id)
    assert sorted(o.id for o in remaining) == sorted([own, hospital])

    for collaboration in (plain.id, secret.id):
        assert isinstance(admin.collaboration.delete(collaboration), Message)
    assert admin.collaboration.list(scope="global", name=f"{prefix}%").all() == []


@dataclass
class TwoNodes:
    collaboration: int
    hospital: int
    node: HQNewNode  # the hospital's
    name: str
    ours: HQNewNode  # root's organization's


def _two_nodes(admin: Client, keycloak: LocalKeycloak) -> TwoNodes:
    own, hospital = _own(admin), _organization(admin)
    collaboration = admin.collaboration.create(unique("nodes"), [own, hospital]).id
    name = unique("node")
    node = admin.node.create(collaboration, organization=hospital, name=name)
    assert isinstance(node, HQNewNode) and node.name == name
    assert node.keycloak_client_id and node.keycloak_id
    # the API key is the secret of the node's Keycloak client
    assert _logs_in(keycloak, name, node.api_key)
    ours = admin.node.create(collaboration, name=unique("ours"))  # own organization
    assert isinstance(ours, HQNewNode)
    return TwoNodes(collaboration, hospital, node, name, ours)


def test_nodes_in_hqs_form(admin: Client, keycloak: LocalKeycloak) -> None:
    two = _two_nodes(admin, keycloak)
    collaboration, hospital, node, name, ours = (
        two.collaboration,
        two.hospital,
        two.node,
        two.name,
        two.ours,
    )

    got = admin.node.get(node.id)
    assert isinstance(got, HQNode) and got.name == name and got.status == "offline"

    # filters, and every page of one node each
    both = admin.node.list(collaboration=collaboration, per_page=1)
    assert isinstance(both.data[0], HQNode)
    assert sorted(n.id for n in both.all()) == sorted([node.id, ours.id])
    at_hospital = admin.node.list(organization=hospital, collaboration=collaboration)
    assert [n.id for n in at_hospital.all()] == [node.id]
    assert [n.id for n in admin.node.list(name=name).all()] == [node.id]
    assert admin.node.list(collaboration=collaboration, is_online=True).all() == []
    by_name = admin.node.list(collaboration=collaboration, sort="-name")
    assert [n.name for n in by_name.all()] == sorted([name, str(ours.name)])[::-1]
    # the official 5.x positional order: name, organization, collaboration,
    # study, is_online, last_seen_from, last_seen_till, page, per_page
    # (typed as 4.x's, where ip comes sixth)
    offline = admin.node.list(None, hospital, collaboration, None, False, None, None, 1)  # type: ignore[call-overload]
    assert [n.id for n in offline.all()] == [node.id]
    never_seen = admin.node.list(  # type: ignore[call-overload]
        None, None, collaboration, None, None, "2000-01-01", None, 1, 1
    )
    assert never_seen.all() == []  # never seen: last_seen is null
    # nodes of a session's collaboration
    session = admin.session.create("collaboration", collaboration=collaboration).id
    in_session = admin.node.list(session=session)
    assert sorted(n.id for n in in_session.all()) == sorted([node.id, ours.id])
    admin.session.delete(session)


def test_a_nodes_life_on_hq(
    admin: Client, keycloak: LocalKeycloak, wire: Counting
) -> None:
    two = _two_nodes(admin, keycloak)
    collaboration, node, name, ours = two.collaboration, two.node, two.name, two.ours

    # 4.x's VPN arguments are refused before anything is sent
    sent = wire.sent
    with pytest.raises(NotOnThisServerError, match=r"^clear_ip is vantage6 4.x's"):
        admin.node.update(node.id, clear_ip=True)
    with pytest.raises(NotOnThisServerError, match=r"^ip is vantage6 4.x's"):
        admin.node.update(node.id, ip="10.76.0.2")
    with pytest.raises(NotOnThisServerError, match=r"^ip is vantage6 4.x's"):
        admin.node.list(ip="10.76.0.2")
    with pytest.raises(InvalidArgumentError, match=r"^name must be text without"):
        admin.node.create(collaboration, name="with space")
    assert wire.sent == sent

    # renamed, the node still logs in as its Keycloak client, named as before
    renamed = admin.node.update(node.id, name=f"{name}-renamed")
    assert isinstance(renamed, HQNode) and renamed.name == f"{name}-renamed"
    assert renamed.keycloak_client_id == node.keycloak_client_id
    assert _logs_in(keycloak, name, node.api_key)

    # a new key: the old one stops working
    new_key = admin.node.reset_api_key(node.id)
    assert _logs_in(keycloak, name, new_key)
    assert not _logs_in(keycloak, name, node.api_key)
    with pytest.raises(BadRequestError):
        admin.node.kill_tasks(node.id)  # offline

    # out of the collaboration and back in: HQ answers 201 with its nodes
    assert isinstance(admin.collaboration.remove_node(node.id, collaboration), Message)
    assert [n.id for n in admin.node.list(collaboration=collaboration).all()] == [
        ours.id
    ]
    nodes = admin.collaboration.add_node(node.id, collaboration)
    assert all(isinstance(n, HQNodeSimple) for n in nodes)
    assert sorted(n.id for n in nodes) == sorted([node.id, ours.id])

    # deleted: so is its Keycloak client
    assert isinstance(admin.node.delete(node.id), Message)
    assert not _logs_in(keycloak, name, new_key)
    assert [n.id for n in admin.node.list(collaboration=collaboration).all()] == [
        ours.id
    ]
    admin.node.delete(ours.id)
    admin.collaboration.delete(collaboration)


def test_a_node_with_dataframe_columns(
    admin: Client,
    keycloak: LocalKeycloak,
    ops: Operations,
    root: httpx.Client,
    player: Callable[..., HQNodePlayer],
) -> None:
    """HQ 5.0.3 refuses to delete a node whose extraction left columns,
    unless delete_dependents; but it deletes the node's Keycloak client
    before it looks, and then can never delete the node (its Keycloak client
    is gone: 400). The client finds the columns first and refuses itself."""
    world = federation(ops, root, encrypted=False)
    name, key = world.node.name, world.node.api_key
    assert isinstance(name, str)
    extract_dataframe(ops, root, world, player(world.node, AGES))
    with pytest.raises(BadRequestError, match=r"^node.delete: .*delete_dependents"):
        admin.node.delete(world.node.id)
    assert _logs_in(keycloak, name, key)  # nothing deleted
    admin.node.delete(world.node.id, delete_dependents=True)
    assert admin.node.list(collaboration=world.collaboration).all() == []
    assert not _logs_in(keycloak, name, key)

    # what HQ does when asked directly: half-done, and for good
    other = federation(ops, root, encrypted=False)
    other_name = other.node.name
    assert isinstance(other_name, str)
    extract_dataframe(ops, root, other, player(other.node, AGES))
    refused = ops.node_delete(root, other.node.id)
    assert refused.status_code == 400 and b"columns" in refused.content
    assert not _logs_in(keycloak, other_name, other.node.api_key)
    again = ops.node_delete(root, other.node.id, delete_dependents=True)
    assert again.status_code == 400 and b"Keycloak" in again.content
    assert admin.node.get(other.node.id).id == other.node.id  # still there


def test_deleting_a_collaboration_with_its_nodes(
    admin: Client, keycloak: LocalKeycloak, ops: Operations, root: httpx.Client
) -> None:
    """HQ 5.0.3 deletes the nodes with the collaboration but leaves their
    Keycloak clients (their keys still log in); the client deletes the nodes
    first, with their Keycloak clients."""
    world = federation(ops, root, encrypted=False)
    hq_name = world.node.name
    assert isinstance(hq_name, str)
    gone = ops.collaboration_delete(root, world.collaboration, delete_dependents=True)
    assert gone.status_code == 200
    assert admin.node.list(name=hq_name).all() == []
    assert _logs_in(keycloak, hq_name, world.node.api_key)  # left behind by HQ

    own = _own(admin)
    collaboration = admin.collaboration.create(unique("gone"), [own]).id
    name = unique("node")
    node = admin.node.create(collaboration, name=name)
    with pytest.raises(BadRequestError, match="delete_dependents"):
        admin.collaboration.delete(collaboration)
    admin.collaboration.delete(collaboration, delete_dependents=True)
    assert admin.node.list(name=name).all() == []
    assert not _logs_in(keycloak, name, node.api_key)


def test_studies_in_hqs_form(admin: Client) -> None:
    own, hospital, clinic = _own(admin), _organization(admin), _organization(admin)
    collaboration = admin.collaboration.create(
        unique("studies"), [own, hospital, clinic]
    ).id
    prefix = unique("study")
    first = admin.study.create(f"{prefix}-a", [own, hospital], collaboration)
    assert isinstance(first, HQStudy) and isinstance(first.organizations, list)
    assert sorted(o.id for o in first.organizations) == sorted([own, hospital])
    admin.setup_collaboration(collaboration)
    second = admin.study.create(f"{prefix}-b", [clinic])  # the one set up
    assert isinstance(second, HQStudy)

    got = admin.study.get(first.id, include_organizations=True)
    assert isinstance(got, HQStudy) and got.name == f"{prefix}-a"
    listed = admin.study.list(collaboration=collaboration, per_page=1)
    assert isinstance(listed.data[0], HQStudy)
    assert sorted(s.id for s in listed.all()) == sorted([first.id, second.id])
    with_hospital = admin.study.list(organization=hospital, name=f"{prefix}%")
    assert [s.id for s in with_hospital.all()] == [first.id]

    changed = admin.study.update(first.id, name=f"{prefix}-c", organizations=[own])
    assert isinstance(changed, HQStudy) and isinstance(changed.organizations, list)
    assert (changed.name, [o.id for o in changed.organizations]) == (
        f"{prefix}-c",
        [own],
    )
    added = admin.study.add_organization(clinic, first.id)
    assert sorted(o.id for o in added) == sorted([own, clinic])
    assert [o.id for o in admin.study.remove_organization(own, first.id)] == [clinic]

    for study in (first.id, second.id):
        assert isinstance(admin.study.delete(study), Message)
    assert admin.study.list(collaboration=collaboration).all() == []
    admin.collaboration.delete(collaboration)
