from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.dataframe_page import DataframePage
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: int,
    *,
    no_pagination: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["no_pagination"] = no_pagination

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/session/{session_id}/dataframe".format(
            session_id=quote(str(session_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DataframePage | Error | None:
    if response.status_code == 200:
        response_200 = DataframePage.from_dict(response.json())

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


def _build_response(response: httpx.Response) -> Response[DataframePage | Error]:
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
    no_pagination: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[DataframePage | Error]:
    """view all dataframes in a session

     ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |Session|Global|View|❌|❌|View any session|
    |Session|Collaboration|View|✅|❌|View all dataframes within the session|
    |Session|Organization|View|❌|❌|View any dataframe that has been initiated from your organization or
    shared with your organization within the session|
    |Session|Own|View|❌|❌|View any dataframe you created or that is shared with you within the session|

    Accessible to users and nodes.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        session_id (int):
        no_pagination (int | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Returns:
        Response[DataframePage | Error]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        no_pagination=no_pagination,
        page=page,
        per_page=per_page,
    )

    response = http.request(**kwargs)

    return _build_response(response)
