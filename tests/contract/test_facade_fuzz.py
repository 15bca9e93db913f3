"""The facade, fuzzed: every group method with arguments its annotations
allow, against servers mocked from the committed specs (issue 16).

Each method of the 21 groups (``client.task``, ``client.store.review``, ...)
is called on a 4.x client and on a 5.x HQ client with arguments that
hypothesis draws from the method's annotations: ids of 0, negative, beyond
2**63 and bools; empty, long and unicode text; id lists empty, long and with
duplicates; sort fields good and bad; pages and page sizes at their extremes.
Each call must either

- be refused with :class:`InvalidArgumentError` (or a subclass, such as
  ``NotOnThisServerError``) before anything is sent, or
- send only requests that the spec accepts (an operation's path, documented
  query parameters whose values validate, a JSON body that validates, formats
  included; see ``request_check``), and complete with the spec's example
  answers.

Anything else fails the property: another exception, a request the spec
rejects, or a refusal after requests were sent. Runs are derandomized (the
same examples every run) and bounded by ``EXAMPLES``.

The arguments come from the annotations (``int``, ``str | None``,
``Sequence[int]``, ``Literal[...]``, ...); ``BY_PARAMETER`` adds what an
annotation cannot tell (the shapes of ``functions`` and ``databases``), and
``EXCLUDED`` names the methods left out, each with its reason. The bugs the
property found are kept as the smallest calls that showed them, run first on
every run (``FIXED``). ``ANSWERED_WITH`` names the typed
errors the SDK rightly raises on reading the spec's example answers.
"""

from __future__ import annotations

import ast
import functools
import inspect
import os
import re
import reprlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest
from hypothesis import HealthCheck, Phase, example, given, note, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer
from werkzeug.datastructures import MultiDict

from tests.contract.request_check import SpecAnswerer, load_spec, request_check
from tests.paths import HQ_SPEC_PATH, SPEC_PATH, STORE5_SPEC_PATH, STORE_SPEC_PATH
from vantage6_client import BadRequestError, Client, InvalidArgumentError
from vantage6_client.resources import _sortable
from vantage6_client.resources._limits import LONG_TEXT, SHORT_TEXT, USERNAME_MIN

# examples per method and server line: 2 lines x ~120 methods x EXAMPLES calls;
# V6_FUZZ_EXAMPLES=500 makes a longer run
EXAMPLES = int(os.environ.get("V6_FUZZ_EXAMPLES", "25"))

# Methods not fuzzed here, and why.
EXCLUDED = {
    "task.run": "waits for the task's results, which a mocked server never "
    "makes; it sends what task.create sends, fuzzed here",
    "task.watch": "follows a task until it ends, which a mocked server's task "
    "never does; task.get and run.list, fuzzed here, are what it asks",
    "dataframe.wait": "polls a dataframe until it is ready, which a mocked "
    "server's never is; dataframe.get, fuzzed here, is what it asks",
    "util.generate_private_key": "writes a key file and sends nothing",
}

