from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.node_tokens import NodeTokens
from ...models.token_node_input import TokenNodeInput
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: TokenNodeInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/token/node",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Error | NodeTokens | None:
    if response.status_code == 200:
        response_200 = NodeTokens.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    return None


def _build_response(response: httpx.Response) -> Response[Error | NodeTokens]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    *,
    body: TokenNodeInput,
) -> Response[Error | NodeTokens]:
    """Login node

     Allows node to sign in using a unique API key. If the login is successful this returns a dictionary
    with access and refresh tokens for the node as well as a node_url and a refresh_url.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        body (TokenNodeInput):

    Returns:
        Response[Error | NodeTokens]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
