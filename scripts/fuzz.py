"""``make fuzz``: property-based fuzzing of the real servers through our specs.

schemathesis (pinned in pyproject.toml's dev extra) generates requests from
the committed specs, valid ones and invalid ones: boundary values first (its
coverage phase), then random ones (its fuzzing phase, repeated until the time
is spent). They go to real servers on throw-away databases, as their root
user:

- vantage6 4.15.2 (:class:`~vantage6_client.testing.LocalServer`: uWSGI with
  the production image's flags, SQLite) through
  ``openapi/vantage6-server-4.15.2.json``, with the bearer token of root's
  login;
- HQ 5.0.3 with its real Keycloak (:class:`~vantage6_client.testing.hq.LocalHQ`,
  :class:`~vantage6_client.testing.keycloak.LocalKeycloak`) through
  ``openapi/vantage6-hq-5.0.3.json``, with a Keycloak token of HQ's root.

Before fuzzing, each server gets a small world through the SDK (root's
organization and another in a collaboration, their nodes, a study, a user, a task the
nodes answered: on HQ a session whose dataframe they extracted first), so
that small ids name real objects and their answers are checked too.

Every answer goes through these checks:

- ``not_a_server_error``: no 5xx;
- ``status_code_conformance``: a status the spec documents;
- ``content_type_conformance``: a content type the spec documents;
- ``response_schema_conformance``: a body that matches the documented
  schema, **formats included** (a ``date-time`` without a UTC offset fails;
  tests/fuzz/test_fuzz.py shows it);
- ``response_headers_conformance``: the documented headers are there.

A failure is keyed by server, check, operation and status: stable from run
to run, whatever input showed it. A 5xx counts once, as a server error (its
undocumented status is the same finding). A request the server answered with
nothing (the connection dropped) is keyed as ``no_answer``. Accepted keys are
listed in ``tests/fuzz/baseline.toml``, each with its reason; any other is
new and the run exits 1. Printed per server: operations fuzzed, cases
generated, unique failures (as schemathesis counts them, by check), keys
found, accepted, new. One request and answer per key go to
``.state/fuzz/<server>.json``.

``tests/fuzz/test_fuzz.py`` runs a short seeded pass of the same in
``make test``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import httpx
import schemathesis
from schemathesis.engine import events, from_schema
from schemathesis.engine.recorder import ScenarioRecorder
from schemathesis.engine.statistic import Statistic

from vantage6_client import Client
from vantage6_client.testing.hq import LocalHQ
from vantage6_client.testing.hq_node import HQNodePlayer
from vantage6_client.testing.keycloak import LocalKeycloak
from vantage6_client.testing.node import NodePlayer
from vantage6_client.testing.server import LocalServer

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "tests" / "fuzz" / "baseline.toml"
REPORTS = ROOT / ".state" / "fuzz"

CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "response_headers_conformance",
)
# Our name for a request the server never answered (not a schemathesis check).
NO_ANSWER = "no_answer"
SEED = 16
# What each node of the seeded world holds.
TABLES = ([{"age": 34}, {"age": 51}, {"age": 46}], [{"age": 29}, {"age": 63}])


# -- what is fuzzed ------------------------------------------------------------
@dataclass(frozen=True)
class Target:
    """A server line and the spec it is fuzzed through."""

    name: str
    spec: Path
    # operation label -> why it is not fuzzed at all
    excluded: Mapping[str, str] = field(default_factory=dict)


SERVER = Target("server-4.15.2", ROOT / "openapi" / "vantage6-server-4.15.2.json")
HQ = Target("hq-5.0.3", ROOT / "openapi" / "vantage6-hq-5.0.3.json")
# In `make test` HQ shares the session's Keycloak realm with the other tests:
# these make Keycloak accounts named after the fuzzed input ("{name}-node-
# client", the username), which could take a name a later test creates.
# `make fuzz` gives HQ a Keycloak of its own and fuzzes them.
SHARED_REALM_EXCLUSIONS = {
    "POST /user": "makes a Keycloak user named by the fuzzed username in the "
    "realm the other tests of `make test` share",
    "POST /node": "makes a Keycloak client named after the fuzzed node name in "
    "the realm the other tests of `make test` share",
}


@dataclass(frozen=True)
class Guard:
    """Inputs never sent: they would end the fuzzing session itself. The
    operations stay fuzzed with every other value."""

    operations: tuple[str, ...]
    protects: str  # which of root's ids (see Root)
    reason: str


GUARDS = (
    Guard(
        ("DELETE /user/{id}", "PATCH /user/{id}"),
        "user",
        "root's own account: deleting it, or replacing its roles, ends the session "
        "(HQ's root is also the Keycloak account HQ manages Keycloak with)",
    ),
    Guard(
        ("DELETE /role/{id}", "PATCH /role/{id}", "DELETE /role/{id}/rule/{rule_id}"),
        "roles",
        "root's roles: deleting one or taking its rules takes root's permissions",
    ),
    Guard(
        ("DELETE /organization/{id}",),
        "organization",
        "root's organization: deleting it (with its dependents) deletes root",
    ),
)
# No operation of either server revokes the token in use (4.15.2 has no
# logout, HQ leaves sessions to Keycloak), and no node runs while fuzzing
# (the world's nodes answered their tasks and stopped before), so the kill
# operations stop nothing the session needs: none is excluded outright.


@dataclass(frozen=True)
class Root:
    """Root's ids on one server, which the guards keep out of reach."""

    user: int
    organization: int
    roles: frozenset[int]

    def ids(self, kind: str) -> frozenset[int]:
        if kind == "user":
            return frozenset({self.user})
        if kind == "organization":
            return frozenset({self.organization})
        return self.roles