# The bugs this property found, each with the smallest call hypothesis gave:
# these calls run first on every run (hypothesis's explicit examples), on
# both lines, before the generated ones.
FIXED: dict[str, list[dict[str, Any]]] = {
    # ids in list filters were sent unchecked: 2**63 (a 500 on the 4.15.2
    # server), False (sent as "false")
    "collaboration.list": [{"organization": 2**63}],
    "node.list": [{"organization": False}],
    "rule.list": [{"role": False}],
    "run.count": [{"task": 2**63}],
    "run.list": [{"task": False}],
    "session.list": [{"user": False}],
    "session.create": [{"collaboration": 1, "study": 0}],
    "store.list": [{"collaboration": 2**63}],
    "study.list": [{"organization": False}],
    "task.list": [{"initiating_org": 2**63}],
    "user.list": [{"organization": False}],
    # text the request schemas bound was sent whatever its length or shape
    "user.create": [
        {
            "username": "0",
            "firstname": "0",
            "lastname": "0",
            "password": "0",
            "email": "0",
        },
        {"username": "0", "is_service_account": True},
    ],
    "user.update": [
        {"email": ""},
        {"id_": None, "firstname": "x" * 129},
        {"username": "0"},
    ],
    "util.change_my_password": [{"current_password": "x" * 129, "new_password": "0"}],
    "util.reset_my_password": [{"email": "0"}],
    "util.reset_two_factor_auth": [{"password": "0", "username": "x" * 129}],
    "util.set_my_password": [{"password": "0", "token": "x" * 1025}],
    "util.set_two_factor_auth": [{"token": "x" * 1025}],
    "task.create": [
        {
            "organizations": [1],
            "name": "a",
            "image": "i",
            "description": "x" * 1025,
            "input_": {},
        },
        {
            "organizations": [1],
            "name": "a",
            "image": "i",
            "description": "x" * 1025,
            "method": "m",
        },
    ],
    # refused for its image only after the dataframe was fetched
    "dataframe.preprocess": [{"id_": 1, "image": "", "method": ""}],
    # found here, fixed by the lead in the files others were changing
    "organization.create": [{"name": "0", "address1": "x" * 129}],
    "organization.update": [{"address1": "x" * 129}],
    "organization.list": [{"collaboration": 2**63}, {"study": False}],
    "role.create": [{"name": "0", "description": "x" * 1025, "rules": []}],
    "role.update": [{"role": 1, "description": "x" * 1025}],
    "role.list": [{"rule": False}, {"user": 2**63}],
    "store.role.create": [{"name": "0", "description": "x" * 1025, "rules": []}],
    "store.role.edit": [{"role_id": 1, "description": "x" * 1025}],
    "store.review.list": [{"algorithm": 2**63}, {"reviewer": False}],
    "store.role.list": [{"user": 2**63}],
    "store.rule.list": [{"role": False}],
    "store.user.list": [{"role": 2**63}, {"reviewers_for_algorithm": False}],
    "store.user.update": [{"id_": 1, "email": ""}],
    "algorithm.update": [{"id_": 1, "functions": [{}]}, {"id_": 1, "partitioning": ""}],
}


# Calls that end in a typed error which the SDK raises on reading the spec's
# example answers (every request valid and answered with success), and why
# that is right.
ANSWERED_WITH = {
    "node.delete": (
        BadRequestError,
        "on HQ it lists the node's dataframes first and refuses to delete a "
        "node whose columns remain (HQ 5.0.3 would half-delete it): the "
        "example answer lists one",
    ),
}

# -- values ------------------------------------------------------------------
MAX_ID = 2**63 - 1
INTS = st.one_of(
    st.sampled_from([1, 2, 0, -1, MAX_ID, MAX_ID + 1, 2**64 + 1, 2**70, -(2**63) - 1]),
    st.integers(min_value=1, max_value=50),
    st.integers(),
    st.booleans(),  # bool is an int to Python and to mypy
)


def _spec_words() -> list[str]:
    """Every string an enum of the committed specs names (scopes, states,
    statuses, ...): text that a server takes, to be drawn too."""
    words: set[str] = set()

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            for value in node.get("enum", []):
                if isinstance(value, str):
                    words.add(value)
            for child in node.values():
                collect(child)
        elif isinstance(node, list):
            for child in node:
                collect(child)

    for path in (SPEC_PATH, HQ_SPEC_PATH, STORE_SPEC_PATH, STORE5_SPEC_PATH):
        collect(load_spec(path).document)
    return sorted(words)


SPECIAL_TEXTS = [
    "",
    " ",
    "x" * 129,  # past the 128 characters of many fields
    "x" * 1025,  # past the 1024 of descriptions
    "x" * 5000,  # past the 4 KB request line of the 4.15.2 server
    "ünïcødé 漢字 🙂",
    "?&=#/%+",
    "\x00",
    "-1",
    "true",
    "researcher@example.org",
    "https://store.example.org",
    "2024-05-01",
    "2024-05-01T12:00:00",
    "2024-05-01T12:00:00+00:00",
    "organization",
    "global",
    "own",
]
TEXTS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(SPECIAL_TEXTS),
    st.sampled_from(_spec_words()),
)
JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)
JSON_OBJECTS = st.dictionaries(st.text(max_size=6), JSON, max_size=4)
ID_LISTS = st.one_of(
    st.lists(INTS, max_size=6),
    st.lists(st.integers(min_value=1, max_value=3), min_size=2, max_size=6),
    st.lists(INTS, max_size=6).map(tuple),
    st.sampled_from([[], range(1, 4), list(range(1, 3001))]),
)
SORT_FIELDS = sorted(
    {
        field
        for sortable in vars(_sortable).values()
        if isinstance(sortable, _sortable.Sortable)
        for field in sortable.fields
    }
)
SORT_NAMES = st.one_of(
    st.tuples(st.sampled_from(["", "-", "+"]), st.sampled_from(SORT_FIELDS)).map(
        "".join
    ),
    TEXTS,
)
SORTS = st.one_of(SORT_NAMES, st.lists(SORT_NAMES, max_size=3))

