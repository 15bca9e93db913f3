from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.vpn_config import VpnConfig
from ...types import UNSET, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vpn",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Error | VpnConfig | None:
    if response.status_code == 200:
        response_200 = VpnConfig.from_dict(response.json())

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

    if response.status_code == 501:
        response_501 = Error.from_dict(response.json())

        return response_501

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    return None


def _build_response(response: httpx.Response) -> Response[Error | VpnConfig]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
) -> Response[Error | VpnConfig]:
    """Get OVPN configuration file

     Returns the contents of an OVPN configuration file. This configuration allows the node to connect to
    the VPN server.

    This endpoint is not accessible for users, but only for authenticated nodes.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.

    Returns:
        Response[Error | VpnConfig]
    """

    kwargs = _get_kwargs()

    response = http.request(**kwargs)

    return _build_response(response)
