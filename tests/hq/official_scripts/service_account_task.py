"""A service account's federated analysis in an encrypted collaboration,
written for the official ``vantage6-client==5.0.3``.

It logs in as a service account, sets up encryption with its organization's
private key, starts a session, extracts a dataframe at every organization,
waits until it is ready, runs ``partial_sum`` on it at the organizations
given, and prints each result. Configuration from the environment:

    V6_HQ_URL, V6_AUTH_URL, V6_AUTH_REALM, V6_AUTH_CLIENT
    V6_SERVICE_ACCOUNT, V6_SERVICE_ACCOUNT_SECRET
    V6_PRIVATE_KEY          path of the organization's private key (PEM)
    V6_COLLABORATION        collaboration id
    V6_ORGANIZATIONS        comma-separated ids of the organizations to compute
    V6_NAME                 a prefix for the names of what the script makes

Findings are printed on stdout as JSON lines, ``{"step": ..., ...}``.
"""

# ruff: noqa: T201 - printing its findings is what this script does

import json
import os
import time

from vantage6.client import UserClient as Client


def report(step: str, **facts: object) -> None:
    print(json.dumps({"step": step, **facts}), flush=True)


client = Client(
    os.environ["V6_HQ_URL"],
    os.environ["V6_AUTH_URL"],
    auth_realm=os.environ.get("V6_AUTH_REALM", "vantage6"),
    auth_client=os.environ.get("V6_AUTH_CLIENT", "public_client"),
)
client.initialize_service_account(
    os.environ["V6_SERVICE_ACCOUNT_SECRET"], username=os.environ["V6_SERVICE_ACCOUNT"]
)
client.authenticate_service_account()
me = client.user.get_own_user()
report("authenticated", username=me["username"])

client.setup_encryption(os.environ["V6_PRIVATE_KEY"])
report("encryption")

collaboration_id = int(os.environ["V6_COLLABORATION"])
organization_ids = [int(i) for i in os.environ["V6_ORGANIZATIONS"].split(",")]
name = os.environ["V6_NAME"]
client.setup_collaboration(collaboration_id)

session = client.session.create("own", name=f"{name}-session")
report("session", id=session["id"])

dataframe = client.dataframe.create(
    "default", "any/image", "read", {"table": "ages"}, session=session["id"]
)
deadline = time.time() + 120
while not client.dataframe.get(dataframe["id"])["ready"]:
    if time.time() > deadline:
        raise SystemExit(f"dataframe {dataframe['id']} not ready after 120 s")
    time.sleep(1)
dataframe = client.dataframe.get(dataframe["id"])
report(
    "dataframe",
    id=dataframe["id"],
    columns=sorted({column["name"] for column in dataframe["columns"]}),
)

task = client.task.create(
    organization_ids,
    f"{name}-sum",
    "any/image",
    "partial sums of the ages",
    "partial_sum",
    arguments={"column": "age"},
    session=session["id"],
    databases=[[{"type": "dataframe", "dataframe_id": dataframe["id"]}]],
    action="federated_compute",
)
report("task", id=task["id"])

results = client.wait_for_results(task["id"])
for result in results["data"]:
    report("result", id=result["id"], result=json.loads(result["result"]))
