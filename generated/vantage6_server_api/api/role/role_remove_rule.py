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
        "method": "delete",
        "url": "/role/{id}/rule/{rule_id}".format(
            id=quote(str(id), safe=""),
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
    """Removes rule from role.

     Removes a rule from a role given the user has permission and the rule id exists.

    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |Role|Global|Edit|❌|❌|Delete any rule in a role|
    |Role|Collaboration|Edit|❌|❌|Delete any rule in roles in your collaborations|
    |Role|Organization|Edit|❌|❌|Delete any rule in roles in your organization|

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
