"""Contract tests of the groups only a 5.x HQ has (sessions, dataframes),
against HQ mocked from its spec; the real pair runs them in tests/hq."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from tests.contract.conftest import covers
from tests.contract.spec_mock import SpecMock
from vantage6_client import Client, InvalidArgumentError, NotOnThisServerError


def _session(mock: SpecMock, **changes: object) -> object:
    """Session 7 of collaboration 1, in no study."""
    link = {"id": 1, "link": "/api/collaboration/1", "methods": ["GET"]}
    fields = {"id": 7, "collaboration": link, "study": None} | changes
    return mock.model("Session", **fields)


@covers("session.create")
def test_session_create_in_the_collaboration_set_up(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    hq_mock.expect(
        "session_create",
        json_body={"collaboration_id": 1, "scope": "collaboration", "name": "s"},
        body=_session(hq_mock, name="s"),
        status=201,
    )
    made = hq_client.session.create("collaboration", name="s")
    assert made.id == 7 and hq_client.session_id == 7


@covers("session.get", "session.update")
def test_session_get_and_update_default_to_the_session_made(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    hq_client.session_id = 7
    hq_mock.expect("session_get", path={"id": 7}, body=_session(hq_mock))
    assert hq_client.session.get().id == 7
    hq_mock.expect(
        "session_update",
        path={"id": 7},
        json_body={"scope": "own"},
        body=_session(hq_mock, scope="own"),
    )
    assert hq_client.session.update(scope="own").scope == "own"


def test_without_a_session_given_or_made_the_error_says_how_to_get_one(
    hq_client: Client,
) -> None:
    """Refused before anything is sent (no request is expected)."""
    with pytest.raises(InvalidArgumentError) as none:
        hq_client.task.create([2], "n", "i", "", "m", collaboration=1, databases=3)
    assert str(none.value) == (
        "session: no session given and none set; pass one or create one "
        "(client.session.create)"
    )
    assert none.value.method == "task.create"
    with pytest.raises(InvalidArgumentError, match=r"^id_: no session given"):
        hq_client.session.get()  # named as its signature names it
    with pytest.raises(InvalidArgumentError, match=r"^session "):
        hq_client.task.create(
            [2], "n", "i", "", "m", collaboration=1, databases=3, session="7"
        )  # type: ignore[arg-type]


def test_the_server_line_is_read_from_version_when_first_needed(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    hq_mock.expect("util_get_server_version", body={"version": "5.0.3"})
    assert hq_client.server_version == "5.0.3"
    assert hq_client.server_version == "5.0.3"  # read once


def test_the_second_step_of_a_service_account_login_needs_the_first(
    hq_client: Client,
) -> None:
    with pytest.raises(InvalidArgumentError, match=r"^no service account: pass"):
        hq_client.authenticate_service_account()


@covers("session.delete")
def test_session_delete_sends_the_flag_only_when_set(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    hq_mock.expect("session_delete", path={"id": 7}, body={"msg": "deleted"})
    hq_client.session.delete(7)
    hq_mock.expect(
        "session_delete",
        path={"id": 8},
        query={"delete_dependents": "true"},
        body={"msg": "deleted"},
    )
    hq_client.session.delete(8, delete_dependents=True)


@covers("session.list")
def test_session_list(hq_mock: SpecMock, hq_client: Client) -> None:
    hq_mock.expect(
        "session_list",
        query={"collaboration_id": "1", "page": "2", "per_page": "20"},
        body={"data": [_session(hq_mock)], "links": hq_mock.model("PageLinks")},
    )
    [listed] = hq_client.session.list(page=2).data
    assert listed.id == 7
    with pytest.raises(InvalidArgumentError, match="sessions cannot be sorted"):
        hq_client.session.list(sort="password")


def test_session_list_by_scope_filters_here(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    """HQ 5.0.3's scope filter finds nothing, whatever the scope: every
    session is listed and filtered here."""
    hq_mock.expect(
        "session_list",
        query={"collaboration_id": "1", "page": "1", "per_page": "200"},
        body={
            "data": [
                _session(hq_mock, scope="own"),
                _session(hq_mock, id=8, scope="collaboration"),
            ],
            "links": hq_mock.model("PageLinks"),
        },
    )
    assert [s.id for s in hq_client.session.list(scope="collaboration").data] == [8]


@covers("session.dataframes", "dataframe.list")
def test_the_dataframes_of_a_session(hq_mock: SpecMock, hq_client: Client) -> None:
    frame = hq_mock.model("Dataframe", id=3)
    hq_mock.expect(
        "dataframe_list",
        path={"session_id": 7},
        query={"page": "1", "per_page": "20"},
        body={"data": [frame], "links": hq_mock.model("PageLinks")},
    )
    assert [d.id for d in hq_client.session.dataframes(7)] == [3]


@covers("dataframe.get", "dataframe.delete")
def test_dataframe_get_and_delete(hq_mock: SpecMock, hq_client: Client) -> None:
    hq_mock.expect(
        "dataframe_get", path={"id": 3}, body=hq_mock.model("Dataframe", id=3)
    )
    assert hq_client.dataframe.get(3).id == 3
    hq_mock.expect("dataframe_delete", path={"id": 3}, body={"msg": "deleted"})
    hq_client.dataframe.delete(3)


def _arguments(text: str) -> object:
    return json.loads(base64.b64decode(text))


@covers("dataframe.create")
def test_dataframe_create_sends_the_arguments_to_every_organization(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    """Every organization of the session's collaboration, all pages of them,
    gets the arguments (in base64: the collaboration is not encrypted)."""
    hq_client.session_id = 7
    hq_mock.expect("session_get", path={"id": 7}, body=_session(hq_mock))
    organizations = [hq_mock.model("Organization", id=i) for i in (1, 2)]
    hq_mock.expect(
        "organization_list",
        query={"collaboration_id": "1", "page": "1", "per_page": "100"},
        body={"data": organizations, "links": hq_mock.model("PageLinks")},
    )
    hq_mock.expect(
        "collaboration_get",
        path={"id": 1},
        body=hq_mock.model("Collaboration", id=1, encrypted=False),
    )
    hq_mock.expect("util_get_blob_store_status", body={"blob_store_enabled": False})
    encoded = base64.b64encode(b'{"table": "patients"}').decode()
    hq_mock.expect(
        "dataframe_create",
        path={"session_id": 7},
        json_body={
            "label": "default",
            "task": {
                "image": "v6/extract",
                "method": "read",
                "organizations": [
                    {"id": 1, "arguments": encoded},
                    {"id": 2, "arguments": encoded},
                ],
            },
        },
        body=hq_mock.model("Dataframe", id=3),
        status=201,
    )
    made = hq_client.dataframe.create(
        "default", "v6/extract", "read", {"table": "patients"}
    )
    assert made.id == 3


@covers("dataframe.preprocess")
def test_dataframe_preprocess_goes_to_the_dataframes_session(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    frame = hq_mock.model(
        "Dataframe",
        id=3,
        session={"id": 7, "link": "/api/session/7", "methods": ["GET"]},
    )
    hq_mock.expect("dataframe_get", path={"id": 3}, body=frame)
    hq_mock.expect("session_get", path={"id": 7}, body=_session(hq_mock))
    hq_mock.expect(
        "organization_list",
        query={"collaboration_id": "1", "page": "1", "per_page": "100"},
        body={
            "data": [hq_mock.model("Organization", id=2)],
            "links": hq_mock.model("PageLinks"),
        },
    )
    hq_mock.expect(
        "collaboration_get",
        path={"id": 1},
        body=hq_mock.model("Collaboration", id=1, encrypted=False),
    )
    hq_mock.expect("util_get_blob_store_status", body={"blob_store_enabled": False})
    hq_mock.expect(
        "dataframe_preprocess",
        path={"id": 3},
        json_body={
            "dataframe_id": 3,
            "task": {
                "image": "v6/prep",
                "method": "drop_na",
                "organizations": [
                    {"id": 2, "arguments": base64.b64encode(b"{}").decode()}
                ],
            },
        },
        body=frame,
        status=201,
    )
    hq_client.dataframe.preprocess(3, "v6/prep", "drop_na")


@covers("dataframe.wait")
def test_dataframe_wait_returns_once_ready(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    hq_mock.expect(
        "dataframe_get",
        path={"id": 3},
        body=hq_mock.model("Dataframe", id=3, ready=True),
    )
    assert hq_client.dataframe.wait(3).ready


def test_sessions_on_a_4x_server_are_refused_before_sending(client: Client) -> None:
    with pytest.raises(NotOnThisServerError, match="auth_url"):
        client.session.list()
    with pytest.raises(NotOnThisServerError, match="auth_url"):
        client.dataframe.get(1)


def test_task_list_on_hq_filters_by_session_and_knows_hqs_statuses(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    hq_mock.expect(
        "task_list",
        query={"session_id": "7", "page": "1", "per_page": "20"},
        body={
            "data": [hq_mock.model("Task", id=4)],
            "links": hq_mock.model("PageLinks"),
        },
    )
    [task] = hq_client.task.list(session=7).data
    assert task.id == 4
    with pytest.raises(InvalidArgumentError, match="'awaiting'"):
        hq_client.task.list(status="pending")


def test_task_list_on_4x_refuses_sessions(client: Client) -> None:
    with pytest.raises(NotOnThisServerError, match=r"^session"):
        client.task.list(session=7)


def test_wait_for_results_on_hq_waits_while_awaiting_and_reads_hqs_results(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    """A 5.x task is "awaiting" until its runs end; then its results come in
    HQ's form and its runs (with ``arguments``, not ``input``) name their
    organizations."""
    link = {"id": 4, "link": "/api/task/4", "methods": ["GET"]}
    runs = {"task_id": "4", "per_page": "200", "page": "1"}

    def run_page(status: str) -> Any:
        run = hq_mock.model("Run", id=9, task=link, status=status, arguments="")
        return {"data": [run], "links": hq_mock.model("PageLinks")}

    hq_mock.expect("run_list", query=runs, body=run_page("active"))
    hq_mock.expect("run_list", query=runs, body=run_page("completed"))
    # the runs say they are done before HQ's task does: it decides
    hq_mock.expect("task_get_status", path={"task_id": 4}, body={"status": "awaiting"})
    hq_mock.expect("run_list", query=runs, body=run_page("completed"))
    hq_mock.expect("task_get_status", path={"task_id": 4}, body={"status": "completed"})
    result = hq_mock.model(
        "Result",
        id=9,
        task=link,
        result=base64.b64encode(b'{"sum": 3}').decode(),
        blob_storage_used=False,
    )
    hq_mock.expect(
        "result_list",
        query={"task_id": "4", "per_page": "200", "page": "1"},
        body={"data": [result], "links": hq_mock.model("PageLinks")},
    )
    run = hq_mock.model(
        "Run",
        id=9,
        task=link,
        status="completed",
        arguments=base64.b64encode(b'{"column": "age"}').decode(),
        organization={"id": 2, "link": "/api/organization/2", "methods": ["GET"]},
    )
    hq_mock.expect(
        "run_list",
        query={"task_id": "4", "per_page": "200", "page": "1"},
        body={"data": [run], "links": hq_mock.model("PageLinks")},
    )
    results = hq_client.wait_for_results(4, interval=0.01, progress=False)
    assert results.by_organization() == {2: {"sum": 3}}
    hq_mock.expect(
        "run_list",
        query={"task_id": "4", "per_page": "200", "page": "1"},
        body={"data": [run], "links": hq_mock.model("PageLinks")},
    )
    runs = hq_client.run.from_task(4)
    [decoded] = runs
    assert decoded.input == {"column": "age"}  # a 5.x run's arguments
    # read as the official 5.x client's dicts: decrypted JSON text
    [as_official] = runs["data"]
    assert as_official["arguments"] == '{"column": "age"}'
    assert results["data"][0]["result"] == '{"sum": 3}'
