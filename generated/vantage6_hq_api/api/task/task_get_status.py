from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.task_status import TaskStatus
from ...types import UNSET, Response


def _get_kwargs(
    task_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/task/{task_id}/status".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Error | TaskStatus | None:
    if response.status_code == 200:
        response_200 = TaskStatus.from_dict(response.json())

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


def _build_response(response: httpx.Response) -> Response[Error | TaskStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    task_id: int,
) -> Response[Error | TaskStatus]:
    """Get task status

     Returns the status of the task specified by the id.
    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |Task|Global|View|❌|❌|View any task|
    |Task|Collaboration|View|✅|✅|View any task in your collaborations| |Task|Organization|View|❌|❌|View
    any task that your organization created|
    |Task|Own|View|❌|❌|View any task that you created|

    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        task_id (int):

    Returns:
        Response[Error | TaskStatus]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = http.request(**kwargs)

    return _build_response(response)
