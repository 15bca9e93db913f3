"""The world the documentation's 4.x examples run in (a pytest plugin).

A server of its own (so that what the examples list is only what they made,
and their outputs stay the same from run to run), two hospitals whose nodes
answer tasks in the background, an encrypted collaboration of both, and a
researcher of Hospital A. The examples see the names of :func:`docs_names`;
``docs/guides/examples.md`` explains them to readers.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.servers import running
from vantage6_client import Client, generate_private_key, public_key_text
from vantage6_client import write_private_key as write_key
from vantage6_client.testing import LocalServer, NodePlayer

# What each hospital keeps to itself.
TABLES = {
    "Hospital A": [{"age": 34}, {"age": 51}, {"age": 46}],
    "Hospital B": [{"age": 29}, {"age": 63}],
}
RESEARCHER = ("rosalind", "Rosalind-Researcher-1!")


@pytest.fixture(scope="session")
def docs_server() -> Iterator[LocalServer]:
    yield from running(LocalServer())


@pytest.fixture(scope="session")
def docs_names(request: pytest.FixtureRequest) -> Iterator[dict[str, Any]]:
    """The names every 4.x example sees, nodes answering meanwhile. (The
    fixtures it needs are asked for inside: a fixture's parameters would be
    put in every example's namespace too, over the page's own names.)"""
    docs_server: LocalServer = request.getfixturevalue("docs_server")
    tmp_path_factory: pytest.TempPathFactory = request.getfixturevalue(
        "tmp_path_factory"
    )
    admin = Client(base_url=docs_server.base_url)
    admin.authenticate(docs_server.root_username, docs_server.root_password)
    keys = {name: generate_private_key() for name in TABLES}
    hospitals = {
        name: admin.organization.create(
            name=name, country="NL", public_key=public_key_text(key)
        )
        for name, key in keys.items()
    }
    study = admin.collaboration.create(
        "Age study", [h.id for h in hospitals.values()], encrypted=True
    )
    players = [
        NodePlayer(
            docs_server.base_url,
            admin.node.create(study.id, organization=hospital.id).api_key,
            private_key=keys[name],
            table=TABLES[name],
        )
        .login()
        .start()
        for name, hospital in hospitals.items()
    ]
    roles = [
        role.id
        for role in admin.role.list(include_root=True, per_page=50).all()
        if role.name in ("Researcher", "Organization Admin")
    ]
    username, password = RESEARCHER
    admin.user.create(
        username,
        "Rosalind",
        "Franklin",
        password,
        "rosalind@hospital-a.example",
        organization=hospitals["Hospital A"].id,
        roles=roles,
    )
    key_path = write_key(
        Path(tmp_path_factory.mktemp("docs-keys")) / "hospital_a.pem",
        keys["Hospital A"],
    )
    client = Client(base_url=docs_server.base_url)
    client.authenticate(username, password)
    client.setup_encryption(str(key_path))
    try:
        yield {
            "server_url": docs_server.base_url,
            "username": username,
            "password": password,
            "private_key_path": str(key_path),
            "collaboration_id": study.id,
            "organization_ids": [h.id for h in hospitals.values()],
            "admin_username": docs_server.root_username,
            "admin_password": docs_server.root_password,
            "client": client,
        }
    finally:
        client.close()
        for player in players:
            player.close()
        admin.close()
