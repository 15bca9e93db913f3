"""Quickstart for vantage6 5.x: a federated mean over two hospitals, in a
session, on dataframes, encrypted, end to end.

Run it against any vantage6 5.x HQ and its Keycloak where you may create
organizations and users (``make demo`` starts a local pair and runs this):

    python examples/quickstart_hq.py --url http://127.0.0.1:7601/api \\
        --auth-url http://127.0.0.1:8080 --username root --password root

The same ``Client`` speaks 4.x servers (examples/quickstart.py). The
hospitals' data never leaves them: each node extracts a dataframe, computes a
partial sum on it, and only that travels, encrypted for the researcher's
organization.
"""

from __future__ import annotations

import argparse
import secrets
import sys

from vantage6_client import Client, generate_private_key
from vantage6_client.testing.hq_node import HQNodePlayer

# What each hospital keeps to itself.
HOSPITAL_DATA = {
    "Hospital A": [{"age": 34}, {"age": 51}, {"age": 46}],
    "Hospital B": [{"age": 29}, {"age": 63}],
}


def main() -> int:
    args = parse_arguments()
    run = secrets.token_hex(3)  # names are unique on HQ: mark this run's

    # 1. The administrator logs in at Keycloak (a password here; people use
    #    client.authenticate() and a browser) and sets up two hospitals, an
    #    encrypted collaboration, a node for each and a service account for
    #    the analysis, of Hospital A, with the Researcher role.
    admin = Client(args.url, args.auth_url)
    admin.authenticate(args.username, args.password)
    say(f"logged in to HQ {admin.server_version} at {admin.hq_url} as {args.username}")
    hospitals = {
        name: admin.organization.create(f"{name} {run}", "", "", "", "NL", "")
        for name in HOSPITAL_DATA
    }
    # each hospital's key pair: its node publishes the public key when it
    # starts (only members of an organization may), the private key stays
    keys = {name: generate_private_key() for name in HOSPITAL_DATA}
    collaboration = admin.collaboration.create(
        f"Age study {run}", [h.id for h in hospitals.values()], encrypted=True
    )
    nodes = {
        name: admin.node.create(
            collaboration.id, organization=hospital.id, name=f"node-{run}-{i}"
        )
        for i, (name, hospital) in enumerate(hospitals.items())
    }
    researcher_role = [r.id for r in admin.role.list(name="Researcher").all()]
    bot = admin.user.create(
        f"analysis-{run}",
        organization=hospitals["Hospital A"].id,
        roles=researcher_role,
        is_service_account=True,
    )
    say(f"created {', '.join(hospitals)}, an encrypted collaboration, two nodes")

    # 2. Stand-in nodes: in a deployment each hospital runs a vantage6 node
    #    with its data; here the SDK's node player does what a node does over
    #    HQ's API (logging in at Keycloak with the node's API key).
    players = [
        HQNodePlayer(
            args.auth_url,
            args.url,
            nodes[name],
            HOSPITAL_DATA[name],
            private_key=keys[name],
        ).start(poll_interval=0.5)
        for name in HOSPITAL_DATA
    ]
    try:
        # 3. The analysis, as the service account: a session, a dataframe
        #    extracted at both hospitals, a federated task on it.
        client = Client(args.url, args.auth_url)
        client.authenticate_service_account(bot["client_secret"], username=bot.username)
        client.setup_encryption(keys["Hospital A"])
        client.setup_collaboration(collaboration.id)
        client.session.create(name=f"age study {run}")
        frame = client.dataframe.create("default", "demo/average", "read", name="ages")
        client.dataframe.wait(frame.id, timeout=120, interval=0.5)
        say(f"dataframe {frame.name!r} extracted at both hospitals")
        task = client.task.create(
            [h.id for h in hospitals.values()],
            "federated mean of age",
            "demo/average",
            "partial sums per hospital",
            "partial_sum",
            arguments={"column": "age"},
            action="federated_compute",
            databases=frame.id,
        )
        say(f"task {task.id} sent, its arguments encrypted for each hospital")
        results = client.wait_for_results(task.id, interval=0.5, timeout=120)
        parts = results.by_organization()
    finally:
        for player in players:
            player.close()

    total = sum(part["sum"] for part in parts.values())
    count = sum(part["count"] for part in parts.values())
    say(f"mean age over {count} patients: {total / count:.1f}")
    return 0


def parse_arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="HQ's API root")
    parser.add_argument("--auth-url", required=True, help="Keycloak's root URL")
    parser.add_argument("--username", required=True)
    parser.add_argument("--password", required=True)
    return parser.parse_args()


def say(text: str) -> None:
    print(f"  {text}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
