from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.message import Message
from ...models.vantage_6_server import Vantage6Server
from ...models.vantage_6_server_input import Vantage6ServerInput
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: Vantage6ServerInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vantage6-server",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> Error | Message | Vantage6Server | None:
    if response.status_code == 201:
        response_201 = Vantage6Server.from_dict(response.json())

        return response_201

    if response.status_code == 208:
        response_208 = Message.from_dict(response.json())

        return response_208

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    return None


def _build_response(
    response: httpx.Response,
) -> Response[Error | Message | Vantage6Server]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    *,
    body: Vantage6ServerInput,
) -> Response[Error | Message | Vantage6Server]:
    """Create new whitelisted vantage6 server

     Whitelist a new vantage6 server in this algorithm store instance.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        body (Vantage6ServerInput):

    Returns:
        Response[Error | Message | Vantage6Server]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
