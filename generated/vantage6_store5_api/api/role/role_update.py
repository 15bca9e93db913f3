from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.role import Role
from ...models.role_update import RoleUpdate
from ...types import UNSET, Response


def _get_kwargs(
    role_id: int,
    *,
    body: RoleUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/role/{role_id}".format(
            role_id=quote(str(role_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Error | Role | None:
    if response.status_code == 200:
        response_200 = Role.from_dict(response.json())

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

    return None


def _build_response(response: httpx.Response) -> Response[Error | Role]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    role_id: int,
    *,
    body: RoleUpdate,
) -> Response[Error | Role]:
    """Updates a role

     Update a role. You can only assign rules that you own. You need permission to edit roles.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        role_id (int):
        body (RoleUpdate):

    Returns:
        Response[Error | Role]
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
