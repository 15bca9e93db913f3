from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.rule_page import RulePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    operation: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    role_id: int | Unset = UNSET,
    user_id: str | Unset = UNSET,
    current_user: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    no_pagination: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["operation"] = operation

    params["scope"] = scope

    params["role_id"] = role_id

    params["user_id"] = user_id

    params["current_user"] = current_user

    params["page"] = page

    params["per_page"] = per_page

    params["sort"] = sort

    params["no_pagination"] = no_pagination

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rule",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Error | RulePage | None:
    if response.status_code == 200:
        response_200 = RulePage.from_dict(response.json())

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


def _build_response(response: httpx.Response) -> Response[Error | RulePage]:
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
    operation: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    role_id: int | Unset = UNSET,
    user_id: str | Unset = UNSET,
    current_user: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    no_pagination: int | Unset = UNSET,
) -> Response[Error | RulePage]:
    """List Rules

     List of all available rules. The user must be authenticated, but does not require any additional
    permissions to view the rules.

    Accesible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        name (str | Unset):
        operation (str | Unset):
        scope (str | Unset):
        role_id (int | Unset):
        user_id (str | Unset):
        current_user (bool | Unset):
        page (int | Unset):
        per_page (int | Unset):
        sort (str | Unset):
        no_pagination (int | Unset):

    Returns:
        Response[Error | RulePage]
    """

    kwargs = _get_kwargs(
        name=name,
        operation=operation,
        scope=scope,
        role_id=role_id,
        user_id=user_id,
        current_user=current_user,
        page=page,
        per_page=per_page,
        sort=sort,
        no_pagination=no_pagination,
    )

    response = http.request(**kwargs)

    return _build_response(response)
