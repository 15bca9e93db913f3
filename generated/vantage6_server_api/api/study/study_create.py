from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.study import Study
from ...models.study_input import StudyInput
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: StudyInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/study",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Error | Study | None:
    if response.status_code == 201:
        response_201 = Study.from_dict(response.json())

        return response_201

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


def _build_response(response: httpx.Response) -> Response[Error | Study]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    *,
    body: StudyInput,
) -> Response[Error | Study]:
    """Create study

     Create a new study between organizations.


    ### Permission Table
    |Rule name|Scope|Operation|Assigned to Node|Assigned to Container|Description|
    |--|--|--|--|--|--|
    |Study|Global|Create|❌|❌|Create study in any collaboration|

    |Study|Collaboration|Create|❌|❌|Create study in collaborations that your organization participates
    in|


    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        body (StudyInput):

    Returns:
        Response[Error | Study]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