@dataclass(frozen=True)
class Budget:
    """How long, how much and from which seed."""

    max_time: int  # seconds, the whole run of one server
    max_examples: int  # per operation and phase
    seed: int = SEED


LONG = Budget(max_time=240, max_examples=100)
SHORT = Budget(max_time=40, max_examples=6)


@dataclass
class Session:
    """A server ready to be fuzzed: its API root, root's token (fetched again
    when asked: HQ's live five minutes) and root's ids."""

    target: Target
    base_url: str
    token: Callable[[], str]
    root: Root
    log_file: Path  # the server's own log: its tracebacks explain its 5xx


# -- what a run finds ----------------------------------------------------------
@dataclass(frozen=True, order=True)
class Key:
    """A failure, as the baseline names it."""

    server: str
    check: str
    operation: str
    status: int | None  # None: no answer

    def __str__(self) -> str:
        status = "no answer" if self.status is None else str(self.status)
        return f"{self.check}  {self.operation}  {status}"


@dataclass
class Example:
    """One request and answer that show a key."""

    request: str
    body: str | None
    status: int | None
    content_type: str | None
    answer: str | None
    message: str
    # a 5xx: the exception the server logged for it
    exception: str | None = None

    @property
    def shape(self) -> str:
        """The exception behind the answer, or the answer, with numbers
        blotted out: examples of one shape say the same thing."""
        text = f"{self.status} {self.exception or self.answer or self.message}"
        return re.sub(r"\d+", "#", text[:160])

    def as_dict(self) -> dict[str, Any]:
        return {
            "request": self.request,
            "body": self.body,
            "status": self.status,
            "content_type": self.content_type,
            "answer": self.answer,
            "message": self.message,
            "exception": self.exception,
        }


@dataclass
class Outcome:
    """What fuzzing one server found."""

    target: Target
    operations: int = 0
    cases: int = 0
    # schemathesis's own count of distinct failures, and per check
    unique_failures: int = 0
    unique_by_check: Counter[str] = field(default_factory=Counter)
    # a few requests and answers per key, each answered differently
    found: dict[Key, list[Example]] = field(default_factory=dict)
    hits: Counter[Key] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    # the server's own log: exception -> (where it was raised, how often)
    exceptions: Counter[str] = field(default_factory=Counter)
    stop_reason: str = ""
    seconds: float = 0.0


# -- the baseline --------------------------------------------------------------
KINDS = {
    "server bug": "the server errs (a 5xx, a dropped connection); the SDK refuses "
    "such input before sending, or never sends it, where it can",
    "server behaviour": "a deliberate answer, or none of the API's (Flask's own "
    "pages), which the spec leaves out on purpose",
}


@dataclass(frozen=True)
class Cause:
    """Why a failure is accepted: one entry of the baseline."""

    kind: str
    reason: str


