from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.message import Message
from ...types import UNSET, Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/task/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Error | Message | None:
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())

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


def _build_response(response: httpx.Response) -> Response[Error | Message]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    id: int,
) -> Response[Error | Message]:
    """Remove task

     Remove tasks and their runs.

    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |Task|Global|Delete|❌|❌|Delete a task|
    |Task|Collaboration|Delete|❌|❌|Delete a task from a collaboration in which your organization
    participates|
    |Task|Organization|Delete|❌|❌|Delete a task that your organization initiated|
    |Task|Own|Delete|❌|❌|Delete a task you created yourself|

    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        id (int):

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = http.request(**kwargs)

    return _build_response(response)
