from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.rule import Rule
from ...types import UNSET, Response


def _get_kwargs(
    role_id: int,
    rule_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/role/{role_id}/rule/{rule_id}".format(
            role_id=quote(str(role_id), safe=""),
            rule_id=quote(str(rule_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Error | list[Rule] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Rule.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    return None


def _build_response(response: httpx.Response) -> Response[Error | list[Rule]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    role_id: int,
    rule_id: int,
) -> Response[Error | list[Rule]]:
    """Remove rule from role

     Remove rule from role.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        role_id (int):
        rule_id (int):

    Returns:
        Response[Error | list[Rule]]
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        rule_id=rule_id,
    )

    response = http.request(**kwargs)

    return _build_response(response)
