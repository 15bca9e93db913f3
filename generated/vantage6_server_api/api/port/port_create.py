from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.port import Port
from ...models.port_input import PortInput
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: PortInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/port",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Error | Port | None:
    if response.status_code == 201:
        response_201 = Port.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    return None


def _build_response(response: httpx.Response) -> Response[Error | Port]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    *,
    body: PortInput,
) -> Response[Error | Port]:
    """Create a list of port description

     Creates a description of a port that is available for VPN communication for a certain algorithm.
    Only the node on which the algorithm is running is allowed to create this.

    This endpoint is not accessible for users, but only for authenticated nodes.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        body (PortInput):

    Returns:
        Response[Error | Port]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
