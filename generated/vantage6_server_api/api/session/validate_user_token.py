from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.user_token_validation import UserTokenValidation
from ...types import UNSET, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/token/user/validate",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Error | UserTokenValidation | None:
    if response.status_code == 200:
        response_200 = UserTokenValidation.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    return None


def _build_response(response: httpx.Response) -> Response[Error | UserTokenValidation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
) -> Response[Error | UserTokenValidation]:
    """Validate a user token

     Validate that a user token is valid. This is used by external services such as an algorithm store to
    validate that a user token is valid.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.

    Returns:
        Response[Error | UserTokenValidation]
    """

    kwargs = _get_kwargs()

    response = http.request(**kwargs)

    return _build_response(response)
