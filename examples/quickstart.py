"""Quickstart: a federated mean over two hospitals, end to end, encrypted.

Run it against any vantage6 4.x server where you may create organizations
(``make demo`` starts a local one and runs this):

    python examples/quickstart.py --url http://127.0.0.1:7601/api \\
        --username root --password root

The hospitals' data never leaves them: each node computes a partial sum, and
only those travel, encrypted for the researcher's organization.
"""

from __future__ import annotations

import argparse
import secrets
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from vantage6_client import Client, generate_private_key
from vantage6_client.testing.node import NodePlayer

# What each hospital keeps to itself.
HOSPITAL_DATA = {
    "Hospital A": [{"age": 34}, {"age": 51}, {"age": 46}],
    "Hospital B": [{"age": 29}, {"age": 63}],
}


def main() -> int:
    args = parse_arguments()
    # Hospital A's private key lives as long as this demo, no longer.
    with tempfile.TemporaryDirectory(prefix="v6-quickstart-") as workdir:
        return quickstart(args, Path(workdir))


def quickstart(args: argparse.Namespace, workdir: Path) -> int:
    run = secrets.token_hex(3)  # names are unique on a server: mark this run's

    # 1. The administrator sets up two organizations, an encrypted
    #    collaboration, a node for each organization and a researcher.
    url = urlsplit(args.url)
    admin = Client(f"{url.scheme}://{url.netloc}", path=url.path or "/api")
    admin.authenticate(args.username, args.password)
    say(f"logged in to {admin.base_path} as {admin.whoami.name}")

    hospitals = {
        name: admin.organization.create(name=f"{name} ({run})", country="NL")
        for name in HOSPITAL_DATA
    }
    collaboration = admin.collaboration.create(
        f"Age study ({run})", [h.id for h in hospitals.values()], encrypted=True
    )
    nodes = {
        name: admin.node.create(collaboration.id, organization=hospital.id)
        for name, hospital in hospitals.items()
    }
    say(
        f"created {', '.join(hospitals)}, the encrypted collaboration "
        f"{collaboration.name!r} and a node for each"
    )
    # a researcher who may also manage Hospital A's settings (its public key)
    roles = [
        role.id
        for role in admin.role.list(include_root=True, per_page=50).all()
        if role.name in ("Researcher", "Organization Admin")
    ]
    username, password = f"researcher-{run}", f"Quick-{secrets.token_hex(4)}!"
    admin.user.create(
        username,
        "Rosalind",
        "Researcher",
        password,
        f"researcher-{run}@hospital-a.example",
        organization=hospitals["Hospital A"].id,
        roles=roles,
    )

    # 2. The researcher logs in and creates Hospital A's key pair: the
    #    private key stays in a file, the public key goes to the server.
    client = Client(f"{url.scheme}://{url.netloc}", path=url.path or "/api")
    client.authenticate(username, password)
    key_file = client.util.generate_private_key(workdir / "hospital_a.pem")
    say(f"logged in as researcher {username}; made Hospital A's keys ({key_file.name})")

    # 3. Stand-in nodes. In a real deployment each hospital runs a vantage6
    #    node (in Docker) with its own data; here the SDK's node player does
    #    the same over the server's API. Hospital B's node makes its own key.
    players = [
        NodePlayer(
            admin.base_path,
            nodes[name].api_key,
            private_key=key_file if name == "Hospital A" else generate_private_key(),
            table=HOSPITAL_DATA[name],
        ).start()
        for name in HOSPITAL_DATA
    ]

    try:
        # 4. The federated mean: every node sends back its partial sum.
        task = client.task.create(
            collaboration=collaboration.id,
            organizations=[h.id for h in hospitals.values()],
            name="federated mean of age",
            image="harbor2.vantage6.ai/demo/average",
            description="partial sums per hospital",
            input_={"method": "partial_sum", "kwargs": {"column": "age"}},
        )
        say(f"task {task.id} sent to both hospitals, its input encrypted for each")
        results = client.wait_for_results(task.id, interval=0.5, progress=args.progress)
    finally:
        for player in players:
            player.close()

    by_organization = results.by_organization()
    for name, hospital in hospitals.items():
        part = by_organization[hospital.id]
        say(f"{name}: sum {part['sum']:g} over {part['count']} patients")
    total = sum(p["sum"] for p in by_organization.values())
    count = sum(p["count"] for p in by_organization.values())
    say(f"combined mean age: {total / count:.2f}")
    return 0


def say(line: str) -> None:
    print(f"  {line}", flush=True)


def parse_arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:7601/api")
    parser.add_argument("--username", default="root")
    parser.add_argument("--password", default="root")
    parser.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None
    )
    return parser.parse_args()


if __name__ == "__main__":
    sys.exit(main())
