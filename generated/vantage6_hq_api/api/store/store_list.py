from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.algorithm_store_page import AlgorithmStorePage
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    collaboration_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["url"] = url_query

    params["collaboration_id"] = collaboration_id

    params["page"] = page

    params["per_page"] = per_page

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/algorithmstore",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> AlgorithmStorePage | Error | None:
    if response.status_code == 200:
        response_200 = AlgorithmStorePage.from_dict(response.json())

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


def _build_response(response: httpx.Response) -> Response[AlgorithmStorePage | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    *,
    name: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    collaboration_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[AlgorithmStorePage | Error]:
    """Returns a list of available algorithm stores

     Returns a list of available algorithm stores. Depending on your permission, all algorithm stores are
    shown or only algorithm stores in which your organization participates.


    ### Permission Table
    |Rulename|Scope|Operation|Assigned to Node|Assigned to Container| Description|
    | -- | -- | -- | -- | -- | -- |
    |Collaboration|Global|View|❌|❌|All algorithm stores|
    |Collaboration|Organization|View|❌|❌|Algorithm stores within collaborations in which your
    organization participates|


    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        name (str | Unset):
        url_query (str | Unset):
        collaboration_id (int | Unset):
        page (int | Unset):
        per_page (int | Unset):
        sort (str | Unset):

    Returns:
        Response[AlgorithmStorePage | Error]
    """

    kwargs = _get_kwargs(
        name=name,
        url_query=url_query,
        collaboration_id=collaboration_id,
        page=page,
        per_page=per_page,
        sort=sort,
    )

    response = http.request(**kwargs)

    return _build_response(response)
