"""The argument checkers every group uses before sending anything."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterator
from types import SimpleNamespace
from typing import Any

import attrs
import httpx
import pytest
from vantage6_server_api.models import PageLinks, ServerRoleInput, UserUpdate
from vantage6_server_api.types import UNSET, Unset
from vantage6_store_api.api import Operations as StoreOperations

from vantage6_client import Client, InvalidArgumentError
from vantage6_client._pagination import Page
from vantage6_client._transport import Transport
from vantage6_client.algorithm_store.groups import StoreRoleGroup
from vantage6_client.resources import _base
from vantage6_client.resources import _sortable as sortable
from vantage6_client.resources._base import (
    ServerApiGroup,
    flag,
    given,
    given_fields,
    id_list,
    id_runs,
    in_server_order,
    optional_id,
    optional_ids,
    page_number,
    page_size,
    reachable,
    require_id,
    require_text,
    sort_fields,
    with_given,
)
from vantage6_client.resources._limits import require_email, require_length
from vantage6_client.resources._post_filters import post_filtering
from vantage6_client.resources._sortable import Sortable


def test_given_turns_none_into_unset_and_keeps_falsy_values() -> None:
    assert given(None) is UNSET
    assert given(0) == 0
    assert given("") == ""
    assert given(False) is False


def test_flag_sends_only_true() -> None:
    assert flag(True) is True
    assert flag(False) is UNSET
    assert flag(None) is UNSET


@pytest.mark.parametrize("value", [1, 2, 10**6])
def test_require_id_accepts_positive_integers(value: int) -> None:
    assert require_id(value, "task") == value


@pytest.mark.parametrize("value", [0, -1, True, False, 1.0, "1"])
def test_require_id_refuses_what_is_not_a_positive_integer(value: Any) -> None:
    with pytest.raises(
        InvalidArgumentError, match=r"^task must be a positive integer id, not "
    ):
        require_id(value, "task")


def test_require_id_says_which_id_is_missing_and_how_to_give_it() -> None:
    with pytest.raises(InvalidArgumentError, match=r"^task is required$"):
        require_id(None, "task")
    with pytest.raises(InvalidArgumentError, match=r"^task is required \(hint\)$"):
        require_id(None, "task", hint=" (hint)")


def test_id_list_accepts_one_id_or_any_collection_of_them() -> None:
    assert id_list(3, "organizations") == [3]
    assert id_list([1, 2], "organizations") == [1, 2]
    assert id_list((4,), "organizations") == [4]
    assert sorted(id_list({5, 6}, "organizations")) == [5, 6]
    assert id_list(frozenset({7}), "organizations") == [7]
    assert id_list([], "organizations") == []
    assert id_list(range(2, 4), "organizations") == [2, 3]
    assert id_list({8: "a"}.keys(), "organizations") == [8]


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ("1,2", "organizations must be a list of ids, not '1,2'"),
        (b"12", "organizations must be a list of ids, not b'12'"),
        (iter([1]), "organizations must be a list of ids, not <list_iterator"),
        (True, "organizations must be a list of ids, not True"),
        (None, "organizations must be a list of ids, not None"),
        ([1, 0], "each of organizations must be a positive integer id, not 0"),
        ([1, "2"], "each of organizations must be a positive integer id, not '2'"),
    ],
)
def test_id_list_refuses_what_is_not_a_list_of_ids(values: Any, message: str) -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        id_list(values, "organizations")
    assert str(raised.value).startswith(message)


def test_page_number_defaults_to_the_first() -> None:
    assert page_number(None) == 1
    assert page_number(1) == 1
    assert page_number(7) == 7


@pytest.mark.parametrize("page", [0, -2, True, 1.5, "2"])
def test_page_number_must_be_a_whole_number_from_one(page: Any) -> None:
    with pytest.raises(InvalidArgumentError, match=r"^page must be a whole number"):
        page_number(page)


def test_page_size_defaults_to_what_the_caller_says() -> None:
    assert page_size(None, 10) == 10
    assert page_size(1, 10) == 1
    assert page_size(500, 10) == 500


@pytest.mark.parametrize("size", [0, -1, False, 2.5, "10"])
def test_page_size_must_be_a_whole_number_from_one(size: Any) -> None:
    with pytest.raises(InvalidArgumentError, match=r"^per_page must be a whole number"):
        page_size(size, 10)


THINGS = Sortable("things", frozenset({"id", "name", "X"}))


def test_sort_fields_join_names_with_their_direction() -> None:
    assert sort_fields(None, THINGS) is UNSET
    assert sort_fields("name", THINGS) == "name"
    assert sort_fields(["-id", "name"], THINGS) == "-id,name"
    assert sort_fields(("+name",), THINGS) == "+name"
    assert sort_fields("X", THINGS) == "X"


@pytest.mark.parametrize("sort", ["", "-", ["name", ""], ["name", 3], [None]])
def test_sort_fields_refuse_what_is_not_a_field_name(sort: Any) -> None:
    with pytest.raises(InvalidArgumentError, match=r"^sort takes field names"):
        sort_fields(sort, THINGS)


@pytest.mark.parametrize(
    ("sort", "wrong"),
    [("bogus", "bogus"), ("-bogus", "bogus"), (["name", "+bogus"], "bogus"),
     ("ID", "ID"), ("-Xray", "Xray")],
)  # fmt: skip
def test_sort_fields_name_the_field_the_list_cannot_be_sorted_by(
    sort: Any, wrong: str
) -> None:
    """The server answers 500 to an unknown field; refused before sending."""
    with pytest.raises(InvalidArgumentError) as refused:
        sort_fields(sort, THINGS)
    assert str(refused.value) == (
        f"things cannot be sorted by {wrong!r}; by one of: X, id, name"
    )


def test_a_list_in_a_fixed_order_refuses_any_sort() -> None:
    fixed = Sortable("tasks", fixed_order="newest first")
    assert sort_fields(None, fixed) is UNSET
    with pytest.raises(InvalidArgumentError) as refused:
        sort_fields("id", fixed)
    assert str(refused.value) == (
        "the server always lists tasks newest first and applies sort only to ties, "
        "which there are none of: sort the items yourself, e.g. "
        "sorted(page.all(), key=lambda item: item.name)"
    )


def test_no_list_sorts_by_a_secret() -> None:
    """Sorting users by password hash would reveal the hashes' order."""
    for secret in ("password", "otp_secret", "api_key", "_public_key", "input"):
        for allowed in (sortable.USERS, sortable.NODES, sortable.ORGANIZATIONS):
            assert secret not in allowed.fields


