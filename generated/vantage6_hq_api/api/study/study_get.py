from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.study import Study
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    include: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/study/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Error | Study | None:
    if response.status_code == 200:
        response_200 = Study.from_dict(response.json())

        return response_200

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
    include: list[str] | Unset = UNSET,
) -> Response[Error | Study]:
    """Get study

     Returns the study with the specified id.

    ### Permission Table
    |Rulename|Scope|Operation|Assigned to Node|Assigned to Container| Description|
    | -- | -- | -- | -- | -- | -- |
    |Study|Global|View|❌|❌|All studies|
    |Study|Collaboration|View|❌|❌|Studies which are part of collaborations that your organization
    participates in|
    |Study|Organization|View|✅|✅|Studies in which your organization participates |


    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        id (int):
        include (list[str] | Unset):

    Returns:
        Response[Error | Study]
    """

    kwargs = _get_kwargs(
        id=id,
        include=include,
    )

    response = http.request(**kwargs)

    return _build_response(response)
