"""A small federation on the real HQ, made through the generated bindings:
root's organization and a hospital in one collaboration, the hospital's
node, and a session whose dataframe the node has extracted."""

from __future__ import annotations

import base64
import json
import time
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
from vantage6_hq_api.api import Operations
from vantage6_hq_api.models import (
    CollaborationInput,
    DataframeInitInput,
    Error,
    NewNode,
    NewUser,
    NodeInput,
    OrganizationInput,
    SessionInput,
    SessionTaskInput,
    TaskDatabaseInput,
    TaskInput,
    TaskOrganization,
    UserInput,
)
from vantage6_hq_api.types import Response

from vantage6_client.testing.hq_node import HQNodePlayer

Parsed = TypeVar("Parsed")


def ok(response: Response[Error | Parsed], status: int = 200) -> Parsed:
    """The parsed answer, asserting the status HQ gave."""
    assert response.status_code == status, response.content[:300]
    assert response.parsed is not None and not isinstance(response.parsed, Error)
    return response.parsed


def unique(prefix: str) -> str:
    return f"{prefix}-{time.monotonic_ns()}"


def b64json(value: Any) -> str:
    """Arguments or a result as a plain collaboration carries them."""
    return base64.b64encode(json.dumps(value).encode()).decode()


def unb64json(text: str) -> Any:
    return json.loads(base64.b64decode(text))


@dataclass
class Federation:
    collaboration: int
    own: int  # root's organization
    hospital: int
    node: NewNode
    session: int


def federation(ops: Operations, root: httpx.Client, *, encrypted: bool) -> Federation:
    """Root's organization and a new hospital, a collaboration, the
    hospital's node and a session (collaboration scope)."""
    name = unique("fed")
    hospital = ok(
        ops.organization_create(root, body=OrganizationInput(name=name)), 201
    ).id
    own = ok(ops.user_me(root)).organization
    assert own is not None
    collaboration = ok(
        ops.collaboration_create(
            root,
            body=CollaborationInput(
                name=name, organization_ids=[own.id, hospital], encrypted=encrypted
            ),
        )
    ).id  # 200, not 201
    node = ok(
        ops.node_create(
            root,
            body=NodeInput(
                name=name, collaboration_id=collaboration, organization_id=hospital
            ),
        ),
        201,
    )
    session = ok(
        ops.session_create(
            root,
            body=SessionInput(
                name=name, collaboration_id=collaboration, scope="collaboration"
            ),
        ),
        201,
    ).id
    return Federation(collaboration, own.id, hospital, node, session)


def add_own_node(ops: Operations, root: httpx.Client, world: Federation) -> NewNode:
    """A node for root's organization too: every organization of the
    collaboration runs the session's tasks."""
    return ok(
        ops.node_create(
            root,
            body=NodeInput(
                name=unique("own"),
                collaboration_id=world.collaboration,
                organization_id=world.own,
            ),
        ),
        201,
    )


def extract_dataframe(
    ops: Operations, root: httpx.Client, world: Federation, node: HQNodePlayer
) -> int:
    """A dataframe of the session, extracted by the hospital's node."""
    dataframe = ok(
        ops.dataframe_create(
            root,
            world.session,
            body=DataframeInitInput(
                label="default",
                name=unique("df"),
                task=SessionTaskInput(
                    image="any/image",
                    method="read",
                    organizations=[TaskOrganization(id=world.hospital)],
                ),
            ),
        ),
        201,
    ).id
    [extraction] = node.handle_open_runs()
    run = ok(ops.run_get(root, extraction))
    assert (run.action, run.status) == ("data_extraction", "completed"), run.log
    return dataframe


def compute_task(
    world: Federation, dataframe: int, method: str, arguments: str
) -> TaskInput:
    """A federated compute task for the hospital, on ``dataframe``."""
    return TaskInput(
        name=unique(method),
        image="any/image",
        method=method,
        collaboration_id=world.collaboration,
        session_id=world.session,
        action="federated_compute",
        organizations=[TaskOrganization(id=world.hospital, arguments=arguments)],
        databases=[[TaskDatabaseInput(type_="dataframe", dataframe_id=dataframe)]],
    )


def many_organizations(
    ops: Operations, root: httpx.Client, count: int, *, encrypted: bool
) -> tuple[int, list[int], list[NewNode]]:
    """A collaboration of root's organization and ``count`` more, each with
    its node: (collaboration, organization ids with root's first, nodes in
    the same order)."""
    name = unique("many")
    own = ok(ops.user_me(root)).organization
    assert own is not None
    others = [
        ok(
            ops.organization_create(root, body=OrganizationInput(name=f"{name}-{i}")),
            201,
        ).id
        for i in range(count)
    ]
    organizations = [own.id, *others]
    collaboration = ok(
        ops.collaboration_create(
            root,
            body=CollaborationInput(
                name=name, organization_ids=organizations, encrypted=encrypted
            ),
        )
    ).id
    nodes = [
        ok(
            ops.node_create(
                root,
                body=NodeInput(
                    name=f"{name}-node-{organization}",
                    collaboration_id=collaboration,
                    organization_id=organization,
                ),
            ),
            201,
        )
        for organization in organizations
    ]
    return collaboration, organizations, nodes


def researcher_service_account(ops: Operations, root: httpx.Client) -> NewUser:
    """A service account of root's organization with the Researcher role
    (made by root; HQ answers its client secret once)."""
    roles = [role.id for role in ok(ops.role_list(root, name="Researcher")).data]
    made = ok(
        ops.user_create(
            root,
            body=UserInput(
                username=unique("bot"), is_service_account=True, roles=roles
            ),
        ),
        201,
    )
    assert isinstance(made.username, str) and isinstance(made.client_secret, str)
    return made
