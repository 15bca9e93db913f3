from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.change_password_input import ChangePasswordInput
from ...models.error import Error
from ...models.message import Message
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ChangePasswordInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/password/change",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Error | Message | None:
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())

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
    *,
    body: ChangePasswordInput,
) -> Response[Error | Message]:
    """Set a new password using the current password

     Users can change their password by submitting their current password and a new password

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        body (ChangePasswordInput):

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
