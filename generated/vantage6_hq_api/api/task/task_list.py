from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.task_page import TaskPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    init_org_id: int | Unset = UNSET,
    init_user_id: int | Unset = UNSET,
    collaboration_id: int | Unset = UNSET,
    study_id: int | Unset = UNSET,
    is_user_created: int | Unset = UNSET,
    image: str | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    job_id: int | Unset = UNSET,
    store_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    database: str | Unset = UNSET,
    run_id: int | Unset = UNSET,
    include: list[str] | Unset = UNSET,
    status: str | Unset = UNSET,
    session_id: int | Unset = UNSET,
    dataframe_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["init_org_id"] = init_org_id

    params["init_user_id"] = init_user_id

    params["collaboration_id"] = collaboration_id

    params["study_id"] = study_id

    params["is_user_created"] = is_user_created

    params["image"] = image

    params["parent_id"] = parent_id

    params["job_id"] = job_id

    params["store_id"] = store_id

    params["name"] = name

    params["description"] = description

    params["database"] = database

    params["run_id"] = run_id

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    params["include"] = json_include

    params["status"] = status

    params["session_id"] = session_id

    params["dataframe_id"] = dataframe_id

    params["page"] = page

    params["per_page"] = per_page

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/task",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Error | TaskPage | None:
    if response.status_code == 200:
        response_200 = TaskPage.from_dict(response.json())

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


def _build_response(response: httpx.Response) -> Response[Error | TaskPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    *,
    init_org_id: int | Unset = UNSET,
    init_user_id: int | Unset = UNSET,
    collaboration_id: int | Unset = UNSET,
    study_id: int | Unset = UNSET,
    is_user_created: int | Unset = UNSET,
    image: str | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    job_id: int | Unset = UNSET,
    store_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    database: str | Unset = UNSET,
    run_id: int | Unset = UNSET,
    include: list[str] | Unset = UNSET,
    status: str | Unset = UNSET,
    session_id: int | Unset = UNSET,
    dataframe_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[Error | TaskPage]:
    """List tasks

     Returns a list of tasks.

    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |Task|Global|View|❌|❌|View any task|
    |Task|Collaboration|View|✅|✅|View any task in your collaborations|

    |Task|Organization|View|❌|❌|View any task that your organization created|
    |Task|Own|View|❌|❌|View any task that you created|

    Accessible to users.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        init_org_id (int | Unset):
        init_user_id (int | Unset):
        collaboration_id (int | Unset):
        study_id (int | Unset):
        is_user_created (int | Unset):
        image (str | Unset):
        parent_id (int | Unset):
        job_id (int | Unset):
        store_id (int | Unset):
        name (str | Unset):
        description (str | Unset):
        database (str | Unset):
        run_id (int | Unset):
        include (list[str] | Unset):
        status (str | Unset):
        session_id (int | Unset):
        dataframe_id (int | Unset):
        page (int | Unset):
        per_page (int | Unset):
        sort (str | Unset):

    Returns:
        Response[Error | TaskPage]
    """

    kwargs = _get_kwargs(
        init_org_id=init_org_id,
        init_user_id=init_user_id,
        collaboration_id=collaboration_id,
        study_id=study_id,
        is_user_created=is_user_created,
        image=image,
        parent_id=parent_id,
        job_id=job_id,
        store_id=store_id,
        name=name,
        description=description,
        database=database,
        run_id=run_id,
        include=include,
        status=status,
        session_id=session_id,
        dataframe_id=dataframe_id,
        page=page,
        per_page=per_page,
        sort=sort,
    )

    response = http.request(**kwargs)

    return _build_response(response)
