from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.dataframe_node_update import DataframeNodeUpdate
from ...models.error import Error
from ...models.message import Message
from ...types import UNSET, Response


def _get_kwargs(
    id: int,
    *,
    body: list[DataframeNodeUpdate],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/session/dataframe/{id}/column".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Error | Message | None:
    if response.status_code == 201:
        response_201 = Message.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

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
    id: int,
    *,
    body: list[DataframeNodeUpdate],
) -> Response[Error | Message]:
    """Nodes report their column names

     Endpoints used by nodes to report dataframe metadata.

    Only accessible by nodes.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        id (int):
        body (list[DataframeNodeUpdate]):

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
