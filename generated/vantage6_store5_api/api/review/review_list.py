from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.review_page import ReviewPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    algorithm_id: int | Unset = UNSET,
    reviewer_id: int | Unset = UNSET,
    under_review: bool | Unset = UNSET,
    reviewed: bool | Unset = UNSET,
    approved: bool | Unset = UNSET,
    rejected: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["algorithm_id"] = algorithm_id

    params["reviewer_id"] = reviewer_id

    params["under_review"] = under_review

    params["reviewed"] = reviewed

    params["approved"] = approved

    params["rejected"] = rejected

    params["page"] = page

    params["per_page"] = per_page

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/review",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Error | ReviewPage | None:
    if response.status_code == 200:
        response_200 = ReviewPage.from_dict(response.json())

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


def _build_response(response: httpx.Response) -> Response[Error | ReviewPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    *,
    algorithm_id: int | Unset = UNSET,
    reviewer_id: int | Unset = UNSET,
    under_review: bool | Unset = UNSET,
    reviewed: bool | Unset = UNSET,
    approved: bool | Unset = UNSET,
    rejected: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[Error | ReviewPage]:
    """List reviews

     List algorithm reviews

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        algorithm_id (int | Unset):
        reviewer_id (int | Unset):
        under_review (bool | Unset):
        reviewed (bool | Unset):
        approved (bool | Unset):
        rejected (bool | Unset):
        page (int | Unset):
        per_page (int | Unset):
        sort (str | Unset):

    Returns:
        Response[Error | ReviewPage]
    """

    kwargs = _get_kwargs(
        algorithm_id=algorithm_id,
        reviewer_id=reviewer_id,
        under_review=under_review,
        reviewed=reviewed,
        approved=approved,
        rejected=rejected,
        page=page,
        per_page=per_page,
        sort=sort,
    )

    response = http.request(**kwargs)

    return _build_response(response)
