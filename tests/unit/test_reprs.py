"""Reprs are short, and never show a secret or a payload.

What a user sees first in a notebook is a model's repr; it must not show an
API key, a token, a password, a two-factor secret, a run's input, result or
log, and it must not bury the useful fields under link URLs, ``UNSET`` and
``additional_properties={}``. The value stays readable: as an attribute,
through dict-style access and in ``to_dict()``.

Every model class of both generated packages is built with every field set
(each string a unique marker) and checked against a list of secret and
payload names defined here, apart from the templates that decide what to
hide: a field that the templates forget shows up here.
"""

from __future__ import annotations

import base64
import datetime
import itertools
import json
import re
import sys
import types
import typing
from collections.abc import Iterator
from typing import Any, Literal

import attrs
import pytest
import vantage6_server_api.models
import vantage6_store_api.models
from vantage6_server_api.models import Link, NewNode, Run, Task, User

from vantage6_client import _reprs
from vantage6_client._payloads import PlainCryptor
from vantage6_client._results import AlgorithmRun, RunLookup, TaskResult, TaskResults
from vantage6_client._results import TaskResult as _TaskResult
from vantage6_client._tokens import TokenPair
from vantage6_client._unset import Unset
from vantage6_client.resources.result import _Decoded

# Names of fields that hold a secret (keys, tokens, passwords, two-factor
# secrets and codes, the QR URI that embeds one, a VPN configuration with its
# private key) or a payload (a run's input, result and log).
SECRET_OR_PAYLOAD = re.compile(
    r"api_?key|secret|token|passw|private_?key|otp|qr_uri|mfa|vpn|credential"
    r"|^input_?$|^results?$|^log$"
)
PACKAGES = (vantage6_server_api.models, vantage6_store_api.models)
NOISE = ("Unset object", "UNSET", "additional_properties={}", " at 0x")
WHEN = datetime.datetime(2026, 11, 26, 5, 11, 3, tzinfo=datetime.UTC)


def model_classes() -> Iterator[type]:
    for package in PACKAGES:
        for name in package.__all__:
            value = getattr(package, name)
            if attrs.has(value):
                yield value


MODELS = sorted(model_classes(), key=lambda cls: (cls.__module__, cls.__name__))


def _name(cls: type) -> str:
    return f"{cls.__module__.split('_')[1]}.{cls.__name__}"  # server.Task


def test_every_model_class_is_walked() -> None:
    assert len(MODELS) > 120
    assert {NewNode, User, Task, Run, Link} <= set(MODELS)


