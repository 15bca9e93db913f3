from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.blob_reference import BlobReference
from ...models.error import Error
from ...types import UNSET, File, FileTypes, Response, Unset


def _get_kwargs(
    *,
    body: File | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/blobstream",
    }

    if not isinstance(body, Unset):
        _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> BlobReference | Error | None:
    if response.status_code == 201:
        response_201 = BlobReference.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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


def _build_response(response: httpx.Response) -> Response[BlobReference | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    *,
    body: File | Unset = UNSET,
) -> Response[BlobReference | Error]:
    """Post a result to the blob storage.

     Stream and store blob to blob storage.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        body (File | Unset):

    Returns:
        Response[BlobReference | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
