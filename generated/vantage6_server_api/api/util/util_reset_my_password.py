from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.message import Message
from ...models.recover_password_input import RecoverPasswordInput
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: RecoverPasswordInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/recover/lost",
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
    body: RecoverPasswordInput,
) -> Response[Error | Message]:
    """Request a recover token

     Request a recover token if password is lost. Either email address or username must be supplied.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        body (RecoverPasswordInput):

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
