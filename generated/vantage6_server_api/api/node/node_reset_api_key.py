from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.api_key import ApiKey
from ...models.error import Error
from ...models.reset_api_key_input import ResetAPIKeyInput
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ResetAPIKeyInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/recover/node",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ApiKey | Error | None:
    if response.status_code == 200:
        response_200 = ApiKey.from_dict(response.json())

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


def _build_response(response: httpx.Response) -> Response[ApiKey | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    *,
    body: ResetAPIKeyInput,
) -> Response[ApiKey | Error]:
    """Reset a node's API key

     If a node's API key is lost, this route can be used to obtain a new API key.

    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |Node|Global|Edit|❌|❌|Reset API key of node specified by id|
    |Node|Organization|Edit|❌|❌|Reset API key of node specified by id which is part of your organization
    |

    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        body (ResetAPIKeyInput):

    Returns:
        Response[ApiKey | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
