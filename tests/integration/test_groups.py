"""Every resource group against the real server, and the official client's bugs."""

from __future__ import annotations

import pytest

from tests.integration.conftest import World, unique
from vantage6_client import (
    AuthenticationError,
    BadRequestError,
    Client,
    InvalidArgumentError,
    NodeClient,
    NotFoundError,
    PermissionDeniedError,
    ServerError,
    TaskFailedError,
)
from vantage6_client.testing.server import LocalServer


def test_organization_lifecycle(admin: Client) -> None:
    name = unique("org")
    created = admin.organization.create(name, country="NL", domain="example.org")
    assert admin.organization.get(created.id).name == name
    assert [o.id for o in admin.organization.list(name=name)] == [created.id]
    updated = admin.organization.update(created.id, country="BE")
    assert (updated.country, updated.domain) == ("BE", "example.org")
    admin.organization.delete(created.id)
    with pytest.raises(NotFoundError):
        admin.organization.get(created.id)


def test_delete_dependents_false_does_not_cascade(world: World, admin: Client) -> None:
    """The official client sent "False", which the server reads as true."""
    party = world.organization()
    world.user(party, "Viewer")
    with pytest.raises(BadRequestError, match="dependents"):
        admin.organization.delete(party.id)  # delete_dependents=False
    assert admin.organization.get(party.id).id == party.id  # nothing deleted
    admin.organization.delete(party.id, delete_dependents=True)
    with pytest.raises(NotFoundError):
        admin.organization.get(party.id)


def test_collaboration_lifecycle_and_members(world: World, admin: Client) -> None:
    alpha, beta, gamma = (
        world.organization(),
        world.organization(),
        world.organization(),
    )
    collaboration = world.collaboration([alpha, beta], nodes=False)
    assert admin.collaboration.get(collaboration.id).encrypted is False
    members = admin.collaboration.add_organization(gamma.id, collaboration.id)
    assert {o.id for o in members} == {alpha.id, beta.id, gamma.id}
    remaining = admin.collaboration.remove_organization(beta.id, collaboration.id)
    assert {o.id for o in remaining} == {alpha.id, gamma.id}
    renamed = admin.collaboration.update(collaboration.id, name=unique("renamed"))
    assert renamed.name.startswith("renamed")  # type: ignore[union-attr]
    embedded = admin.collaboration.get(collaboration.id, include_organizations=True)
    assert {o.id for o in embedded.organizations} == {alpha.id, gamma.id}  # type: ignore[union-attr]
    admin.collaboration.delete(collaboration.id)
    with pytest.raises(NotFoundError):
        admin.collaboration.get(collaboration.id)


def test_encrypted_filter_is_sent_so_the_server_understands_it(
    world: World, admin: Client
) -> None:
    """The official client sent encrypted=False as the string "False"."""
    party = world.organization()
    plain = world.collaboration([party], nodes=False)
    secret = world.collaboration([party], encrypted=True, nodes=False)
    unencrypted = admin.collaboration.list(organization=party.id, encrypted=False)
    encrypted = admin.collaboration.list(organization=party.id, encrypted=True)
    assert [c.id for c in unencrypted] == [plain.id]
    assert [c.id for c in encrypted] == [secret.id]


def test_collaboration_nodes(world: World, admin: Client) -> None:
    party = world.organization()
    collaboration = world.collaboration([party])
    assert party.node is not None
    admin.collaboration.remove_node(party.node.id, collaboration.id)
    assert admin.node.get(party.node.id).collaboration is None
    nodes = admin.collaboration.add_node(party.node.id, collaboration.id)
    assert [n.id for n in nodes] == [party.node.id]


def test_node_lifecycle_and_api_key_reset(
    world: World, admin: Client, v6_server: LocalServer, transport
) -> None:
    party = world.organization()
    collaboration = world.collaboration([party], nodes=False)
    node = admin.node.create(
        collaboration.id, organization=party.id, name=unique("node")
    )
    assert node.api_key
    assert admin.node.get(node.id).name == node.name
    assert [n.id for n in admin.node.list(organization=party.id)] == [node.id]
    assert admin.node.update(node.id, name=unique("renamed")).name.startswith("renamed")  # type: ignore[union-attr]
    new_key = admin.node.reset_api_key(node.id)
    with NodeClient(v6_server.url, transport=transport()) as as_node:
        assert as_node.authenticate(new_key).id_ == node.id
    with (
        NodeClient(v6_server.url, transport=transport()) as as_node,
        pytest.raises(AuthenticationError, match="not recognized"),
    ):
        as_node.authenticate(node.api_key)
    with pytest.raises(BadRequestError, match="not online"):
        admin.node.kill_tasks(node.id)
    admin.node.delete(node.id)
    with pytest.raises(NotFoundError):
        admin.node.get(node.id)


def test_user_lifecycle_and_own_organization_default(
    world: World, admin: Client, client_for
) -> None:
    """The official client sent organization_id=null without an organization."""
    username, password = unique("user"), "Pw-user-1!"
    user = admin.user.create(username, "Ann", "Example", password, f"{username}@x.org")
    assert (
        user.organization is not None
        and user.organization.id == admin.whoami.organization_id
    )  # type: ignore[union-attr]
    assert admin.user.get(user.id).username == username
    assert [u.id for u in admin.user.list(username=username)] == [user.id]
    assert admin.user.update(user.id, lastname="Changed").lastname == "Changed"
    permissions = admin.user.get(user.id, include_permissions=True).permissions
    assert permissions is not None
    logged_in = client_for(username, password)
    assert logged_in.whoami is not None and logged_in.whoami.id_ == user.id
    admin.user.delete(user.id)
    with pytest.raises(NotFoundError):
        admin.user.get(user.id)


