"""What ``help()`` shows agrees with itself: every public method's signature
and its numpy docstring say the same thing.

Checked for every public method of ``Client``, of each group reachable from
it (``client.task``, ``client.store.review``, ...; enumerated as
``test_surface.facade_methods`` does) and of ``NodeClient``, and for the two
constructors (the class docstring against ``inspect.signature(cls)``) and
``Client``'s classmethods (``Client.from_profile``, ``Client.from_env``).
Signatures are read with ``inspect.signature``, which follows ``__wrapped__``
through ``post_filtering``, ``paged`` and ``user_call``: the signature a user
sees.

The rules
---------
(a) names: the Parameters section names every parameter, in the signature's
    order, and nothing else (``a, b : T`` names two). ``post_filtering``'s
    ``field``, ``fields``, ``filter_`` and ``filters`` are not in any
    signature (the decorated method keeps its own), so they are not
    documented per method: their one description is ``_post_filters``'s
    module docstring. A method that listed them would fail (a) as "extra".
(b) types: the type after `` : `` equals the rendered annotation, after
    ``normal()``: whitespace collapsed, ``typing.`` dropped,
    ``Optional[X]`` -> ``X | None``, ``Union[A, B]`` -> ``A | B``; nothing
    else (the order of a union's members counts; ``sequence of int`` is not
    ``Sequence[int]``). Besides, a rendered annotation uses only names a
    user can look up: builtins, ``typing`` / ``collections.abc`` names,
    ``Path``, names exported by ``vantage6_client`` or
    ``vantage6_client.types``, and names qualified by their module
    (``httpx.Timeout``): no ``builtins.list``, no private alias
    (``Progress``, ``Period``).
(c) defaults: a default of None needs a type that includes None (or is
    ``Any``); a parameter documented with a type without None that defaults
    to None is "required in the docstring, optional in the signature"; a
    description that starts with "Required" on a parameter that has a
    default must say why the default exists (it mentions the official
    client's signature: "compatib..."); a bool defaulting to False (a flag
    off unless set) needs no word; any other default is stated: "by default
    X", "default X" or "defaults to X", X rendering the value (``""`` as
    "empty"), or, for an object such as ``httpx.Timeout``, "by default" and
    what it is in words.
(d) returns: a method annotated ``-> None`` has no Returns section; any other
    has one whose type equals the return annotation by (b) (``Self`` is
    documented as the class's name).
(e) raises: each entry of a Raises section is an exception users can catch
    by that name: one exported by ``vantage6_client``, or a builtin one.

Then what the docstrings promise is tried. Each call is made on a new
``Client`` and ``NodeClient`` whose every request is answered 404 (nothing
leaves the machine, nothing waits), logged in or not, with a collaboration set
up and a store chosen (so that "None: the one set up" is not taken for
"required"), and with a value for each parameter the signature or the
docstring says is required (made from its type; ``ARGUMENTS`` and ``EXTRA``
where the type is not enough):

(f) ``NotLoggedInError`` is in a method's Raises exactly when calling it
    without a login raises it, and then nothing was sent; the calls that send
    a request without a login are exactly the public ones (``PUBLIC``).
(g) an int parameter given as text (``task_id="26"``), when refused, is
    refused by an error that starts with its name as the signature has it.
(h) a parameter that defaults to None but is required in fact (left out, the
    call is refused by an error that starts with its name) is documented
    "Required" (the description starts with it), and every parameter
    documented "Required" is required in fact.
    Whenever (g) or (h) meets an ``InvalidArgumentError``, the method's
    Raises lists it.

And ``help()`` of what methods return: each method and property that
``Page``, ``ItemList``, ``TaskResults``, ``TaskResult``, ``AlgorithmRun`` and
``TaskRuns`` define has a
docstring of its own (else help() shows the comment above it, or nothing),
and so have every model's ``to_dict`` and ``from_dict``.
"""

from __future__ import annotations

