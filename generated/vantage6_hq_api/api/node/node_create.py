from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.new_node import NewNode
from ...models.node_input import NodeInput
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: NodeInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/node",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Error | NewNode | None:
    if response.status_code == 201:
        response_201 = NewNode.from_dict(response.json())

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


def _build_response(response: httpx.Response) -> Response[Error | NewNode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    *,
    body: NodeInput,
) -> Response[Error | NewNode]:
    """Create node

     Creates a new node-account belonging to a specific organization and collaboration which is specified
    in the POST body.
    The organization of the user needs to be within the collaboration.

    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |Node|Global|Create|❌|❌|Create a new node account belonging to a specific organization in any
    collaboration|
    |Node|Collaboration|Create|❌|❌|Create a new node account belonging to a specific organization in
    your collaborations|
    |Node|Organization|Create|❌|❌|Create a new node account belonging to your organization|

    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        body (NodeInput):

    Returns:
        Response[Error | NewNode]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
