"""A newcomer's first hour against the real server: the address a server
prints works, mistakes are named before anything is sent (and nothing is
left half-done), and a refusal names the method that was called."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.integration.conftest import World
from vantage6_client import (
    Client,
    InvalidArgumentError,
    NotFoundError,
    NotLoggedInError,
    PermissionDeniedError,
    TransportError,
)
from vantage6_client.testing.server import LocalServer

pytestmark = pytest.mark.server


def test_the_url_a_server_prints_is_an_api_root(
    v6_server: LocalServer, client_for: Callable[..., Client]
) -> None:
    printed = v6_server.base_url  # what `make server` shows: ...:port/api
    for client in (Client(printed), Client(base_url=printed)):
        with client:
            client.authenticate(v6_server.root_username, v6_server.root_password)
            assert client.whoami is not None
            assert client.base_path == printed.rstrip("/")


def test_https_to_the_plain_http_server_is_named(v6_server: LocalServer) -> None:
    secure = v6_server.base_url.replace("http://", "https://")
    with (
        Client(base_url=secure, timeout=2) as client,
        pytest.raises(TransportError, match="speaks plain HTTP, not TLS"),
    ):
        client.util.get_server_version()


def test_nothing_is_sent_before_logging_in(v6_server: LocalServer) -> None:
    with Client(base_url=v6_server.base_url) as client:
        with pytest.raises(NotLoggedInError, match="call authenticate"):
            client.task.list()
        assert client.util.get_server_version().version  # public: no login


def test_a_missing_task_is_not_found_from_every_group(admin: Client) -> None:
    with pytest.raises(NotFoundError):
        admin.task.get(999_999)
    with pytest.raises(NotFoundError, match="does not exist"):
        admin.result.from_task(999_999)
    with pytest.raises(NotFoundError):
        admin.run.from_task(999_999)


def test_an_unknown_member_leaves_no_collaboration_behind(
    world: World, admin: Client
) -> None:
    party = world.organization()
    name = f"never-{party.id}"
    with pytest.raises(NotFoundError, match="no organization with id 999999"):
        admin.collaboration.create(name, [party.id, 999_999])
    assert not admin.collaboration.list(name=name).data


def test_lists_refuse_sorts_the_server_ignores_or_fails_on(admin: Client) -> None:
    with pytest.raises(InvalidArgumentError, match="always lists tasks newest"):
        admin.task.list(sort="id")
    with pytest.raises(InvalidArgumentError, match="cannot be sorted by 'bogus'"):
        admin.user.list(sort="bogus")
    with pytest.raises(InvalidArgumentError, match="no task has the status"):
        admin.task.list(status="bogus")
    assert admin.user.list(sort="-id").data  # a column: the server sorts by it


def test_a_refusal_names_the_method_that_was_called(world: World) -> None:
    """The researcher is not in the collaboration: task.create's lookup of it
    is refused, and the error says task.create."""
    member, outsider = world.organization(), world.organization()
    collaboration = world.collaboration([member])
    researcher = world.researcher(outsider, encryption=False)
    with pytest.raises(PermissionDeniedError) as refused:
        researcher.task.create(
            [member.id], "mean", "v6/mean", input_={"method": "m"},
            collaboration=collaboration.id,
        )  # fmt: skip
    assert str(refused.value).startswith("task.create (collaboration_get): HTTP 401")
