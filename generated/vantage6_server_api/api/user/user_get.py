from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.user import User
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    include_permissions: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_permissions"] = include_permissions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Error | User | None:
    if response.status_code == 200:
        response_200 = User.from_dict(response.json())

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

    return None


def _build_response(response: httpx.Response) -> Response[Error | User]:
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
    include_permissions: bool | Unset = UNSET,
) -> Response[Error | User]:
    """Get user

     Returns the user specified by the id.

    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |-- |--|--|--|--|--|
    |User|Global|View|❌|❌|View any user details|
    |User|Collaboration|View|❌|❌|View users from your collaborations|
    |User|Organization|View|❌|❌|View users from your organization|
    |User|Organization|Own|❌|❌|View details about your own user|

    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        id (int):
        include_permissions (bool | Unset):

    Returns:
        Response[Error | User]
    """

    kwargs = _get_kwargs(
        id=id,
        include_permissions=include_permissions,
    )

    response = http.request(**kwargs)

    return _build_response(response)
