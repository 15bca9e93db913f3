from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.vantage_6_server import Vantage6Server
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    url_query: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["url"] = url_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vantage6-server",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Error | list[Vantage6Server] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Vantage6Server.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    return None


def _build_response(response: httpx.Response) -> Response[Error | list[Vantage6Server]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    *,
    url_query: str | Unset = UNSET,
) -> Response[Error | list[Vantage6Server]]:
    """List whitelisted vantage6 servers

     Return a list of vantage6 servers that are whitelisted in this algorithm store instance.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        url_query (str | Unset):

    Returns:
        Response[Error | list[Vantage6Server]]
    """

    kwargs = _get_kwargs(
        url_query=url_query,
    )

    response = http.request(**kwargs)

    return _build_response(response)
