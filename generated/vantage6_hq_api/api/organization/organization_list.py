from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.organization_page import OrganizationPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    country: str | Unset = UNSET,
    collaboration_id: int | Unset = UNSET,
    study_id: int | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["country"] = country

    params["collaboration_id"] = collaboration_id

    params["study_id"] = study_id

    json_ids: list[int] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    params["page"] = page

    params["per_page"] = per_page

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Error | OrganizationPage | None:
    if response.status_code == 200:
        response_200 = OrganizationPage.from_dict(response.json())

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


def _build_response(response: httpx.Response) -> Response[Error | OrganizationPage]:
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
    country: str | Unset = UNSET,
    collaboration_id: int | Unset = UNSET,
    study_id: int | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[Error | OrganizationPage]:
    """Returns a list organizations

     Get a list of organizations based on filters and user permissions

    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |Organization|Global|View|❌|❌|View all organizations|
    |Organization|Collaboration|View|✅|✅|View a list of organizations within the scope of the
    collaboration|
    |Organization|Organization|View|✅|✅|View a 'list' of just the organization you are part of|

    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        name (str | Unset):
        country (str | Unset):
        collaboration_id (int | Unset):
        study_id (int | Unset):
        ids (list[int] | Unset):
        page (int | Unset):
        per_page (int | Unset):
        sort (str | Unset):

    Returns:
        Response[Error | OrganizationPage]
    """

    kwargs = _get_kwargs(
        name=name,
        country=country,
        collaboration_id=collaboration_id,
        study_id=study_id,
        ids=ids,
        page=page,
        per_page=per_page,
        sort=sort,
    )

    response = http.request(**kwargs)

    return _build_response(response)
