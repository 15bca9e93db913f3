from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.new_user import NewUser
from ...models.user_input import UserInput
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UserInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Error | NewUser | None:
    if response.status_code == 201:
        response_201 = NewUser.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    return None


def _build_response(response: httpx.Response) -> Response[Error | NewUser]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    *,
    body: UserInput,
) -> Response[Error | NewUser]:
    """Create user

     Creates new user from the request data to the users organization.

    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |User|Global|Create|❌|❌|Create a new user|
    |User|Collaboration|Create|❌|❌|Create a new user for any organization in your collaborations|
    |User|Organization|Create|❌|❌|Create a new user as part of your organization|

    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        body (UserInput):

    Returns:
        Response[Error | NewUser]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