# -- the official client's post-filters ---------------------------------------
ITEMS = [
    {"id": 1, "name": "a", "status": "x"},
    {"id": 2, "name": "b", "status": "y"},
    {"id": 3, "name": "c", "status": "x"},
]


class Model:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def to_dict(self) -> dict[str, Any]:
        return self.data


@post_filtering
def listing(*, as_page: bool = False) -> Any:
    items = [Model(item) for item in ITEMS]
    if as_page:
        return Page(items, PageLinks(), total=3, number=1, fetch=lambda n: None)
    return items


@post_filtering
def one(id_: int) -> Any:
    return ITEMS[id_ - 1]


def test_without_filters_the_result_is_untouched() -> None:
    page = listing(as_page=True)
    assert isinstance(page, Page)
    assert [m.data for m in page] == ITEMS


def test_field_and_fields_keep_only_those_keys() -> None:
    assert one(1, field="name") == {"name": "a"}
    assert one(2, fields=["id", "name", "missing"]) == {"id": 2, "name": "b"}
    assert listing(field="id") == [{"id": 1}, {"id": 2}, {"id": 3}]


def test_filter_and_filters_keep_matching_items() -> None:
    kept = listing(as_page=True, filter_=("status", "x"))
    assert [m.data["id"] for m in kept] == [1, 3]
    kept = listing(filters=[("status", "x"), ("name", "c")])
    assert [m.data["id"] for m in kept] == [3]
    # a key the items lack filters nothing, as in the official client
    assert len(listing(filter_=("nonsense", 1))) == 3


