from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.public_policies import PublicPolicies
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/policy/public",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Error | PublicPolicies | None:
    if response.status_code == 200:
        response_200 = PublicPolicies.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    return None


def _build_response(response: httpx.Response) -> Response[Error | PublicPolicies]:
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
) -> Response[Error | PublicPolicies]:
    """List public algorithm store policies

     List of public policies at the algorithm store.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        name (str | Unset):

    Returns:
        Response[Error | PublicPolicies]
    """

    kwargs = _get_kwargs(
        name=name,
    )

    response = http.request(**kwargs)

    return _build_response(response)
