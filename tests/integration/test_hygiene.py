"""What a library owes its host program: its loggers only, no secrets, clean
interrupts, no output of its own."""

from __future__ import annotations

import _thread
import ast
import logging
import signal
import threading
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from tqdm import tqdm

from tests.integration.conftest import World
from vantage6_client import Client
from vantage6_client.testing.server import LocalServer

PACKAGE = Path(__file__).resolve().parents[2] / "vantage6_client"


def test_the_package_never_prints() -> None:
    """No call of print() in the package's code (its docstrings' examples
    may print: they are the user's code)."""
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
        for path in PACKAGE.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "print"
    ]
    assert offenders == []


def test_a_whole_session_leaves_logging_alone_and_logs_no_secrets(
    world: World, v6_server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    root = logging.getLogger()
    root_before = (list(root.handlers), root.level)
    ours = logging.getLogger("vantage6_client")
    ours_before = (list(ours.handlers), ours.level, ours.propagate)

    secret_input = "payload-that-must-not-be-logged"
    with caplog.at_level(logging.DEBUG):  # every logger, httpx's too
        party = world.organization()
        collaboration = world.collaboration([party], encrypted=True)
        user, password = world.user(party, "Researcher")
        researcher = Client(v6_server.url, transport=world.transport())
        researcher.authenticate(user.username, password)
        researcher.setup_encryption(party.private_key)
        node = world.node_player(party)
        task = researcher.task.create(
            [party.id], "echo", "v6/echo",
            input_={"method": "echo", "args": [secret_input]},
            collaboration=collaboration.id,
        )  # fmt: skip
        results = researcher.wait_for_results(task.id, interval=0.2, progress=False)
        assert results[0].result["args"] == [secret_input]
        tokens = (researcher.token, researcher._transport.tokens.refresh)
        runs = researcher.run.from_task(task.id)
        shown = (researcher, researcher.cryptor, results, results[0], task, runs)
        reprs = " ".join(
            map(repr, (*shown, *runs, researcher._transport.tokens.pair()))
        )
        reprs += " ".join(map(str, (*shown, *runs)))
        researcher.close()

    assert (list(root.handlers), root.level) == root_before
    assert (list(ours.handlers), ours.level, ours.propagate) == ours_before
    assert any(r.name.startswith("vantage6_client") for r in caplog.records)
    pem = party.private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    assert party.node is not None
    secrets = {
        "password": password,
        "access token": tokens[0],
        "refresh token": tokens[1],
        "node API key": party.node.api_key,
        "private key": pem.splitlines()[1],
        "task input": secret_input,
    }
    # httpcore's DEBUG wire trace lists response headers, and the server puts
    # the access token in a `jwt-token` header at login: whoever turns on a
    # wire trace sees the wire. Everything else must be free of secrets.
    logged = "\n".join(
        record.getMessage()
        for record in caplog.records
        if not record.name.startswith("httpcore")
    )
    for what, secret in secrets.items():
        assert secret, what
        assert secret not in logged, f"the {what} was logged"
        assert secret not in reprs, f"the {what} is in a repr"
    assert node.handled


def test_ctrl_c_while_waiting_leaves_the_client_usable(world: World) -> None:
    party = world.organization()
    collaboration = world.collaboration([party])  # no node answers
    researcher = world.researcher(party)
    task = researcher.task.create(
        [party.id], "never", "v6/none", input_={"method": "echo"},
        collaboration=collaboration.id,
    )  # fmt: skip
    # A process started in the background (some CI runners) inherits SIGINT
    # as ignored, and interrupt_main() then does nothing: Ctrl-C's handler is
    # set for this test, and the wait is bounded should the interrupt be lost.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    interrupt = threading.Timer(0.5, _thread.interrupt_main)
    try:
        interrupt.start()
        with pytest.raises(KeyboardInterrupt):
            researcher.wait_for_results(
                task.id, interval=0.1, progress=True, timeout=30
            )
    finally:
        interrupt.join()
        signal.signal(signal.SIGINT, previous)
    assert not list(getattr(tqdm, "_instances", []))  # the bar was closed
    assert researcher.task.get(task.id).status == "pending"
    researcher.task.delete(task.id)
