"""Print, as JSON, facts of the pinned server the SDK checks arguments
against: the database columns of each model a list sorts, and the statuses a
task or run can have (run with the server's virtualenv: .venv-server/bin/python)."""

import json

import sqlalchemy
from vantage6.algorithm.store import model as store
from vantage6.common.task_status import TaskStatus
from vantage6.server import model as server

MODELS = {
    "USERS": server.User,
    "ORGANIZATIONS": server.Organization,
    "COLLABORATIONS": server.Collaboration,
    "ROLES": server.Role,
    "RULES": server.Rule,
    "NODES": server.Node,
    "STUDIES": server.Study,
    "STORES": server.AlgorithmStore,
    "TASKS": server.Task,
    "RUNS": server.Run,
    "STORE_USERS": store.User,
}

columns = {
    name: sorted(c.key for c in sqlalchemy.inspect(model).column_attrs)
    for name, model in MODELS.items()
}
print(json.dumps({"columns": columns, "statuses": [s.value for s in TaskStatus]}))  # noqa: T201
