"""Waiting on the real 4.15.2 server's Socket.IO events (uWSGI, gevent,
``--http-websockets``), directly and through nginx: with websockets passed on,
dropped (long-polling), and with no ``/socket.io/`` at all (polling the API).

What shows that a wait was woken by an event, without timing anything: after
the node reported its run, the client's first request is ``GET /run/<id>``,
the run the event named, where polling lists every run of the task.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.integration.conftest import Party, RecordingTransport, World, unique
from vantage6_client import (
    Client,
    RunFinished,
    RunStarted,
    TaskDone,
    TaskFailedError,
)
from vantage6_client.testing.node import NodePlayer
from vantage6_client.testing.proxy import LocalProxy

MEAN = {"method": "partial_sum", "kwargs": {"column": "age"}}
Researcher = tuple[Client, RecordingTransport]


@pytest.fixture
def researcher(world: World) -> Iterator[Callable[..., Researcher]]:
    """Logged-in researchers whose every request is recorded (``url``: the
    server's address as they see it, e.g. a proxy's)."""
    made: list[Client] = []

    def make(party: Party, url: str | None = None) -> Researcher:
        user, password = world.user(party, "Researcher")
        recorder = RecordingTransport(world.transport())
        client = Client(
            url or world.server.url, path=world.server.api_path, transport=recorder
        )
        made.append(client)
        client.authenticate(user.username, password)
        client.setup_encryption(party.private_key)
        collaborations = client.collaboration.list(organization=party.id).all()
        client.setup_collaboration(collaborations[-1].id)
        return client, recorder

    yield make
    for client in made:
        client.close()


def player(world: World, party: Party, **options: Any) -> NodePlayer:
    """``party``'s node, driven by the test (``handle_open_runs``)."""
    assert party.node is not None
    made = NodePlayer(
        world.server.base_url,
        party.node.api_key,
        private_key=party.private_key,
        table=[{"age": 30}, {"age": 40}],
        transport=world.transport(),
        **options,
    )
    world.players.append(made)
    return made


def eventually(condition: Callable[[], object], what: str, within: float = 30) -> None:
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {within} s: {what}")
        time.sleep(0.02)


def listed_runs(recorder: RecordingTransport) -> int:
    return sum(path.endswith("/run") for _, path, _ in recorder.exchanges)


class Waiting:
    """``client.wait_for_results`` in a thread; ``.result()`` joins it."""

    def __init__(self, client: Client, task_id: int, **options: Any) -> None:
        self.outcome: queue.SimpleQueue[Any] = queue.SimpleQueue()

        def wait() -> None:
            try:
                self.outcome.put(
                    client.wait_for_results(task_id, progress=False, **options)
                )
            except Exception as exc:
                self.outcome.put(exc)

        self.thread = threading.Thread(target=wait, daemon=True)
        self.thread.start()

    def result(self, within: float = 60) -> Any:
        got = self.outcome.get(timeout=within)
        if isinstance(got, Exception):
            raise got
        return got


def a_task(client: Client, *parties: Party, input_: Any = MEAN) -> int:
    task = client.task.create(
        collaboration=client.collaboration_id,
        organizations=[p.id for p in parties],
        name=unique("events"),
        image="player",
        input_=input_,
    )
    return task.id


def read_after(recorder: RecordingTransport, mark: int) -> list[str]:
    return [f"{method} {path}" for method, path, _ in recorder.exchanges[mark:]]


def assert_woken_by_the_event(
    recorder: RecordingTransport, mark: int, run_id: int, task_id: int
) -> None:
    """After ``mark`` (the node's report), the wait read the run the event
    named first, then the task's status, and never listed the runs."""
    after = read_after(recorder, mark)
    assert after[0] == f"GET /api/run/{run_id}", after
    assert f"GET /api/task/{task_id}/status" in after
    status_at = after.index(f"GET /api/task/{task_id}/status")
    assert "GET /api/run" not in after[:status_at], after


def wait_woken_by_the_event(
    world: World, client: Client, recorder: RecordingTransport, party: Party
) -> None:
    """The run's event wakes the wait: it reads that run, then the task's
    status, then the results; the runs are never listed again."""
    task_id = a_task(client, party)
    listed = listed_runs(recorder)
    waiting = Waiting(client, task_id, events=True, timeout=120)
    # the wait has subscribed and read the runs once (all pending)
    eventually(lambda: listed_runs(recorder) > listed, "the wait's first read")
    mark = len(recorder.exchanges)
    (run_id,) = player(world, party).handle_open_runs()
    results = waiting.result()
    assert results.by_organization() == {party.id: {"sum": 70.0, "count": 2}}
    assert_woken_by_the_event(recorder, mark, run_id, task_id)


def test_a_wait_returns_on_the_event(
    world: World, researcher: Callable[..., Researcher]
) -> None:
    alpha = world.organization()
    world.collaboration([alpha], encrypted=True)
    client, recorder = researcher(alpha)
    wait_woken_by_the_event(world, client, recorder, alpha)
    # one connection serves the next wait too
    hub = client._session._events
    wait_woken_by_the_event(world, client, recorder, alpha)
    assert client._session._events is hub


