from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.health import Health
from ...types import UNSET, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/health",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Health | None:
    if response.status_code == 200:
        response_200 = Health.from_dict(response.json())

        return response_200

    return None


def _build_response(response: httpx.Response) -> Response[Health]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
) -> Response[Health]:
    """Displays the health of services

     Checks if HQ can communicate with the database. If not, it throws an exception.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.

    Returns:
        Response[Health]
    """

    kwargs = _get_kwargs()

    response = http.request(**kwargs)

    return _build_response(response)