import builtins
import collections.abc
import functools
import inspect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import vantage6_server_api.models
import vantage6_store_api.models

import vantage6_client
import vantage6_client.types
from tests.contract.test_surface import facade_methods
from tests.unit.test_transport import jwt
from vantage6_client import (
    Client,
    InvalidArgumentError,
    NodeClient,
    NodeIdentity,
    NotLoggedInError,
    WhoAmI,
)

# -- reading a numpy docstring -------------------------------------------------


@dataclass
class Entry:
    """One entry of a section: ``names : type`` and its indented description."""

    names: list[str]
    type: str | None
    description: str = ""

    @property
    def says_required(self) -> bool:
        """Documented as required: the description starts with "Required"."""
        return self.description.strip().startswith("Required")


@dataclass
class Doc:
    sections: dict[str, list[Entry]] = field(default_factory=dict)

    def entries(self, title: str) -> list[Entry]:
        return self.sections.get(title, [])

    def parameters(self) -> dict[str, Entry]:
        return {name: e for e in self.entries("Parameters") for name in e.names}

    def raises(self) -> set[str]:
        return {name for e in self.entries("Raises") for name in e.names}


def parse(doc: str) -> Doc:
    """The sections of a numpy docstring: a title underlined with dashes;
    an entry is a line at the section's indentation, its description the
    indented lines under it."""
    parsed = Doc()
    lines = doc.splitlines()
    current: list[Entry] | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        below = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if (
            line.strip()
            and not line.startswith(" ")
            and below
            and set(below) == {"-"}
            and len(below) == len(line.strip())
        ):
            current = parsed.sections.setdefault(line.strip(), [])
            index += 2
            continue
        if current is not None and line.strip():
            if line.startswith(" "):
                if current:
                    current[-1].description += " " + line.strip()
            else:
                head, colon, kind = line.partition(" : ")
                current.append(
                    Entry(
                        [name.strip() for name in head.split(",")],
                        kind.strip() if colon else None,
                    )
                )
                if current is parsed.sections.get("Returns") and not colon:
                    current[-1].type = line.strip()
        index += 1
    return parsed


# -- types as help() renders them ------------------------------------------------


def rendered(annotation: object) -> str:
    """An annotation as ``help()`` shows it (the SDK's are strings)."""
    if annotation is inspect.Parameter.empty:
        return "<no annotation>"
    if isinstance(annotation, str):
        return annotation
    return inspect.formatannotation(annotation)


def normal(text: str) -> str:
    """Rule (b)'s normalisation; see the module docstring."""
    text = " ".join(text.split())
    text = re.sub(r"\btyping(_extensions)?\.", "", text)
    for form in ("Optional", "Union"):
        while (start := _find_form(text, form)) >= 0:
            opening = start + len(form)
            closing = _matching(text, opening)
            members = _split_top(text[opening + 1 : closing])
            if form == "Optional":
                members = [*members, "None"]
            text = text[:start] + " | ".join(members) + text[closing + 1 :]
    return text


def _find_form(text: str, form: str) -> int:
    found = re.search(rf"(?<![\w.]){form}\[", text)
    return found.start() if found else -1


def _matching(text: str, opening: int) -> int:
    depth = 0
    for position in range(opening, len(text)):
        depth += {"[": 1, "]": -1}.get(text[position], 0)
        if depth == 0:
            return position
    raise ValueError(f"unbalanced brackets in {text!r}")


def _split_top(text: str, separator: str = ",") -> list[str]:
    """``text`` split at ``separator`` outside brackets, each part stripped."""
    parts, depth, start = [], 0, 0
    for position, character in enumerate(text):
        depth += {"[": 1, "]": -1}.get(character, 0)
        if depth == 0 and text.startswith(separator, position):
            parts.append(text[start:position].strip())
            start = position + len(separator)
    return [*parts, text[start:].strip()]


def union_members(text: str) -> list[str]:
    return _split_top(normal(text), "|")


