"""`make demo`: a local vantage6 server, then the quickstart against it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from vantage6_client.testing.server import LocalServer, ServerStartError

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    print("Starting a local vantage6 server (4.15.2, uWSGI, SQLite)...", flush=True)
    try:
        with LocalServer() as server:
            print(f"  server up at {server.base_url}; log: {server.log_file}")
            print("Running examples/quickstart.py:", flush=True)
            command = [
                sys.executable, str(ROOT / "examples" / "quickstart.py"),
                "--url", server.base_url,
                "--username", server.root_username,
                "--password", server.root_password,
            ]  # fmt: skip
            return subprocess.call(command)
    except ServerStartError as exc:
        print(f"demo: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
