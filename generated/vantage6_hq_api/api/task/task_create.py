from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.task import Task
from ...models.task_input import TaskInput
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: TaskInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/task",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Error | Task | None:
    if response.status_code == 201:
        response_201 = Task.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    return None


def _build_response(response: httpx.Response) -> Response[Error | Task]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    http: httpx.Client,
    *,
    body: TaskInput,
) -> Response[Error | Task]:
    """Adds new computation task

     Creates a new task within a collaboration. If no `organization_ids` are given the task is send to
    all organizations within the collaboration. The endpoint can be accessed by both a `User` and
    `Container`.

    ### Permission Table
    |Rule name|Scope|Operation|Assigned to node|Assigned to container| Description|
    |--|--|--|--|--|--|
    |Task|Global|Create|❌|❌|Create a new task|
    |Task|Collaboration|Create|❌|✅|Create a new task for a specific collaboration in which your
    organization participates|

    ## Accessed as `User`
    This endpoint is accessible to users. A new `job_id` is created when a user creates a task. The user
    needs to be within an organization that is part of the collaboration to which the task is posted.

    ## Accessed as `Container`
    When this endpoint is accessed by an algorithm container, it is considered to be a child-task of the
    container, and will get the `job_id` from the initial task. Containers have limited permissions to
    create tasks: for instance, they are only allowed to create tasks in the same collaboration.

    Args:
        http (httpx.Client): The connection, with its base URL and authentication.
        body (TaskInput):

    Returns:
        Response[Error | Task]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = http.request(**kwargs)

    return _build_response(response)
