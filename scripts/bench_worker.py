"""One benchmark contestant in its own process: ours, official, or raw HTTP.

Run by ``scripts/bench.py`` with the interpreter of the contestant's
virtualenv (the official 4.x client lives in ``.venv-official``, the 5.x one
in ``.venv-hq``), so nothing is shared but the server. With ``BENCH_AUTH_URL``
set, the server is a 5.x HQ and logins go to that Keycloak. Two modes:

``serve``
    Reads one JSON command per line on stdin and answers one JSON line; the
    timing happens here, around the measured calls only.
``once``
    One fresh-process job (cold start, a big download): the parent measures
    the wall time and reads the peak RSS from the kernel.

Answers go to a private copy of stdout: the official client prints to stdout.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

ANSWERS = os.fdopen(os.dup(1), "w", buffering=1)
os.dup2(2, 1)  # anything the clients print lands on stderr


class Contestant:
    """The same operations, each client's idiomatic way."""

    def __init__(self, kind: str, url: str, ca: str | None) -> None:
        self.kind = kind
        scheme, _, rest = url.partition("://")
        host, _, port = rest.partition(":")
        self.host, self.port, self.base = f"{scheme}://{host}", int(port), url + "/api"
        self.ca = ca
        if kind == "ours":
            from vantage6_client import Client

            self.client: Any = Client(self.host, self.port, verify=ca or True)
        elif kind == "official":
            if ca:
                os.environ["REQUESTS_CA_BUNDLE"] = ca
            from vantage6.client import Client as Official

            self.client = Official(self.host, self.port, "/api", log_level="critical")
        elif kind == "httpx":
            import httpx

            self.client = httpx.Client(base_url=self.base, verify=_httpx_verify(ca))
        elif kind == "requests":
            import requests

            self.client = requests.Session()
            self.client.trust_env = False  # or REQUESTS_CA_BUNDLE beats .verify
            self.client.verify = ca or True
        else:
            raise SystemExit(f"unknown contestant {kind}")

    def login(self, username: str, password: str, key: str | None = None) -> None:
        if self.kind in ("ours", "official"):
            self.client.authenticate(username, password)
            if key:
                self.client.setup_encryption(key)
            return
        answer = self.client.post(
            self.base + "/token/user" if self.kind == "requests" else "/token/user",
            json={"username": username, "password": password},
        )
        answer.raise_for_status()
        self.client.headers["Authorization"] = "Bearer " + answer.json()["access_token"]

    # -- scenarios -----------------------------------------------------------
    def organization_get(self, id_: int) -> Any:
        if self.kind in ("ours", "official"):
            return self.client.organization.get(id_)
        path = f"/organization/{id_}"
        answer = self.client.get(self.base + path if self.kind == "requests" else path)
        answer.raise_for_status()
        return answer.json()

    def list_tasks(self, collaboration: int, per_page: int) -> int:
        if self.kind == "ours":
            listed = self.client.task.list(
                collaboration=collaboration, per_page=per_page
            )
            return len(listed.all())
        count, page = 0, 1
        while True:
            if self.kind == "official":  # its own page loop, its default page size
                answer = self.client.task.list(collaboration=collaboration, page=page)
            else:  # the raw floor: GET /task page by page, as ours asks
                query = {"collaboration_id": collaboration, "page": page,
                         "per_page": per_page}  # fmt: skip
                path = "/task"
                response = self.client.get(
                    self.base + path if self.kind == "requests" else path,
                    params=query,
                    timeout=120,
                )
                response.raise_for_status()
                answer = response.json()
            count += len(answer["data"])
            if not answer["links"].get("next"):
                return count
            page += 1

    def create_task(self, collaboration: int, organizations: list[int]) -> int:
        task = self.client.task.create(
            organizations=organizations,
            name="bench",
            image="v6/bench",
            description="",
            input_={"method": "echo", "kwargs": {"size": 1}},
            collaboration=collaboration,
            databases=[{"label": "default"}],
        )
        return int(task.id if self.kind == "ours" else task["id"])

    def results(self, tasks: list[int]) -> int:
        decoded = 0
        for task in tasks:
            results = self.client.result.from_task(task)
            if self.kind == "ours":
                decoded += sum(len(r.result["blob"]) for r in results)
            else:
                # it hands out the decrypted JSON text; users parse it
                decoded += sum(
                    len(json.loads(r["result"])["blob"]) for r in results["data"]
                )
        return decoded

    def result(self, id_: int) -> int:
        got = self.client.result.get(id_)
        data = got.result if self.kind == "ours" else json.loads(got)  # text
        return len(data["blob"])

    def task_result(self, task: int) -> int:
        got = self.client.result.from_task(task)
        if self.kind == "ours":
            return len(got[0].result["blob"])
        return len(json.loads(got["data"][0]["result"])["blob"])

    def wait(self, task: int, events: bool | None = None) -> float:
        """Wait for ``task``; the wall-clock instant the wait returned. Ours
        with ``events`` True (Socket.IO only), False (polling only) or None
        (its default); the official client only polls."""
        if self.kind == "ours":
            self.client.wait_for_results(task, **self._events(events))
        else:
            self.client.wait_for_results(task)
        return time.time()

    def wait_window(self, task: int, seconds: float) -> float:
        """Wait ``seconds`` on a task that does not finish in them (the bench
        counts the requests at its proxy). Ours gives up by its ``timeout``
        (events by default); the official client has no timeout, so its wait
        runs in a thread this process abandons (it exits next). Returns how
        long the wait ran."""
        started = time.perf_counter()
        if self.kind == "ours":
            try:
                self.client.wait_for_results(task, timeout=seconds)
            except TimeoutError:  # ours is also the built-in's subclass
                pass
            else:
                raise SystemExit(f"bench: task {task} finished during the window")
        else:
            thread = threading.Thread(
                target=self.client.wait_for_results, args=(task,), daemon=True
            )
            thread.start()
            thread.join(seconds)
            if not thread.is_alive():
                raise SystemExit(f"bench: task {task} finished during the window")
        return time.perf_counter() - started

    def _events(self, events: bool | None) -> dict[str, bool | None]:
        """``events=`` for our ``wait_for_results``, where it has one."""
        import inspect

        if "events" in inspect.signature(self.client.wait_for_results).parameters:
            return {"events": events}
        if events:
            raise SystemExit("bench: this SDK's wait_for_results has no events=")
        return {}  # before events=, our wait only polled


