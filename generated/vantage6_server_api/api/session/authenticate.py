from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.message import Message
from ...models.token_user_input import TokenUserInput
from ...models.two_factor_setup import TwoFactorSetup
from ...models.user_tokens import UserTokens
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: TokenUserInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/token/user",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> Error | Message | TwoFactorSetup | UserTokens | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Message | TwoFactorSetup | UserTokens:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = UserTokens.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = TwoFactorSetup.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_2 = Message.from_dict(data)

            return response_200_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    return None


def _build_response(
    response: httpx.Response,
) -> Response[Error | Message | TwoFactorSetup | UserTokens]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    *,
    body: TokenUserInput,
) -> Response[Error | Message | TwoFactorSetup | UserTokens]:
    """Login user

     Allow user to sign in by supplying a username and password. When MFA is enabled on the server, a
    code is also required

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        body (TokenUserInput):

    Returns:
        Response[Error | Message | TwoFactorSetup | UserTokens]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
