from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.algorithm_store import AlgorithmStore
from ...models.algorithm_store_update import AlgorithmStoreUpdate
from ...models.error import Error
from ...types import UNSET, Response


def _get_kwargs(
    id: int,
    *,
    body: AlgorithmStoreUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/algorithmstore/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AlgorithmStore | Error | None:
    if response.status_code == 200:
        response_200 = AlgorithmStore.from_dict(response.json())

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


def _build_response(response: httpx.Response) -> Response[AlgorithmStore | Error]:
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
    body: AlgorithmStoreUpdate,
) -> Response[AlgorithmStore | Error]:
    """Update algorithm store record

     Updates the linked algorithm store with the specified id. Note that you cannot change the
    collaboration or the algorithm store URL: these can only be modified by deleting and re-creating the
    algorithm store link.

    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |Collaboration|Global|Edit|❌|❌|Update any algorithm store|
    |Collaboration|Collaboration|Edit|❌|❌|Update algorithm stores within a collaboration that your
    organization is a member of|


    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        id (int):
        body (AlgorithmStoreUpdate):

    Returns:
        Response[AlgorithmStore | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