# Names a rendered annotation may use besides the SDK's exported ones.
_LOOKUP_NAMES = (
    {name for name in dir(builtins) if not name.startswith("_")}
    | {"None", "Any", "Literal", "Self", "Optional", "Union"}
    | {name for name in dir(collections.abc) if not name.startswith("_")}
    | {"Path"}
)
_MODULES = {"httpx", "ssl", "datetime", "rsa"}  # qualified names: httpx.Timeout
_EXPORTED = set(vantage6_client.__all__) | set(vantage6_client.types.__all__)


def unknown_names(annotation: str) -> list[str]:
    """Names in ``annotation`` that a user cannot look up (rule b)."""
    text = re.sub(r"(\"[^\"]*\"|'[^']*')", "", annotation)  # Literal values
    unknown = []
    for name in re.findall(r"[A-Za-z_][\w.]*", text):
        if "." in name:
            if name.split(".")[0] not in _MODULES:
                unknown.append(name)
        elif name not in _LOOKUP_NAMES | _EXPORTED:
            unknown.append(name)
    return unknown


# -- what is documented ------------------------------------------------------------


@dataclass
class Documented:
    name: str
    target: Callable[..., Any]  # the method, or the class for its constructor
    owner: str  # the class the method belongs to, for ``Self``

    @property
    def is_constructor(self) -> bool:
        return inspect.isclass(self.target)

    @functools.cached_property
    def signature(self) -> inspect.Signature:
        return inspect.signature(self.target)

    @functools.cached_property
    def parameters(self) -> list[inspect.Parameter]:
        return [
            p for p in self.signature.parameters.values() if p.name not in ("self",)
        ]

    @functools.cached_property
    def doc(self) -> Doc:
        return parse(inspect.getdoc(self.target) or "")


def documented() -> list[Documented]:
    found = [
        Documented("Client", Client, "Client"),
        Documented("NodeClient", NodeClient, "NodeClient"),
    ]
    for name, method in facade_methods():
        # NodeClient's come unbound, the others bound to a client or group
        bound_to = getattr(method, "__self__", None)
        owner = type(bound_to).__name__ if bound_to is not None else "NodeClient"
        found.append(Documented(name, method, owner))
    # the other constructors (classmethods, which facade_methods does not
    # list): rules (a) to (e) only, never called (they read the environment
    # and the user's files)
    for name, member in vars(Client).items():
        if isinstance(member, classmethod) and not name.startswith("_"):
            found.append(Documented(f"Client.{name}", getattr(Client, name), "Client"))
    return found


DOCUMENTED = documented()


def _problems_of(item: Documented) -> list[str]:
    """Rules (a) to (e) for one method; see the module docstring."""
    problems: list[str] = []
    doc = item.doc
    listed = [name for e in doc.entries("Parameters") for name in e.names]
    expected = [p.name for p in item.parameters]
    # (a)
    for name in expected:
        if name not in listed:
            problems.append(f"(a) {name}: not documented")
    for name in listed:
        if name not in expected:
            problems.append(f"(a) {name}: documented, not in the signature")
    if not problems and listed != expected:
        problems.append(f"(a) documented in the order {listed}, signature {expected}")
    entries = doc.parameters()
    for parameter in item.parameters:
        annotation = rendered(parameter.annotation)
        entry = entries.get(parameter.name)
        # (b)
        unknown = unknown_names(annotation)
        if unknown:
            problems.append(
                f"(b) {parameter.name}: annotation {annotation!r} shows "
                f"{', '.join(unknown)}, which a user cannot look up"
            )
        if entry is None:
            continue
        if entry.type is None:
            problems.append(f"(b) {parameter.name}: no type documented")
        elif normal(entry.type) != normal(annotation):
            problems.append(
                f"(b) {parameter.name}: documented {entry.type!r}, "
                f"annotated {annotation!r}"
            )
        # (c)
        problems += [
            f"(c) {parameter.name}: {problem}"
            for problem in _default_problems(parameter, annotation, entry)
        ]
    if not item.is_constructor:
        problems += _returns_problems(item)
    # (e)
    for name in sorted(doc.raises()):
        error = getattr(vantage6_client, name, getattr(builtins, name, None))
        if not (inspect.isclass(error) and issubclass(error, BaseException)):
            problems.append(f"(e) Raises {name}: not an exception users can catch")
    return problems


