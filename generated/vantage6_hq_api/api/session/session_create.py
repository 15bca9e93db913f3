from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.session import Session
from ...models.session_input import SessionInput
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: SessionInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/session",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Error | Session | None:
    if response.status_code == 201:
        response_201 = Session.from_dict(response.json())

        return response_201

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

    return None


def _build_response(response: httpx.Response) -> Response[Error | Session]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    *,
    body: SessionInput,
) -> Response[Error | Session]:
    """Initiate new session

     Create a new session in a collaboration or study. A session can be scoped to the entire
    collaboration, the organization or only to the owner of the session. This way sessions can be shared
    with other users within the collaboration or organization. Note that users with organization,
    collaboration or global permissions can view all sessions within the that scope.
    A session is a container for dataframes and tasks. A session can have multiple dataframes, each
    extracted from the same or a different database.
    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |Session|Collaboration|Create|❌|❌|Create session to be used by the entire collaboration|
    |Session|Organization|Create|❌|❌|Create session to be used by your organization|
    |Session|Own|Create|❌|❌|Create session only to be used by you|

    It is important to note that a user who creates a session with scope own, does not mean the session
    is private. As this session is accessible to all users who have sufficient permissions within the
    collaboration or organization.
    Only accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        body (SessionInput):

    Returns:
        Response[Error | Session]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
