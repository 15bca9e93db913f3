from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...types import UNSET, File, FileTypes, Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/blobstream/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Error | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 501:
        response_501 = Error.from_dict(response.json())

        return response_501

    return None


def _build_response(response: httpx.Response) -> Response[Error | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    id: str,
) -> Response[Error | File]:
    """Stream the result or input with the given id from blob storage.

     Streams the result or input with the given id from blob storage.
    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |Blobstream|Global|View|❌|❌|View any blob|
    |Blobstream|Collaboration|View|✅|✅|View the blobs of your organization's collaborations|
    |Blobstream|Organization|View|❌|❌|View any blob from a task created by your organization|
    |Blobstream|Own|View|❌|❌|View any blob from a task created by you|

    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        id (str):

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = http.request(**kwargs)

    return _build_response(response)
