"""What a newcomer met in the first hour, against the spec-driven mock: each
mistake is named before anything is sent, and the server's own ways of
saying "no such thing" become the same error everywhere."""

from __future__ import annotations

import traceback
from pathlib import Path

import httpx
import pytest
from pytest_httpserver import HTTPServer

from tests.conformance import Spec
from tests.contract.spec_mock import SpecMock
from tests.paths import STORE_SPEC_PATH
from vantage6_client import (
    BadRequestError,
    Client,
    InvalidArgumentError,
    NotFoundError,
    NotLoggedInError,
    PermissionDeniedError,
    TransportError,
)
from vantage6_client._session import ANONYMOUS_STORE_OPERATIONS


def test_a_call_before_logging_in_is_refused_unsent(httpserver: HTTPServer) -> None:
    """The strict mock fails the test on any request: none may be sent."""
    with Client(httpserver.url_for("/").rstrip("/"), path="/api") as fresh:
        with pytest.raises(NotLoggedInError) as refused:
            fresh.task.list()
        with pytest.raises(NotLoggedInError):
            fresh.organization.get(1)
    assert str(refused.value) == "task.list: not logged in; call authenticate() first"
    assert isinstance(refused.value, InvalidArgumentError)


def test_public_calls_need_no_login(mock: SpecMock, httpserver: HTTPServer) -> None:
    mock.expect("util_get_server_version", body={"version": "4.15.2"})
    with Client(httpserver.url_for("/").rstrip("/"), path="/api") as fresh:
        assert fresh.util.get_server_version().version == "4.15.2"


def test_only_the_stores_open_operations_go_without_a_login() -> None:
    """Operations whose security in the store's spec is optional ({} listed)."""
    document = Spec.load(STORE_SPEC_PATH).document
    optional = {
        operation["operationId"]
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and {} in operation.get("security", [])
    }
    assert optional == ANONYMOUS_STORE_OPERATIONS


def test_a_missing_task_is_not_found_from_every_group(
    mock: SpecMock, client: Client
) -> None:
    """The server answers 400 "Task id=9999 does not exist!" to a result
    list, where task.get answers 404: both are a NotFoundError."""
    mock.expect(
        "result_list",
        query={"task_id": 9999, "page": 1, "per_page": 200},
        status=400,
        body={"msg": "Task id=9999 does not exist!"},
    )
    with pytest.raises(NotFoundError) as missing:
        client.result.from_task(9999)
    assert missing.value.status == 400
    assert missing.value.message == "Task id=9999 does not exist!"


def test_other_bad_requests_stay_bad_requests(mock: SpecMock, client: Client) -> None:
    mock.expect(
        "result_list",
        query={"task_id": 5, "page": 1, "per_page": 200},
        status=400,
        body={"msg": "Request parameters are wrong"},
    )
    with pytest.raises(BadRequestError) as refused:
        client.result.from_task(5)
    assert not isinstance(refused.value, NotFoundError)


@pytest.mark.parametrize(
    ("call", "said"),
    [
        (lambda c: c.task.list(sort="id"), "the server always lists tasks newest"),
        (lambda c: c.run.list(sort="-id"), "the server always lists runs newest"),
        (lambda c: c.user.list(sort="bogus"), "users cannot be sorted by 'bogus'"),
        (lambda c: c.user.list(sort="password"), "users cannot be sorted by"),
        (lambda c: c.node.list(sort="api_key"), "nodes cannot be sorted by"),
        (lambda c: c.task.list(status="bogus"), "no task has the status 'bogus'"),
    ],
)
def test_lists_refuse_what_the_server_would_ignore_or_fail_on(
    client: Client, call: object, said: str
) -> None:
    with pytest.raises(InvalidArgumentError, match=said):
        call(client)  # type: ignore[operator]


def test_a_collaboration_with_an_unknown_organization_is_not_created(
    mock: SpecMock, client: Client
) -> None:
    """The server drops unknown ids and creates the rest; nothing is sent
    after the lookup shows one missing."""
    page = mock.page("OrganizationPage", id=1)
    mock.expect(
        "organization_list",
        query={"ids": [1, 999], "page": 1, "per_page": 2},
        body=page,
    )
    with pytest.raises(NotFoundError) as missing:
        client.collaboration.create("C", [1, 999])
    assert str(missing.value) == (
        "collaboration.create: HTTP 404: no organization with id 999 (or you "
        "cannot see it); nothing was created"
    )


def test_a_store_list_goes_without_a_login(
    store_mock: SpecMock, mock: SpecMock, httpserver: HTTPServer
) -> None:
    store = mock.example(mock.spec.document["components"]["schemas"]["AlgorithmStore"])
    store["url"] = httpserver.url_for("/api")
    with Client(httpserver.url_for("/").rstrip("/"), path="/api") as fresh:
        fresh._transport.tokens.set("", None)
        # choosing a store needs a login; an anonymous user names its URL
        with pytest.raises(NotLoggedInError):
            fresh.store.set(1)
        store_mock.expect("algorithm_list", query={"page": 1, "per_page": 10})
        fresh._session.choose_store(1, store["url"], None)
        page = fresh.algorithm.list()
        assert page.data
        assert "Authorization" not in httpserver.log[-1][0].headers
        with pytest.raises(NotLoggedInError):
            fresh.store.review.list()


def test_an_error_names_the_method_called_and_the_operation_behind_it(
    mock: SpecMock, client: Client
) -> None:
    """task.create looks the collaboration up first: a refusal there is
    task.create's, not an unknown collaboration_get's."""
    mock.expect(
        "collaboration_get",
        path={"id": 5},
        status=401,
        body={"msg": "You lack the permission to do that!"},
    )
    with pytest.raises(PermissionDeniedError) as refused:
        client.task.create(
            [2], "mean", "v6/mean", input_={"method": "m"}, collaboration=5
        )
    assert str(refused.value) == (
        "task.create (collaboration_get): HTTP 401: You lack the permission to do that!"
    )
    assert (refused.value.method, refused.value.operation) == (
        "task.create",
        "collaboration_get",
    )


def test_a_failed_call_is_raised_from_the_users_line(
    mock: SpecMock, client: Client
) -> None:
    """No pipeline frames between the user's call and the error (one frame
    of the SDK at most: the one that raises it again)."""
    mock.expect("task_get", path={"id": 9}, status=404, body={"msg": "no task 9"})
    with pytest.raises(NotFoundError) as missing:
        client.task.get(9)
    frames = traceback.extract_tb(missing.value.__traceback__)
    sdk = [f for f in frames if "vantage6_client" in f.filename]
    assert [Path(f.filename).name for f in sdk] == ["_user_calls.py"]
    assert frames[0].name == "test_a_failed_call_is_raised_from_the_users_line"


def test_the_cause_of_a_failed_call_stays_chained() -> None:
    with Client("http://127.0.0.1", 9, max_retries=0) as client:
        client._transport.tokens.set("token", None)
        with pytest.raises(TransportError) as unreachable:
            client.task.get(1)
    assert isinstance(unreachable.value.__cause__, httpx.ConnectError)
    assert unreachable.value.method == "task.get"


def test_groups_say_where_they_are_reached(client: Client) -> None:
    assert repr(client.task) == f"<client.task of {client!r}>"
    assert repr(client.store.review).startswith("<client.store.review of <Client ")