def test_filters_then_fields() -> None:
    assert listing(filter_=("status", "y"), fields=["name"]) == [{"name": "b"}]


def test_filters_on_one_item_are_ignored_and_fields_still_apply() -> None:
    assert one(3, filter_=("status", "y"), field="id") == {"id": 3}
    assert one(3, filter_=("status", "y")) == ITEMS[2]


def test_the_collaboration_is_the_one_given_or_the_one_set_up() -> None:
    client = SimpleNamespace(collaboration_id=None)
    group = ServerApiGroup(client)  # type: ignore[arg-type]
    assert group._collaboration_id(4) == 4
    with pytest.raises(InvalidArgumentError) as raised:
        group._collaboration_id(None)
    assert str(raised.value) == (
        "collaboration is required (pass it, or call client.setup_collaboration first)"
    )
    with pytest.raises(InvalidArgumentError, match=r"^study is required \("):
        group._collaboration_id(None, "study")
    client.collaboration_id = 5
    assert group._collaboration_id(None) == 5
    assert group._collaboration_id(6) == 6


# -- request bodies of the given fields ----------------------------------------
@attrs.define
class Body:
    """Like a generated input model: every field optional, UNSET by default."""

    number: int | Unset = UNSET
    text: str | Unset = UNSET
    switch: bool | Unset = UNSET
    ids: list[int] | Unset = UNSET


def test_given_fields_sets_only_the_fields_given_a_value() -> None:
    body = given_fields(UserUpdate, firstname="Ann", lastname=None, email="a@b.org")
    assert isinstance(body, UserUpdate)
    # what the request sends: None means "not given", so it is left out
    assert body.to_dict() == {"firstname": "Ann", "email": "a@b.org"}
    assert body.lastname is UNSET
    assert body.username is UNSET


def test_given_fields_keeps_falsy_values_as_given() -> None:
    body = given_fields(Body, number=0, text="", switch=False, ids=[])
    assert (body.number, body.text, body.switch, body.ids) == (0, "", False, [])
    assert given_fields(Body, switch=True, text=None) == Body(switch=True)
    assert given_fields(Body) == Body()


@pytest.mark.parametrize("value", ["x", None])
def test_given_fields_refuses_a_name_that_is_not_a_field(value: Any) -> None:
    # a typo is refused even with a None value, which would set nothing
    with pytest.raises(TypeError) as raised:
        given_fields(Body, text="kept", txet=value)
    assert str(raised.value) == "Body has no field 'txet'"
    with pytest.raises(TypeError, match=r"^UserUpdate has no field 'frstname'$"):
        given_fields(UserUpdate, frstname="Ann")


def test_with_given_adds_the_given_fields_to_a_body_with_required_ones() -> None:
    body = ServerRoleInput(name="r", description="d", rules=[1])
    assert with_given(body, organization_id=None) is body
    assert "organization_id" not in body.to_dict()
    assert with_given(body, organization_id=3) is body
    assert body.to_dict() == {
        "name": "r",
        "description": "d",
        "rules": [1],
        "organization_id": 3,
    }


def test_with_given_checks_every_name_before_setting_any() -> None:
    body = Body()
    with pytest.raises(TypeError, match=r"^Body has no field 'nmber', 'swich'$"):
        with_given(body, text="t", nmber=1, swich=True)
    assert body == Body()  # nothing was set
    with pytest.raises(TypeError, match=r"^Body has no field 'txet'$"):
        with_given(body, txet=None)


def test_optional_ids_leave_none_as_not_given_and_check_the_rest() -> None:
    assert optional_id(None, "organization") is None
    assert optional_id(4, "organization") == 4
    with pytest.raises(InvalidArgumentError, match=r"^organization must be a pos"):
        optional_id(0, "organization")
    assert optional_ids(None, "rules") is None
    assert optional_ids([], "rules") == []
    assert optional_ids(2, "rules") == [2]
    with pytest.raises(InvalidArgumentError, match=r"^each of rules must be a pos"):
        optional_ids([1, -1], "rules")


