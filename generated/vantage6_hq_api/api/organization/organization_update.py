from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.organization import Organization
from ...models.organization_update import OrganizationUpdate
from ...types import UNSET, Response


def _get_kwargs(
    id: int,
    *,
    body: OrganizationUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/organization/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Error | Organization | None:
    if response.status_code == 200:
        response_200 = Organization.from_dict(response.json())

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

    return None


def _build_response(response: httpx.Response) -> Response[Error | Organization]:
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
    body: OrganizationUpdate,
) -> Response[Error | Organization]:
    """Update organization

     Updates the organization with the specified id.

    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |Organization|Global|Edit|❌|❌|Update an organization with specified id|
    |Organization|Collaboration|Edit|❌|❌|Update an organization within the collaboration the user is
    part of|
    |Organization|Organization|Edit|❌|❌|Update the organization that the user is part of|

    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        id (int):
        body (OrganizationUpdate):

    Returns:
        Response[Error | Organization]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