_DEFAULT_STATED = re.compile(
    r"\b(?:by default|defaults to|default)[ :]+"
    r"(``[^`]*``|\"[^\"]*\"|'[^']*'|[^\s,;)]+)",
)


def _default_problems(
    parameter: inspect.Parameter, annotation: str, entry: Entry
) -> list[str]:
    default = parameter.default
    described = entry.description.strip()
    says_required = entry.says_required
    if default is inspect.Parameter.empty:
        return []
    problems = []
    if says_required and "compatib" not in described:
        problems.append(
            "documented as required and defaults to "
            f"{default!r}, without saying why (compatibility?)"
        )
    if default is None:
        members = union_members(annotation)
        if "None" not in members and normal(annotation) not in ("Any", "object"):
            problems.append(f"defaults to None, annotated {annotation!r}")
        documented_members = union_members(entry.type or "")
        if (
            "None" in members
            and entry.type
            and "None" not in documented_members
            and "Any" not in documented_members
        ):
            problems.append(
                f"documented as {entry.type!r} (required) but defaults to None"
            )
        return problems
    if default is False and normal(annotation) == "bool":
        return problems
    stated = [_unquoted(m) for m in _DEFAULT_STATED.findall(described)]
    if isinstance(default, bool | int | float | str):
        if not any(_renders(default, text) for text in stated):
            problems.append(
                f"defaults to {default!r}; the description does not say "
                f"'by default {default!r}'"
            )
    elif not re.search(r"\bdefault", described):
        problems.append(f"defaults to {default!r}; the description does not say so")
    return problems


def _unquoted(text: str) -> str:
    text = text.rstrip(".")
    for quote in ("``", '"', "'"):
        if len(text) >= 2 * len(quote) and text.startswith(quote):
            text = text[len(quote) : -len(quote)]
    return text.strip("\"'")


def _renders(default: bool | float | str, text: str) -> bool:
    if isinstance(default, str):
        return text == default or (default == "" and text == "empty")
    if isinstance(default, bool):
        return text == str(default)
    try:
        return float(text) == float(default)
    except ValueError:
        return False


def _returns_problems(item: Documented) -> list[str]:
    annotation = rendered(item.signature.return_annotation)
    entries = item.doc.entries("Returns")
    unknown = unknown_names(annotation)
    problems = []
    if unknown:
        problems.append(
            f"(b) returns {annotation!r}: {', '.join(unknown)} cannot be looked up"
        )
    if annotation == "None":
        if entries:
            problems.append("(d) returns None, but has a Returns section")
        return problems
    if not entries:
        return [*problems, f"(d) returns {annotation!r}: no Returns section"]
    expected = item.owner if annotation == "Self" else annotation
    documented_type = entries[0].type or ""
    if normal(documented_type) != normal(expected):
        problems.append(
            f"(d) returns: documented {documented_type!r}, annotated {annotation!r}"
        )
    return problems


@pytest.mark.parametrize("item", DOCUMENTED, ids=[d.name for d in DOCUMENTED])
def test_the_docstring_says_what_the_signature_does(item: Documented) -> None:
    assert _problems_of(item) == []


def test_every_method_was_read() -> None:
    """The comparison is only as good as its enumeration."""
    names = {item.name for item in DOCUMENTED}
    assert {"task.create", "wait_for_results", "store.review.list"} <= names
    assert {"NodeClient.update_run", "Client", "NodeClient"} <= names
    assert {"Client.from_profile", "Client.from_env"} <= names
    assert len(names) >= 120


