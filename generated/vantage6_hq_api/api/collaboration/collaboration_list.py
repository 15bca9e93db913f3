from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.collaboration_list_encrypted import (
    CollaborationListEncrypted,
    check_collaboration_list_encrypted,
)
from ...models.collaboration_page import CollaborationPage
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    encrypted: CollaborationListEncrypted | Unset = UNSET,
    organization_id: int | Unset = UNSET,
    algorithm_store_id: int | Unset = UNSET,
    include: list[str] | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    json_encrypted: int | Unset = UNSET
    if not isinstance(encrypted, Unset):
        json_encrypted = encrypted

    params["encrypted"] = json_encrypted

    params["organization_id"] = organization_id

    params["algorithm_store_id"] = algorithm_store_id

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
        "url": "/collaboration",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> CollaborationPage | Error | None:
    if response.status_code == 200:
        response_200 = CollaborationPage.from_dict(response.json())

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


def _build_response(response: httpx.Response) -> Response[CollaborationPage | Error]:
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
    encrypted: CollaborationListEncrypted | Unset = UNSET,
    organization_id: int | Unset = UNSET,
    algorithm_store_id: int | Unset = UNSET,
    include: list[str] | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[CollaborationPage | Error]:
    """Returns a list of collaborations

     Returns a list of collaborations. Depending on your permission, all collaborations are shown or only
    collaborations in which your organization participates. See the table bellow.


    ### Permission Table
    |Rulename|Scope|Operation|Assigned to Node|Assigned to Container| Description|
    | -- | -- | -- | -- | -- | -- |
    |Collaboration|Global|View|❌|❌|All collaborations|
    |Collaboration|Organization|View|✅|✅|Collaborations in which your organization participates |


    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        name (str | Unset):
        encrypted (CollaborationListEncrypted | Unset):
        organization_id (int | Unset):
        algorithm_store_id (int | Unset):
        include (list[str] | Unset):
        page (int | Unset):
        per_page (int | Unset):
        sort (str | Unset):

    Returns:
        Response[CollaborationPage | Error]
    """

    kwargs = _get_kwargs(
        name=name,
        encrypted=encrypted,
        organization_id=organization_id,
        algorithm_store_id=algorithm_store_id,
        include=include,
        page=page,
        per_page=per_page,
        sort=sort,
    )

    response = http.request(**kwargs)

    return _build_response(response)
