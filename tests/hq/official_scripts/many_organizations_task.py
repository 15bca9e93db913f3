"""A federated sum over every organization of a large collaboration (more
than ten), written for the official ``vantage6-client==5.0.3``.

The user logs in in a browser (the device login: ``authenticate()`` opens
the page), works in a plain collaboration, extracts a dataframe, runs
``partial_sum`` at every organization and prints what came back.
Configuration from the environment:

    V6_HQ_URL, V6_AUTH_URL, V6_AUTH_REALM, V6_AUTH_CLIENT
    V6_COLLABORATION        collaboration id
    V6_ORGANIZATIONS        comma-separated ids of the organizations to compute
    V6_NAME                 a prefix for the names of what the script makes

Findings are printed on stdout as JSON lines, ``{"step": ..., ...}``.
"""

# ruff: noqa: T201 - printing its findings is what this script does

import json
import os
import time

from vantage6.client import UserClient


def report(step: str, **facts: object) -> None:
    print(json.dumps({"step": step, **facts}), flush=True)


client = UserClient(
    os.environ["V6_HQ_URL"],
    os.environ["V6_AUTH_URL"],
    auth_realm=os.environ.get("V6_AUTH_REALM", "vantage6"),
    auth_client=os.environ.get("V6_AUTH_CLIENT", "public_client"),
)
client.authenticate()
client.setup_encryption(None)  # a plain collaboration
report("authenticated", username=client.whoami.name)

collaboration_id = int(os.environ["V6_COLLABORATION"])
organization_ids = [int(i) for i in os.environ["V6_ORGANIZATIONS"].split(",")]
name = os.environ["V6_NAME"]
client.setup_collaboration(collaboration_id)

session = client.session.create("collaboration", name=f"{name}-session")
dataframe = client.dataframe.create(
    "default", "any/image", "read", {"table": "visits"}, session=session["id"]
)
deadline = time.time() + 180
while not client.dataframe.get(dataframe["id"])["ready"]:
    if time.time() > deadline:
        raise SystemExit(f"dataframe {dataframe['id']} not ready after 180 s")
    time.sleep(1)
dataframe = client.dataframe.get(dataframe["id"])
report("dataframe", id=dataframe["id"], ready_at=dataframe["organizations_ready"])

task = client.task.create(
    organization_ids,
    f"{name}-sum",
    "any/image",
    "partial sums at every organization",
    "partial_sum",
    arguments={"column": "age"},
    session=session["id"],
    databases=[[{"type": "dataframe", "dataframe_id": dataframe["id"]}]],
    action="federated_compute",
)
report("task", id=task["id"])

results = client.wait_for_results(task["id"])
partials = [json.loads(result["result"]) for result in results["data"]]
runs = client.run.from_task(task["id"])
report(
    "results",
    results=len(results["data"]),
    runs=len(runs["data"]),
    organizations=sorted(run["organization"]["id"] for run in runs["data"]),
    sum=sum(partial["sum"] for partial in partials),
    count=sum(partial["count"] for partial in partials),
)
