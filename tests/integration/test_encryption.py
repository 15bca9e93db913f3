"""End-to-end encryption on the real server, with node players that decrypt."""

from __future__ import annotations

import secrets
import stat
from pathlib import Path

import pytest

from tests.integration.conftest import World
from vantage6_client import (
    DecryptionError,
    EncryptionError,
    InvalidArgumentError,
    generate_private_key,
    load_private_key,
    public_key_text,
)

MEAN = {"method": "partial_sum", "kwargs": {"column": "age"}}


def test_encrypted_task_round_trip_for_two_clients_with_their_own_keys(
    world: World,
) -> None:
    alpha, beta = world.organization(), world.organization()
    collaboration = world.collaboration([alpha, beta], encrypted=True)
    world.node_player(alpha, table=[{"age": 10}, {"age": 20}])
    world.node_player(beta, table=[{"age": 60}])
    # two researchers in one process, each with their organization's key
    at_alpha, at_beta = world.researcher(alpha), world.researcher(beta)

    task_a = at_alpha.task.create(
        [alpha.id, beta.id],
        "mean",
        "v6/mean",
        input_=MEAN,
        collaboration=collaboration.id,
    )
    task_b = at_beta.task.create(
        [alpha.id, beta.id],
        "mean",
        "v6/mean",
        input_=MEAN,
        collaboration=collaboration.id,
    )
    results_a = at_alpha.wait_for_results(task_a.id, interval=0.2, progress=False)
    results_b = at_beta.wait_for_results(task_b.id, interval=0.2, progress=False)

    expected = {alpha.id: {"sum": 30.0, "count": 2}, beta.id: {"sum": 60.0, "count": 1}}
    assert results_a.by_organization() == expected
    assert results_b.by_organization() == expected
    # results are encrypted for the initiating organization only
    with pytest.raises(DecryptionError) as refused:
        at_beta.result.from_task(task_a.id)
    assert refused.value.run_id is not None
    assert refused.value.organization_id in (alpha.id, beta.id)


def test_run_inputs_are_readable_for_their_organization_only(world: World) -> None:
    alpha, beta = world.organization(), world.organization()
    collaboration = world.collaboration([alpha, beta], encrypted=True)
    at_alpha = world.researcher(alpha)
    task = at_alpha.task.create(
        [alpha.id, beta.id],
        "mean",
        "v6/mean",
        input_=MEAN,
        collaboration=collaboration.id,
    )
    runs = {run.organization_id: run for run in at_alpha.run.from_task(task.id)}
    assert runs[alpha.id].input_decrypted and runs[alpha.id].input == MEAN
    assert not runs[beta.id].input_decrypted and runs[beta.id].input is None


def test_forgetting_setup_encryption_posts_nothing(world: World, admin) -> None:
    party = world.organization()
    collaboration = world.collaboration([party], encrypted=True)
    researcher = world.researcher(party, encryption=False)
    with pytest.raises(EncryptionError, match="setup_encryption"):
        researcher.task.create(
            [party.id], "mean", "v6/mean", input_=MEAN, collaboration=collaboration.id
        )
    assert admin.task.list(collaboration=collaboration.id).total == 0


def test_an_organization_without_a_key_is_named_and_nothing_posted(
    world: World, admin
) -> None:
    alpha, keyless = world.organization(), world.organization(with_key=False)
    collaboration = world.collaboration([alpha, keyless], encrypted=True)
    researcher = world.researcher(alpha)
    with pytest.raises(
        EncryptionError, match=f"organization {keyless.id} .* no public key"
    ):
        researcher.task.create(
            [alpha.id, keyless.id],
            "mean",
            "v6/mean",
            input_=MEAN,
            collaboration=collaboration.id,
        )
    assert admin.task.list(collaboration=collaboration.id).total == 0


def test_setup_encryption_refuses_to_replace_a_different_key(
    world: World, client_for
) -> None:
    party = world.organization()  # the server holds the public half of party's key
    user, password = world.user(party, "Researcher", "Organization Admin")
    client = client_for(user.username, password)
    other = generate_private_key()
    with pytest.raises(EncryptionError, match="another public key"):
        client.setup_encryption(other)
    assert world.admin.organization.get(party.id).public_key == public_key_text(
        party.private_key
    )
    client.setup_encryption(other, overwrite=True)
    assert world.admin.organization.get(party.id).public_key == public_key_text(other)


def test_setup_encryption_uploads_a_missing_key(world: World, client_for) -> None:
    party = world.organization(with_key=False)
    user, password = world.user(party, "Researcher", "Organization Admin")
    client = client_for(user.username, password)
    client.setup_encryption(party.private_key)
    assert world.admin.organization.get(party.id).public_key == public_key_text(
        party.private_key
    )


def test_generate_private_key_writes_a_private_file_and_uploads(
    world: World, client_for, tmp_path: Path
) -> None:
    party = world.organization(with_key=False)
    user, password = world.user(party, "Researcher", "Organization Admin")
    client = client_for(user.username, password)
    path = client.util.generate_private_key(tmp_path / "org.pem")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes().startswith(b"-----BEGIN RSA PRIVATE KEY-----")
    on_server = world.admin.organization.get(party.id).public_key
    assert on_server == public_key_text(load_private_key(path))
    with pytest.raises(InvalidArgumentError, match="exists already"):
        client.util.generate_private_key(path)
    assert world.admin.organization.get(party.id).public_key == on_server  # unchanged


@pytest.mark.parametrize("encrypted", [True, False], ids=["encrypted", "plain"])
def test_a_large_result_is_decoded_as_it_arrives(world: World, encrypted: bool) -> None:
    alpha, beta = world.organization(), world.organization()
    collaboration = world.collaboration([alpha, beta], encrypted=encrypted)
    world.node_player(alpha)
    at_alpha, at_beta = world.researcher(alpha), world.researcher(beta)
    # over result.get's inline limit, with what JSON escapes ("\u00e4", "\"")
    text = 'ä"\\/\U0001f600' + secrets.token_hex(150_000)
    task = at_alpha.task.create(
        [alpha.id],
        "large",
        "v6/echo",
        input_={"method": "echo", "kwargs": {"text": text}},
        collaboration=collaboration.id,
    )
    (listed,) = at_alpha.wait_for_results(task.id, interval=0.2, progress=False)

    assert listed.result["kwargs"]["text"] == text  # from_task, page by page
    got = at_alpha.result.get(listed.id)
    assert got.result == listed.result
    assert (got.id, got.task_id, got.organization_id) == (listed.id, task.id, alpha.id)
    if encrypted:  # another organization's key: the error says whose it was
        for read in (lambda: at_beta.result.get(listed.id),
                     lambda: at_beta.result.from_task(task.id)):  # fmt: skip
            with pytest.raises(DecryptionError) as refused:
                read()
            assert (refused.value.run_id, refused.value.organization_id) == (
                listed.id,
                alpha.id,
            )
    else:
        assert at_beta.result.get(listed.id).result == listed.result