@pytest.mark.parametrize("value", ["", None, 3, b"name"])
def test_require_text_names_the_first_value_that_is_not_text(value: Any) -> None:
    require_text(name="role", description="what for")
    with pytest.raises(InvalidArgumentError) as raised:
        require_text(name="role", description=value, email=value)
    assert str(raised.value) == "description must be a non-empty string"


def test_a_list_query_gets_the_page_size() -> None:
    def query(http: str, **kwargs: Any) -> Any:
        return {"http": http, **kwargs}

    client = SimpleNamespace(_transport=SimpleNamespace())
    group = ServerApiGroup(client)  # type: ignore[arg-type]
    bound = group._listing(query, None, 20)
    assert bound("the connection", page=2) == {
        "http": "the connection",
        "per_page": 20,
        "page": 2,
    }
    assert group._listing(query, 5, 20)("", page=1)["per_page"] == 5
    with pytest.raises(InvalidArgumentError, match=r"^per_page must be a whole"):
        group._listing(query, 0, 20)


def test_post_filtering_returns_the_method_with_the_filters() -> None:
    def records() -> list[dict[str, Any]]:
        return list(ITEMS)

    filtered: Any = post_filtering(records)
    assert filtered.__name__ == "records"
    assert filtered() == ITEMS
    assert filtered(filter_=("status", "y"), field="name") == [{"name": "b"}]


# -- the groups name the argument that is wrong, before sending anything ------
def refuse(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"sent {request.method} {request.url}")


@pytest.fixture
def offline() -> Iterator[Client]:
    with Client("http://localhost", transport=httpx.MockTransport(refuse)) as made:
        yield made


class StoreRoles(StoreRoleGroup):
    """The store's role group on the server's transport: no store chosen."""

    @property
    def _transport(self) -> Transport:
        return self._client._transport

    @property
    def _ops(self) -> Any:
        return StoreOperations()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.node.get(None), "id_ is required"),
        (lambda c: c.role.get(0), "id_ must be a positive integer id, not 0"),
        (
            lambda c: c.role.get(2**63),
            "id_ must be at most 9223372036854775807 (2**63 - 1, the largest id a "
            "server's database holds), not 9223372036854775808",
        ),
        (
            lambda c: c.role.create("r", "d", rules="1,2"),
            "rules must be a list of ids, not '1,2'",
        ),
        (
            lambda c: c.role.create("r", "d", rules=[1, 0]),
            "each of rules must be a positive integer id, not 0",
        ),
        (lambda c: c.role.update(1, rules="1"), "rules must be a list of ids, not '1'"),
        (lambda c: c.role.update(None, name="r"), "role is required"),
        (lambda c: c.role.delete(None), "role is required"),
        (lambda c: c.role.add_rule(None, 4), "role is required"),
        (lambda c: c.role.remove_rule(3, None), "rule is required"),
        (lambda c: StoreRoles(c).get(None), "role_id is required"),
        (
            lambda c: StoreRoles(c).edit(0),
            "role_id must be a positive integer id, not 0",
        ),
        (lambda c: StoreRoles(c).delete(None), "role_id is required"),
        (lambda c: StoreRoles(c).add_rule(None, 2), "role_id is required"),
        (lambda c: StoreRoles(c).remove_rule(1, None), "rule_id is required"),
        (
            lambda c: StoreRoles(c).create("r", "d", rules="2"),
            "rules must be a list of ids, not '2'",
        ),
    ],
)
def test_role_calls_name_the_argument_that_is_wrong(
    offline: Client, call: Callable[[Client], object], message: str
) -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        call(offline)
    assert str(raised.value) == message


def test_the_largest_database_id_is_still_an_id() -> None:
    assert require_id(2**63 - 1, "id_") == 2**63 - 1


def test_a_page_size_beyond_the_database_is_refused() -> None:
    assert page_size(2**63 - 1, 10) == 2**63 - 1
    with pytest.raises(InvalidArgumentError) as raised:
        page_size(2**63, 10)
    assert str(raised.value) == (
        "per_page must be at most 9223372036854775807 (2**63 - 1, the largest "
        "number a server's database takes), not 9223372036854775808"
    )