class HQContestant:
    """The same operations on a 5.x HQ, as a service account: the official
    5.x client's ``authenticate()`` needs a person at a browser."""

    def __init__(self, kind: str, url: str, auth_url: str) -> None:
        self.kind, self.base, self.auth_url = kind, url + "/api", auth_url
        if kind == "ours":
            from vantage6_client import Client

            self.client: Any = Client(self.base, auth_url=auth_url)
        elif kind == "official":
            from vantage6.client import UserClient

            self.client = UserClient(self.base, auth_url, log_level="critical")
        elif kind == "httpx":
            import httpx

            self.client = httpx.Client(base_url=self.base)
        else:
            raise SystemExit(f"unknown contestant {kind}")

    def login(self, username: str, secret: str, key: str | None = None) -> None:
        if self.kind == "httpx":
            import httpx

            token = httpx.post(
                f"{self.auth_url}/realms/vantage6/protocol/openid-connect/token",
                data={"grant_type": "client_credentials", "client_secret": secret,
                      "client_id": f"{username}-user-client"},
            )  # fmt: skip
            token.raise_for_status()
            bearer = "Bearer " + token.json()["access_token"]
            self.client.headers["Authorization"] = bearer
            return
        self.client.initialize_service_account(secret, username=username)
        self.client.authenticate_service_account()
        if key and self.kind == "official":
            # Its service-account login leaves `whoami` None, so its
            # setup_encryption fails (a defect of 5.0.3); its device login
            # fills it with this method of its own.
            token = {"access_token": self.client._access_token}
            self.client._finalize_successful_authentication(token)
        if key:
            self.client.setup_encryption(key)

    def organization_get(self, id_: int) -> Any:
        if self.kind == "httpx":
            answer = self.client.get(f"/organization/{id_}")
            answer.raise_for_status()
            return answer.json()
        return self.client.organization.get(id_)

    def create_task(
        self, organizations: list[int], collaboration: int, session: int, dataframe: int
    ) -> int:
        task = self.client.task.create(
            organizations=organizations,
            name="bench",
            image="v6/bench",
            description="",
            method="partial_sum",
            arguments={"column": "age"},
            session=session,
            collaboration=collaboration,
            databases=[[{"type": "dataframe", "dataframe_id": dataframe}]],
            action="federated_compute",
        )
        return int(task.id if self.kind == "ours" else task["id"])


