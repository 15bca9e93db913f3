from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.collaboration_change_organization import CollaborationChangeOrganization
from ...models.error import Error
from ...models.organization import Organization
from ...types import UNSET, Response


def _get_kwargs(
    id: int,
    *,
    body: CollaborationChangeOrganization,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/collaboration/{id}/organization".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Error | list[Organization] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Organization.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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


def _build_response(response: httpx.Response) -> Response[Error | list[Organization]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    id: int,
    *,
    body: CollaborationChangeOrganization,
) -> Response[Error | list[Organization]]:
    """Remove organization from collaboration

     Removes a single organization from an existing collaboration.

    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |Collaboration|Global|Edit|❌|❌|Remove an organization from an existing collaboration|
    |Collaboration|Collaboration|Edit|❌|❌|Remove an organization from an existing collaboration that
    your organization is a member of|


    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        id (int):
        body (CollaborationChangeOrganization):

    Returns:
        Response[Error | list[Organization]]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
