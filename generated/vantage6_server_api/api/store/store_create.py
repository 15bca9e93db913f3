from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.algorithm_store import AlgorithmStore
from ...models.algorithm_store_input import AlgorithmStoreInput
from ...models.error import Error
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: AlgorithmStoreInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/algorithmstore",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AlgorithmStore | Error | None:
    if response.status_code == 201:
        response_201 = AlgorithmStore.from_dict(response.json())

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


def _build_response(response: httpx.Response) -> Response[AlgorithmStore | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    *,
    body: AlgorithmStoreInput,
) -> Response[AlgorithmStore | Error]:
    """Add algorithm store to a collaboration

     Register an algorithm store to a collaboration. Its algorithms will be available for that
    collaboration from then on.


    ### Permission Table
    |Rule name|Scope|Operation|Assigned to Node|Assigned to Container|Description|
    |--|--|--|--|--|--|
    |Collaboration|Global|Edit|❌|❌|Add algorithm store to a collaboration|
    |Collaboration|Collaboration|Edit|❌|❌|Add algorithm store to a collaboration that your organization
    is a member of|


    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        body (AlgorithmStoreInput):

    Returns:
        Response[AlgorithmStore | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
