"""What the server cannot take (issue 16), on the real 4.15.2 server: ids and
pages beyond its database are refused before anything is sent (it answered
them with a 500); lists of ids too long for one request are split across
several and put together as one request would list them; a request too large
anyway (uWSGI drops it without an answer) is not retried and raises a typed
error naming its size and the limit."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from tests.conformance import ConformanceTransport
from tests.integration.conftest import RecordingTransport, World, unique
from vantage6_client import (
    Client,
    InvalidArgumentError,
    NotFoundError,
    Page,
    RequestTooLargeError,
    _transport,
)
from vantage6_client.resources import _base
from vantage6_client.testing.proxy import LocalProxy
from vantage6_client.testing.server import LocalServer
from vantage6_client.types import Collaboration, Organization, Task


@pytest.mark.parametrize("id_", [2**63, 2**70])
def test_an_id_beyond_the_database_is_refused_before_sending(
    v6_server: LocalServer,
    transport: Callable[[], ConformanceTransport],
    id_: int,
) -> None:
    recording = RecordingTransport(transport())
    with Client(v6_server.url, transport=recording) as client:
        client.authenticate(v6_server.root_username, v6_server.root_password)
        sent = len(recording.exchanges)
        with pytest.raises(InvalidArgumentError, match=r"^id_ must be at most ") as no:
            client.organization.get(id_)
        assert no.value.method == "organization.get"
        assert len(recording.exchanges) == sent  # nothing was sent
        # the largest id the server can hold is asked for, and simply not found
        with pytest.raises(NotFoundError):
            client.organization.get(2**63 - 1)


def test_pages_beyond_the_database_are_refused_before_sending(admin: Client) -> None:
    with pytest.raises(InvalidArgumentError, match=r"^per_page must be at most "):
        admin.organization.list(per_page=2**63)
    with pytest.raises(InvalidArgumentError, match=r"^page 4611686018427387904 of"):
        admin.organization.list(page=2**62)
    # the largest of each is asked for: the server answers
    assert admin.organization.list(per_page=2**63 - 1).total >= 1
    far = 2**63 // 10  # (far - 1) * 10 is just under 2**63 - 1
    assert admin.organization.list(page=far, per_page=10).data == []


# -- long id lists: split across requests, listed as one request would -------
class CountingTransport(httpx.BaseTransport):
    """Counts the requests that reach the connection, dropped ones included."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.targets: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.targets.append(request.url.raw_path.decode())
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


@pytest.fixture
def counted(
    v6_server: LocalServer, transport: Callable[[], ConformanceTransport]
) -> Iterator[tuple[Client, CountingTransport]]:
    counting = CountingTransport(transport())
    with Client(v6_server.url, transport=counting) as client:
        client.authenticate(v6_server.root_username, v6_server.root_password)
        yield client, counting


def test_thousands_of_ids_are_listed_without_error(
    counted: tuple[Client, CountingTransport],
) -> None:
    # the request the issue tried: 2,999 ids; one request with them all was
    # dropped by uWSGI (its query alone is ~20 KB)
    client, counting = counted
    everyone = client.organization.list(per_page=1000).all()
    sent = len(counting.targets)
    ids = list(range(1, 3000))
    page = client.organization.list(ids=ids, per_page=5)
    assert len(counting.targets) - sent > 1  # split
    assert all(len(target) < 1200 for target in counting.targets[sent:])
    wanted = [o.id for o in everyone if o.id in set(ids)]
    assert page.total == len(wanted)
    assert [o.id for o in page] == wanted[:5]
    assert [o.id for o in page.all()] == wanted
    assert page.next_page() is not None or len(wanted) <= 5