def load_baseline(path: Path = BASELINE) -> dict[Key, list[Cause]]:
    """The accepted failures: each key (server, check, operation, status)
    with the causes the baseline gives it. An entry is one cause and lists
    the operations it shows in; a key may have several causes.

    Raises
    ------
    SystemExit
        An entry without a known kind, server or check, or without a reason.
    """
    accepted: dict[Key, list[Cause]] = {}
    if not path.exists():
        return accepted
    for number, entry in enumerate(tomllib.loads(path.read_text())["accepted"], 1):
        where = f"{path.name}, entry {number}"
        if entry.get("kind") not in KINDS:
            raise SystemExit(f"{where}: kind must be one of {sorted(KINDS)}")
        if not str(entry.get("reason", "")).strip():
            raise SystemExit(f"{where}: no reason given")
        if entry.get("server") not in (SERVER.name, HQ.name):
            raise SystemExit(f"{where}: unknown server {entry.get('server')!r}")
        if entry.get("check") not in (*CHECKS, NO_ANSWER):
            raise SystemExit(f"{where}: unknown check {entry.get('check')!r}")
        cause = Cause(entry["kind"], " ".join(entry["reason"].split()))
        for operation in entry["operations"]:
            key = Key(entry["server"], entry["check"], operation, entry.get("status"))
            accepted.setdefault(key, []).append(cause)
    return accepted


# -- servers, their worlds and root --------------------------------------------
def prepare_server(server: LocalServer, target: Target = SERVER) -> Session:
    """Seed a started 4.15.2 server and log root in."""
    with Client(base_url=server.base_url) as admin:
        admin.authenticate(server.root_username, server.root_password)
        organizations, collaboration = _organizations_and_collaboration(admin)
        players = [
            NodePlayer(
                server.base_url,
                admin.node.create(collaboration, organization=organization).api_key,
                table=table,
            ).login()
            for organization, table in zip(organizations, TABLES, strict=True)
        ]
        _study_and_user(admin, organizations, collaboration, hq=False)
        admin.task.create(
            organizations=organizations,
            name="fuzz-sum",
            image="v6/sum",
            input_={"method": "partial_sum", "kwargs": {"column": "age"}},
            collaboration=collaboration,
        )
        for player in players:
            player.handle_open_runs()
            player.close()
    login = httpx.post(
        server.base_url + "/token/user",
        json={"username": server.root_username, "password": server.root_password},
    ).raise_for_status()
    token = str(login.json()["access_token"])  # lives 6 hours
    user = int(str(login.json()["user_url"]).rsplit("/", 1)[-1])
    root = _root(server, token, user)
    return Session(target, server.base_url, lambda: token, root, server.log_file)


def prepare_hq(keycloak: LocalKeycloak, hq: LocalHQ, target: Target = HQ) -> Session:
    """Seed a started HQ and get root's Keycloak token."""
    with Client(hq.base_url, keycloak.url) as admin:
        admin.authenticate(hq.root_username, hq.root_password)
        organizations, collaboration = _organizations_and_collaboration(admin)
        with ExitStack() as nodes:
            for organization, table in zip(organizations, TABLES, strict=True):
                node = admin.node.create(
                    collaboration,
                    organization=organization,
                    name=f"fuzz-{time.monotonic_ns()}",
                )
                player = HQNodePlayer(keycloak, hq.base_url, node, table)
                nodes.callback(player.close)
                player.start(poll_interval=0.2)
            _study_and_user(admin, organizations, collaboration, hq=True)
            admin.session.create(
                scope="collaboration", name="fuzz", collaboration=collaboration
            )
            frame = admin.dataframe.create(
                "default", "v6/ages", "read", name="fuzz_ages"
            )
            admin.dataframe.wait(frame.id, timeout=120, interval=0.2)
            task = admin.task.create(
                organizations=organizations,
                name="fuzz-sum",
                image="v6/sum",
                method="partial_sum",
                arguments={"column": "age"},
                collaboration=collaboration,
                databases=frame.id,
                action="federated_compute",
            )
            admin.wait_for_results(task.id, interval=0.2, timeout=120)
    token = keycloak.access_tokens(hq.root_username, hq.root_password)

    me = httpx.get(
        hq.base_url + "/user/me", headers={"Authorization": f"Bearer {token()}"}
    ).raise_for_status()
    root = _root(hq, token(), int(me.json()["id"]))
    return Session(target, hq.base_url, token, root, hq.log_file)


