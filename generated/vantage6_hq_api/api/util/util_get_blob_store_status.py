from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.blob_store_status import BlobStoreStatus
from ...models.error import Error
from ...types import UNSET, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/blobstream/status",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> BlobStoreStatus | Error | None:
    if response.status_code == 200:
        response_200 = BlobStoreStatus.from_dict(response.json())

        return response_200

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


def _build_response(response: httpx.Response) -> Response[BlobStoreStatus | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
) -> Response[BlobStoreStatus | Error]:
    """Get the status of the blob store

     Returns whether or not blob storage is enabled.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.

    Returns:
        Response[BlobStoreStatus | Error]
    """

    kwargs = _get_kwargs()

    response = http.request(**kwargs)

    return _build_response(response)