# -- the rules' own checks ------------------------------------------------------------


def test_the_parser_reads_grouped_names_types_and_sections() -> None:
    doc = parse(
        inspect.cleandoc(
            """Summary.

            Parameters
            ----------
            a, b : int | None
                Two.
                More.
            c
                Untyped.

            Returns
            -------
            list[int]
                Them.

            Raises
            ------
            NotFoundError
                Gone.
            """
        )
    )
    entries = doc.entries("Parameters")
    assert [(e.names, e.type) for e in entries] == [
        (["a", "b"], "int | None"),
        (["c"], None),
    ]
    assert entries[0].description == " Two. More."
    assert doc.entries("Returns")[0].type == "list[int]"
    assert doc.raises() == {"NotFoundError"}


@pytest.mark.parametrize(
    ("written", "same_as"),
    [
        ("Optional[int]", "int | None"),
        ("typing.Union[str, list[str], None]", "str | list[str] | None"),
        ("Optional[Union[int, str]]", "int | str | None"),
        ("dict[str,  Any]", "dict[str, Any]"),
    ],
)
def test_the_normalisation_equates_spellings_of_one_type(
    written: str, same_as: str
) -> None:
    assert normal(written) == normal(same_as)


@pytest.mark.parametrize(
    ("written", "not_same_as"),
    [
        ("Progress", "bool | None"),
        ("builtins.list[int]", "list[int]"),
        ("sequence of int", "Sequence[int]"),
        ("int | None", "None | int"),
    ],
)
def test_the_normalisation_keeps_what_help_shows_apart(
    written: str, not_same_as: str
) -> None:
    assert normal(written) != normal(not_same_as)


def test_names_a_user_cannot_look_up_are_found() -> None:
    assert unknown_names("builtins.list[int]") == ["builtins.list"]
    assert unknown_names("Progress") == ["Progress"]
    assert unknown_names("Period | None") == ["Period"]
    assert unknown_names("Page[Task]") == []
    assert unknown_names("float | httpx.Timeout | None") == []
    assert unknown_names('Literal["a", "b"]') == []


def _entry(kind: str, text: str) -> Entry:
    return Entry(["x"], kind, text)


def _parameter(default: object, annotation: str) -> inspect.Parameter:
    return inspect.Parameter(
        "x", inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation
    )


@pytest.mark.parametrize(
    ("default", "annotation", "entry", "problems"),
    [
        # required in the docstring, optional in the signature
        (None, "str | None", _entry("str", "A name."), 1),
        (None, "str | None", _entry("str | None", "Required. A name."), 1),
        (
            None,
            "str | None",
            _entry(
                "str | None",
                "Required; the default None exists for compatibility with the "
                "official client's signature.",
            ),
            0,
        ),
        (None, "Progress", _entry("Progress", "Shown."), 1),
        (None, "Any", _entry("Any", "Anything."), 0),
        (False, "bool", _entry("bool", "A flag."), 0),
        (True, "bool", _entry("bool", "A flag."), 1),
        (True, "bool", _entry("bool", "A flag, by default True."), 0),
        (1, "float", _entry("float", "Seconds, by default 1."), 0),
        (1, "float", _entry("float", "Seconds, by default 2."), 1),
        ("", "str", _entry("str", "Text, by default empty."), 0),
        ("get", "str", _entry("str", 'HTTP method, by default ``"get"``.'), 0),
        ("get", "str", _entry("str", "HTTP method."), 1),
        (httpx.Timeout(3), "httpx.Timeout", _entry("httpx.Timeout", "Limits."), 1),
        (httpx.Timeout(3), "httpx.Timeout", _entry("httpx.Timeout", "by default 3"), 0),
    ],
)
def test_the_default_rule(
    default: object, annotation: str, entry: Entry, problems: int
) -> None:
    found = _default_problems(_parameter(default, annotation), annotation, entry)
    assert len(found) == problems, found


