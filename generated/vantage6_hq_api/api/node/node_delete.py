from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.message import Message
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    delete_dependents: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["delete_dependents"] = delete_dependents

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/node/{id}".format(
            id=quote(str(id), safe=""),
        ),
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
    delete_dependents: bool | Unset = UNSET,
) -> Response[Error | Message]:
    """Delete node

     Delete node from organization. Only users that belong to the organization of the node can delete it.

    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |Node|Global|Delete|❌|❌|Delete a node|
    |Node|Collaboration|Delete|❌|❌|Delete a node that belongs to one of the organizations in your
    collaborations|
    |Node|Organization|Delete|❌|❌|Delete a node that belongs to your organization|

    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        id (int):
        delete_dependents (bool | Unset):

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        id=id,
        delete_dependents=delete_dependents,
    )

    response = http.request(**kwargs)

    return _build_response(response)
