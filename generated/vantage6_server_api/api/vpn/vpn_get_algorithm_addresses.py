from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.algorithm_addresses import AlgorithmAddresses
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    label: str | Unset = UNSET,
    only_children: bool | Unset = UNSET,
    only_parent: bool | Unset = UNSET,
    only_siblings: bool | Unset = UNSET,
    only_self: bool | Unset = UNSET,
    include_children: bool | Unset = UNSET,
    include_parent: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["label"] = label

    params["only_children"] = only_children

    params["only_parent"] = only_parent

    params["only_siblings"] = only_siblings

    params["only_self"] = only_self

    params["include_children"] = include_children

    params["include_parent"] = include_parent

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vpn/algorithm/addresses",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> AlgorithmAddresses | Error | None:
    if response.status_code == 200:
        response_200 = AlgorithmAddresses.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    return None


def _build_response(response: httpx.Response) -> Response[AlgorithmAddresses | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    *,
    label: str | Unset = UNSET,
    only_children: bool | Unset = UNSET,
    only_parent: bool | Unset = UNSET,
    only_siblings: bool | Unset = UNSET,
    only_self: bool | Unset = UNSET,
    include_children: bool | Unset = UNSET,
    include_parent: bool | Unset = UNSET,
) -> Response[AlgorithmAddresses | Error]:
    """Get a list of the addresses (IP + port) and labels of algorithm

     Returns a dictionary of addresses of algorithm containers in the same task.

    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |Port|Global|View|❌|❌|View any result|
    |Port|Organization|View|❌|✅|View the ports of your organizations collaborations|

    Not accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        label (str | Unset):
        only_children (bool | Unset):
        only_parent (bool | Unset):
        only_siblings (bool | Unset):
        only_self (bool | Unset):
        include_children (bool | Unset):
        include_parent (bool | Unset):

    Returns:
        Response[AlgorithmAddresses | Error]
    """

    kwargs = _get_kwargs(
        label=label,
        only_children=only_children,
        only_parent=only_parent,
        only_siblings=only_siblings,
        only_self=only_self,
        include_children=include_children,
        include_parent=include_parent,
    )

    response = http.request(**kwargs)

    return _build_response(response)
