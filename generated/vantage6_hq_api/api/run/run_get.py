from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.run import Run
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/run/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Error | Run | None:
    if response.status_code == 200:
        response_200 = Run.from_dict(response.json())

        return response_200

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


def _build_response(response: httpx.Response) -> Response[Error | Run]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    id: int,
    *,
    include: str | Unset = UNSET,
) -> Response[Error | Run]:
    """Get a single run's data

     Returns a run from a task specified by an id.

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
        id (int):
        include (str | Unset):

    Returns:
        Response[Error | Run]
    """

    kwargs = _get_kwargs(
        id=id,
        include=include,
    )

    response = http.request(**kwargs)

    return _build_response(response)