# -- what the docstrings promise, tried --------------------------------------------

# Calls that send their request without a login: the server answers them to
# anyone (or, for `request` and `authenticate`, the request is the user's own).
PUBLIC = {
    "authenticate",
    "request",
    "algorithm.get",
    "algorithm.list",
    "store.get_version",
    "util.get_server_health",
    "util.get_server_version",
    "util.get_hq_health",
    "util.get_hq_version",
    "util.reset_my_password",
    "util.reset_two_factor_auth",
    "util.set_my_password",
    "util.set_two_factor_auth",
    "NodeClient.authenticate",
    "NodeClient.algorithm_addresses",  # with the container token it is given
}
# What the other calls without a login raise, when not NotLoggedInError.
OTHERWISE_WITHOUT_LOGIN = {
    # it has no refresh token: the renewal says so as the server would
    "refresh_token": vantage6_client.AuthenticationError,
    # these clients speak to a 4.x server, which has no service accounts
    "initialize_service_account": vantage6_client.NotOnThisServerError,
    "authenticate_service_account": vantage6_client.NotOnThisServerError,
}

# Arguments for the calls below where their types alone do not make one that
# passes the method's own checks.
ARGUMENTS: dict[tuple[str, str], object] = {
    ("algorithm.create", "partitioning"): "horizontal",
    ("store.create", "algorithm_store_url"): "https://store.example.org/api",
    ("setup_encryption", "private_key_file"): "no-such-key.pem",
}
# Arguments a call needs that no one parameter is required for.
EXTRA: dict[str, dict[str, object]] = {
    # the e-mail address or the username
    "util.reset_my_password": {"username": "x"},
}
# Calls not made with a login: they end the session, or write a key file.
NOT_CALLED = {"close", "logout", "NodeClient.close", "util.generate_private_key"}


def a_value(method: str, parameter: inspect.Parameter) -> object:
    """A value of ``parameter``'s type that its method accepts."""
    if (method, parameter.name) in ARGUMENTS:
        return ARGUMENTS[method, parameter.name]
    members = union_members(rendered(parameter.annotation))
    first = members[0]
    if first.startswith("Sequence[Mapping") or first.startswith("Mapping"):
        return [] if first.startswith("Sequence") else {}
    if re.fullmatch(r"(\w+\.)?(Sequence|list)\[int\]", first):
        return [1]
    values: dict[str, object] = {
        "int": 1,
        "float": 1.0,
        "bool": False,
        "str": "x",
        "Any": {"method": "m"},
    }
    for member in members:
        if member in values:
            return values[member]
    return None


@dataclass
class Outcome:
    sent: bool
    error: BaseException | None

    @property
    def refusal(self) -> InvalidArgumentError | None:
        """The argument error the call was refused with (not a login's)."""
        error = self.error
        if isinstance(error, InvalidArgumentError) and not isinstance(
            error, NotLoggedInError
        ):
            return error
        return None


# groups that only a 5.x HQ has: called on a client made for HQ
HQ_ONLY_GROUPS = {"session", "dataframe"}


class World:
    """A client and a node client whose every request is answered 404, each
    made for one call (a call such as ``authenticate`` changes its session)."""

    def __init__(self, *, logged_in: bool, hq: bool = False) -> None:
        self.requests: list[httpx.Request] = []
        transport = httpx.MockTransport(self._answer)
        # the groups only a 5.x HQ has are tried on a client made for one
        # (logged in by setting its tokens: no identity provider is asked)
        auth_url = "http://localhost/auth" if hq else None
        self.client = Client(
            "http://localhost", max_retries=0, transport=transport, auth_url=auth_url
        )
        self.node = NodeClient("http://localhost", max_retries=0, transport=transport)
        session = self.client._session
        session.collaboration_id = 1
        session.session_id = 1
        session.choose_store(1, "http://localhost/store/api", transport)
        if logged_in:
            self.client._transport.tokens.set(jwt(), "refresh")
            session.user_id = 1
            session.whoami = WhoAmI("user", 1, "Ada", "Org", 1)
            self.node._transport.tokens.set(jwt(), "refresh")
            self.node.whoami = NodeIdentity(1, "node", 1, 1)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(404, json={"msg": "not here (test)"})

    def method(self, name: str) -> Callable[..., Any]:
        if name.startswith("NodeClient."):
            method: Callable[..., Any] = getattr(
                self.node, name.removeprefix("NodeClient.")
            )
            return method
        return functools.reduce(getattr, name.split("."), self.client)  # type: ignore[arg-type]


