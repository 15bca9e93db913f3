"""Scripts written for the official ``vantage6-client==5.0.3`` run unchanged
with ours, only the import changed (issue 13), on the real HQ 5.0.3 and
Keycloak.

Each script in ``official_scripts/`` is a user's script for the official
client: dict access on what it returns, the official signatures. It runs in
a subprocess twice:

* with the official client (``.venv-hq``, Python 3.13) as the oracle: it
  proves the script is one the official client takes, and shows where that
  client's own defects stop it or cut its answer short (marked ``oracle``);
* with ours: the same file, its import line rewritten by the test (and
  checked to be the only change), on the test's interpreter.

Node players answer the runs in the background while a script runs. The
device login (``authenticate()``, which opens the browser) is approved by
headless Chromium: ``device_approval.py`` is the scripts' ``BROWSER``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from vantage6_hq_api.api import Operations
from vantage6_hq_api.models import OrganizationUpdate

from tests.hq.device_approval import browser_command
from tests.hq.world import (
    add_own_node,
    federation,
    many_organizations,
    ok,
    researcher_service_account,
    unique,
)
from tests.paths import HQ_PYTHON, ROOT
from vantage6_client import public_key_text
from vantage6_client.testing.hq import LocalHQ
from vantage6_client.testing.hq_node import HQNodePlayer
from vantage6_client.testing.keycloak import LocalKeycloak

SCRIPTS = Path(__file__).with_name("official_scripts")
OFFICIAL_IMPORT = "from vantage6.client import "
OUR_IMPORT = "from vantage6_client import "
SCRIPT_TIMEOUT = 240  # seconds: a script that hangs fails, it does not stall

OWN_AGES = [{"age": 34}, {"age": 51}, {"age": 46}]  # sum 131
HOSPITAL_AGES = [{"age": 20}, {"age": 30}]  # sum 50


# -- running a script -----------------------------------------------------------
@dataclass
class Outcome:
    """How a script run ended: its exit status, its findings (the JSON lines
    it printed) and everything it wrote."""

    returncode: int
    findings: list[dict[str, Any]]
    stdout: str
    stderr: str

    def step(self, name: str) -> list[dict[str, Any]]:
        return [found for found in self.findings if found["step"] == name]

    def steps(self) -> list[str]:
        return [found["step"] for found in self.findings]

    def __str__(self) -> str:
        return (
            f"exit {self.returncode}\n--- stdout (end)\n{self.stdout[-3000:]}\n"
            f"--- stderr (end)\n{self.stderr[-3000:]}"
        )


def findings_in(stdout: str) -> list[dict[str, Any]]:
    """The script's JSON lines, among whatever else reached stdout (the
    official client logs there, its banner included, and draws its wait
    on the same line with carriage returns)."""
    found = []
    for line in stdout.splitlines():
        start = line.find('{"step"')
        if start >= 0:
            found.append(json.loads(line[start:]))
    return found


def run_script(python: Path | str, script: Path, env: Mapping[str, str]) -> Outcome:
    # nothing of this project's on the oracle's path: PYTHONPATH is the test's
    # own setting, or none
    base = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(
        [str(python), str(script)],
        env={**base, **env},
        cwd=script.parent,
        capture_output=True,
        text=True,
        timeout=SCRIPT_TIMEOUT,
        check=False,
    )
    return Outcome(done.returncode, findings_in(done.stdout), done.stdout, done.stderr)


def rewritten_for_ours(script: Path, folder: Path) -> Path:
    """The script with its import of the official client replaced by ours,
    written to ``folder``; the rewrite is checked to touch the import
    line(s) and nothing else."""
    text = script.read_text()
    rewritten = text.replace(OFFICIAL_IMPORT, OUR_IMPORT)
    before, after = text.splitlines(), rewritten.splitlines()
    assert len(before) == len(after)
    changed = [(old, new) for old, new in zip(before, after, strict=True) if old != new]
    assert changed, f"{script.name} does not import the official client"
    for old, new in changed:
        assert old.startswith(OFFICIAL_IMPORT), old
        assert new == OUR_IMPORT + old.removeprefix(OFFICIAL_IMPORT)
    # the official client is reached through that import only
    assert not re.search(r"^\s*(import|from)\s+vantage6\b", rewritten, re.MULTILINE)
    copy = folder / script.name
    copy.write_text(rewritten)
    return copy


def run_official(script: str, env: Mapping[str, str]) -> Outcome:
    return run_script(HQ_PYTHON, SCRIPTS / script, env)


def run_ours(script: str, env: Mapping[str, str], folder: Path) -> Outcome:
    ours = rewritten_for_ours(SCRIPTS / script, folder)
    return run_script(sys.executable, ours, {**env, "PYTHONPATH": str(ROOT)})


@pytest.fixture(scope="module")
def official_client() -> None:
    """The oracle's interpreter, with the official client 5.0.3."""
    if not HQ_PYTHON.exists():
        pytest.fail(f"no official 5.x client at {HQ_PYTHON}: run `make test`")
    version = subprocess.run(
        [
            str(HQ_PYTHON),
            "-c",
            "import importlib.metadata as m; print(m.version('vantage6-client'))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert version == "5.0.3"


Frame = tuple[str, str, str]  # file, function, source line


def traceback_frames(stderr: str) -> list[Frame]:
    """The frames of the (last) traceback on stderr, outermost first."""
    tail = stderr[stderr.rindex("Traceback (most recent call last):") :]
    return [
        (file, function, source.strip())
        for file, function, source in re.findall(
            r'^  File "([^"]+)", line \d+, in (\S+)\n    (.*)$', tail, re.MULTILINE
        )
    ]


# -- the federations the scripts work in ------------------------------------------
def connection(hq: LocalHQ, keycloak: LocalKeycloak) -> dict[str, str]:
    return {
        "V6_HQ_URL": hq.base_url,
        "V6_AUTH_URL": keycloak.url,
        "V6_AUTH_REALM": keycloak.realm,
        "V6_AUTH_CLIENT": keycloak.public_client,
    }


def service_account(ops: Operations, root: httpx.Client) -> dict[str, str]:
    """A Researcher service account of root's organization, for a script."""
    made = researcher_service_account(ops, root)
    assert isinstance(made.username, str) and isinstance(made.client_secret, str)
    return {
        "V6_SERVICE_ACCOUNT": made.username,
        "V6_SERVICE_ACCOUNT_SECRET": made.client_secret,
    }


def pem_file(key: rsa.RSAPrivateKey, folder: Path) -> Path:
    path = folder / "private_key.pem"
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return path


@dataclass
class EncryptedWorld:
    env: dict[str, str]
    own: int  # root's organization, the service account's
    hospital: int


@pytest.fixture
def encrypted_world(
    hq: LocalHQ,
    keycloak: LocalKeycloak,
    ops: Operations,
    root: httpx.Client,
    player: Callable[..., HQNodePlayer],
    rsa_keys: list[rsa.RSAPrivateKey],
    tmp_path: Path,
) -> EncryptedWorld:
    """An encrypted collaboration of root's organization and a hospital, each
    with a node answering in the background; the organization's key
    published, a service account of it and the key's file."""
    world = federation(ops, root, encrypted=True)
    own_key, hospital_key = rsa_keys
    ok(
        ops.organization_update(
            root,
            world.own,
            body=OrganizationUpdate(public_key=public_key_text(own_key)),
        )
    )
    own_node = add_own_node(ops, root, world)
    # logged in (the hospital's key published) before start() returns
    player(own_node, OWN_AGES, private_key=own_key).start(poll_interval=0.5)
    player(world.node, HOSPITAL_AGES, private_key=hospital_key).start(poll_interval=0.5)
    env = {
        **connection(hq, keycloak),
        **service_account(ops, root),
        "V6_PRIVATE_KEY": str(pem_file(own_key, tmp_path)),
        "V6_COLLABORATION": str(world.collaboration),
        "V6_ORGANIZATIONS": f"{world.own},{world.hospital}",
        "V6_NAME": unique("sa"),
    }
    return EncryptedWorld(env, world.own, world.hospital)


@dataclass
class LargeWorld:
    env: dict[str, str]
    organizations: list[int]


@pytest.fixture
def large_world(
    hq: LocalHQ,
    keycloak: LocalKeycloak,
    ops: Operations,
    root: httpx.Client,
    player: Callable[..., HQNodePlayer],
    tmp_path: Path,
) -> LargeWorld:
    """A plain collaboration of 12 organizations (root's and 11 more), each
    node answering in the background with one record (ages 40 to 51); root
    logs in through the device login, approved in headless Chromium."""
    collaboration, organizations, nodes = many_organizations(
        ops, root, 11, encrypted=False
    )
    for i, node in enumerate(nodes):
        player(node, [{"age": 40 + i}]).start(poll_interval=0.5)
    env = {
        **connection(hq, keycloak),
        "V6_COLLABORATION": str(collaboration),
        "V6_ORGANIZATIONS": ",".join(map(str, organizations)),
        "V6_NAME": unique("many"),
        # webbrowser.open(url) runs BROWSER; our client opens a browser only
        # where there is a display (the official always tries)
        "BROWSER": str(browser_command(tmp_path)),
        "DISPLAY": ":99",
        "V6_BROWSER_USERNAME": hq.root_username,
        "V6_BROWSER_PASSWORD": hq.root_password,
    }
    return LargeWorld(env, organizations)


# -- the rewrite itself -----------------------------------------------------------
@pytest.mark.parametrize("script", sorted(p.name for p in SCRIPTS.glob("*.py")))
def test_each_script_is_the_official_ones_with_only_the_import_changed(
    script: str, tmp_path: Path
) -> None:
    ours = rewritten_for_ours(SCRIPTS / script, tmp_path)
    original = (SCRIPTS / script).read_text().splitlines()
    changed = [
        new
        for old, new in zip(original, ours.read_text().splitlines(), strict=True)
        if old != new
    ]
    assert changed in (
        ["from vantage6_client import UserClient"],
        ["from vantage6_client import UserClient as Client"],
    )


# -- 1. a service account: encryption, a session, a dataframe, a task ---------------
SERVICE_ACCOUNT_SCRIPT = "service_account_task.py"


@pytest.mark.oracle
def test_service_account_script_official_stops_at_setup_encryption(
    official_client: None, encrypted_world: EncryptedWorld
) -> None:
    """The official 5.0.3 client leaves ``whoami`` None after
    ``authenticate_service_account()``: ``setup_encryption`` then fails on
    ``self.whoami.organization_id``, and the script gets no further."""
    outcome = run_official(SERVICE_ACCOUNT_SCRIPT, encrypted_world.env)
    assert outcome.returncode == 1, outcome
    # the login itself worked: HQ answered the account's own user
    assert outcome.findings == [
        {
            "step": "authenticated",
            "username": encrypted_world.env["V6_SERVICE_ACCOUNT"],
        }
    ]
    assert outcome.stderr.rstrip().endswith(
        "AttributeError: 'NoneType' object has no attribute 'organization_id'"
    ), outcome
    frames = traceback_frames(outcome.stderr)
    script_file, where, line = frames[0]
    assert (Path(script_file).name, where) == (SERVICE_ACCOUNT_SCRIPT, "<module>")
    assert line == 'client.setup_encryption(os.environ["V6_PRIVATE_KEY"])'
    official_file, where, line = frames[-1]
    assert official_file.endswith("vantage6/common/client/client_base.py")
    assert where == "setup_encryption"
    assert line.startswith("assert self.whoami.organization_id")


def test_service_account_script_ours_runs_it_to_the_end(
    encrypted_world: EncryptedWorld, tmp_path: Path
) -> None:
    outcome = run_ours(SERVICE_ACCOUNT_SCRIPT, encrypted_world.env, tmp_path)
    assert outcome.returncode == 0, outcome
    assert outcome.steps() == [
        "authenticated",
        "encryption",
        "session",
        "dataframe",
        "task",
        "result",
        "result",
    ], outcome
    [authenticated] = outcome.step("authenticated")
    assert authenticated["username"] == encrypted_world.env["V6_SERVICE_ACCOUNT"]
    [dataframe] = outcome.step("dataframe")
    assert dataframe["columns"] == ["age"]  # as both nodes reported it
    # each node's partial sum, encrypted for the account's organization and
    # read with its key
    results = sorted(
        (found["result"] for found in outcome.step("result")), key=lambda r: r["sum"]
    )
    assert results == [{"sum": 50, "count": 2}, {"sum": 131, "count": 3}]


# -- 2. a task on 12 organizations ------------------------------------------------
MANY_SCRIPT = "many_organizations_task.py"


@pytest.mark.oracle
def test_twelve_organizations_script_official_extracts_at_ten_and_is_refused(
    official_client: None, large_world: LargeWorld
) -> None:
    """The official 5.0.3 client's ``dataframe.create`` sends the extraction
    to the organizations of ``organization.list(collaboration=...)``: HQ's
    first page, 10. HQ then refuses the task for all 12 (the dataframe is
    missing at two); ``task.create`` hands back HQ's message as the task,
    and the script's ``task["id"]`` fails. (Its reading of only the first 10
    results and runs is never reached.)"""
    outcome = run_official(MANY_SCRIPT, large_world.env)
    assert outcome.returncode == 1, outcome
    first_page, left_out = (
        sorted(large_world.organizations)[:10],
        sorted(large_world.organizations)[10:],
    )
    assert outcome.steps() == ["authenticated", "dataframe"], outcome
    [dataframe] = outcome.step("dataframe")
    assert sorted(dataframe["ready_at"]) == first_page
    refusal = (
        "The dataframe you selected is not present for the following "
        f"organizations: {', '.join(map(str, left_out))}"
    )
    assert refusal in outcome.stdout  # the official client logs it there
    assert outcome.stderr.rstrip().endswith("KeyError: 'id'"), outcome
    script_file, where, line = traceback_frames(outcome.stderr)[-1]
    assert (Path(script_file).name, where) == (MANY_SCRIPT, "<module>")
    assert line == 'report("task", id=task["id"])'


def test_twelve_organizations_script_ours_hears_from_all_twelve(
    large_world: LargeWorld, tmp_path: Path
) -> None:
    outcome = run_ours(MANY_SCRIPT, large_world.env, tmp_path)
    assert outcome.returncode == 0, outcome
    assert outcome.steps() == ["authenticated", "dataframe", "task", "results"]
    [dataframe] = outcome.step("dataframe")
    assert sorted(dataframe["ready_at"]) == sorted(large_world.organizations)
    [results] = outcome.step("results")
    assert results == {
        "step": "results",
        "results": 12,
        "runs": 12,
        "organizations": sorted(large_world.organizations),
        "sum": sum(range(40, 52)),
        "count": 12,
    }


# -- 3. reading the federation as a service account ---------------------------------
READ_SCRIPT = "read_federation.py"


@dataclass
class Readable:
    env: dict[str, str]
    expected: list[dict[str, Any]]  # what the script should find


@pytest.fixture
def readable(
    hq: LocalHQ, keycloak: LocalKeycloak, ops: Operations, root: httpx.Client
) -> Readable:
    """An encrypted collaboration of root's organization and a hospital, a
    service account of root's organization, and what it can read of them."""
    world = federation(ops, root, encrypted=True)
    account = service_account(ops, root)
    name = ok(ops.collaboration_get(root, world.collaboration)).name
    own_name = ok(ops.organization_get(root, world.own)).name
    assert isinstance(name, str) and isinstance(own_name, str)
    expected: list[dict[str, Any]] = [
        {"step": "version", "version": "5.0.3"},
        {
            "step": "me",
            "username": account["V6_SERVICE_ACCOUNT"],
            "organization": world.own,
        },
        {
            "step": "collaboration",
            "id": world.collaboration,
            "name": name,
            "encrypted": True,
        },
        {
            "step": "organizations",
            "ids": sorted([world.own, world.hospital]),
            "names": sorted([own_name, name]),  # federation() names the hospital so
        },
    ]
    env = {
        **connection(hq, keycloak),
        **account,
        "V6_COLLABORATION": str(world.collaboration),
    }
    return Readable(env, expected)


@pytest.mark.oracle
def test_read_script_official_reads_it(
    official_client: None, readable: Readable
) -> None:
    """Reading needs no ``whoami``: the official client's service account
    gets through (what ours must find too)."""
    outcome = run_official(READ_SCRIPT, readable.env)
    assert outcome.returncode == 0, outcome
    assert outcome.findings == readable.expected


def test_read_script_ours_reads_the_same(readable: Readable, tmp_path: Path) -> None:
    outcome = run_ours(READ_SCRIPT, readable.env, tmp_path)
    assert outcome.returncode == 0, outcome
    assert outcome.findings == readable.expected
