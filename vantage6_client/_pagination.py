"""Pages of list results, and walking all of them."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, overload

from vantage6_server_api.models import PageLinks

from vantage6_client._exceptions import expect
from vantage6_client._transport import operation_name

if TYPE_CHECKING:
    import pandas  # type: ignore[import-untyped]

    from vantage6_client._transport import Transport

T = TypeVar("T")
V = TypeVar("V")
T_co = TypeVar("T_co", covariant=True)


class Links(Protocol):
    """The generated ``PageLinks`` models (the server's and the store's)."""

    @property
    def next_(self) -> object: ...

    def to_dict(self) -> dict[str, Any]: ...


class Envelope(Protocol[T_co]):
    """What the generated ``XPage`` models have in common."""

    @property
    def data(self) -> Sequence[T_co]: ...

    @property
    def links(self) -> Links: ...


class Page(Generic[T]):
    """One page of a list, with the means to fetch the others.

    It reads like the official client's ``{"data": [...], "links": {...}}``
    dict (``page["data"]``, ``page["links"]``) and like a list of its items
    (``for task in page``, ``len(page)``, ``page[0]``).

    Attributes
    ----------
    data : list
        The items on this page (typed models).
    links : PageLinks
        The server's links to the first, previous, next and last pages.
    total : int | None
        Number of items on all pages together (the ``total-count`` header).
    number : int
        This page's number, from 1.
    """

    def __init__(
        self,
        items: Sequence[T],
        links: Links,
        *,
        total: int | None,
        number: int,
        fetch: Callable[[int], Page[T] | None],
    ) -> None:
        self.data: list[T] = list(items)
        self.links = links
        self.total = total
        self.number = number
        self._fetch = fetch

    # -- the official envelope -----------------------------------------------
    @overload
    def __getitem__(self, key: int) -> T: ...
    @overload
    def __getitem__(self, key: slice) -> list[T]: ...
    @overload
    def __getitem__(self, key: str) -> Any: ...
    def __getitem__(self, key: int | slice | str) -> Any:
        """An item (``page[0]``), a slice of them, or the official envelope's
        ``page["data"]`` (the items) and ``page["links"]`` (a dict)."""
        if key == "data":
            return self.data
        if key == "links":
            return self.links.to_dict()
        if isinstance(key, str):
            raise KeyError(key)
        return self.data[key]

    def keys(self) -> tuple[str, str]:
        """The official envelope's keys: ``("data", "links")``.

        Returns
        -------
        tuple[str, str]
            ``("data", "links")``.
        """
        return ("data", "links")

    def to_dict(self) -> dict[str, Any]:
        """The page as JSON-ready dicts, like the server's response body.

        Returns
        -------
        dict[str, Any]
            ``{"data": [...], "links": {...}}``.
        """
        return {
            "data": [_as_json(item) for item in self.data],
            "links": self.links.to_dict(),
        }

    # -- the list of items ---------------------------------------------------
    def __iter__(self) -> Iterator[T]:
        """The items on this page (``.iter_all()`` for every page's)."""
        return iter(self.data)

    def __len__(self) -> int:
        """The number of items on this page (``.total``: on all pages)."""
        return len(self.data)

    def __bool__(self) -> bool:
        """Whether this page has items."""
        return bool(self.data)

    # -- more pages ----------------------------------------------------------
    @property
    def has_next(self) -> bool:
        """Whether the server has a page after this one."""
        return isinstance(self.links.next_, str) and bool(self.data)

    def next_page(self) -> Page[T] | None:
        """The following page, or None after the last one.

        It is requested with this page's own parameters, not by following
        ``links["next"]``: the server's links keep only the first value of a
        repeated query parameter, so they can change what is listed.

        Returns
        -------
        Page | None
            The next page (requested now), or None.
        """
        return self._fetch(self.number + 1) if self.has_next else None

    @classmethod
    def single(cls, items: Sequence[T]) -> Page[T]:
        """All of ``items`` as one page, without further pages.

        Parameters
        ----------
        items : Sequence
            The items.

        Returns
        -------
        Page
            One page of them all.
        """
        return cls(
            items,
            PageLinks(),
            total=len(items),
            number=1,
            fetch=lambda number: None,
        )

    @classmethod
    def cut(cls, items: Sequence[T], number: int, size: int) -> Page[T]:
        """Page ``number`` of ``items`` cut into pages of ``size``, as the
        server pages a list (its links, query-only, name the pages there are).

        For a list the client put together from several requests: the other
        pages are cut from the same items, without asking again.

        Parameters
        ----------
        items : Sequence
            Every item of the list, in order.
        number : int
            The page, from 1.
        size : int
            Items per page.

        Returns
        -------
        Page
            That page (empty past the last one).
        """
        shown = items[(number - 1) * size : number * size]

        def link(page: int) -> str:
            return f"?page={page}&per_page={size}"

        # the links the server gives (vantage6's Pagination): previous for
        # any page after the first, last only when there are items
        links = PageLinks(first=link(1), self_=link(number))
        if number > 1:
            links.previous = link(number - 1)
        if (number - 1) * size + len(shown) < len(items):
            links.next_ = link(number + 1)
        if items:
            links.last = link(-(-len(items) // size))
        return cls(
            shown,
            links,
            total=len(items),
            number=number,
            fetch=lambda following: cls.cut(items, following, size),
        )

    def iter_all(self) -> Iterator[T]:
        """The items of this page and of every page after it, fetched lazily.

        Yields
        ------
        T
            Each item; the next page is requested when this one is used up.
        """
        page: Page[T] | None = self
        while page is not None:
            yield from page.data
            page = page.next_page()

    def all(self) -> ItemList[T]:
        """Every item from this page on, as one list (an :class:`ItemList`:
        a ``list`` with ``to_pandas()`` and an HTML table for notebooks).

        Returns
        -------
        ItemList
            The items of this page and of every page after it (requested now).
        """
        return ItemList(self.iter_all())

    def to_pandas(self) -> pandas.DataFrame:
        """This page's items as a ``pandas.DataFrame`` (``page.all().to_pandas()``
        for every page's): one row per item, one column per field.

        Columns are named as the API names the fields (``to_dict()``'s keys);
        a link to another resource is its id (column ``organization`` holds the
        organization's id); date-times are timezone-aware UTC; secrets and
        payloads are hidden as in the repr. Needs the ``pandas`` extra.

        Returns
        -------
        pandas.DataFrame
            One row per item on this page.

        Raises
        ------
        MissingDependencyError
            pandas is not installed (``pip install 'vantage6-sdk[pandas]'``).

        Examples
        --------
        >>> frame = client.organization.list(collaboration=collaboration_id).to_pandas()
        >>> frame[["name", "country"]]
                 name country
        0  Hospital A      NL
        1  Hospital B      NL
        """
        from vantage6_client._frames import frame  # noqa: PLC0415

        return frame(self.data)

    def _repr_html_(self) -> str:
        """A small HTML table for notebooks: the page's number and the total,
        one row per item (up to 20), secrets and payloads hidden."""
        from vantage6_client._html import page_html  # noqa: PLC0415

        return page_html(self)

    def __repr__(self) -> str:
        """``<Page 1: 10 of 42 Task>``: its number, size, total and kind."""
        of = f" of {self.total}" if self.total is not None else ""
        kind = type(self.data[0]).__name__ if self.data else "items"
        return f"<Page {self.number}: {len(self.data)}{of} {kind}>"


class ItemList(list[T]):
    """The items of every page (``page.all()``): a ``list``, with
    :meth:`ItemList.to_pandas` and an HTML table for notebooks."""

    def to_pandas(self) -> pandas.DataFrame:
        """The items as a ``pandas.DataFrame``, as :meth:`Page.to_pandas`
        makes it (one row per item, one column per field).

        Returns
        -------
        pandas.DataFrame
            One row per item.

        Raises
        ------
        MissingDependencyError
            pandas is not installed (``pip install 'vantage6-sdk[pandas]'``).
        """
        from vantage6_client._frames import frame  # noqa: PLC0415

        return frame(self)

    def _repr_html_(self) -> str:
        """A small HTML table for notebooks: one row per item (up to 20),
        secrets and payloads hidden."""
        from vantage6_client._html import list_html  # noqa: PLC0415

        return list_html(self)


def paginate(
    transport: Transport,
    envelope: type[Envelope[T]],
    request: Callable[..., Any],
    page: int,
    convert: Callable[[T], V],
) -> Page[V]:
    """Request page ``page`` of a list; the page can fetch the others.

    ``request`` is a generated ``sync_detailed`` with every argument bound
    but ``page``; ``convert`` turns each item into what users get.
    """
    operation = operation_name(request)

    def fetch(number: int) -> Page[V]:
        send = transport.bind(request, page=number)
        response = transport.run(operation, send, token="access")
        body = expect(envelope, response.parsed, operation)
        total = response.headers.get("total-count", "")
        return Page(
            [convert(item) for item in body.data],
            body.links,
            total=int(total) if total.isdigit() else None,
            number=number,
            fetch=fetch,
        )

    return fetch(page)


def same(item: T) -> T:
    """The item as it is (``paginate``'s ``convert`` for models)."""
    return item


def _as_json(item: object) -> Any:
    to_dict = getattr(item, "to_dict", None)
    return to_dict() if callable(to_dict) else item
