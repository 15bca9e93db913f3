from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.algorithm_page import AlgorithmPage
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    display_name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    image: str | Unset = UNSET,
    awaiting_reviewer_assignment: bool | Unset = UNSET,
    under_review: bool | Unset = UNSET,
    in_review_process: bool | Unset = UNSET,
    invalidated: bool | Unset = UNSET,
    partitioning: str | Unset = UNSET,
    vantage6_version: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["display_name"] = display_name

    params["description"] = description

    params["image"] = image

    params["awaiting_reviewer_assignment"] = awaiting_reviewer_assignment

    params["under_review"] = under_review

    params["in_review_process"] = in_review_process

    params["invalidated"] = invalidated

    params["partitioning"] = partitioning

    params["vantage6_version"] = vantage6_version

    params["page"] = page

    params["per_page"] = per_page

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/algorithm",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> AlgorithmPage | Error | None:
    if response.status_code == 200:
        response_200 = AlgorithmPage.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    return None


def _build_response(response: httpx.Response) -> Response[AlgorithmPage | Error]:
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
    display_name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    image: str | Unset = UNSET,
    awaiting_reviewer_assignment: bool | Unset = UNSET,
    under_review: bool | Unset = UNSET,
    in_review_process: bool | Unset = UNSET,
    invalidated: bool | Unset = UNSET,
    partitioning: str | Unset = UNSET,
    vantage6_version: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[AlgorithmPage | Error]:
    """List algorithms

     Return a list of algorithms
    By default, only approved algorithms are returned. To get non-approved algorithms, set the
    'awaiting_reviewer_assignment', 'under_review' or 'invalidated' parameter to True.
    Nodes are always allowed to list approved algorithms (e.g. filtered by 'image'), regardless of this
    store's algorithm_view policy - this lets a node independently verify that an image is a registered,
    approved algorithm for its own allowed_algorithm_stores policy. Nodes cannot use the non-approved
    filters.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        name (str | Unset):
        display_name (str | Unset):
        description (str | Unset):
        image (str | Unset):
        awaiting_reviewer_assignment (bool | Unset):
        under_review (bool | Unset):
        in_review_process (bool | Unset):
        invalidated (bool | Unset):
        partitioning (str | Unset):
        vantage6_version (str | Unset):
        page (int | Unset):
        per_page (int | Unset):
        sort (str | Unset):

    Returns:
        Response[AlgorithmPage | Error]
    """

    kwargs = _get_kwargs(
        name=name,
        display_name=display_name,
        description=description,
        image=image,
        awaiting_reviewer_assignment=awaiting_reviewer_assignment,
        under_review=under_review,
        in_review_process=in_review_process,
        invalidated=invalidated,
        partitioning=partitioning,
        vantage6_version=vantage6_version,
        page=page,
        per_page=per_page,
        sort=sort,
    )

    response = http.request(**kwargs)

    return _build_response(response)
