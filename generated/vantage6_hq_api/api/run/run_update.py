from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.run import Run
from ...models.run_update import RunUpdate
from ...types import UNSET, Response


def _get_kwargs(
    id: int,
    *,
    body: RunUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/run/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Error | Run | None:
    if response.status_code == 200:
        response_200 = Run.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    return None


def _build_response(response: httpx.Response) -> Response[Error | Run]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    id: int,
    *,
    body: RunUpdate,
) -> Response[Error | Run]:
    """Update algorithm run data, for example to update the result

     Update runs from the node. Only done if the request comes from the correct, authenticated node.

    The user cannot access this endpoint so they cannot tamper with any runs.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        id (int):
        body (RunUpdate):

    Returns:
        Response[Error | Run]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