def _httpx_verify(ca: str | None) -> Any:
    if not ca:
        return True
    import ssl

    return ssl.create_default_context(cafile=ca)


# the contestant's methods a command may name (organization_get aside)
SERVED = ("login", "list_tasks", "create_task", "results", "wait", "wait_window")


def serve(contestant: Contestant | HQContestant) -> None:
    """Each command is one of the contestant's methods, with its arguments;
    ``organization_get`` takes a list of ``ids``."""
    for line in sys.stdin:
        command = json.loads(line)
        op = command.pop("op")
        started = time.perf_counter()
        if op == "organization_get":
            for id_ in command["ids"]:
                contestant.organization_get(id_)
            value: Any = None
        elif op in SERVED:
            value = getattr(contestant, op)(**command)
        else:
            raise SystemExit(f"unknown op {op}")
        seconds = time.perf_counter() - started
        ANSWERS.write(json.dumps({"seconds": seconds, "value": value}) + "\n")


def once(contestant: Contestant | HQContestant, job: dict[str, Any]) -> None:
    if isinstance(contestant, HQContestant):
        contestant.login(job["username"], job["secret"])
    else:
        contestant.login(job["username"], job["password"])
    if job["job"] == "cold":
        contestant.organization_get(job["organization"])
        value = None
    elif job["job"] == "floor":
        # the floor of scenario 7: what any client holds at the end, the
        # decoded result ({"blob": <str of size characters>}), here built in
        # place, without the download or a second copy it is decoded from
        held = {"blob": "0" * job["size"]}
        value = len(held["blob"])
    elif job["job"] == "decoded":
        # for comparison: the same str decoded from bytes, as json and
        # bytes.decode make one (the bytes and the str exist at once)
        data = b"0" * job["size"]
        held = {"blob": data.decode()}
        del data
        value = len(held["blob"])
    elif isinstance(contestant, HQContestant):
        raise SystemExit(f"no HQ job {job['job']}")
    elif "task" in job:
        value = contestant.task_result(job["task"])
    else:
        value = contestant.result(job["result"])
    ANSWERS.write(json.dumps({"value": value, "peak_rss_mb": peak_rss_mb()}) + "\n")


def peak_rss_mb() -> float:
    """This process's peak resident set size (VmHWM), in MB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def crypto(kind: str, job: dict[str, Any]) -> None:
    """Encrypt ``size`` bytes of text for our own key and decrypt them again
    (payloads are JSON text; the official decryption insists on UTF-8)."""
    data = json.dumps(os.urandom(job["size"] // 2 - 1).hex()).encode()
    if kind == "ours":
        from vantage6_client._crypto import RSACryptor, load_private_key

        ours = RSACryptor(load_private_key(job["key"]))
        public_key = ours.public_key
        encrypt, decrypt = ours.encrypt, ours.decrypt
    else:
        from vantage6.common.encryption import RSACryptor as Official

        official = Official(Path(job["key"]))
        public_key = official.public_key_str
        encrypt, decrypt = official.encrypt_bytes_to_str, official.decrypt_str_to_bytes
    started = time.perf_counter()
    text = encrypt(data, public_key)
    encrypted = time.perf_counter()
    plain = decrypt(text)
    decrypted = time.perf_counter()
    assert plain == data
    seconds = {"encrypt": encrypted - started, "decrypt": decrypted - encrypted}
    ANSWERS.write(json.dumps({"value": seconds, "peak_rss_mb": peak_rss_mb()}) + "\n")


def contestant(kind: str, url: str) -> Contestant | HQContestant:
    auth_url = os.environ.get("BENCH_AUTH_URL")
    if auth_url:
        return HQContestant(kind, url, auth_url)
    return Contestant(kind, url, os.environ.get("BENCH_CA") or None)


def main() -> None:
    mode, kind, url = sys.argv[1:4]
    if mode == "crypto":
        crypto(kind, json.loads(sys.argv[4]))
    elif mode == "once":  # the imports are part of what a cold start costs
        once(contestant(kind, url), json.loads(sys.argv[4]))
    else:
        serve(contestant(kind, url))


if __name__ == "__main__":
    main()