def test_a_page_past_the_largest_offset_is_refused() -> None:
    """The server reads from (page - 1) * per_page: up to 2**63 - 1 it
    answers (an empty page), beyond it failed with a 500."""
    one_each = functools.partial(lambda **_: None, per_page=1)
    assert reachable(2**63, one_each) == 2**63  # offset 2**63 - 1
    with pytest.raises(InvalidArgumentError) as raised:
        reachable(2**63 + 1, one_each)
    assert str(raised.value) == (
        "page 9223372036854775809 of 1 items each starts past the largest offset "
        "a server's database takes (9223372036854775807, 2**63 - 1)"
    )
    assert reachable(5, lambda **_: None) == 5  # no page size bound: the server's


@pytest.mark.parametrize(
    "listing",
    [
        lambda c: c.organization.list(page=2**62, per_page=10),
        lambda c: c.run.list(page=2**62, per_page=10),  # runs are decoded
    ],
)
def test_a_list_call_checks_its_page_before_sending(
    offline: Client, listing: Callable[[Client], object]
) -> None:
    with pytest.raises(InvalidArgumentError, match=r"^page 4611686018427387904 of 10"):
        listing(offline)


# -- long id lists, split across requests ------------------------------------
def test_id_runs_fill_each_request_up_to_the_budget(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _base.ID_QUERY_BUDGET == 1024
    monkeypatch.setattr(_base, "ID_QUERY_BUDGET", 18)
    # "ids=1&" is 6 bytes: three fit in 18, a fourth would not
    assert id_runs([1, 2, 3, 4, 5, 6, 7], "ids") == [[1, 2, 3], [4, 5, 6], [7]]
    # "ids=10&" is 7: 6 + 7 = 13 fit, + 7 = 20 would not
    assert id_runs([1, 10, 11, 2], "ids") == [[1, 10], [11, 2]]
    # one id longer than the budget still goes, alone
    assert id_runs([123456789012345678], "ids") == [[123456789012345678]]
    assert id_runs([], "ids") == [[]]


def test_a_thousand_short_ids_fit_in_the_budget_of_one_request() -> None:
    runs = id_runs(list(range(1, 3000)), "organization_id")
    assert [id_ for run in runs for id_ in run] == list(range(1, 3000))
    for run in runs:
        assert len("".join(f"organization_id={i}&" for i in run)) <= 1024
    # each run but the last is full: the next id would not have fitted
    for run, following in itertools.pairwise(runs):
        text = "".join(f"organization_id={i}&" for i in [*run, following[0]])
        assert len(text) > 1024


@attrs.define
class Row:
    id: int
    name: str | None
    organization: dict[str, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "name": self.name}
        if self.organization is not None:
            data["organization"] = self.organization
        return data


ROWS = [Row(3, "b"), Row(1, "b"), Row(4, None), Row(2, "a"), Row(5, "B")]


@pytest.mark.parametrize(
    ("sort", "ids"),
    [
        (UNSET, [1, 2, 3, 4, 5]),
        ("id", [1, 2, 3, 4, 5]),
        ("-id", [5, 4, 3, 2, 1]),
        # NULL first as SQLite sorts it; text by code point ("B" < "a");
        # ties by id
        ("name", [4, 5, 2, 1, 3]),
        ("+name", [4, 5, 2, 1, 3]),
        ("-name", [1, 3, 2, 5, 4]),
        ("name,-id", [4, 5, 2, 3, 1]),
        (" -name , id", [1, 3, 2, 5, 4]),
    ],
)
def test_in_server_order_orders_as_the_server_lists(
    sort: str | Unset, ids: list[int]
) -> None:
    assert [row.id for row in in_server_order(ROWS, sort)] == ids


def test_in_server_order_reads_a_nested_organization_for_its_id() -> None:
    rows = [Row(1, "x", {"id": 9}), Row(2, "x", {"id": 7}), Row(3, "x", None)]
    assert [r.id for r in in_server_order(rows, "organization_id")] == [3, 2, 1]


# -- text lengths and e-mail addresses the servers' schemas bound ------------
@pytest.fixture
def client() -> Iterator[Client]:
    """A client that sends nothing: what is refused is refused before."""

    def nothing(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"sent {request.method} {request.url}")

    with Client(
        "https://v6.example.org", transport=httpx.MockTransport(nothing)
    ) as made:
        yield made


def test_require_length_names_the_argument_and_the_limit() -> None:
    require_length("zipcode", "x" * 128, at_most=128)
    require_length("username", "bob", at_least=3, at_most=128)
    require_length("zipcode", None, at_most=128)  # not given
    with pytest.raises(
        InvalidArgumentError, match=r"^zipcode must be at most 128 characters, not 129$"
    ):
        require_length("zipcode", "x" * 129, at_most=128)
    with pytest.raises(
        InvalidArgumentError, match=r"^username must be at least 3 characters, not 2$"
    ):
        require_length("username", "bo", at_least=3, at_most=128)


@pytest.mark.parametrize("address", ["", "bob", "@x.org", "bob@", 7])
def test_require_email_wants_text_an_at_and_text(address: Any) -> None:
    with pytest.raises(InvalidArgumentError, match=r"^email must be an e-mail address"):
        require_email("email", address)


def test_require_email_takes_an_address_or_nothing() -> None:
    require_email("email", "bob@x.org")
    require_email("email", None)


@pytest.mark.parametrize("group", ["role", "store.role"])
def test_a_role_description_past_1024_characters_is_refused(
    client: Client, group: str
) -> None:
    roles: Any = client.role if group == "role" else client.store.role
    change = roles.update if group == "role" else roles.edit
    with pytest.raises(
        InvalidArgumentError, match=r"^description must be at most 1024"
    ):
        roles.create("r", description="x" * 1025, rules=[])
    with pytest.raises(
        InvalidArgumentError, match=r"^description must be at most 1024"
    ):
        change(1, description="x" * 1025)


@pytest.mark.parametrize(
    "field", ["address1", "address2", "zipcode", "country", "domain"]
)
def test_an_organization_address_field_past_128_characters_is_refused(
    client: Client, field: str
) -> None:
    with pytest.raises(InvalidArgumentError, match=rf"^{field} must be at most 128"):
        client.organization.create("H", **{field: "x" * 129})
    with pytest.raises(InvalidArgumentError, match=rf"^{field} must be at most 128"):
        client.organization.update(1, **{field: "x" * 129})


@pytest.mark.parametrize("key", ["not base64!", "\x80", "abc"])
def test_a_public_key_that_is_not_base64_is_refused(client: Client, key: str) -> None:
    # the 4.15.2 server decodes it unchecked: a 500
    with pytest.raises(InvalidArgumentError, match=r"^public_key must be base64 text"):
        client.organization.create("H", public_key=key)
    with pytest.raises(InvalidArgumentError, match=r"^public_key must be base64 text"):
        client.organization.update(1, public_key=key)


@pytest.mark.parametrize(
    ("database", "message"),
    [
        ({"preprocessing": [None]}, "preprocessing must be a list of dicts"),
        ({"preprocessing": [{"name": "x"}]}, "preprocessing must be a list of dicts"),
        ({"preprocessing": "f"}, "preprocessing must be a list of dicts"),
        ({"preprocessing": {"function": "f"}}, "preprocessing must be a list of dicts"),
        ({"arguments": [1]}, "arguments must be a dict"),
        ({"query": 7}, "query must be a string"),
        ({"sheet_name": None}, "sheet_name must be a string"),
    ],
)
def test_a_database_with_values_the_server_cannot_read_is_refused(
    client: Client, database: dict[str, Any], message: str
) -> None:
    # a None among the preprocessing steps was a 500 on 4.15.2
    with pytest.raises(InvalidArgumentError, match=rf"^databases: {message}"):
        client.task.create(
            collaboration=1,
            organizations=[1],
            name="t",
            image="i",
            input_={"method": "m"},
            databases=[{"label": "default", **database}],
        )


@pytest.mark.parametrize("group", ["organization", "node"])
def test_a_study_filter_that_is_no_id_is_refused_naming_it(
    client: Client, group: str
) -> None:
    with pytest.raises(
        InvalidArgumentError, match=r"^study must be a positive integer id"
    ):
        getattr(client, group).list(study=0)