# The functions of an algorithm, valid on a 4.x store and on a 5.x one.
FUNCTIONS_4 = {
    "name": "average",
    "type": "federated",
    "arguments": [{"name": "column", "type": "column", "has_default_value": False}],
    "databases": [{"name": "default"}],
}
FUNCTIONS_5 = {
    "name": "partial_average",
    "step_type": "federated_compute",
    "arguments": [{"name": "column", "type": "column"}],
    "databases": [{"name": "ages"}],
}
DATABASES = st.one_of(
    TEXTS,
    INTS,
    st.lists(st.fixed_dictionaries({"label": TEXTS}), max_size=3),
    st.lists(st.fixed_dictionaries({"dataframe_id": INTS}), max_size=3),
    st.lists(
        st.lists(
            st.fixed_dictionaries({"type": st.just("source"), "label": TEXTS}),
            max_size=2,
        ),
        max_size=2,
    ),
    st.lists(JSON, max_size=3),
)

# What an annotation cannot tell: the shapes a parameter's values take.
BY_PARAMETER = {
    "sort": SORTS,
    "functions": st.lists(
        st.one_of(st.sampled_from([FUNCTIONS_4, FUNCTIONS_5]), JSON_OBJECTS),
        max_size=3,
    ),
    "databases": DATABASES | st.none(),
    "transport": st.none(),  # the store's innermost transport: for tests
}


# -- strategies from annotations ---------------------------------------------
def _split(text: str, separator: str) -> list[str]:
    """``text`` split at ``separator`` outside brackets: the alternatives of
    ``"int | Sequence[int] | None"``, the items of ``"str | None, str"``."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == separator and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    return [*parts, current.strip()]


def strategy_for(annotation: str) -> st.SearchStrategy[Any]:
    """Values of the type an annotation (as written, a string) names."""
    options = [_one_type(part) for part in _split(annotation, "|")]
    return st.one_of(*options)


def _one_type(annotation: str) -> st.SearchStrategy[Any]:
    simple: dict[str, st.SearchStrategy[Any]] = {
        "None": st.none(),
        "int": INTS,
        "bool": st.booleans(),
        "str": TEXTS,
        "float": st.floats(allow_nan=False),
        "Any": JSON,
        "Sequence[int]": ID_LISTS,
        "list[int]": ID_LISTS,
        "list[str]": st.lists(TEXTS, max_size=3),
        "Sequence[str]": st.lists(TEXTS, max_size=3),
        "Sequence[Any]": st.lists(JSON, max_size=3),
        "Mapping[str, Any]": JSON_OBJECTS,
        "dict[str, Any]": JSON_OBJECTS,
        "Sequence[Mapping[str, Any]]": st.lists(JSON_OBJECTS, max_size=3),
    }
    if annotation in simple:
        return simple[annotation]
    literal = re.fullmatch(r"Literal\[(.*)\]", annotation)
    if literal:
        return st.sampled_from(
            [ast.literal_eval(v) for v in _split(literal.group(1), ",")]
        )
    pair = re.fullmatch(r"tuple\[(.*)\]", annotation)
    if pair and "..." not in pair.group(1):
        return st.tuples(*(strategy_for(item) for item in _split(pair.group(1), ",")))
    raise LookupError(
        f"no strategy for the annotation {annotation!r}: add one, or name the "
        "parameter in BY_PARAMETER"
    )


def arguments_for(method: Callable[..., Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Keyword arguments for ``method``: every required one, any optional ones."""
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for parameter in inspect.signature(method).parameters.values():
        strategy = (
            BY_PARAMETER[parameter.name]
            if parameter.name in BY_PARAMETER
            else strategy_for(str(parameter.annotation))
        )
        if parameter.default is inspect.Parameter.empty:
            required[parameter.name] = strategy
        else:
            optional[parameter.name] = strategy
    return st.fixed_dictionaries(required, optional=optional)


# -- the methods ---------------------------------------------------------------
def group_methods() -> Iterator[str]:
    """``"task.create"``, ``"store.review.list"``, ...: every public method of
    the client's groups and the store's, found by looking."""
    probe = Client("http://localhost")
    try:
        yield from _methods(probe, "")
    finally:
        probe.close()


def _methods(obj: object, prefix: str) -> Iterator[str]:
    for name in sorted(dir(type(obj))):
        if name.startswith("_") or "__mutmut_" in name:
            continue
        member = getattr(type(obj), name)
        if prefix and inspect.isfunction(member):
            yield prefix + name
        elif isinstance(member, functools.cached_property):
            group = getattr(obj, name)
            if type(group).__module__.startswith("vantage6_client."):
                yield from _methods(group, f"{prefix}{name}.")


