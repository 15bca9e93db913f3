from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.run_page import RunPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    task_id: int | Unset = UNSET,
    organization_id: int | Unset = UNSET,
    collaboration_id: int | Unset = UNSET,
    assigned_from: str | Unset = UNSET,
    started_from: str | Unset = UNSET,
    finished_from: str | Unset = UNSET,
    assigned_till: str | Unset = UNSET,
    started_till: str | Unset = UNSET,
    finished_till: str | Unset = UNSET,
    state: str | Unset = UNSET,
    node_id: int | Unset = UNSET,
    port: int | Unset = UNSET,
    include: list[str] | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["task_id"] = task_id

    params["organization_id"] = organization_id

    params["collaboration_id"] = collaboration_id

    params["assigned_from"] = assigned_from

    params["started_from"] = started_from

    params["finished_from"] = finished_from

    params["assigned_till"] = assigned_till

    params["started_till"] = started_till

    params["finished_till"] = finished_till

    params["state"] = state

    params["node_id"] = node_id

    params["port"] = port

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    params["include"] = json_include

    params["page"] = page

    params["per_page"] = per_page

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/run",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Error | RunPage | None:
    if response.status_code == 200:
        response_200 = RunPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    return None


def _build_response(response: httpx.Response) -> Response[Error | RunPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    *,
    task_id: int | Unset = UNSET,
    organization_id: int | Unset = UNSET,
    collaboration_id: int | Unset = UNSET,
    assigned_from: str | Unset = UNSET,
    started_from: str | Unset = UNSET,
    finished_from: str | Unset = UNSET,
    assigned_till: str | Unset = UNSET,
    started_till: str | Unset = UNSET,
    finished_till: str | Unset = UNSET,
    state: str | Unset = UNSET,
    node_id: int | Unset = UNSET,
    port: int | Unset = UNSET,
    include: list[str] | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[Error | RunPage]:
    """Returns a list of runs

     Returns a list of all runs you are allowed to see.

    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |Run|Global|View|❌|❌|View any run|
    |Run|Collaboration|View|✅|✅|View the runs of your organization's collaborations|
    |Run|Organization|View|❌|❌|View any run from a task created by your organization|
    |Run|Own|View|❌|❌|View any run from a task created by you|

    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        task_id (int | Unset):
        organization_id (int | Unset):
        collaboration_id (int | Unset):
        assigned_from (str | Unset):
        started_from (str | Unset):
        finished_from (str | Unset):
        assigned_till (str | Unset):
        started_till (str | Unset):
        finished_till (str | Unset):
        state (str | Unset):
        node_id (int | Unset):
        port (int | Unset):
        include (list[str] | Unset):
        page (int | Unset):
        per_page (int | Unset):
        sort (str | Unset):

    Returns:
        Response[Error | RunPage]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        organization_id=organization_id,
        collaboration_id=collaboration_id,
        assigned_from=assigned_from,
        started_from=started_from,
        finished_from=finished_from,
        assigned_till=assigned_till,
        started_till=started_till,
        finished_till=finished_till,
        state=state,
        node_id=node_id,
        port=port,
        include=include,
        page=page,
        per_page=per_page,
        sort=sort,
    )

    response = http.request(**kwargs)

    return _build_response(response)
