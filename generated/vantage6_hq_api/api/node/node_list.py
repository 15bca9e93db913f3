from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.node_page import NodePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    organization_id: int | Unset = UNSET,
    collaboration_id: int | Unset = UNSET,
    study_id: int | Unset = UNSET,
    session_id: int | Unset = UNSET,
    status: str | Unset = UNSET,
    last_seen_from: str | Unset = UNSET,
    last_seen_till: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["organization_id"] = organization_id

    params["collaboration_id"] = collaboration_id

    params["study_id"] = study_id

    params["session_id"] = session_id

    params["status"] = status

    params["last_seen_from"] = last_seen_from

    params["last_seen_till"] = last_seen_till

    params["page"] = page

    params["per_page"] = per_page

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/node",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Error | NodePage | None:
    if response.status_code == 200:
        response_200 = NodePage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    return None


def _build_response(response: httpx.Response) -> Response[Error | NodePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    *,
    name: str | Unset = UNSET,
    organization_id: int | Unset = UNSET,
    collaboration_id: int | Unset = UNSET,
    study_id: int | Unset = UNSET,
    session_id: int | Unset = UNSET,
    status: str | Unset = UNSET,
    last_seen_from: str | Unset = UNSET,
    last_seen_till: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[Error | NodePage]:
    """Returns a list of nodes

     Returns a list of nodes which are part of the organization to which the user or node belongs. In
    case an administrator account makes this request, all nodes from all organizations are returned.

    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |Node|Global|View|❌|❌|View any node information|
    |Node|Collaboration|View|❌|❌|View any node information for nodes in your collaborations|
    |Node|Organization|View|✅|✅|View node information for nodes that belong to your organization|

    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        name (str | Unset):
        organization_id (int | Unset):
        collaboration_id (int | Unset):
        study_id (int | Unset):
        session_id (int | Unset):
        status (str | Unset):
        last_seen_from (str | Unset):
        last_seen_till (str | Unset):
        page (int | Unset):
        per_page (int | Unset):
        sort (str | Unset):

    Returns:
        Response[Error | NodePage]
    """

    kwargs = _get_kwargs(
        name=name,
        organization_id=organization_id,
        collaboration_id=collaboration_id,
        study_id=study_id,
        session_id=session_id,
        status=status,
        last_seen_from=last_seen_from,
        last_seen_till=last_seen_till,
        page=page,
        per_page=per_page,
        sort=sort,
    )

    response = http.request(**kwargs)

    return _build_response(response)
