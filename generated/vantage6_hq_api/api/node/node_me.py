from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.node import Node
from ...types import UNSET, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/node/me",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Error | Node | None:
    if response.status_code == 200:
        response_200 = Node.from_dict(response.json())

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


def _build_response(response: httpx.Response) -> Response[Error | Node]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
) -> Response[Error | Node]:
    """Get node details from the authenticated node

     Returns the node details for the authenticated node.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.

    Returns:
        Response[Error | Node]
    """

    kwargs = _get_kwargs()

    response = http.request(**kwargs)

    return _build_response(response)
