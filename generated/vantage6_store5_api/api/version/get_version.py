from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.version import Version
from ...types import UNSET, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/version",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Version | None:
    if response.status_code == 200:
        response_200 = Version.from_dict(response.json())

        return response_200

    return None


def _build_response(response: httpx.Response) -> Response[Version]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
) -> Response[Version]:
    """Get version

     Return the version of the algorithm store instance

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.

    Returns:
        Response[Version]
    """

    kwargs = _get_kwargs()

    response = http.request(**kwargs)

    return _build_response(response)
