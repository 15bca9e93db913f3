from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.message import Message
from ...types import UNSET, Response


def _get_kwargs(
    *,
    run_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["run_id"] = run_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/port",
        "params": params,
    }

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
    run_id: int,
) -> Response[Error | Message]:
    """Delete ports by run_id

     Deletes descriptions of a port that is available for VPN communication for a certain algorithm. The
    ports are deleted based on run_id. Only the node on which the algorithm is running is allowed to
    delete this. This happens on task completion.

    This endpoint is not accessible for users, but only for authenticated nodes.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        run_id (int):

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = http.request(**kwargs)

    return _build_response(response)