@pytest.fixture(scope="module")
def varied(v6_server: LocalServer) -> list[int]:
    """Seven organizations whose names, countries and zip codes tie
    and differ, to compare orders on."""
    with Client(v6_server.url) as client:
        client.authenticate(v6_server.root_username, v6_server.root_password)
        made = [
            client.organization.create(
                name=unique(f"split-{letter}"),
                country=country,
                zipcode=zipcode,
            ).id
            for letter, country, zipcode in [
                ("c", "NL", "1000"),
                ("a", "BE", ""),
                ("b", "NL", "2000"),
                ("a", "DE", "1000"),
                ("e", "BE", ""),
                ("d", "NL", "3000"),
                ("b", "DE", ""),
            ]
        ]
    return made


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"sort": "name"},
        {"sort": "-name"},
        {"sort": ["country", "-name"]},
        {"sort": "zipcode"},
        {"sort": "-id"},
        {"country": "NL"},
        {"name": "split-%", "sort": "-country"},
    ],
    ids=repr,
)
def test_a_split_list_is_the_list_one_request_gives(
    admin: Client,
    varied: list[int],
    monkeypatch: pytest.MonkeyPatch,
    filters: dict[str, Any],
) -> None:
    # the ids in an order of their own, twice over, and one that is no
    # organization: the server lists each once, in its order
    ids = [*reversed(varied), varied[0], 2**63 - 1]
    one = admin.organization.list(ids=ids, per_page=3, **filters)
    monkeypatch.setattr(_base, "ID_QUERY_BUDGET", 12)  # ~2 ids per request
    assert len(_base.id_runs(ids, "ids")) > 3
    split = admin.organization.list(ids=ids, per_page=3, **filters)

    def pages(page: Page[Organization] | None) -> list[list[int]]:
        numbered = []
        while page is not None:
            numbered.append([o.id for o in page])
            page = page.next_page()
        return numbered

    expected = pages(one)
    assert split.total == one.total
    assert pages(split) == expected
    assert split.has_next == one.has_next
    second = admin.organization.list(ids=ids, page=2, per_page=3, **filters)
    assert [o.id for o in second] == (expected[1] if len(expected) > 1 else [])
    assert second.number == 2


