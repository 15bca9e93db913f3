from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.collaboration import Collaboration
from ...models.collaboration_input import CollaborationInput
from ...models.error import Error
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: CollaborationInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/collaboration",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Collaboration | Error | None:
    if response.status_code == 200:
        response_200 = Collaboration.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    return None


def _build_response(response: httpx.Response) -> Response[Collaboration | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    *,
    body: CollaborationInput,
) -> Response[Collaboration | Error]:
    """Create collaboration

     Create a new collaboration between organizations.


    ### Permission Table
    |Rule name|Scope|Operation|Assigned to Node|Assigned to Container|Description|
    |--|--|--|--|--|--|
    |Collaboration|Global|Create|❌|❌|Create collaboration|


    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        body (CollaborationInput):

    Returns:
        Response[Collaboration | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