def call(method: str, arguments: dict[str, object], *, logged_in: bool) -> Outcome:
    """Call ``method`` of a new world with ``arguments``."""
    world = World(
        logged_in=logged_in, hq=method.split(".", maxsplit=1)[0] in HQ_ONLY_GROUPS
    )
    try:
        world.method(method)(**arguments)
    except Exception as error:  # each outcome is judged by the test
        return Outcome(bool(world.requests), error)
    finally:
        world.client.close()
        world.node.close()
    return Outcome(bool(world.requests), None)


METHODS = [
    item
    for item in DOCUMENTED
    if not item.is_constructor and not item.name.startswith("Client.")
]


def needed_arguments(item: Documented, *, but: str = "") -> dict[str, object]:
    """A value for each parameter the signature requires, and for those the
    docstring says are required (``but`` left out)."""
    entries = item.doc.parameters()
    arguments = {}
    for parameter in item.parameters:
        entry = entries.get(parameter.name)
        required = parameter.default is inspect.Parameter.empty or (
            entry is not None and entry.says_required
        )
        if required and parameter.name != but:
            arguments[parameter.name] = a_value(item.name, parameter)
    extra = EXTRA.get(item.name, {})
    arguments.update({key: value for key, value in extra.items() if key != but})
    return arguments


def names(error: BaseException, parameter: str) -> bool:
    """Whether an error's message starts with the parameter's name."""
    return (
        re.match(rf"(each of )?{re.escape(parameter)}\b(?!\.)", str(error)) is not None
    )


def login_problems() -> list[str]:
    """(f): each method called without a login, with arguments it accepts."""
    problems = []
    for item in METHODS:
        outcome = call(item.name, needed_arguments(item), logged_in=False)
        documented = "NotLoggedInError" in item.doc.raises()
        refused = isinstance(outcome.error, NotLoggedInError)
        if refused and outcome.sent:
            problems.append(f"{item.name}: sent a request, then said not logged in")
        if refused != documented:
            problems.append(
                f"{item.name}: {'raises' if refused else 'does not raise'} "
                "NotLoggedInError without a login, "
                f"{'documents' if documented else 'does not document'} it"
                + ("" if refused else f" (got {outcome.error!r})")
            )
        if outcome.sent != (item.name in PUBLIC):
            problems.append(
                f"{item.name}: {'sent' if outcome.sent else 'sent no'} request "
                "without a login"
            )
        other = OTHERWISE_WITHOUT_LOGIN.get(item.name)
        unexpected = other is None or not isinstance(outcome.error, other)
        if not (refused or outcome.sent) and outcome.error is not None and unexpected:
            problems.append(f"{item.name}: without a login: {outcome.error!r}")
    return problems


def test_not_logged_in_is_raised_exactly_where_documented() -> None:
    assert login_problems() == []


def _int_parameters(item: Documented) -> Iterator[inspect.Parameter]:
    for parameter in item.parameters:
        members = union_members(rendered(parameter.annotation))
        if "int" in members or any(m.endswith("[int]") for m in members):
            yield parameter