def test_the_same_wait_through_a_proxy_that_drops_websockets(
    world: World,
    researcher: Callable[..., Researcher],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """nginx without the upgrade headers (its default): the websocket is
    refused, Socket.IO falls back to long-polling, events still wake the wait."""
    alpha = world.organization()
    world.collaboration([alpha], encrypted=True)
    with LocalProxy(world.server.url, websockets=False, access_log=True) as proxy:
        client, recorder = researcher(alpha, proxy.url)
        with caplog.at_level(logging.INFO, logger="vantage6_client.events"):
            wait_woken_by_the_event(world, client, recorder, alpha)
        client.close()
        socket_io = [r for r in proxy.requests() if r.path.startswith("/socket.io/")]
    assert any("no websocket" in message for message in caplog.messages)
    assert any("transport=websocket" in r.path for r in socket_io)  # tried first
    assert any("transport=polling" in r.path for r in socket_io)  # then this


def test_without_socket_io_the_wait_polls(
    world: World,
    researcher: Callable[..., Researcher],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A proxy that serves only the API: the socket cannot connect (logged)
    and the wait polls the runs until they are done."""
    alpha = world.organization()
    world.collaboration([alpha], encrypted=True)
    with LocalProxy(world.server.url, socket_io=False) as proxy:
        client, recorder = researcher(alpha, proxy.url)
        task_id = a_task(client, alpha)
        with caplog.at_level(logging.INFO, logger="vantage6_client.events"):
            waiting = Waiting(client, task_id, events=True, timeout=120)
            eventually(lambda: listed_runs(recorder) >= 2, "polls of the runs")
            player(world, alpha).handle_open_runs()
            results = waiting.result()
        assert results.by_organization() == {alpha.id: {"sum": 70.0, "count": 2}}
        client.close()
    assert any("cannot connect" in message for message in caplog.messages)
    assert any("waiting by polling" in message for message in caplog.messages)


def test_watch_reports_runs_as_the_nodes_finish_them_one_by_one(
    world: World, researcher: Callable[..., Researcher]
) -> None:
    alpha, beta = world.organization(), world.organization()
    world.collaboration([alpha, beta], encrypted=True)
    client, recorder = researcher(alpha)
    task_id = a_task(client, alpha, beta)
    seen: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def watch() -> None:
        with contextlib.suppress(Exception):
            for event in client.task.watch(task_id, timeout=120, events=True):
                seen.put(event)
        seen.put(None)

    threading.Thread(target=watch, daemon=True).start()
    eventually(lambda: listed_runs(recorder) >= 1, "the watch's first read")

    def until_finished(party: Party) -> list[Any]:
        got = []
        while True:
            event = seen.get(timeout=60)
            assert event is not None, got
            got.append(event)
            if isinstance(event, RunFinished):
                assert event.organization_id == party.id
                return got

    player(world, alpha).handle_open_runs()
    first = until_finished(alpha)
    player(world, beta).handle_open_runs()
    second = until_finished(beta)
    done = seen.get(timeout=60)
    assert done == TaskDone(task_id, "completed")
    assert seen.get(timeout=10) is None  # the iterator ended
    for events, party in ((first, alpha), (second, beta)):
        assert all(e.organization_id == party.id for e in events)
        assert all(isinstance(e, RunStarted | RunFinished) for e in events)
        assert events[-1].status == "completed"
        assert events[-1].log is not None


def test_task_run_returns_every_organizations_result(
    world: World, researcher: Callable[..., Researcher]
) -> None:
    alpha, beta = world.organization(), world.organization()
    world.collaboration([alpha, beta], encrypted=True)
    client, _ = researcher(alpha)
    world.node_player(alpha)
    world.node_player(beta, table=[{"age": 50}])
    results = client.task.run(
        [alpha.id, beta.id],
        unique("run"),
        "player",
        input_=MEAN,
        timeout=120,
        progress=False,
    )
    assert results == {
        alpha.id: {"sum": 70.0, "count": 2},
        beta.id: {"sum": 50.0, "count": 1},
    }
    assert client.task.get(results.task_id).name.startswith("run")


def test_task_run_raises_on_a_failed_run_without_waiting_for_its_siblings(
    world: World, researcher: Callable[..., Researcher]
) -> None:
    """alpha's run fails; the server then fails beta's (never started) without
    an event of its own: the wait ends anyway, naming alpha's run."""
    alpha, beta = world.organization(), world.organization()
    world.collaboration([alpha, beta], encrypted=True)
    client, _ = researcher(alpha)
    world.node_player(alpha)
    with pytest.raises(TaskFailedError) as failed:
        client.task.run(
            [alpha.id, beta.id],
            unique("failing"),
            "player",
            input_={"method": "fail", "kwargs": {"message": "no age column"}},
            timeout=120,
            events=True,
        )
    first = failed.value.failed_runs[0]
    assert (first.organization_id, first.status) == (alpha.id, "failed")
    assert "no age column" in (first.log or "")
    assert {r.organization_id for r in failed.value.failed_runs} == {
        alpha.id,
        beta.id,
    }
