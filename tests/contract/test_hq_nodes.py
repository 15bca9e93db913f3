"""Contract tests of client.node, client.collaboration and client.study on a
5.x HQ, against HQ mocked from its spec (the 4.x forms are in
test_groups.py; the real pair runs these in tests/hq/test_nodes.py)."""

from __future__ import annotations

import pytest

from tests.contract.spec_mock import SpecMock
from vantage6_client import (
    BadRequestError,
    Client,
    InvalidArgumentError,
    NotFoundError,
    NotOnThisServerError,
)
from vantage6_client.types import (
    HQCollaboration,
    HQNewNode,
    HQNode,
    HQNodeSimple,
    HQStudy,
)


def _page(mock: SpecMock, schema: str, *items: object) -> object:
    return {"data": list(items), "links": mock.model("PageLinks")}


# -- node ---------------------------------------------------------------------
def test_node_get_and_update_in_hqs_form(hq_mock: SpecMock, hq_client: Client) -> None:
    hq_mock.expect("node_get", path={"id": 8}, body=hq_mock.model("Node", id=8))
    assert isinstance(hq_client.node.get(8), HQNode)
    hq_mock.expect(
        "node_update",
        path={"id": 8},
        json_body={"name": "n 2"},
        body=hq_mock.model("Node", id=8, name="n 2"),
    )
    updated = hq_client.node.update(8, "n 2")
    assert isinstance(updated, HQNode) and updated.name == "n 2"