def text_id_problems() -> tuple[list[str], int]:
    """(g), and the Raises of what it meets; and how many refusals it met."""
    problems = []
    refusals = 0
    for item in METHODS:
        if item.name in NOT_CALLED:
            continue
        for parameter in _int_parameters(item):
            arguments = needed_arguments(item, but=parameter.name)
            arguments[parameter.name] = "26"
            refusal = call(item.name, arguments, logged_in=True).refusal
            if refusal is None:
                continue
            refusals += 1
            if not names(refusal, parameter.name):
                problems.append(
                    f"{item.name}({parameter.name}='26'): refused as {refusal}"
                )
            if "InvalidArgumentError" not in item.doc.raises():
                problems.append(
                    f"{item.name}: refuses {parameter.name}='26', Raises does not say"
                )
    return problems, refusals


def test_an_id_given_as_text_is_refused_by_its_own_name() -> None:
    problems, refusals = text_id_problems()
    assert refusals >= 60, "the checks were not reached"
    assert problems == []


def required_problems() -> list[str]:
    """(h): each parameter defaulting to None, left out while every other
    that is required (by signature or docstring) is given."""
    problems = []
    for item in METHODS:
        if item.name in NOT_CALLED:
            continue
        entries = item.doc.parameters()
        for parameter in item.parameters:
            if parameter.default is not None:
                continue
            arguments = needed_arguments(item, but=parameter.name)
            outcome = call(item.name, arguments, logged_in=True)
            refusal = outcome.refusal
            required = refusal is not None and names(refusal, parameter.name)
            entry = entries.get(parameter.name)
            said = entry is not None and entry.says_required
            if required != said:
                problems.append(
                    f"{item.name}({parameter.name}=None): "
                    + (
                        f"refused ({refusal}) but not documented 'Required'"
                        if required
                        else f"documented 'Required' but {outcome.error!r}"
                    )
                )
            if refusal is not None and "InvalidArgumentError" not in (
                item.doc.raises()
            ):
                problems.append(
                    f"{item.name}({parameter.name}=None): refused ({refusal}), "
                    "Raises does not say"
                )
    return problems


def test_what_is_required_in_fact_is_documented_as_required() -> None:
    assert required_problems() == []


# -- help() of what the methods return ------------------------------------------------


def _own_members(cls: type) -> Iterator[tuple[str, object]]:
    for name, member in vars(cls).items():
        public = not name.startswith("_") or (
            name.startswith("__") and name.endswith("__")
        )
        if not public or name == "__init__":  # the class docstring covers it
            continue
        if "ǁ" in name:  # a mutant's copy, under `make mutate`
            continue
        function = (
            member.__func__
            if isinstance(member, staticmethod | classmethod)
            else member
        )
        if inspect.isfunction(function) or isinstance(function, property):
            yield name, function


@pytest.mark.parametrize(
    "cls",
    [
        vantage6_client.types.Page,
        vantage6_client.ItemList,
        vantage6_client.types.TaskResults,
        vantage6_client.types.TaskResult,
        vantage6_client.types.AlgorithmRun,
        vantage6_client._results.TaskRuns,
    ],
    ids=lambda cls: cls.__name__,
)
def test_help_shows_a_docstring_for_each_method_and_property(cls: type) -> None:
    """Not a comment above it (help() shows that instead), nor nothing.
    Methods written by attrs come with their own."""
    undocumented = [
        name
        for name, member in _own_members(cls)
        if not (getattr(member, "__doc__", None) or "").strip()
    ]
    assert undocumented == []


def test_every_model_says_what_to_dict_and_from_dict_give() -> None:
    """The generated models' (``openapi/templates/model.py.jinja``)."""
    models = [
        model
        for package in (vantage6_server_api.models, vantage6_store_api.models)
        for model in map(functools.partial(getattr, package), package.__all__)
        if inspect.isclass(model) and hasattr(model, "from_dict")
    ]
    assert len(models) >= 100
    undocumented = [
        f"{model.__name__}.{method}"
        for model in models
        for method in ("to_dict", "from_dict")
        if not (getattr(model, method).__doc__ or "").strip()
    ]
    assert undocumented == []