class Maker:
    """Instances with every field set: strings are unique markers.

    ``nested`` picks, where a field may be either, the nested model or list
    over the plain string (e.g. a task's ``runs``: the runs, or the API path
    of their list); ``size`` pads every marker to that length.
    """

    def __init__(self, *, nested: bool, size: int = 0, optional: bool = True) -> None:
        self.nested = nested
        self.size = size
        self.optional = optional
        self.markers: list[tuple[str, str]] = []  # (field name, marker)
        self._count = itertools.count()

    def marker(self, name: str) -> str:
        text = f"MARK-{name}-{next(self._count)}#"
        text += "x" * max(self.size - len(text), 0)
        self.markers.append((name, text))
        return text

    def model(self, cls: type, depth: int = 0) -> Any:
        namespace = vars(sys.modules[cls.__module__])
        package = next(p for p in PACKAGES if cls.__module__.startswith(p.__name__))
        namespace = {**namespace, **{n: getattr(package, n) for n in package.__all__}}
        hints = typing.get_type_hints(cls, globalns=namespace)
        values = {}
        for field in attrs.fields(cls):
            if not field.init:
                continue
            kind = hints[field.name]
            if not self.optional and _optional(kind):
                continue
            values[field.name] = self.value(kind, field.name, depth)
        made = cls(**values)
        if "additional_properties" in attrs.fields_dict(cls):
            # a field the spec does not name: its value may be anything; an
            # object with no fields of its own (e.g. error details) shows it
            name = "extra_token" if values else "extra"
            made.additional_properties = {name: self.marker(name)}
        return made

    def value(self, kind: Any, name: str, depth: int) -> Any:
        origin = typing.get_origin(kind)
        if origin in (typing.Union, types.UnionType):
            options = [k for k in typing.get_args(kind) if k not in (type(None), Unset)]
            return self.value(self.choose(options, depth), name, depth)
        if origin is Literal:
            return typing.get_args(kind)[0]
        if origin is list:
            return [self.value(typing.get_args(kind)[0], name, depth + 1)]
        if origin is dict:
            return {"key": self.value(typing.get_args(kind)[1], name, depth + 1)}
        if attrs.has(kind):
            return self.model(kind, depth + 1)
        if kind is datetime.datetime:
            return WHEN
        simple: dict[Any, Any] = {bool: True, int: 7, float: 1.5}
        if kind in simple:
            return simple[kind]
        assert kind in (str, Any), (name, kind)
        return self.marker(name)

    def choose(self, options: list[Any], depth: int) -> Any:
        structured = [
            k for k in options if attrs.has(k) or typing.get_origin(k) is list
        ]
        if self.nested and depth < 3 and structured:
            return structured[-1]  # e.g. Task rather than Link
        plain = [k for k in options if k in (str, int, float, bool)]
        return (plain or options)[0]


def _optional(kind: Any) -> bool:
    return Unset in typing.get_args(kind)


def check(made: Any, markers: list[tuple[str, str]]) -> None:
    shown = repr(made)
    assert str(made) == shown
    for noise in NOISE:
        assert noise not in shown, f"{noise!r} in {shown}"
    assert re.search(r"\blink='", shown) is None, shown  # Link shows its id
    full = json.dumps(made.to_dict(), default=str)
    by_key = json.dumps([made[key] for key in made], default=str)
    for name, marker in markers:
        if SECRET_OR_PAYLOAD.search(name):
            assert marker not in shown, f"{name} shown: {shown}"
        if name == "extra_token":  # a field the spec does not name
            continue
        assert marker in full, f"{name} left to_dict()"
        assert marker in by_key, f"{name} left dict-style access"


@pytest.mark.parametrize("cls", MODELS, ids=_name)
@pytest.mark.parametrize("nested", [False, True], ids=["plain", "nested"])
def test_a_model_repr_hides_secrets_and_payloads(cls: type, nested: bool) -> None:
    maker = Maker(nested=nested)
    made = maker.model(cls)
    check(made, maker.markers)
    # still there as attributes
    for field in attrs.fields(cls):
        if SECRET_OR_PAYLOAD.search(field.name):
            value = getattr(made, field.name)
            if isinstance(value, str):
                assert value.startswith(f"MARK-{field.name}-")


@pytest.mark.parametrize("cls", MODELS, ids=_name)
def test_a_model_repr_stays_short(cls: type) -> None:
    # every marker 2,000 characters long: a repr shows a summary of each
    maker = Maker(nested=False, size=2_000)
    made = maker.model(cls)
    check(made, maker.markers)
    assert len(repr(made)) <= 60 + 110 * len([*maker.markers, made]), repr(made)
    # left out: not given
    bare = Maker(nested=False, optional=False).model(cls)
    if hasattr(bare, "additional_properties"):
        bare.additional_properties = {}
    for noise in NOISE:
        assert noise not in repr(bare)


def test_unset_fields_and_empty_extras_are_left_out() -> None:
    user = User.from_dict(USER)
    assert repr(user) == (
        "User(id=3, username='alice', email='alice@example.org', firstname='Alice',"
        " ip=None, last_email_failed_login_sent=None,"
        " last_email_recover_password_sent=None, last_seen=2026-11-26T05:11:03+00:00,"
        " lastname='Smith', organization=Link(id=1), otp_secret=<hidden>,"
        " status='active', type_='user')"
    )
    user.additional_properties = {"new_field": "x"}
    assert repr(user).endswith(", additional_properties={'new_field': <hidden>})")
    assert user.otp_secret == "JBSWY3DPEHPK3PXP" == user["otp_secret"]


