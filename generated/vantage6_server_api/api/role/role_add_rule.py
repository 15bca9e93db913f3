from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.rule import Rule
from ...types import UNSET, Response


def _get_kwargs(
    id: int,
    rule_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/role/{id}/rule/{rule_id}".format(
            id=quote(str(id), safe=""),
            rule_id=quote(str(rule_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Error | list[Rule] | None:
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in _response_201:
            response_201_item = Rule.from_dict(response_201_item_data)

            response_201.append(response_201_item)

        return response_201

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


def _build_response(response: httpx.Response) -> Response[Error | list[Rule]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    id: int,
    rule_id: int,
) -> Response[Error | list[Rule]]:
    """Add a rule to a role.

     Add a rule to a role given that the role exists already and that the user has the permission to do
    so.

    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |Role|Global|Edit|❌|❌|Edit any role|
    |Role|Collaboration|Edit|❌|❌|Edit any role in your collaborations |
    |Role|Organization|Edit|❌|❌|Edit any role in your organization|

    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        id (int):
        rule_id (int):

    Returns:
        Response[Error | list[Rule]]
    """

    kwargs = _get_kwargs(
        id=id,
        rule_id=rule_id,
    )

    response = http.request(**kwargs)

    return _build_response(response)
