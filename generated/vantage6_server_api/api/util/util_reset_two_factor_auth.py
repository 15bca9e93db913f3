from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.message import Message
from ...models.recover_2fa_input import Recover2FAInput
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: Recover2FAInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/recover/2fa/lost",
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
    body: Recover2FAInput,
) -> Response[Error | Message]:
    """Request a recover token to reset two-factor authentication secret

     Request a recover token if two-factor authentication secret is lost. A password and a username must
    be supplied.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        body (Recover2FAInput):

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