def test_a_link_shows_its_id_and_a_payload_its_size() -> None:
    assert repr(Link.from_dict(_link(1, "organization"))) == "Link(id=1)"
    node = NewNode.from_dict(NEW_NODE)
    assert repr(node) == (
        "NewNode(id=4, name='hospital-a node', collaboration=Link(id=1), config=[],"
        " ip=None, last_seen=None, organization=Link(id=2), status='offline',"
        " type_='node', api_key=<hidden>)"
    )
    assert node.api_key == node["api_key"] == node.to_dict()["api_key"]
    run = Run.from_dict(RUN)
    assert f"input_=<hidden: {len(RUN['input'])} characters>" in repr(run)
    assert "log=<hidden: 43 characters>" in repr(run)
    assert RUN["input"] not in repr(run) and "patients" not in repr(run)


def test_free_form_content_is_shown() -> None:
    # an object with no fields of its own: its content is what it is
    errors = vantage6_server_api.models.ErrorErrors.from_dict(
        {"name": ["Missing data for required field."]}
    )
    assert repr(errors) == (
        "ErrorErrors(additional_properties={'name': ['Missing data for required"
        " field.']})"
    )


# -- the hand-written result types ---------------------------------------------
def test_an_algorithm_run_hides_its_input_and_log() -> None:
    secret = {"method": "mean", "kwargs": {"column": "MARK-input"}}
    encoded = base64.b64encode(json.dumps(secret).encode()).decode()
    raw = Run.from_dict({**RUN, "input": encoded, "log": "MARK-log"})
    run = AlgorithmRun.of(raw, PlainCryptor())
    shown = repr(run)
    assert str(run) == shown
    for hidden in ("MARK-input", encoded, "MARK-log", "column"):
        assert hidden not in shown
    for noise in NOISE:
        assert noise not in shown
    assert shown == (
        "AlgorithmRun(id=11, task_id=7, organization_id=2, node_id=4,"
        " status='completed', input=<hidden: dict of 2 items>, input_decrypted=True,"
        " log=<hidden: 8 characters>, assigned_at=2026-11-26T05:11:03,"
        " started_at=2026-11-26T05:11:04, finished_at=2026-11-26T05:11:09)"
    )
    assert run.input == secret == json.loads(run["input"])
    assert run["input"] == run.to_dict()["input"]
    assert run.log == "MARK-log"


def test_a_task_result_hides_its_result_and_never_fetches_for_a_repr() -> None:
    fetched: list[int] = []
    raw = Run.from_dict({**RUN, "log": "MARK-log"})

    def fetch() -> list[AlgorithmRun]:
        fetched.append(1)
        return [AlgorithmRun.of(raw, PlainCryptor())]

    runs = RunLookup(fetch)
    result = TaskResult(id=11, result={"x": "MARK-result"}, task_id=7, runs=runs)
    results = TaskResults(7, [result])
    assert repr(runs) == "<RunLookup: not fetched>"
    shown = repr(result) + str(result) + repr(results) + str(results)
    assert fetched == []  # a repr makes no request
    assert result.log == "MARK-log" and fetched == [1]
    assert repr(runs) == "<RunLookup: 1 runs>"
    shown += repr(result) + repr(results) + repr(runs)
    assert "MARK" not in shown
    for noise in NOISE:
        assert noise not in shown
    assert repr(result) == (
        "TaskResult(id=11, task_id=7, result=<hidden: dict of 1 item>)"
    )
    assert result.result == {"x": "MARK-result"} == json.loads(result["result"])