def _organizations_and_collaboration(admin: Client) -> tuple[list[int], int]:
    """Root's organization and a new one, in a new collaboration (root may
    only create tasks in collaborations of its own organization)."""
    stamp = time.monotonic_ns()
    hospital = admin.organization.create(f"fuzz-hospital-{stamp}", country="NL").id
    organizations = [admin.whoami.organization_id, hospital]
    collaboration = admin.collaboration.create(f"fuzz-{stamp}", organizations).id
    return organizations, collaboration


def _study_and_user(
    admin: Client, organizations: list[int], collaboration: int, *, hq: bool
) -> None:
    stamp = time.monotonic_ns()
    admin.study.create(f"fuzz-study-{stamp}", organizations[:1], collaboration)
    researcher = [role.id for role in admin.role.list(name="Researcher").all()]
    name, password = f"fuzz-user-{stamp}", "Fuzz-User-Password-1!"
    if hq:  # the official 5.x client's form: no names, no e-mail address
        admin.user.create(
            name, password, organization=organizations[0], roles=researcher
        )
    else:
        admin.user.create(
            name,
            "Fuzz",
            "User",
            password,
            f"{name}@example.org",
            organization=organizations[0],
            roles=researcher,
        )


def _root(server: LocalServer | LocalHQ, token: str, user: int) -> Root:
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=server.base_url, headers=headers) as api:
        account = api.get(f"/user/{user}").raise_for_status().json()
        roles = api.get("/role", params={"user_id": user, "per_page": 100})
    return Root(
        user=user,
        organization=int(account["organization"]["id"]),
        roles=frozenset(
            int(role["id"]) for role in roles.raise_for_status().json()["data"]
        ),
    )


@contextmanager
def served(target: Target) -> Iterator[Session]:
    """A fresh server of ``target``'s line (HQ with a Keycloak of its own),
    seeded, for the length of the block."""
    if target.name == SERVER.name:
        with LocalServer() as server:
            yield prepare_server(server, target)
    else:
        with LocalKeycloak() as keycloak, LocalHQ(keycloak) as hq:
            yield prepare_hq(keycloak, hq, target)


# -- fuzzing -------------------------------------------------------------------
def configuration(budget: Budget) -> schemathesis.Config:
    """schemathesis's settings: the checks (formats validated), the phases,
    the seed and the bounds."""
    checks: dict[str, Any] = {"enabled": False}
    for check in CHECKS:
        checks[check] = {"enabled": True}
    # schemathesis's default, said out loud: the point of the exercise
    checks["response_schema_conformance"]["validate-formats"] = True
    return schemathesis.Config.from_dict(
        {
            "seed": budget.seed,
            "max-time": budget.max_time,
            # one request at a time: two shared cores, and the order (so the
            # cases) stays the same from run to run
            "workers": 1,
            "checks": checks,
            # The stateful phase chains operations through ids taken from
            # answers (root's own among them), past the guards' filter.
            "phases": {
                "examples": {"enabled": False},  # the specs carry none
                "coverage": {"enabled": True},
                "fuzzing": {"enabled": True},
                "stateful": {"enabled": False},
            },
            "generation": {
                "max-examples": budget.max_examples,
                # nothing carried over between runs: the seed decides
                "database": "none",
            },
            "request-timeout": 30,
            # schemathesis would replay what earlier runs found, from a
            # .schemathesis/ folder: then the seed alone no longer says
            # what a run sends
            "cache": {"enabled": False},
        }
    )


