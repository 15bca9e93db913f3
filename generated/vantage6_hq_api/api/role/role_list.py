from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.role_page import RolePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    organization_id: list[int] | Unset = UNSET,
    collaboration_id: int | Unset = UNSET,
    rule_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    include_root: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["description"] = description

    json_organization_id: list[int] | Unset = UNSET
    if not isinstance(organization_id, Unset):
        json_organization_id = organization_id

    params["organization_id"] = json_organization_id

    params["collaboration_id"] = collaboration_id

    params["rule_id"] = rule_id

    params["user_id"] = user_id

    params["include_root"] = include_root

    params["page"] = page

    params["per_page"] = per_page

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/role",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Error | RolePage | None:
    if response.status_code == 200:
        response_200 = RolePage.from_dict(response.json())

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


def _build_response(response: httpx.Response) -> Response[Error | RolePage]:
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
    description: str | Unset = UNSET,
    organization_id: list[int] | Unset = UNSET,
    collaboration_id: int | Unset = UNSET,
    rule_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    include_root: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[Error | RolePage]:
    """Returns a list of roles

     Returns a list of roles. Depending on your permission, you get all the roles for all organizations
    or only the roles that belong to your organization.

    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |Role|Global|View|❌|❌|View all roles|
    |Role|Collaboration|View|❌|❌|View all roles in your collaborations|
    |Role|Organization|View|❌|❌|View roles that are part of your organization|

    Accesible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        name (str | Unset):
        description (str | Unset):
        organization_id (list[int] | Unset):
        collaboration_id (int | Unset):
        rule_id (int | Unset):
        user_id (int | Unset):
        include_root (bool | Unset):
        page (int | Unset):
        per_page (int | Unset):
        sort (str | Unset):

    Returns:
        Response[Error | RolePage]
    """

    kwargs = _get_kwargs(
        name=name,
        description=description,
        organization_id=organization_id,
        collaboration_id=collaboration_id,
        rule_id=rule_id,
        user_id=user_id,
        include_root=include_root,
        page=page,
        per_page=per_page,
        sort=sort,
    )

    response = http.request(**kwargs)

    return _build_response(response)