def test_roles_of_many_organizations_are_split_alike(
    admin: Client, varied: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    one = admin.role.list(organization=varied, per_page=4, sort="-name").all()
    monkeypatch.setattr(_base, "ID_QUERY_BUDGET", 40)
    assert len(_base.id_runs(varied, "organization_id")) > 2
    split = admin.role.list(organization=varied, per_page=4, sort="-name")
    assert [r.id for r in split.all()] == [r.id for r in one]
    assert split.total == len(one)


# -- requests too large anyway: not retried, a typed error naming the size ---
def test_a_filter_text_too_long_for_the_server_is_not_retried(
    counted: tuple[Client, CountingTransport],
) -> None:
    client, counting = counted
    sent = len(counting.targets)
    with pytest.raises(RequestTooLargeError) as error:
        client.task.list(name="x" * 5000)
    assert len(counting.targets) - sent == 1  # sent once, not retried
    assert error.value.status is None  # dropped without an answer
    assert error.value.limit == 4096
    assert error.value.size > 10_000  # the URL counts twice
    assert str(error.value).startswith("task.list: the server dropped the connection")
    assert f"take {error.value.size:,} bytes of the 4,096" in str(error.value)
    # the connection is fine for what follows
    assert client.task.list(name="x" * 100).total == 0


def test_the_size_model_matches_where_the_server_starts_dropping(
    v6_server: LocalServer, admin: Client
) -> None:
    # The largest name filter uWSGI still reads, and the smallest it drops,
    # found on the real server, against the client's count of its buffer.
    with httpx.Client(base_url=v6_server.url) as raw:
        token = admin._transport.tokens.access
        headers = {"Authorization": f"Bearer {token}"}

        def dropped(length: int) -> bool:
            try:
                raw.get("/api/task", params={"name": "x" * length}, headers=headers)
            except httpx.RemoteProtocolError:
                return True
            return False

        low, high = 500, 4000  # low is read, high is dropped
        while high - low > 1:
            middle = (low + high) // 2
            low, high = (low, middle) if dropped(middle) else (middle, high)

        def request(length: int) -> httpx.Request:
            return raw.build_request(
                "GET", "/api/task", params={"name": "x" * length}, headers=headers
            )

        read, refused = request(low), request(high)
    # every request uWSGI drops counts as too large (so it is never retried),
    # and ours counts the largest it reads only a few bytes over its buffer
    assert _transport._beyond_uwsgi(refused)
    assert 4096 - 16 <= _transport.uwsgi_size(read) <= 4096 + 32


@pytest.mark.parametrize(
    ("length", "status"),
    # nginx passes a URL of 5 KB on, uWSGI drops it, nginx answers 502; one
    # over nginx's 8 KB line buffer it refuses itself, with 414
    [(5000, 502), (9000, 414)],
)
def test_behind_nginx_a_request_too_large_is_refused_once(
    v6_server: LocalServer, length: int, status: int
) -> None:
    counting = CountingTransport(httpx.HTTPTransport())
    with (
        LocalProxy(v6_server.url) as proxy,
        Client(proxy.url, path=v6_server.api_path, transport=counting) as client,
    ):
        client.authenticate(v6_server.root_username, v6_server.root_password)
        before = len(counting.targets)
        with pytest.raises(RequestTooLargeError) as error:
            client.task.list(name="x" * length)
        assert error.value.status == status
        assert len(counting.targets) - before == 1
        assert str(error.value).startswith(
            "task.list: a proxy answered HTTP 502: the request's URL and headers "
            if status == 502
            else "task.list: HTTP 414: the request's URL ("
        )


# -- ids that name nothing, where the server fails on them -------------------
def test_a_study_or_collaboration_naming_nothing_is_not_found(admin: Client) -> None:
    # the server answers 500 for each (it reads an attribute of None): the
    # study or collaboration is looked up first
    for listing in (admin.organization.list, admin.node.list):
        with pytest.raises(NotFoundError, match=r"\(study_get\): HTTP 404"):
            listing(study=2**62)
    with pytest.raises(NotFoundError, match=r"\(collaboration_get\): HTTP 404"):
        admin.study.create("nowhere", [1], collaboration=2**62)


def idle_tasks(world: World, *names: str) -> tuple[Client, Collaboration, list[Task]]:
    """A researcher of a new organization, in a collaboration of its own, and
    tasks of theirs named ``names`` that no node answers."""
    party = world.organization()
    collaboration = world.collaboration([party])
    researcher = world.researcher(party, encryption=False)
    made = [
        researcher.task.create(
            [party.id],
            name,
            "v6/idle",
            input_={"method": "echo"},
            collaboration=collaboration.id,
        )
        for name in names
    ]
    return researcher, collaboration, made


def test_tasks_by_run_and_rules_by_role_and_user_are_listed(
    world: World, admin: Client
) -> None:
    # the server answers each with a 500 (GET /task?run_id= always; GET /rule
    # with both role_id and user_id); the SDK lists them its own way
    researcher, _, made = idle_tasks(world, "by-run-0", "by-run-1")
    [run] = researcher.run.from_task(made[1].id)
    assert [t.id for t in researcher.task.list(run=run.id)] == [made[1].id]
    assert researcher.task.list(run=run.id, name="by-run-0").data == []

    user = researcher.whoami.id_
    [role] = [
        r
        for r in admin.role.list(include_root=True, per_page=100)
        if r.name == "Researcher"
    ]
    of_role = {r.id for r in admin.rule.list(role=role.id, per_page=1000)}
    of_user = {r.id for r in admin.rule.list(user=user, per_page=1000)}
    both = admin.rule.list(role=role.id, user=user, per_page=5)
    assert both.total == len(of_role & of_user) > 0
    assert [r.id for r in both.all()] == sorted(of_role & of_user)


def test_a_collaboration_deleted_with_its_dependents_leaves_no_runs(
    world: World, admin: Client
) -> None:
    # the server deletes the tasks but not their runs, which then answer 500
    # when read; the SDK deletes each task (with its runs) first
    researcher, collaboration, [task] = idle_tasks(world, "left")
    [run] = researcher.run.from_task(task.id)
    world.nodes.clear()  # they go with the collaboration
    admin.collaboration.delete(collaboration.id, delete_dependents=True)
    with pytest.raises(NotFoundError):
        admin.run.get(run.id)
    with pytest.raises(NotFoundError):
        admin.result.get(run.id)
