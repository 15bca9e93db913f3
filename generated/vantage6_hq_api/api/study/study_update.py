from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.study import Study
from ...models.study_update import StudyUpdate
from ...types import UNSET, Response


def _get_kwargs(
    id: int,
    *,
    body: StudyUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/study/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Error | Study | None:
    if response.status_code == 200:
        response_200 = Study.from_dict(response.json())

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


def _build_response(response: httpx.Response) -> Response[Error | Study]:
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
    body: StudyUpdate,
) -> Response[Error | Study]:
    """Update study

     Updates the study with the specified id.

    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |Study|Global|Edit|❌|❌|Update a study|
    |Study|Collaboration|Edit|❌|❌|Update a study within collaborations that your organization is a
    member of|

    |Study|Organization|Edit|❌|❌|Update a study that your organization is a member of|


    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        id (int):
        body (StudyUpdate):

    Returns:
        Response[Error | Study]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
