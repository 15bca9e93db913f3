"""`make demo`: a local vantage6 server and the quickstart against it; then a
local vantage6 5.x HQ with its Keycloak and the 5.x quickstart, with the same
SDK."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from vantage6_client.testing import LocalHQ, LocalKeycloak
from vantage6_client.testing._process import ProcessStartError
from vantage6_client.testing.server import LocalServer

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    try:
        return demo_4x() or demo_5x()
    except ProcessStartError as exc:
        print(f"demo: {exc}", file=sys.stderr)
        return 1


def demo_4x() -> int:
    print("Starting a local vantage6 server (4.15.2, uWSGI, SQLite)...", flush=True)
    with LocalServer() as server:
        print(f"  server up at {server.base_url}; log: {server.log_file}")
        return example(
            "quickstart.py",
            "--url", server.base_url,
            "--username", server.root_username,
            "--password", server.root_password,
        )  # fmt: skip


def demo_5x() -> int:
    print("Starting Keycloak and a local vantage6 HQ (5.0.3, uWSGI, SQLite)...")
    with LocalKeycloak() as keycloak, LocalHQ(keycloak) as hq:
        print(f"  Keycloak at {keycloak.url}, HQ at {hq.base_url}")
        return example(
            "quickstart_hq.py",
            "--url", hq.base_url,
            "--auth-url", keycloak.url,
            "--username", hq.root_username,
            "--password", hq.root_password,
        )  # fmt: skip


def example(name: str, *arguments: str) -> int:
    print(f"Running examples/{name}:", flush=True)
    return subprocess.call([sys.executable, str(ROOT / "examples" / name), *arguments])


if __name__ == "__main__":
    sys.exit(main())
