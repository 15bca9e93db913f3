"""The README's "Try it locally" runs as written.

The test does what a newcomer does: starts the server as ``make server`` does
(on a free port instead of 7601, which a server of the newcomer's may hold),
checks that it prints what the README shows, and runs the README's Python
block against it, with the address it printed in place of
``http://127.0.0.1:7601``; each ``print`` must show what its comment says.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

from tests.integration.test_launchers import children, group_members, read_banner
from vantage6_client.testing.server import free_port

README = Path(__file__).resolve().parents[2] / "README.md"
ADDRESS = "http://127.0.0.1:7601"  # in the README: what `make server` prints


def section() -> str:
    """The README's "Try it locally", up to the next heading."""
    found = re.search(
        r"^### Try it locally\n(.*?)^##", README.read_text(), re.MULTILINE | re.DOTALL
    )
    assert found, 'README.md has no "### Try it locally" section'
    return found[1]


def block(language: str) -> str:
    [code] = re.findall(rf"^```{language}\n(.*?)^```", section(), re.M | re.S)
    return str(code)


def comments(code: str, prefix: str) -> list[str]:
    """What the lines starting with ``prefix`` say they show: their comments."""
    return [
        line.split("# ", 1)[1]
        for line in code.splitlines()
        if line.lstrip().startswith(prefix) and "# " in line
    ]


def test_try_it_locally_runs_as_written() -> None:
    port = free_port()
    launcher = subprocess.Popen(
        [sys.executable, "-m", "vantage6_client.testing.server", "--port", str(port)],
        stdout=subprocess.PIPE,
        text=True,
    )
    uwsgi: list[int] = []
    try:
        banner = read_banner(launcher)
        uwsgi.extend(children(launcher.pid))
        address = f"http://127.0.0.1:{port}"
        shell = block("sh")
        assert shell.startswith("make server ")
        # the sh block's comments are the first lines `make server` prints
        printed = [line.replace(address, ADDRESS) for line in banner]
        said = comments(shell, "")
        assert said and printed[: len(said)] == said

        script = block("python")
        assert script.count(ADDRESS) == 1
        shown = subprocess.run(
            [sys.executable, "-c", script.replace(ADDRESS, address)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,  # the assertion below shows its stderr
        )
        assert shown.returncode == 0, shown.stderr
        assert shown.stdout.splitlines() == comments(script, "print(")
        assert shown.stderr == ""  # no warnings, no logs
    finally:
        launcher.send_signal(signal.SIGTERM)
        launcher.wait(timeout=30)
        for group in uwsgi:  # left behind only when SIGTERM handling broke
            if group_members(group):
                os.killpg(group, signal.SIGKILL)
