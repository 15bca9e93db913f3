from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.study_page import StudyPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    organization_id: int | Unset = UNSET,
    collaboration_id: int | Unset = UNSET,
    include: list[str] | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["organization_id"] = organization_id

    params["collaboration_id"] = collaboration_id

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    params["include"] = json_include

    params["page"] = page

    params["per_page"] = per_page

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/study",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Error | StudyPage | None:
    if response.status_code == 200:
        response_200 = StudyPage.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    return None


def _build_response(response: httpx.Response) -> Response[Error | StudyPage]:
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
    organization_id: int | Unset = UNSET,
    collaboration_id: int | Unset = UNSET,
    include: list[str] | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[Error | StudyPage]:
    """Returns a list of studies, which are subsets of organizations from a

     Returns a list of studies. Depending on your permission, all studies are shown or only studies in
    which your organization participates. See the table bellow.


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
        name (str | Unset):
        organization_id (int | Unset):
        collaboration_id (int | Unset):
        include (list[str] | Unset):
        page (int | Unset):
        per_page (int | Unset):
        sort (str | Unset):

    Returns:
        Response[Error | StudyPage]
    """

    kwargs = _get_kwargs(
        name=name,
        organization_id=organization_id,
        collaboration_id=collaboration_id,
        include=include,
        page=page,
        per_page=per_page,
        sort=sort,
    )

    response = http.request(**kwargs)

    return _build_response(response)
