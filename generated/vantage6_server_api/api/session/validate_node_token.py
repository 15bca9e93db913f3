from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.node_token_validation import NodeTokenValidation
from ...types import UNSET, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/token/node/validate",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Error | NodeTokenValidation | None:
    if response.status_code == 200:
        response_200 = NodeTokenValidation.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    return None


def _build_response(response: httpx.Response) -> Response[Error | NodeTokenValidation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
) -> Response[Error | NodeTokenValidation]:
    """Validate a node token

     Validate that a node token is valid. This is used by external services such as an algorithm store to
    validate that a node token is valid, without requiring the node to be registered as a user of that
    service.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.

    Returns:
        Response[Error | NodeTokenValidation]
    """

    kwargs = _get_kwargs()

    response = http.request(**kwargs)

    return _build_response(response)
