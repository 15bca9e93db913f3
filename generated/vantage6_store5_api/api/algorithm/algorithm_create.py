from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.algorithm import Algorithm
from ...models.algorithm_input import AlgorithmInput
from ...models.error import Error
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: AlgorithmInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/algorithm",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Algorithm | Error | None:
    if response.status_code == 201:
        response_201 = Algorithm.from_dict(response.json())

        return response_201

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


def _build_response(response: httpx.Response) -> Response[Algorithm | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    *,
    body: AlgorithmInput,
) -> Response[Algorithm | Error]:
    """Create new algorithm

     Create a new algorithm. The algorithm is not yet active. It is created in a draft state. The
    algorithm can be activated by changing the status to 'active'.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        body (AlgorithmInput):

    Returns:
        Response[Algorithm | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