METHODS = sorted(group_methods())
FUZZED = [name for name in METHODS if name not in EXCLUDED]


def test_the_methods_are_found_and_every_table_names_one() -> None:
    groups = {name.rsplit(".", 1)[0] for name in METHODS}
    assert len(groups) == 21, sorted(groups)
    assert len(FUZZED) >= 110
    for table in (EXCLUDED, FIXED, ANSWERED_WITH):
        assert table.keys() <= set(METHODS)
    assert not (FIXED.keys() | ANSWERED_WITH.keys()) & set(EXCLUDED)


# The text limits the SDK checks before sending (resources/_limits.py), and
# the request schemas of the specs that set them: (spec, schema, field, least
# length, most length). A request-schema limit left out here is still found
# by the property, which sends long and short text to every method.
TEXT_LIMITS = [
    *(
        (SPEC_PATH, schema, field, least, SHORT_TEXT)
        for schema in ("UserInput", "UserUpdate")
        for field, least in (
            ("username", USERNAME_MIN),
            ("firstname", 0),
            ("lastname", 0),
        )
    ),
    (HQ_SPEC_PATH, "UserInput", "username", USERNAME_MIN, SHORT_TEXT),
    (SPEC_PATH, "ChangePasswordInput", "current_password", 0, SHORT_TEXT),
    (SPEC_PATH, "RecoverPasswordInput", "username", 0, SHORT_TEXT),
    (SPEC_PATH, "ResetPasswordInput", "reset_token", 0, LONG_TEXT),
    (SPEC_PATH, "Recover2FAInput", "username", 1, SHORT_TEXT),
    (SPEC_PATH, "Recover2FAInput", "password", 1, SHORT_TEXT),
    (SPEC_PATH, "Reset2FAInput", "reset_token", 0, LONG_TEXT),
    (SPEC_PATH, "TaskInput", "description", 0, LONG_TEXT),
    (HQ_SPEC_PATH, "TaskInput", "description", 0, LONG_TEXT),
]


@pytest.mark.parametrize(
    ("spec_path", "schema", "field", "least", "most"),
    TEXT_LIMITS,
    ids=[f"{p.stem}-{s}.{f}" for p, s, f, _, _ in TEXT_LIMITS],
)
def test_the_sdks_text_limits_are_the_specs(
    spec_path: Path, schema: str, field: str, least: int, most: int
) -> None:
    document = load_spec(spec_path).document
    found = document["components"]["schemas"][schema]["properties"][field]
    assert (found.get("minLength", least), found["maxLength"]) == (least, most)


# -- the check itself ------------------------------------------------------------
def _judged(method: str, path: str, query: str = "", body: bytes = b"") -> list[str]:
    """What ``request_check`` says of one request to the 4.x server's API."""
    check = request_check(SPEC_PATH)
    routed = check.route(method, path)
    if routed is None:
        return ["no operation"]
    route, values = routed
    content_type = "application/json" if body else ""
    query_values = MultiDict(parse_qsl(query, keep_blank_values=True))
    return check.problems(route, values, query_values, content_type, body)


@pytest.mark.parametrize(
    ("request_", "problem"),
    [
        (("GET", "/organization", "ids=1&ids=2&page=1&per_page=10"), None),
        (("GET", "/organization", "page=9223372036854775808"), None),
        (("GET", "/organization", "bogus=1"), "not a parameter"),
        (("GET", "/organization", "page=1&page=2"), "takes one value"),
        (("GET", "/organization", "per_page=x"), "is not of type integer"),
        (("GET", "/organization", "ids=x"), "is not of type integer"),
        (("GET", "/organization/9223372036854775808", ""), "does not fit"),
        (("GET", "/organization/1", "", b"{}"), "takes none"),
        (("GET", "/organisation", ""), "no operation"),
        (("POST", "/organization", "", b'{"name": "a"}'), None),
        (("POST", "/organization", "", b""), "required, not sent"),
        (("POST", "/organization", "", b'{"name": "a", "x": 1}'), "Additional"),
        (("POST", "/organization", "", b'{"name": 1}'), "is not of type"),
        (
            (
                "POST",
                "/organization",
                "",
                b'{"name": "a", "address1": "%s"}' % (b"x" * 129),
            ),
            "is too long",
        ),
        (
            (
                "POST",
                "/user",
                "",
                b'{"username": "abc", "password": "p", "email": "x"}',
            ),
            "is not a 'email'",
        ),
        (("PATCH", "/user/1", "", b"{"), "not JSON"),
    ],
)
def test_the_check_finds_what_the_spec_does_not_allow(
    request_: tuple[Any, ...], problem: str | None
) -> None:
    found = _judged(*request_)
    if problem is None:
        assert found == []
    else:
        assert any(problem in p for p in found), found


