"""The local tools are where the README says, cheap to import, and documented."""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import vantage6_client.testing
from vantage6_client.testing.proxy import LocalProxy

ROOT = Path(__file__).resolve().parents[2]
TESTING = ROOT / "vantage6_client" / "testing"
TOOLS = {
    "LocalServer": "server",
    "LocalStore": "server",
    "LocalRegistry": "registry",
    "NodePlayer": "node",
}


def resolve(dotted: str) -> object:
    """The object a dotted name names: the longest importable module, then
    attributes."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            found: object = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for attribute in parts[cut:]:
            found = getattr(found, attribute)
        return found
    raise ModuleNotFoundError(dotted)


def test_every_testing_name_in_the_readme_resolves() -> None:
    readme = (ROOT / "README.md").read_text()
    named = set(re.findall(r"vantage6_client\.testing(?:\.\w+)+", readme))
    imported = re.findall(r"from vantage6_client\.testing import (\w+)", readme)
    named |= {f"vantage6_client.testing.{name}" for name in imported}
    assert {f"vantage6_client.testing.{tool}" for tool in TOOLS} <= named
    unresolved = []
    for dotted in sorted(named):
        try:
            resolve(dotted)
        except (ImportError, AttributeError):
            unresolved.append(dotted)
    assert unresolved == []


@pytest.mark.parametrize("name", vantage6_client.testing.__all__)
def test_every_export_is_the_tool_itself(name: str) -> None:
    module = vantage6_client.testing._LAZY[name]
    tool = getattr(vantage6_client.testing, name)
    assert tool is getattr(
        importlib.import_module(f"vantage6_client.testing.{module}"), name
    )
    assert name in dir(vantage6_client.testing)


def test_the_tools_are_exported_and_described() -> None:
    assert set(TOOLS) <= set(vantage6_client.testing.__all__)
    doc = vantage6_client.testing.__doc__ or ""
    for tool in TOOLS:
        assert f":class:`{tool}`" in doc
    assert "Docker" in doc  # why nodes are played, not run


def test_importing_the_package_loads_no_tool() -> None:
    probe = (
        "import json, sys\n"
        "import vantage6_client.testing\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    shown = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    loaded = set(json.loads(shown.stdout))
    heavy = {f"vantage6_client.testing.{m}" for m in ("server", "node", "registry")}
    assert not loaded & (heavy | {"httpx", "cryptography"})


def launchers() -> list[str]:
    """The modules under testing/ that run as programs (``python -m ...``)."""
    return sorted(
        f"vantage6_client.testing.{path.stem}"
        for path in TESTING.glob("*.py")
        if 'if __name__ == "__main__":' in path.read_text()
    )


def undescribed_options(help_text: str) -> list[str]:
    """Options in ``--help`` output without a description.

    argparse writes an option with its help on the same line, or, when the
    option is long, the help on the next, indented further.
    """
    lines = help_text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.endswith("options:"))
    missing = []
    listed = lines[start + 1 :]
    for index, line in enumerate(listed):
        if not line.strip():
            break
        option = re.match(r"^  (-\S+(?:[ ,] ?\S+)*?)(\s{2,}\S.*)?$", line)
        if option is None:
            continue  # a help text's next line
        following = listed[index + 1] if index + 1 < len(listed) else ""
        if option[2] is None and not re.match(r"^\s{3,}[^\s-]", following):
            missing.append(option[1])
    return missing


def test_the_help_parser_finds_an_undescribed_option() -> None:
    described = (
        "options:\n"
        "  -h, --help   show this help message and exit\n"
        "  --flag-name  two spaces before its description\n"
        "  --a-very-long-option-name A_VERY_LONG_OPTION_NAME\n"
        "               its description\n"
    )
    assert undescribed_options(described) == []
    assert undescribed_options(described + "  --port PORT\n") == ["--port PORT"]
    assert undescribed_options(
        described.replace("  --a-very", "  --port PORT\n  --a-very")
    ) == ["--port PORT"]


@pytest.mark.parametrize("module", launchers())
def test_every_launcher_option_is_described(module: str) -> None:
    shown = subprocess.run(
        [sys.executable, "-m", module, "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert shown.stdout.startswith("usage:")
    assert undescribed_options(shown.stdout) == []
    # the description says what it runs and how to log in
    assert "root" in shown.stdout


def test_the_server_is_a_launcher() -> None:
    assert "vantage6_client.testing.server" in launchers()


def test_sigterm_raises_keyboard_interrupt_only_while_a_tool_runs() -> None:
    """Checked in a fresh interpreter: this one's signal handlers stay as
    they are."""
    probe = """
import os, signal
from vantage6_client.testing import _lifetime as lifetime

def handler():
    return signal.getsignal(signal.SIGTERM)

assert handler() == signal.SIG_DFL
lifetime.hold_as_interrupt()
lifetime.hold_as_interrupt()  # two tools
lifetime.release_as_interrupt()
assert handler() is lifetime._as_interrupt  # one still runs
try:
    os.kill(os.getpid(), signal.SIGTERM)
    raise SystemExit("SIGTERM raised nothing")
except KeyboardInterrupt:
    pass
assert handler() == signal.SIG_DFL  # a second SIGTERM ends the program
lifetime.release_as_interrupt()
assert handler() == signal.SIG_DFL

own = lambda signum, frame: None
signal.signal(signal.SIGTERM, own)  # a program's own handler stays
lifetime.hold_as_interrupt()
assert handler() is own
lifetime.release_as_interrupt()
assert handler() is own
print("ok")
"""
    shown = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False
    )
    assert (shown.returncode, shown.stdout, shown.stderr) == (0, "ok\n", "")


def test_the_proxys_log_reads_a_request_line_it_refused_as_too_long() -> None:
    proxy = LocalProxy("http://127.0.0.1:7601", access_log=True)
    try:
        assert proxy.access_log is not None
        proxy.access_log.write_text(
            '1796191881.379 200 "GET /api/version HTTP/1.1"\n'
            '1796191882.000 414 "GET /api/task?name=xxxx"\n'
        )
        assert [(r.status, r.method, r.path) for r in proxy.requests()] == [
            (200, "GET", "/api/version"),
            (414, "GET", "/api/task?name=xxxx"),
        ]
    finally:
        proxy.cleanup()


def test_keycloak_access_tokens_are_fetched_again_a_minute_before_expiry(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from vantage6_client.testing import keycloak as module  # noqa: PLC0415

    kc = module.LocalKeycloak.__new__(module.LocalKeycloak)
    asked: list[tuple[str, str]] = []

    def user_token(username: str, password: str) -> dict[str, object]:
        asked.append((username, password))
        return {"access_token": f"t{len(asked)}", "expires_in": 300}

    monkeypatch.setattr(kc, "user_token", user_token)
    now = [1000.0]
    monkeypatch.setattr(module.time, "monotonic", lambda: now[0])
    token = kc.access_tokens("root", "pw")
    assert (token(), token()) == ("t1", "t1")
    now[0] += 239.9  # just under four minutes: still good
    assert token() == "t1"
    now[0] += 0.1  # one minute before expiry: fetched again
    assert token() == "t2"
    assert asked == [("root", "pw"), ("root", "pw")]