def fuzz(session: Session, budget: Budget) -> Outcome:
    """Run schemathesis against one prepared server; collect what it finds."""
    schema = schemathesis.openapi.from_path(
        session.target.spec, config=configuration(budget)
    )
    schema.config.base_url = session.base_url
    for label in session.target.excluded:
        # by method and path: schemathesis then sends it nothing at all, not
        # even its probes of methods a path does not declare
        method, path = label.split(" ", 1)
        schema = schema.exclude(method=method, path=path)
    schema.hook("filter_case")(_guard(session.root))
    exceptions: dict[str, str] = {}  # case id -> what the server logged
    schema.hook("after_call")(
        _exceptions_of_server_errors(session.log_file, exceptions)
    )
    token = session.token

    @schema.auth(refresh_interval=60)
    class _RootToken:
        def get(
            self, case: schemathesis.Case, context: schemathesis.AuthContext
        ) -> str:
            return token()

        def set(
            self, case: schemathesis.Case, data: str, context: schemathesis.AuthContext
        ) -> None:
            case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}

    outcome = Outcome(session.target)
    statistic = Statistic()
    started = time.monotonic()
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            statistic.on_scenario_finished(event.recorder)
            _collect(event.recorder, outcome, exceptions)
        elif isinstance(event, events.NonFatalError):
            _collect_error(event, outcome)
        elif isinstance(event, events.FatalError):
            outcome.errors.append(f"fatal: {event.exception}")
        elif isinstance(event, events.EngineFinished):
            outcome.stop_reason = event.stop_reason.value
    outcome.seconds = time.monotonic() - started
    outcome.operations = len(statistic.tested_operations)
    outcome.cases = statistic.total_cases
    outcome.unique_failures = len(statistic.unique_failures_map)
    for failures in statistic.failures.values():
        for group in failures.values():
            outcome.unique_by_check.update(
                type(failure).__name__ for failure in group.failures
            )
    _still_root(session)
    outcome.exceptions = server_exceptions(session.log_file.read_text(errors="replace"))
    return outcome


def _exceptions_of_server_errors(
    log_file: Path, found: dict[str, str]
) -> Callable[[Any, schemathesis.Case, schemathesis.Response], None]:
    """An ``after_call`` hook: for each 5xx, the exceptions the server logged
    meanwhile (one request at a time: they are that request's). The server
    writes its traceback before it answers."""
    offset = log_file.stat().st_size

    def after_call(
        context: Any, case: schemathesis.Case, response: schemathesis.Response
    ) -> None:
        nonlocal offset
        size = log_file.stat().st_size
        if response.status_code >= 500:
            with log_file.open("rb") as log:
                log.seek(offset)
                news = log.read(size - offset).decode("utf-8", "replace")
            logged = server_exceptions(news)
            found[case.id] = "; ".join(logged) or "no traceback in the server's log"
        offset = size

    return after_call


def server_exceptions(log: str) -> Counter[str]:
    """The exceptions of the server's tracebacks, each with the last frame of
    vantage6's own code it went through (uWSGI's log names no request)."""
    found: Counter[str] = Counter()
    for block in log.split("Traceback (most recent call last):")[1:]:
        lines = block.strip("\n").splitlines()
        frames = [line.strip() for line in lines if line.lstrip().startswith("File ")]
        own = [frame for frame in frames if "/vantage6/" in frame] or frames or ["?"]
        where = re.sub(r'File ".*/site-packages/', "", own[-1])
        last = next((line for line in lines if line and not line[0].isspace()), "?")
        # the same exception at another address or id is the same one
        last = re.sub(r"\d+", "#", re.sub(r"https?://[^/\s]+|\?\S*", "", last))
        found[f"{last[:200]}  [{where}]"] += 1
    return found


def _guard(root: Root) -> Callable[[Any, schemathesis.Case], bool]:
    protected = {
        operation: root.ids(guard.protects)
        for guard in GUARDS
        for operation in guard.operations
    }

    def filter_case(context: Any, case: schemathesis.Case) -> bool:
        ids = protected.get(f"{case.method.upper()} {case.operation.path}")
        if not ids:
            return True
        value = (case.path_parameters or {}).get("id")
        try:
            # what the routing may read as that id: "01", " 1", other scripts digits
            return int(str(value)) not in ids
        except ValueError:
            return True

    return filter_case


def _still_root(session: Session) -> None:
    """Fail loudly if the run took root's account or permissions after all:
    what it found after that would be about a broken session."""
    answer = httpx.get(
        f"{session.base_url}/user/{session.root.user}",
        headers={"Authorization": f"Bearer {session.token()}"},
    )
    if answer.status_code != 200:
        raise RuntimeError(
            f"{session.target.name}: root's session did not survive the run "
            f"(GET /user/{session.root.user}: {answer.status_code} {answer.text[:200]})"
        )


