"""The world the documentation's 5.x examples run in (a pytest plugin).

On the session's HQ 5.0.3 and its Keycloak (the ``hq`` and ``keycloak``
fixtures, shared with ``tests/hq``): two hospitals whose nodes answer runs in
the background, an encrypted collaboration of both, a researcher of Hospital
A who logs in with a password (the test realm takes passwords), and a session
with a dataframe both nodes have extracted. The examples see the names of
:func:`docs_hq_names`; ``docs/guides/quickstart-hq.md`` explains them to
readers.

What ``tests/hq`` makes on the same HQ carries generated names
(``tests.hq.world.unique``), and what the researcher sees is limited to
Hospital A's collaborations: the examples' outputs are the same whether or
not those tests run in the same session.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.docs_world import RESEARCHER, TABLES
from vantage6_client import Client, generate_private_key, public_key_text
from vantage6_client import write_private_key as write_key
from vantage6_client.testing.hq import LocalHQ
from vantage6_client.testing.hq_node import HQNodePlayer
from vantage6_client.testing.keycloak import LocalKeycloak


@pytest.fixture(scope="session")
def docs_hq_names(request: pytest.FixtureRequest) -> Iterator[dict[str, Any]]:
    """The names every 5.x example sees, nodes answering meanwhile. (The
    fixtures it needs are asked for inside: a fixture's parameters would be
    put in every example's namespace too, over the page's own names.)"""
    hq: LocalHQ = request.getfixturevalue("hq")
    keycloak: LocalKeycloak = request.getfixturevalue("keycloak")
    tmp_path_factory: pytest.TempPathFactory = request.getfixturevalue(
        "tmp_path_factory"
    )
    admin = Client(hq.base_url, keycloak.url)
    admin.authenticate(hq.root_username, hq.root_password)
    keys = {name: generate_private_key() for name in TABLES}
    hospitals = {
        name: admin.organization.create(
            name, country="NL", public_key=public_key_text(key)
        )
        for name, key in keys.items()
    }
    study = admin.collaboration.create(
        "Age study", [h.id for h in hospitals.values()], encrypted=True
    )
    players = [
        HQNodePlayer(
            keycloak,
            hq.base_url,
            # HQ refuses spaces in a node's name
            admin.node.create(
                study.id,
                organization=hospital.id,
                name=f"{name.lower().replace(' ', '-')}-age-study",
            ),
            TABLES[name],
            private_key=keys[name],
        ).start(poll_interval=0.2)
        for name, hospital in hospitals.items()
    ]
    client = Client(hq.base_url, keycloak.url)
    try:
        username, password = RESEARCHER
        researcher = [role.id for role in admin.role.list(name="Researcher").all()]
        admin.user.create(
            username,
            password,
            organization=hospitals["Hospital A"].id,
            roles=researcher,
        )
        # what her first login in a browser would settle
        keycloak.finish_account(
            username,
            password,
            first_name="Rosalind",
            last_name="Franklin",
            email=f"{username}@hospital-a.example",
        )
        key_path = write_key(
            Path(tmp_path_factory.mktemp("docs-hq-keys")) / "hospital_a.pem",
            keys["Hospital A"],
        )
        client.authenticate(username, password)
        client.setup_encryption(str(key_path))
        client.setup_collaboration(study.id)
        # a researcher's sessions are their own ("own" scope)
        session = client.session.create(name="Ages")
        dataframe = client.dataframe.create(
            "default", "v6/ages", "read", name="patient_ages"
        )
        client.dataframe.wait(dataframe.id, timeout=120, interval=0.2)
        yield {
            "hq_url": hq.base_url,
            "auth_url": keycloak.url,
            "username": username,
            "password": password,
            "private_key_path": str(key_path),
            "collaboration_id": study.id,
            "organization_ids": [h.id for h in hospitals.values()],
            "session_id": session.id,
            "dataframe_id": dataframe.id,
            "admin_username": hq.root_username,
            "admin_password": hq.root_password,
            "client": client,
        }
    finally:
        client.close()
        for player in players:
            player.close()
        admin.close()