def test_node_create_answers_the_keycloak_secret(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    hq_mock.expect(
        "node_create",
        json_body={"collaboration_id": 1, "organization_id": 2, "name": "n9"},
        body=hq_mock.model("NewNode", id=9, name="n9", api_key="secret"),
        status=201,
    )
    made = hq_client.node.create(organization=2, name="n9")
    assert isinstance(made, HQNewNode) and made.api_key == "secret"
    with pytest.raises(InvalidArgumentError, match=r"^name must be text without"):
        hq_client.node.create(1, name="with space")


def test_node_list_in_the_official_5x_order(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    """Sixth on: last_seen_from, last_seen_till, page, per_page (4.x's ip is
    gone); HQ's session filter; every page."""
    hq_mock.expect(
        "node_list",
        query={
            "name": "n%",
            "organization_id": "2",
            "collaboration_id": "3",
            "status": "online",
            "last_seen_from": "2024-05-01",
            "last_seen_till": "2024-06-01",
            "session_id": "7",
            "sort": "keycloak_client_id",
            "page": "2",
            "per_page": "5",
        },
        body=_page(hq_mock, "Node", hq_mock.model("Node", id=8)),
    )
    page = hq_client.node.list(  # type: ignore[call-overload]
        "n%",
        2,
        3,
        None,
        True,
        "2024-05-01",
        "2024-06-01",
        2,
        5,
        session=7,
        sort="keycloak_client_id",
    )
    assert isinstance(page.data[0], HQNode)


def test_node_arguments_of_the_other_line_are_refused(
    hq_client: Client, client: Client
) -> None:
    """Nothing is armed: nothing may be sent."""
    for call in (
        lambda: hq_client.node.update(8, clear_ip=True),
        lambda: hq_client.node.update(8, ip="10.76.0.2"),
        lambda: hq_client.node.list(ip="10.76.0.2"),
    ):
        with pytest.raises(NotOnThisServerError, match=r"^(clear_)?ip is vantage6 4"):
            call()
    with pytest.raises(InvalidArgumentError, match="sort"):
        hq_client.node.list(sort="ip")  # no ip column on HQ
    with pytest.raises(NotOnThisServerError, match=r"^session is vantage6 5"):
        client.node.list(session=7)
    with pytest.raises(NotOnThisServerError, match=r"^delete_dependents is vantage6 5"):
        client.node.delete(8, delete_dependents=True)
    with pytest.raises(
        NotOnThisServerError, match=r"^session_restrict_to_same_image is vantage6 5"
    ):
        client.collaboration.create("c", [1], session_restrict_to_same_image=True)


def _node_in_collaboration(mock: SpecMock) -> None:
    link = {"id": 1, "link": "/api/collaboration/1", "methods": ["GET"]}
    mock.expect(
        "node_get", path={"id": 8}, body=mock.model("Node", id=8, collaboration=link)
    )
    mock.expect(
        "session_list",
        query={"collaboration_id": "1", "page": "1", "per_page": "200"},
        body=_page(mock, "Session", mock.model("Session", id=7)),
    )


def test_node_delete_looks_for_columns_first(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    """HQ 5.0.3 would delete the node's Keycloak client and then refuse."""
    _node_in_collaboration(hq_mock)
    column = {"name": "age", "dtype": "int", "node_id": 8}
    hq_mock.expect(
        "dataframe_list",
        path={"session_id": 7},
        query={"page": "1", "per_page": "20"},
        body=_page(
            hq_mock, "Dataframe", hq_mock.model("Dataframe", id=3, columns=[column])
        ),
    )
    with pytest.raises(
        BadRequestError, match=r"^node.delete: HTTP 400: node 8 has columns"
    ):
        hq_client.node.delete(8)

    _node_in_collaboration(hq_mock)
    hq_mock.expect(
        "dataframe_list",
        path={"session_id": 7},
        query={"page": "1", "per_page": "20"},
        body=_page(hq_mock, "Dataframe", hq_mock.model("Dataframe", id=3, columns=[])),
    )
    hq_mock.expect("node_delete", path={"id": 8}, body={"msg": "gone"})
    assert hq_client.node.delete(8).msg == "gone"

    hq_mock.expect(
        "node_delete",
        path={"id": 8},
        query={"delete_dependents": "true"},
        body={"msg": "gone"},
    )
    assert hq_client.node.delete(8, delete_dependents=True).msg == "gone"


# -- collaboration ------------------------------------------------------------
def test_collaboration_create_and_list_in_hqs_form(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    hq_mock.expect(
        "organization_list",
        query={"ids": ["1", "2"], "page": "1", "per_page": "2"},
        body=_page(
            hq_mock,
            "Organization",
            hq_mock.model("Organization", id=1),
            hq_mock.model("Organization", id=2),
        ),
    )
    hq_mock.expect(
        "collaboration_create",
        json_body={
            "name": "C",
            "organization_ids": [1, 2],
            "encrypted": True,
            "session_restrict_to_same_image": True,
        },
        body=hq_mock.model("Collaboration", id=9, session_restrict_to_same_image=True),
    )
    made = hq_client.collaboration.create("C", [1, 2], True, True)
    assert isinstance(made, HQCollaboration) and made.session_restrict_to_same_image
    hq_mock.expect(
        "collaboration_list",
        query={"encrypted": "1", "organization_id": "1", "page": "1", "per_page": "20"},
        body=_page(hq_mock, "Collaboration", hq_mock.model("Collaboration", id=9)),
    )
    [listed] = hq_client.collaboration.list(encrypted=True).data
    assert isinstance(listed, HQCollaboration)
    hq_mock.expect(
        "collaboration_update",
        path={"id": 9},
        json_body={"name": "D"},
        body=hq_mock.model("Collaboration", id=9, name="D"),
    )
    assert isinstance(hq_client.collaboration.update(9, name="D"), HQCollaboration)
    hq_mock.expect(
        "collaboration_get",
        path={"id": 9},
        body=hq_mock.model("Collaboration", id=9),
    )
    assert isinstance(hq_client.collaboration.get(9), HQCollaboration)


def test_collaboration_add_node_answers_201(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    hq_mock.expect(
        "collaboration_add_node",
        path={"id": 1},
        json_body={"id": 8},
        body=[hq_mock.model("NodeSimple", id=8)],
        status=201,
    )
    [node] = hq_client.collaboration.add_node(8)
    assert isinstance(node, HQNodeSimple) and node.id == 8


def test_collaboration_delete_with_its_nodes_deletes_them_first(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    """So that their Keycloak clients go too (HQ 5.0.3 leaves them); the
    tasks go first, with their runs."""
    hq_mock.expect(
        "task_list",
        query={"collaboration_id": "3", "page": "1", "per_page": "200"},
        body=_page(hq_mock, "Task", hq_mock.model("Task", id=5)),
    )
    hq_mock.expect("task_delete", path={"id": 5}, body={"msg": "task 5 deleted"})
    hq_mock.expect(
        "node_list",
        query={"collaboration_id": "3", "page": "1", "per_page": "200"},
        body=_page(hq_mock, "Node", hq_mock.model("Node", id=8)),
    )
    hq_mock.expect(
        "node_delete",
        path={"id": 8},
        query={"delete_dependents": "true"},
        body={"msg": "node gone"},
    )
    hq_mock.expect(
        "collaboration_delete",
        path={"id": 3},
        query={"delete_dependents": "true"},
        body={"msg": "gone"},
    )
    assert hq_client.collaboration.delete(3, delete_dependents=True).msg == "gone"


# -- study --------------------------------------------------------------------
def test_studies_in_hqs_form(hq_mock: SpecMock, hq_client: Client) -> None:
    hq_mock.expect(
        "study_create",
        json_body={"name": "S", "organization_ids": [1], "collaboration_id": 1},
        body=hq_mock.model("Study", id=4),
        status=201,
    )
    assert isinstance(hq_client.study.create("S", [1]), HQStudy)
    hq_mock.expect(
        "study_get",
        path={"id": 4},
        query={"include": "organizations"},
        body=hq_mock.model("Study", id=4),
    )
    assert isinstance(hq_client.study.get(4, include_organizations=True), HQStudy)
    hq_mock.expect(
        "study_list",
        query={"collaboration_id": "1", "page": "1", "per_page": "20"},
        body=_page(hq_mock, "Study", hq_mock.model("Study", id=4)),
    )
    [listed] = hq_client.study.list(collaboration=1).data
    assert isinstance(listed, HQStudy)
    hq_mock.expect(
        "study_update",
        path={"id": 4},
        json_body={"name": "T", "organization_ids": [1, 2]},
        body=hq_mock.model("Study", id=4, name="T"),
    )
    assert isinstance(hq_client.study.update(4, "T", [1, 2]), HQStudy)


@pytest.mark.parametrize(
    ("group", "per_page"), [("node", "20"), ("organization", "10")]
)
def test_a_study_filter_is_looked_up_first_on_hq(
    hq_mock: SpecMock, hq_client: Client, group: str, per_page: str
) -> None:
    # HQ answers 500 for a study_id that names no study: the study is asked
    # for first, and a missing one is a NotFoundError naming the lookup
    hq_mock.expect("study_get", path={"id": 4}, body=hq_mock.model("Study", id=4))
    hq_mock.expect(
        f"{group}_list",
        query={"study_id": "4", "page": "1", "per_page": per_page},
        body=_page(hq_mock, "Node", hq_mock.model("Node", id=8))
        if group == "node"
        else _page(hq_mock, "Organization", hq_mock.model("Organization", id=8)),
    )
    listing = getattr(hq_client, group).list
    assert [item.id for item in listing(study=4)] == [8]
    hq_mock.expect(
        "study_get",
        path={"id": 5},
        status=404,
        body={"msg": "Study with id=5 not found"},
    )
    with pytest.raises(NotFoundError, match=rf"^{group}\.list \(study_get\): HTTP 404"):
        listing(study=5)


def test_a_study_hq_does_not_show_is_left_to_the_list(
    hq_mock: SpecMock, hq_client: Client
) -> None:
    hq_mock.expect("study_get", path={"id": 4}, status=401, body={"msg": "no"})
    hq_mock.expect(
        "organization_list",
        query={"study_id": "4", "page": "1", "per_page": "10"},
        body=_page(hq_mock, "Organization", hq_mock.model("Organization", id=8)),
    )
    assert len(hq_client.organization.list(study=4)) == 1