def _collect(
    recorder: ScenarioRecorder, outcome: Outcome, exceptions: Mapping[str, str]
) -> None:
    server = outcome.target.name
    for case_id, checks in recorder.checks.items():
        case = recorder.cases[case_id].value
        interaction = recorder.interactions.get(case_id)
        response = interaction.response if interaction is not None else None
        status = response.status_code if response is not None else None
        operation = f"{case.method.upper()} {case.operation.path}"
        failed = {
            check.name: check for check in checks if check.failure_info is not None
        }
        # a 5xx is one finding, the server error; its status being
        # undocumented says nothing more
        if "not_a_server_error" in failed:
            failed.pop("status_code_conformance", None)
        for name, check in failed.items():
            assert check.failure_info is not None
            example = _example(interaction, str(check.failure_info.failure))
            example.exception = exceptions.get(case_id)
            _record(outcome, Key(server, name, operation, status), example)


EXAMPLES_PER_KEY = 3


def _record(outcome: Outcome, key: Key, example: Example) -> None:
    outcome.hits[key] += 1
    examples = outcome.found.setdefault(key, [])
    if len(examples) < EXAMPLES_PER_KEY and example.shape not in {
        seen.shape for seen in examples
    }:
        examples.append(example)


def _collect_error(event: events.NonFatalError, outcome: Outcome) -> None:
    """A request that got no answer (the server closed the connection) is a
    finding; any other error of the run is reported as one."""
    message = str(event.value)
    if event.related_to_operation and _is_dropped_connection(event.value):
        key = Key(outcome.target.name, NO_ANSWER, event.label, None)
        sent = getattr(event.value, "request", None)
        request = event.label
        if sent is not None:
            # what uWSGI's buffer holds: the request line and the headers
            head = len(str(sent.url)) + sum(
                len(name) + len(value) + 4 for name, value in sent.headers.items()
            )
            request = f"{sent.method} {str(sent.url)[:300]} (head ~{head} bytes)"
        _record(outcome, key, Example(request, None, None, None, None, message[:600]))
    else:
        outcome.errors.append(f"{event.label}: {event.info.title}: {message[:600]}")


def _is_dropped_connection(error: BaseException) -> bool:
    import requests  # schemathesis's transport

    return isinstance(
        error, requests.ConnectionError | requests.exceptions.ChunkedEncodingError
    )


def _example(interaction: Any, message: str) -> Example:
    request = interaction.request
    response = interaction.response
    body = request.body.decode("utf-8", "replace")[:300] if request.body else None
    content_type = None
    answer = None
    if response is not None:
        content_type = (response.headers.get("content-type") or [None])[0]
        answer = response.content.decode("utf-8", "replace")[:400]
    # schemathesis's coverage phase also sends requests without the token
    anonymous = (
        "" if "authorization" in {k.lower() for k in request.headers} else " (no token)"
    )
    return Example(
        request=f"{request.method} {request.uri}"[:400] + anonymous,
        body=body,
        status=response.status_code if response is not None else None,
        content_type=content_type,
        answer=answer,
        message=message[:800],
    )


# -- the verdict ---------------------------------------------------------------
@dataclass
class Verdict:
    outcome: Outcome
    accepted: dict[Key, list[Cause]]
    new: list[Key]
    # baseline keys of this server this run did not meet
    unseen: list[Key]

    @property
    def passed(self) -> bool:
        return not self.new and not self.outcome.errors


def judge(outcome: Outcome, baseline: Mapping[Key, list[Cause]]) -> Verdict:
    found = set(outcome.found)
    return Verdict(
        outcome,
        accepted={key: baseline[key] for key in sorted(found) if key in baseline},
        new=sorted(found - set(baseline)),
        unseen=sorted(
            key
            for key in baseline
            if key.server == outcome.target.name and key not in found
        ),
    )


