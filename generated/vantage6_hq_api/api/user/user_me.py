from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.user import User
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include_permissions: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_permissions"] = include_permissions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/me",
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

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

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
    *,
    include_permissions: bool | Unset = UNSET,
) -> Response[Error | User]:
    """Get your own user

     The user that is currently authenticated is returned. This is always allowed.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        include_permissions (bool | Unset):

    Returns:
        Response[Error | User]
    """

    kwargs = _get_kwargs(
        include_permissions=include_permissions,
    )

    response = http.request(**kwargs)

    return _build_response(response)
