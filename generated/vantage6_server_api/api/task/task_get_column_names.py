from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.column_name_input import ColumnNameInput
from ...models.column_names import ColumnNames
from ...models.error import Error
from ...models.task import Task
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ColumnNameInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/column",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ColumnNames | Error | Task | None:
    if response.status_code == 200:
        response_200 = ColumnNames.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Task.from_dict(response.json())

        return response_201

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


def _build_response(response: httpx.Response) -> Response[ColumnNames | Error | Task]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    *,
    body: ColumnNameInput,
) -> Response[ColumnNames | Error | Task]:
    """Create request to get column names of a database. This is used in

     Returns a list of column names.

    Accessible to users based on their permissions to create tasks for the collaboration for which the
    request column names.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        body (ColumnNameInput):

    Returns:
        Response[ColumnNames | Error | Task]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