def summary(verdict: Verdict) -> str:
    """The figures of one server, then every new failure with its example."""
    outcome = verdict.outcome
    by_check = Counter(key.check for key in outcome.found)
    # the keys each cause of the baseline accepts in this run
    keys_of: dict[Cause, int] = Counter(
        cause for causes in verdict.accepted.values() for cause in causes
    )
    kinds = Counter(
        frozenset(cause.kind for cause in causes)
        for causes in verdict.accepted.values()
    )
    lines = [
        f"{outcome.target.name}: {outcome.operations} operations fuzzed, "
        f"{outcome.cases} cases generated in {outcome.seconds:.0f} s "
        f"(stopped: {outcome.stop_reason})",
        f"  unique failures (schemathesis): {outcome.unique_failures}"
        + "".join(
            f"\n    {name}: {count}"
            for name, count in sorted(outcome.unique_by_check.items())
        ),
        f"  failing keys (check, operation, status): {len(outcome.found)}"
        + "".join(f"\n    {name}: {count}" for name, count in sorted(by_check.items())),
        f"  accepted in the baseline: {len(verdict.accepted)} keys"
        + "".join(
            f", {count} {' and '.join(sorted(kind))}" for kind, count in kinds.items()
        )
        + f"; {len(keys_of)} causes:"
        + "".join(
            f"\n    {count:3} {cause.kind}: {_one_line(cause.reason, 90)}"
            for cause, count in sorted(keys_of.items(), key=lambda item: -item[1])
        ),
        f"  new: {len(verdict.new)}",
    ]
    for key in verdict.new:
        example = outcome.found[key][0]
        lines.append(f"  NEW  {key}  ({outcome.hits[key]} cases)")
        lines.append(f"       {_one_line(example.request, 200)}")
        if example.body:
            lines.append(f"       body: {_one_line(example.body, 200)}")
        if example.status is not None:
            lines.append(
                f"       answer: {example.status} {example.content_type}: "
                f"{_one_line(example.answer or '', 200)}"
            )
        lines.append(f"       {_one_line(example.message, 300)}")
    for error in outcome.errors:
        lines.append(f"  ERROR  {error}")
    return "\n".join(lines)


def _one_line(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def write_report(verdict: Verdict, directory: Path = REPORTS) -> Path:
    """Every key this run found, with its examples and the baseline's causes,
    and the exceptions in the server's log."""
    directory.mkdir(parents=True, exist_ok=True)
    outcome = verdict.outcome
    path = directory / f"{outcome.target.name}.json"
    document = {
        "server": outcome.target.name,
        "operations": outcome.operations,
        "cases": outcome.cases,
        "unique_failures": outcome.unique_failures,
        "stop_reason": outcome.stop_reason,
        "errors": outcome.errors,
        "found": [
            {
                "check": key.check,
                "operation": key.operation,
                "status": key.status,
                "cases": outcome.hits[key],
                "accepted": [
                    {"kind": cause.kind, "reason": cause.reason}
                    for cause in verdict.accepted.get(key, [])
                ],
                "examples": [example.as_dict() for example in examples],
            }
            for key, examples in sorted(outcome.found.items())
        ],
        "server_exceptions": [
            {"exception": exception, "count": count}
            for exception, count in outcome.exceptions.most_common()
        ],
        "unseen": [str(key) for key in verdict.unseen],
    }
    path.write_text(json.dumps(document, indent=2) + "\n")
    return path


# -- the command ---------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/fuzz.py", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--server",
        choices=["server", "hq", "both"],
        default="both",
        help="which server line to fuzz (default: %(default)s)",
    )
    parser.add_argument(
        "--max-time",
        type=int,
        default=LONG.max_time,
        help="seconds of fuzzing per server (default: %(default)s)",
    )
    parser.add_argument(
        "--max-examples",
        type=int,
        default=LONG.max_examples,
        help="cases per operation and phase (default: %(default)s)",
    )
    parser.add_argument("--seed", type=int, default=SEED, help="default: %(default)s")
    parser.add_argument(
        "--specs",
        type=Path,
        default=SERVER.spec.parent,
        help="the folder the specs are read from (default: openapi/); e.g. the "
        "committed ones (git archive HEAD openapi | tar -x -C DIR) while the "
        "tree holds changes",
    )
    args = parser.parse_args(argv)
    budget = Budget(args.max_time, args.max_examples, args.seed)
    targets = [
        replace(target, spec=args.specs / target.spec.name)
        for target in {"server": [SERVER], "hq": [HQ], "both": [SERVER, HQ]}[
            args.server
        ]
    ]
    baseline = load_baseline()
    passed = True
    for target in targets:
        with served(target) as session:
            verdict = judge(fuzz(session, budget), baseline)
        print(summary(verdict))
        print(f"  details: {write_report(verdict).relative_to(ROOT)}")
        if verdict.unseen:
            print(f"  baseline keys not met this run: {len(verdict.unseen)}")
        passed = passed and verdict.passed
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
