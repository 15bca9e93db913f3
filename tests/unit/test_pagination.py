"""Pages: the official envelope, the list of items, and walking every page."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import Any

import pytest
from vantage6_server_api.models import PageLinks

from vantage6_client import UnexpectedResponseError
from vantage6_client._pagination import Page, paginate, same


@dataclasses.dataclass
class Envelope:
    data: list[Any]
    links: PageLinks


@dataclasses.dataclass
class Answer:
    parsed: object
    headers: dict[str, str]


class Server:
    """Three pages of a list of ``size`` items; records what was asked."""

    def __init__(self, items: int = 5, size: int = 2, total: str | None = None):
        self.items = list(range(1, items + 1))
        self.size = size
        self.total = str(items) if total is None else total
        self.asked: list[dict[str, Any]] = []

    def task_list(self, *, page: int, **query: Any) -> Answer:
        self.asked.append({"page": page, **query})
        start = (page - 1) * self.size
        data = self.items[start : start + self.size]
        last = start + self.size >= len(self.items)
        links = PageLinks(next_=None if last else f"/task?page={page + 1}")
        headers = {"total-count": self.total} if self.total else {}
        return Answer(Envelope(data, links), headers)


class Transport:
    def __init__(self) -> None:
        self.operations: list[str] = []
        self.http = object()  # the connection, passed first to each operation

    def bind(self, endpoint: Callable[..., Any], **kwargs: Any) -> Callable[[], Any]:
        return functools.partial(endpoint, self.http, **kwargs)

    def run(self, operation: str, send: Callable[[], Any], *, token: str) -> Any:
        assert token == "access"  # a list needs a login
        self.operations.append(operation)
        return send()


def first_page(
    server: Server, convert: Callable[[Any], Any] = same, page: int = 1
) -> tuple[Page[Any], Transport]:
    transport = Transport()

    def task_list(http: object, **query: Any) -> Answer:  # as generated
        assert http is transport.http
        return server.task_list(**query)

    task_list.__module__ = "api.task.task_list"
    request = functools.partial(task_list, name="x")
    made = paginate(transport, Envelope, request, page, convert)  # type: ignore[arg-type]
    return made, transport


def test_every_page_is_fetched_with_the_same_query_and_its_own_number() -> None:
    server = Server(items=5, size=2)
    page, transport = first_page(server)
    assert page.all() == [1, 2, 3, 4, 5]
    assert server.asked == [
        {"page": 1, "name": "x"},
        {"page": 2, "name": "x"},
        {"page": 3, "name": "x"},
    ]
    assert transport.operations == ["task_list"] * 3


def test_walking_starts_at_the_page_asked_for_and_fetches_lazily() -> None:
    server = Server(items=5, size=2)
    page, _ = first_page(server, page=2)
    assert page.number == 2
    walk = page.iter_all()
    assert [next(walk), next(walk)] == [3, 4]
    assert [a["page"] for a in server.asked] == [2]
    assert list(walk) == [5]
    assert [a["page"] for a in server.asked] == [2, 3]


def test_next_page_and_has_next() -> None:
    page, _ = first_page(Server(items=3, size=2))
    assert page.has_next
    second = page.next_page()
    assert second is not None
    assert (second.number, second.data, second.has_next) == (2, [3], False)
    assert second.next_page() is None


def test_an_empty_page_has_no_next_whatever_its_links_say() -> None:
    page = Page([], PageLinks(next_="/task?page=2"), total=0, number=1, fetch=_never)
    assert not page.has_next
    assert page.next_page() is None
    assert not page


def test_items_are_converted_on_every_page() -> None:
    page, _ = first_page(Server(items=3, size=2), convert=lambda n: n * 10)
    assert page.all() == [10, 20, 30]


@pytest.mark.parametrize(("header", "total"), [("5", 5), ("", None), ("many", None)])
def test_total_comes_from_the_total_count_header(
    header: str, total: int | None
) -> None:
    page, _ = first_page(Server(items=5, total=header))
    assert page.total == total


def test_an_answer_that_is_not_a_page_is_an_unexpected_response() -> None:
    transport = Transport()

    def task_list(http: object, *, page: int) -> Answer:
        return Answer(["not", "a", "page"], {})

    task_list.__module__ = "api.task.task_list"
    with pytest.raises(UnexpectedResponseError, match="task_list"):
        paginate(transport, Envelope, task_list, 1, same)  # type: ignore[arg-type]


def test_a_page_reads_like_the_official_envelope_and_like_a_list() -> None:
    links = PageLinks(first="/task?page=1", next_="/task?page=2")
    page = Page(["a", "b", "c"], links, total=7, number=1, fetch=_never)
    assert page["data"] == ["a", "b", "c"]
    assert page["links"] == {"first": "/task?page=1", "next": "/task?page=2"}
    assert page.keys() == ("data", "links")
    assert dict(page) == {"data": page["data"], "links": page["links"]}
    assert (page[0], page[-1], page[1:]) == ("a", "c", ["b", "c"])
    assert (list(page), len(page), bool(page)) == (["a", "b", "c"], 3, True)
    with pytest.raises(KeyError) as raised:
        page["total"]
    assert raised.value.args == ("total",)
    assert repr(page) == "<Page 1: 3 of 7 str>"


def test_to_dict_turns_models_into_json() -> None:
    links = PageLinks(self_="/x")
    page = Page([links, 3], links, total=None, number=2, fetch=_never)
    assert page.to_dict() == {"data": [{"self": "/x"}, 3], "links": {"self": "/x"}}
    assert repr(page) == "<Page 2: 2 PageLinks>"
    assert repr(Page([], links, total=None, number=1, fetch=_never)) == (
        "<Page 1: 0 items>"
    )


def test_single_is_one_page_of_everything() -> None:
    page = Page.single([1, 2])
    assert (page.data, page.total, page.number, page.has_next) == ([1, 2], 2, 1, False)
    assert page.next_page() is None
    assert page.all() == [1, 2]


def _never(number: int) -> Page[Any] | None:
    raise AssertionError(f"page {number} was fetched")


def test_cut_pages_items_as_the_server_pages_a_list() -> None:
    items = list(range(10, 17))  # 7 items, pages of 3: 3 + 3 + 1
    page = Page.cut(items, 1, 3)
    assert (page.data, page.total, page.number, page.has_next) == (
        [10, 11, 12],
        7,
        1,
        True,
    )
    assert page["links"] == {
        "first": "?page=1&per_page=3",
        "last": "?page=3&per_page=3",
        "self": "?page=1&per_page=3",
        "next": "?page=2&per_page=3",
    }
    second = page.next_page()
    assert second is not None
    assert (second.data, second.number) == ([13, 14, 15], 2)
    assert second["links"]["previous"] == "?page=1&per_page=3"
    last = Page.cut(items, 3, 3)
    assert (last.data, last.has_next, last.next_page()) == ([16], False, None)
    assert last["links"]["previous"] == "?page=2&per_page=3"
    assert "next" not in last["links"]
    assert page.all() == items
    assert Page.cut(items, 2, 3).all() == items[3:]


def test_cut_links_pages_as_the_server_does_past_the_last_and_when_empty() -> None:
    past = Page.cut([1, 2], 5, 2)
    assert (past.data, past.total, past.number, past.has_next) == ([], 2, 5, False)
    assert past["links"] == {
        "first": "?page=1&per_page=2",
        "previous": "?page=4&per_page=2",
        "self": "?page=5&per_page=2",
        "last": "?page=1&per_page=2",
    }
    nothing = Page.cut([], 1, 10)
    assert (nothing.data, nothing.total, nothing.has_next) == ([], 0, False)
    assert nothing["links"] == {
        "first": "?page=1&per_page=10",
        "self": "?page=1&per_page=10",
    }