# -- the property ----------------------------------------------------------------
LINES = {
    # fixture, the server's spec, its store's spec
    "4.x": ("client", SPEC_PATH, STORE_SPEC_PATH),
    "hq": ("hq_client", HQ_SPEC_PATH, STORE5_SPEC_PATH),
}
STORE_ROOT = "/store/api"


def _answerer(httpserver: HTTPServer, line: str) -> SpecAnswerer:
    """The mock server of a line: the server's API under /api, its algorithm
    store's under /store/api (their paths overlap: /role, /user)."""
    _, server_spec, store_spec = LINES[line]
    store_link = (
        {"url": httpserver.url_for("/store"), "api_path": "/api"}
        if line == "hq"
        else {"url": httpserver.url_for(STORE_ROOT)}
    )
    return SpecAnswerer(
        httpserver,
        {"/api": server_spec, STORE_ROOT: store_spec},
        # the store a client chooses is on this mock server
        answers={"store_get": lambda: store_link},
    )


def _fresh_state(client: Client, httpserver: HTTPServer) -> None:
    """The same start for every example: collaboration 1 (and on HQ session 1)
    set, store 1 (on the mock server) chosen, nothing learned of the server."""
    session = client._session
    session.collaboration_id = 1
    session.session_id = 1 if session.hq else None
    session.blob_store_enabled = None
    session.choose_store(1, httpserver.url_for(STORE_ROOT), None)


def _with_examples(
    examples: list[dict[str, Any]],
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Hypothesis's ``@example`` for each call in ``examples``."""

    def decorate(test: Callable[..., None]) -> Callable[..., None]:
        for arguments in reversed(examples):
            test = example(arguments=arguments)(test)
        return test

    return decorate


# the arguments of a failing call, long values cut short
SHOWN = reprlib.Repr()
SHOWN.maxstring = SHOWN.maxother = 60
SHOWN.maxlist = SHOWN.maxtuple = 8
SHOWN.maxdict = SHOWN.maxlevel = 30


def _method(client: Client, name: str) -> Callable[..., Any]:
    target: Any = client
    for part in name.split("."):
        target = getattr(target, part)
    return target  # type: ignore[no-any-return]


def _cases() -> Iterator[Any]:
    """(method, line) for every method fuzzed."""
    for name in FUZZED:
        for line in sorted(LINES):
            yield pytest.param(name, line)


def _found(name: str) -> list[dict[str, Any]]:
    """The smallest failing calls found for ``name``."""
    return FIXED.get(name, [])


@pytest.mark.parametrize(("name", "line"), list(_cases()))
def test_a_call_is_refused_before_sending_or_sends_what_the_spec_accepts(
    name: str,
    line: str,
    httpserver: HTTPServer,
    request: pytest.FixtureRequest,
) -> None:
    client: Client = request.getfixturevalue(LINES[line][0])
    answerer = _answerer(httpserver, line)
    method = _method(client, name)

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate, Phase.shrink],
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
        ],
    )
    @given(arguments=arguments_for(method))
    @_with_examples(_found(name))
    def call(arguments: dict[str, Any]) -> None:
        note(f"client.{name}(**{SHOWN.repr(arguments)})")
        _fresh_state(client, httpserver)
        answerer.take()
        try:
            method(**arguments)
        except InvalidArgumentError as refused:
            sent = answerer.take()
            assert not sent, (
                f"{name} refused ({refused}) after sending:\n  "
                + "\n  ".join(map(str, sent))
            )
            return
        except Exception as failed:
            rejected = [r for r in answerer.take() if r.problems]
            if rejected:
                raise AssertionError(
                    f"{name} sent requests the spec rejects:\n  "
                    + "\n  ".join(map(str, rejected))
                ) from failed
            if name in ANSWERED_WITH and isinstance(failed, ANSWERED_WITH[name][0]):
                return
            raise
        rejected = [r for r in answerer.take() if r.problems]
        assert not rejected, f"{name} sent requests the spec rejects:\n  " + (
            "\n  ".join(map(str, rejected))
        )

    call()
