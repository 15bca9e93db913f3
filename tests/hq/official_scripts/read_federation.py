"""What a service account can see of its federation, written for the
official ``vantage6-client==5.0.3``: HQ's version, its own user, a
collaboration and the organizations in it. Configuration from the
environment:

    V6_HQ_URL, V6_AUTH_URL, V6_AUTH_REALM, V6_AUTH_CLIENT
    V6_SERVICE_ACCOUNT, V6_SERVICE_ACCOUNT_SECRET
    V6_COLLABORATION        collaboration id

Findings are printed on stdout as JSON lines, ``{"step": ..., ...}``.
"""

# ruff: noqa: T201 - printing its findings is what this script does

import json
import os

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

version = client.util.get_hq_version()
report("version", version=version["version"])

me = client.user.get_own_user()
report("me", username=me["username"], organization=me["organization"]["id"])

collaboration = client.collaboration.get(int(os.environ["V6_COLLABORATION"]))
report(
    "collaboration",
    id=collaboration["id"],
    name=collaboration["name"],
    encrypted=bool(collaboration["encrypted"]),
)

organizations = client.organization.list(collaboration=collaboration["id"])
report(
    "organizations",
    ids=sorted(organization["id"] for organization in organizations["data"]),
    names=sorted(organization["name"] for organization in organizations["data"]),
)
