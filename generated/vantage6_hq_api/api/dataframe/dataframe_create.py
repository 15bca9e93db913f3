from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.dataframe import Dataframe
from ...models.dataframe_init_input import DataframeInitInput
from ...models.error import Error
from ...types import UNSET, Response


def _get_kwargs(
    session_id: int,
    *,
    body: DataframeInitInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/session/{session_id}/dataframe".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Dataframe | Error | None:
    if response.status_code == 201:
        response_201 = Dataframe.from_dict(response.json())

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


def _build_response(response: httpx.Response) -> Response[Dataframe | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    session_id: int,
    *,
    body: DataframeInitInput,
) -> Response[Dataframe | Error]:
    """Create a new dataframe in a session

     Create a new dataframe in a session. The first step in creating the data frame is to extract the
    data from the source database. This is done by creating a task that extracts the data from the
    source database. The task should therefore also be defined in the request body.
    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |Session|Collaboration|Edit|❌|❌|Create dataframe in any session in your collaboration|
    |Session|Organization|Edit|❌|❌|Create dataframe in any session from your organization|
    |Session|Own|Edit|❌|❌|Create dataframe in a session owned by you|

    Only accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        session_id (int):
        body (DataframeInitInput):

    Returns:
        Response[Dataframe | Error]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