def _link(id_: int, path: str) -> dict[str, Any]:
    return {"id": id_, "link": f"/api/{path}/{id_}", "methods": ["GET", "DELETE"]}


USER = {
    "email": "alice@example.org",
    "firstname": "Alice",
    "id": 3,
    "ip": None,
    "last_email_failed_login_sent": None,
    "last_email_recover_password_sent": None,
    "last_seen": "2026-11-26T05:11:03.123456+00:00",
    "lastname": "Smith",
    "organization": _link(1, "organization"),
    "otp_secret": "JBSWY3DPEHPK3PXP",
    "roles": "/api/role?user_id=3",
    "rules": "/api/rule?user_id=3",
    "status": "active",
    "type": "user",
    "username": "alice",
}
NEW_NODE = {
    "collaboration": _link(1, "collaboration"),
    "config": [],
    "id": 4,
    "ip": None,
    "last_seen": None,
    "name": "hospital-a node",
    "organization": _link(2, "organization"),
    "status": "offline",
    "type": "node",
    "api_key": "8c2f9a1e-0c1b-4d2e-9f3a-5b6c7d8e9f00",
}
RUN = {
    "assigned_at": "2026-11-26T05:11:03",
    "blob_storage_used": False,
    "cleanup_at": None,
    "finished_at": "2026-11-26T05:11:09",
    "id": 11,
    "input": base64.b64encode(
        json.dumps(
            {"method": "central_average", "kwargs": {"column_name": "age"}}
        ).encode()
    ).decode(),
    "log": "read 120 rows of patients.csv\nmean age 54.2",
    "node": {"id": 4, "ip": None, "name": "hospital-a node", "status": "online"},
    "organization": _link(2, "organization"),
    "ports": [],
    "results": _link(11, "result"),
    "started_at": "2026-11-26T05:11:04",
    "status": "completed",
    "task": _link(7, "task"),
}


def test_a_token_pair_and_a_decoded_result_hide_what_they_hold() -> None:
    pair = TokenPair("MARK-access", "MARK-refresh")
    assert "MARK" not in repr(pair)
    assert "MARK" not in str(pair)
    assert pair.access == "MARK-access"
    assert repr(TokenPair("MARK-access", None)).endswith("refresh=None)")
    assert "MARK" not in repr(_Decoded({"secret": "MARK-result"}))


# -- the renderer's own rules ---------------------------------------------------
def test_the_renderer_shows_nothing_as_none_and_cuts_long_text() -> None:
    assert _reprs.hidden(None) == "None"
    assert _reprs.hidden(None, _reprs.SECRET) == "None"
    assert _reprs.short("a" * 100) == repr("a" * 100)
    assert _reprs.short("a" * 101) == f"{'a' * 60 + '…'!r} (101 characters)"
    assert _reprs.short(list(range(12))) == (
        "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, … (2 more)]"
    )
    assert repr(_reprs._Hidden("MARK")) == "<hidden>"


def test_a_rule_the_renderer_does_not_know_is_refused() -> None:
    """A typo in a rule must not show what it meant to hide."""
    with pytest.raises(ValueError, match=r"^Thing\.key: no repr rule 'secrte'$"):
        _reprs.fields_repr("Thing", [("key", "MARK", "secrte")])
    assert _reprs.fields_repr("Thing", [("key", "x", _reprs.PLAIN)]) == "Thing(key='x')"


def test_token_pairs_and_task_results_read_exactly() -> None:
    assert repr(TokenPair("a", "b")) == "TokenPair(access=<hidden>, refresh=<hidden>)"
    assert repr(TokenPair("a", None)) == "TokenPair(access=<hidden>, refresh=None)"
    assert repr(_TaskResult(1, {"x": 1}, 9, blob_storage_used=True)) == (
        "TaskResult(id=1, task_id=9, blob_storage_used=True, "
        "result=<hidden: dict of 1 item>)"
    )