def test_role_update_sends_only_what_changes(world: World, admin: Client) -> None:
    """The official client sent nulls for unchanged fields: always 400."""
    rules = [r.id for r in admin.rule.list(name="task", operation="view").all()]
    role = admin.role.create(unique("role"), "reads tasks", rules[:1])
    assert admin.role.get(role.id).description == "reads tasks"
    updated = admin.role.update(role.id, rules=rules)
    assert updated.description == "reads tasks"
    assert len(admin.rule.list(role=role.id).all()) == len(rules)
    remaining = admin.role.remove_rule(role.id, rules[0])
    assert rules[0] not in {r.id for r in remaining}
    assert rules[0] in {r.id for r in admin.role.add_rule(role.id, rules[0])}
    admin.role.delete(role.id)
    with pytest.raises(NotFoundError):
        admin.role.get(role.id)


def test_rules_by_operation_and_scope(admin: Client) -> None:
    rules = admin.rule.list(name="task", operation="view", scope="global").all()
    assert [(r.operation, r.scope) for r in rules] == [("VIEW", "GLOBAL")]
    assert admin.rule.get(rules[0].id).name == "task"


def test_study_lifecycle(world: World, admin: Client) -> None:
    alpha, beta = world.organization(), world.organization()
    collaboration = world.collaboration([alpha, beta], nodes=False)
    study = admin.study.create(
        unique("study"), [alpha.id], collaboration=collaboration.id
    )
    assert admin.study.get(study.id).id == study.id
    assert [s.id for s in admin.study.list(collaboration=collaboration.id)] == [
        study.id
    ]
    members = admin.study.add_organization(beta.id, study.id)
    assert {o.id for o in members} == {alpha.id, beta.id}
    assert {o.id for o in admin.study.remove_organization(alpha.id, study.id)} == {
        beta.id
    }
    admin.study.update(study.id, name=unique("renamed"))
    with pytest.raises(InvalidArgumentError):
        admin.study.delete()  # the official client requested study/None
    admin.study.delete(study.id)
    with pytest.raises(NotFoundError):
        admin.study.get(study.id)


def test_pages_walk_every_item_without_losing_repeated_filters(
    world: World, admin: Client
) -> None:
    parties = [world.organization() for _ in range(3)]
    for party in parties:
        world.user(party, "Viewer")
    roles = admin.role.list(
        organization=[p.id for p in parties], include_root=True, per_page=2
    )
    everything = roles.all()
    assert roles.total == len(everything)
    assert len({r.id for r in everything}) == len(everything)


def test_tasks_runs_and_results_are_never_truncated(world: World) -> None:
    """The official client returned the first 10 runs or results only.

    Every run has its (empty) result from the start, so no node needs to
    answer (node logins are slow on the server: it checks the key against
    every node's hash).
    """
    parties = [world.organization() for _ in range(11)]
    collaboration = world.collaboration(parties)
    researcher = world.researcher(parties[0], encryption=False)
    task = researcher.task.create(
        organizations=[p.id for p in parties],
        name="many",
        image="v6/sum",
        input_={"method": "partial_sum", "kwargs": {"column": "age"}},
        collaboration=collaboration.id,
    )
    runs = researcher.run.from_task(task.id)
    assert len(runs) == 11
    assert {r.organization_id for r in runs} == {p.id for p in parties}
    results = researcher.result.from_task(task.id)
    assert len(results) == 11
    assert results.values == [None] * 11  # not computed yet
    listed = researcher.task.list(collaboration=collaboration.id, status="pending")
    assert [t.id for t in listed] == [task.id]


def test_task_kill_and_delete(world: World, admin: Client) -> None:
    party = world.organization()
    collaboration = world.collaboration([party])
    researcher = world.researcher(party, encryption=False)
    task = researcher.task.create(
        [party.id],
        "idle",
        "v6/idle",
        input_={"method": "echo"},
        collaboration=collaboration.id,
    )
    assert researcher.task.get_status(task.id) == "pending"  # no node answers
    admin.task.kill(task.id)  # killing needs the event rules researchers lack
    assert researcher.task.get_status(task.id) == "killed by user"
    with pytest.raises(TaskFailedError) as failure:
        researcher.wait_for_results(task.id, interval=0.1, progress=False)
    assert failure.value.failed_runs[0].status == "killed by user"
    researcher.task.delete(task.id)
    with pytest.raises(NotFoundError):
        researcher.task.get(task.id)


def test_util_password_change(world: World, client_for) -> None:
    party = world.organization()
    user, password = world.user(party, "Viewer")
    client = client_for(user.username, password)
    client.util.change_my_password(password, "Brand-new-pw1!")
    assert client_for(user.username, "Brand-new-pw1!").whoami is not None


def test_reset_two_factor_auth_is_understood(admin: Client) -> None:
    """The official client sent an `email` field the server refuses (400)."""
    with pytest.raises(BadRequestError, match="mailserver"):  # got past validation
        admin.util.reset_two_factor_auth("root", email="root@x.org", username="root")


def test_permission_denials_are_not_authentication_failures(
    world: World, client_for
) -> None:
    party = world.organization()
    user, password = world.user(party, "Viewer")
    viewer = client_for(user.username, password)
    with pytest.raises(PermissionDeniedError):
        viewer.organization.create(unique("nope"))
    assert viewer.util.get_server_version().version == "4.15.2"  # still logged in


def test_known_server_failures_surface_as_typed_errors(
    world: World, admin: Client
) -> None:
    party = world.organization()
    collaboration = world.collaboration([party], nodes=False)
    with pytest.raises(ServerError):
        admin.collaboration.remove_organization(
            world.organization().id, collaboration.id
        )
