from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.result import Result
from ...types import UNSET, Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/result/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Error | Result | None:
    if response.status_code == 200:
        response_200 = Result.from_dict(response.json())

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


def _build_response(response: httpx.Response) -> Response[Error | Result]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    id: int,
) -> Response[Error | Result]:
    """Get a single result

     Returns a result specified by an algorithm run id.

    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |Run|Global|View|❌|❌|View any result|
    |Run|Collaboration|View|✅|✅|View the results of your organization's collaborations|
    |Run|Organization|View|❌|❌|View any result from a task created by your organization|
    |Run|Own|View|❌|❌|View any result from a task created by you|

    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        id (int):

    Returns:
        Response[Error | Result]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = http.request(**kwargs)

    return _build_response(response)
