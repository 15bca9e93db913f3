from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.reset_2fa_input import Reset2FAInput
from ...models.two_factor_setup import TwoFactorSetup
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: Reset2FAInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/recover/2fa/reset",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Error | TwoFactorSetup | None:
    if response.status_code == 200:
        response_200 = TwoFactorSetup.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    return None


def _build_response(response: httpx.Response) -> Response[Error | TwoFactorSetup]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    *,
    body: Reset2FAInput,
) -> Response[Error | TwoFactorSetup]:
    """Set a new two-factor authentication secret using a recover token

     User can use a recover token to reset their two-factor authentication secret

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        body (Reset2FAInput):

    Returns:
        Response[Error | TwoFactorSetup]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
