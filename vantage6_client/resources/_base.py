"""What every resource group shares: the client's pipeline, pagination,
request bodies of the given fields, and the role calls that the server and
an algorithm store answer alike."""

from __future__ import annotations

import collections.abc
import contextlib
import dataclasses
import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, ParamSpec, Protocol, TypeVar

import attrs
import httpx
from attrs import AttrsInstance
from vantage6_server_api.models import Message
from vantage6_server_api.types import UNSET, Unset

from vantage6_client._exceptions import (
    InvalidArgumentError,
    NotOnThisServerError,
    PermissionDeniedError,
)
from vantage6_client._pagination import Envelope, Page, paginate, same
from vantage6_client._transport import Answer, Transport
from vantage6_client._user_calls import tell_errors_by_method
from vantage6_client.resources._limits import LONG_TEXT, require_length
from vantage6_client.resources._sortable import Sortable

if TYPE_CHECKING:
    from vantage6_hq_api.api import Operations as HQOperations
    from vantage6_server_api.api import Operations

    from vantage6_client._client import Client

T = TypeVar("T")
V = TypeVar("V")
R = TypeVar("R")
P = ParamSpec("P")
M = TypeVar("M", bound=AttrsInstance)
RoleT = TypeVar("RoleT")
RuleT = TypeVar("RuleT")
MessageT = TypeVar("MessageT")
Body = TypeVar("Body")
Body_contra = TypeVar("Body_contra", contravariant=True)


# The shapes of the generated operations (``sync_detailed``, the server's or
# a store's) that groups call most; typed so that mypy checks each call. The
# connection comes first: the transport passes it.
class IdOperation(Protocol):
    """``sync_detailed(http, id)``: an operation on one id."""

    def __call__(self, http: httpx.Client, id_: int, /) -> Answer: ...


class BodyOperation(Protocol[Body_contra]):
    """``sync_detailed(http, *, body)``: an operation with a JSON body."""

    def __call__(self, http: httpx.Client, /, *, body: Body_contra) -> Answer: ...


class IdBodyOperation(Protocol[Body_contra]):
    """``sync_detailed(http, id, *, body)``: one on an id, with a JSON body."""

    def __call__(
        self, http: httpx.Client, id_: int, /, *, body: Body_contra
    ) -> Answer: ...


class IdPairOperation(Protocol):
    """``sync_detailed(http, id, other_id)``: an operation on two ids."""

    def __call__(self, http: httpx.Client, id_: int, other_id: int, /) -> Answer: ...


class DeleteOperation(Protocol):
    """``sync_detailed(http, id, *, delete_dependents)``: a server's deletion
    that can take what depends on the item along."""

    def __call__(
        self, http: httpx.Client, id_: int, /, *, delete_dependents: bool | Unset
    ) -> Answer: ...


# page size when every page is fetched, or a filter is applied here, not by the
# server
ALL_PAGES = 200


class ApiGroup:
    """Base of every resource group, the server's and the store's: thin,
    typed, one call each, through the transport the subclass names."""

    def __init__(self, client: Client) -> None:
        self._client = client

    # where users reach the group: client.task, client.store.review, ...
    _reached_as = ""

    # Runs when a group class is made (at import), before mutmut can switch
    # a mutant on: what it does is tested through every group's repr and
    # errors (test_first_hour), not by `make mutate`.
    def __init_subclass__(
        cls,
        reached_as: str = "",  # pragma: no mutate
        **kwargs: Any,
    ) -> None:
        super().__init_subclass__(**kwargs)
        name = cls.__name__.removesuffix("Group").lower()  # pragma: no mutate
        cls._reached_as = reached_as or name  # pragma: no mutate
        tell_errors_by_method(cls, cls._reached_as + ".")  # pragma: no mutate

    def __repr__(self) -> str:
        return f"<client.{self._reached_as} of {self._client!r}>"

    @property
    def _transport(self) -> Transport:
        raise NotImplementedError

    def _by_id(
        self,
        expected: type[T],
        operation: IdOperation,
        id_: int | None,
        what: str = "id_",
    ) -> T:
        """Call ``operation`` for the checked id ``id_`` (``what`` names it in
        errors)."""
        return self._transport.call(expected, operation, require_id(id_, what))

    def _send(self, expected: type[T], operation: BodyOperation[Body], body: Body) -> T:
        """Call ``operation`` with ``body``."""
        return self._transport.call(expected, operation, body=body)

    def _send_to(
        self,
        expected: type[T],
        operation: IdBodyOperation[Body],
        id_: int,
        body: Body,
    ) -> T:
        """Call ``operation`` for ``id_`` (checked already) with ``body``."""
        return self._transport.call(expected, operation, id_, body=body)

    def _send_to_list(
        self,
        item: type[T],
        operation: IdBodyOperation[Body],
        id_: int,
        body: Body,
    ) -> list[T]:
        """As :meth:`_send_to`, for an operation that answers with a list."""
        return self._transport.call_list(item, operation, id_, body=body)

    def _list(
        self,
        envelope: type[Envelope[T]],
        query: Callable[..., Answer],
        page: int | None,
        per_page: int | None,
        default_size: int,
    ) -> Page[T]:
        """Page ``page`` of a list.

        ``query`` is a generated ``sync_detailed`` with its filters bound
        (``functools.partial``, which mypy checks); the page size
        (``default_size`` when ``per_page`` is None) is added here, the
        connection and the page number by the pagination.
        """
        return self._paginate(
            envelope, self._listing(query, per_page, default_size), page_number(page)
        )

    def _list_of_ids(
        self,
        envelope: type[Envelope[T]],
        query: Callable[..., Answer],
        ids: tuple[str, list[int] | Unset],
        sort: str | Unset,
        page: int | None,
        per_page: int | None,
        default_size: int,
    ) -> Page[T]:
        """Page ``page`` of a list filtered on a list of ids, ``ids`` being the
        query parameter's name and value (``query`` has the other filters).

        One request, when the ids fit in its query. Otherwise every matching
        item is fetched, from as many requests as the ids need, and the list
        is put together as one request would have listed it: each item once,
        in ``sort``'s order (ties by id) and cut into pages here.
        """
        key, values = ids
        runs = [values] if isinstance(values, Unset) else id_runs(values, key)
        if len(runs) == 1:
            bound = functools.partial(query, **{key: runs[0]})
            return self._list(envelope, bound, page, per_page, default_size)
        number, size = page_number(page), page_size(per_page, default_size)
        found: dict[int, T] = {}
        for run in runs:
            for item in self._everything(envelope, query, **{key: run}):
                found[getattr(item, "id")] = item  # noqa: B009 (T has no bound)
        return Page.cut(in_server_order(list(found.values()), sort), number, size)

    def _everything(
        self, envelope: type[Envelope[T]], query: Callable[..., Answer], **filters: Any
    ) -> list[T]:
        """Every item of a list, all its pages fetched: ``query`` with
        ``filters`` added."""
        request = functools.partial(query, **filters, per_page=ALL_PAGES)
        return self._paginate(envelope, request, 1).all()

    def _listing(
        self, query: Callable[..., Answer], per_page: int | None, default_size: int
    ) -> functools.partial[Answer]:
        """``query`` with the page size bound: all but the connection and page."""
        return functools.partial(query, per_page=page_size(per_page, default_size))

    def _paginate(
        self,
        envelope: type[Envelope[T]],
        request: Callable[..., Answer],
        page: int,
    ) -> Page[T]:
        """Request page ``page`` of a list; the page can fetch the others."""
        return paginate(
            self._transport, envelope, request, reachable(page, request), same
        )

    def _paginate_as(
        self,
        envelope: type[Envelope[T]],
        request: Callable[..., Answer],
        page: int,
        convert: Callable[[T], V],
    ) -> Page[V]:
        """Like :meth:`_paginate`, turning each item into what users get."""
        return paginate(
            self._transport, envelope, request, reachable(page, request), convert
        )


class ServerApiGroup(ApiGroup):
    """Base of ``client.task``, ``client.user``, ...: the server's groups."""

    @property
    def _transport(self) -> Transport:
        return self._client._transport

    @property
    def _ops(self) -> Operations:
        """The server's operations, from the session (which knows the line):
        on HQ, those it serves as 4.x does."""
        return self._client._session.operations

    @property
    def _on_hq(self) -> bool:
        """Whether the server is a 5.x HQ (known without asking)."""
        return self._client._session.hq

    @property
    def _hq_ops(self) -> HQOperations:
        """HQ's own operations, for what it answers differently from 4.x."""
        return self._client._session.hq_operations

    def _session_id(self, id_: int | None, what: str = "session") -> int:
        """``id_``, or the session made last or set (``client.session_id``);
        ``what`` names the parameter in errors."""
        if id_ is None:
            id_ = self._client._session.session_id
            if id_ is None:
                raise InvalidArgumentError(
                    f"{what}: no session given and none set; pass one or create "
                    "one (client.session.create)"
                )
        return require_id(id_, what)

    def _delete(
        self, operation: DeleteOperation, id_: int, delete_dependents: bool
    ) -> Message:
        """Delete ``id_`` (checked already) and, when asked, what depends on it."""
        return self._transport.call(
            Message,
            operation,
            id_,
            delete_dependents=flag(delete_dependents),
        )

    def _study_filter(self, study: int | None) -> int | Unset:
        """``study`` as a list's ``study_id`` filter, checked. Both server
        lines answer 500 for one that names no study, so the study is looked
        up first: a :class:`NotFoundError` says it does not exist (one the
        user may not see is left to the list to answer)."""
        if study is None:
            return UNSET
        checked = require_id(study, "study")
        with contextlib.suppress(PermissionDeniedError):
            self._client.study.get(checked)
        return checked

    def _existing_collaboration(self, id_: int | None) -> int:
        """:meth:`_collaboration_id`, looked up when given (the one set with
        ``setup_collaboration`` was looked up then): the 4.15.2 server
        answers 500 for a collaboration id that names none where it checks
        members (POST /study); a :class:`NotFoundError` says so instead."""
        checked = self._collaboration_id(id_)
        if id_ is not None:
            with contextlib.suppress(PermissionDeniedError):
                self._client.collaboration.get(checked)
        return checked

    def _collaboration_id(self, id_: int | None, what: str = "collaboration") -> int:
        """``id_``, or the collaboration set with ``setup_collaboration``."""
        return require_id(
            id_ if id_ is not None else self._client.collaboration_id,
            what,
            hint=" (pass it, or call client.setup_collaboration first)",
        )


class HQApiGroup(ServerApiGroup):
    """Base of the groups only a 5.x HQ has (sessions, dataframes): on a 4.x
    server every call is refused before anything is sent."""

    @property
    def _hq_ops(self) -> HQOperations:
        if not self._on_hq:
            raise NotOnThisServerError(
                f"client.{self._reached_as} is vantage6 5.x's; this client speaks "
                "to a 4.x server (for a 5.x HQ, make it with auth_url=...)"
            )
        return self._client._session.hq_operations


class RoleOperations(Protocol):
    """The role operations the server and an algorithm store both have, with
    the same names and shapes (each API's own models)."""

    @property
    def role_get(self) -> IdOperation: ...
    @property
    def role_create(self) -> BodyOperation[Any]: ...
    @property
    def role_update(self) -> IdBodyOperation[Any]: ...
    @property
    def role_delete(self) -> DeleteOperation: ...
    @property
    def role_add_rule(self) -> IdPairOperation: ...
    @property
    def role_remove_rule(self) -> IdPairOperation: ...


@dataclasses.dataclass(frozen=True)
class RoleModels(Generic[RoleT, RuleT, MessageT]):
    """One API's role models: what its role operations answer with and the
    bodies they take."""

    role: type[RoleT]
    rule: type[RuleT]
    message: type[MessageT]
    new_role: Callable[..., Any]
    role_changes: type[AttrsInstance]


class RoleMethods(ApiGroup, Generic[RoleT, RuleT, MessageT]):
    """What ``client.role`` and ``client.store.role`` share: the server and a
    store answer the same role calls alike.

    A subclass names its API's models in ``_role_models`` and keeps its own
    public names, parameters and docstrings; ``what`` names the id argument
    in errors. The operations come from the group's table (``_ops``).
    """

    _role_models: RoleModels[RoleT, RuleT, MessageT]

    @property
    def _ops(self) -> RoleOperations:
        raise NotImplementedError

    def _get_role(self, role: int, what: str) -> RoleT:
        return self._by_id(self._role_models.role, self._ops.role_get, role, what)

    def _new_role(self, name: str, description: str, rules: Sequence[int]) -> Any:
        """The body that creates a role (after checking the arguments)."""
        require_text(name=name)
        require_length("description", description, at_most=LONG_TEXT)
        return self._role_models.new_role(
            name=name, rules=id_list(rules, "rules"), description=description
        )

    def _create_role(self, body: object) -> RoleT:
        return self._send(self._role_models.role, self._ops.role_create, body)

    def _change_role(
        self,
        role: int,
        what: str,
        name: str | None,
        description: str | None,
        rules: Sequence[int] | None,
    ) -> RoleT:
        models = self._role_models
        require_length("description", description, at_most=LONG_TEXT)
        body = given_fields(
            models.role_changes,
            name=name,
            description=description,
            rules=optional_ids(rules, "rules"),
        )
        return self._send_to(
            models.role, self._ops.role_update, require_id(role, what), body
        )

    def _delete_role(self, role: int, what: str, delete_dependents: bool) -> MessageT:
        return self._transport.call(
            self._role_models.message,
            self._ops.role_delete,
            require_id(role, what),
            delete_dependents=flag(delete_dependents),
        )

    def _role_rule(
        self,
        change: Literal["add", "remove"],
        role: int,
        rule: int,
        what: tuple[str, str],
    ) -> list[RuleT]:
        """Add a rule to a role, or remove it; the role's rules afterwards."""
        ops = self._ops
        return self._transport.call_list(
            self._role_models.rule,
            ops.role_add_rule if change == "add" else ops.role_remove_rule,
            require_id(role, what[0]),
            require_id(rule, what[1]),
        )


def given(value: V | None) -> V | Unset:
    """``None`` (the official client's "not given") as the bindings' UNSET."""
    return UNSET if value is None else value


def given_fields(model: type[M], /, **values: Any) -> M:
    """A new request body with only the fields given a value set.

    A value of None means "not given": that field stays UNSET and the request
    leaves it out, instead of sending a null that the server takes for a
    value. Every other value is set as it is, falsy ones (``0``, ``""``,
    ``False``, ``[]``) included.

    Parameters
    ----------
    model : type
        A generated input model whose fields are all optional.
    **values : Any
        Its fields by name.

    Returns
    -------
    M
        The body.

    Raises
    ------
    TypeError
        A name is not a field of ``model``, before anything is set: a typo
        must not set an attribute that the request never sends.
    """
    _check_fields(model, values)
    return with_given(model(), **values)


def with_given(body: M, /, **values: Any) -> M:
    """``body``, a generated input model, with the given (not None) values set.

    As :func:`given_fields`, for a model with required fields: made with
    those, then given the optional ones.

    Parameters
    ----------
    body : attrs instance
        The body so far.
    **values : Any
        Its optional fields by name; None leaves a field as it is.

    Returns
    -------
    M
        ``body`` itself.

    Raises
    ------
    TypeError
        A name is not a field of the model, before anything is set.
    """
    _check_fields(type(body), values)
    for field, value in values.items():
        if value is not None:
            setattr(body, field, value)
    return body


def _check_fields(model: type[AttrsInstance], values: dict[str, Any]) -> None:
    known = attrs.fields_dict(model)
    unknown = [field for field in values if field not in known]
    if unknown:
        raise TypeError(
            f"{model.__name__} has no field {', '.join(map(repr, unknown))}"
        )


def require_text(**values: object) -> None:
    """Each value a non-empty string, or an error naming the first that is not."""
    for field, value in values.items():
        if not isinstance(value, str) or not value:
            raise InvalidArgumentError(f"{field} must be a non-empty string")


def embed_organizations(include: bool) -> list[Literal["organizations"]] | Unset:
    """The ``include`` query value that embeds the organizations, when asked."""
    return ["organizations"] if include else UNSET


def flag(value: bool | None) -> bool | Unset:
    """A boolean query flag the server reads as a raw string.

    Any non-empty value, "false" included, means true to the server, so only
    true is ever sent.
    """
    return True if value else UNSET


# The largest id a server's database holds: ids are 64-bit SQL integers.
# A larger one made the 4.15.2 server fail with a 500 (SQLite cannot bind it).
MAX_ID = 2**63 - 1


def require_id(value: int | None, what: str, *, hint: str = "") -> int:
    """``value`` as a valid id, or an error that says which id is missing."""
    if value is None:
        raise InvalidArgumentError(f"{what} is required{hint}")
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidArgumentError(
            f"{what} must be a positive integer id, not {value!r}"
        )
    if value > MAX_ID:
        raise InvalidArgumentError(
            f"{what} must be at most {MAX_ID} (2**63 - 1, the largest id a "
            f"server's database holds), not {value}"
        )
    return value


def id_list(values: Any, what: str) -> list[int]:
    """A list of ids, checked; one id alone is accepted too, and any
    collection of them (a range, a set, a numpy array's ``tolist()``) but text."""
    if isinstance(values, int) and not isinstance(values, bool):
        values = [values]
    if isinstance(values, str | bytes) or not isinstance(
        values, Sequence | collections.abc.Set
    ):
        raise InvalidArgumentError(f"{what} must be a list of ids, not {values!r}")
    return [require_id(v, f"each of {what}") for v in values]


# How many bytes of ``ids=…&`` one request's query carries at most; longer
# lists are split across requests. uWSGI, which serves both server lines in
# production, drops a request whose line and headers outgrow its 4,096-byte
# buffer, in which the query counts twice (``_transport.UWSGI_BUFFER``): 1 KiB
# leaves room for the path, the other filters and a Keycloak token of ~1.5 KB.
ID_QUERY_BUDGET = 1024


def id_runs(ids: list[int], key: str) -> list[list[int]]:
    """``ids`` in consecutive runs whose ``key=…&`` text fits in
    :data:`ID_QUERY_BUDGET` (one run when they all do)."""
    runs: list[list[int]] = [[]]
    used = 0
    for id_ in ids:
        size = len(f"{key}={id_}&")
        if runs[-1] and used + size > ID_QUERY_BUDGET:
            runs.append([])
            used = 0
        runs[-1].append(id_)
        used += size
    return runs


def in_server_order(items: list[T], sort: str | Unset) -> list[T]:
    """``items`` in the order the server lists them: by id, or by ``sort``'s
    fields (``"name,-id"``, as :func:`sort_fields` makes it), ties by id and
    missing values first, as SQLite orders NULLs."""
    ordered = sorted(items, key=lambda item: getattr(item, "id"))  # noqa: B009
    if isinstance(sort, str):
        for field in reversed([field.strip() for field in sort.split(",")]):
            name = field[1:] if field.startswith(("+", "-")) else field
            values = {id(item): _sort_value(item, name) for item in ordered}
            ordered.sort(
                key=lambda item: values[id(item)], reverse=field.startswith("-")
            )
    return ordered


def _sort_value(item: Any, field: str) -> tuple[bool, Any]:
    """``item``'s value of the API field ``field``, as a key that puts a
    missing value first; ``organization_id`` is read from a nested
    ``organization`` when the model nests it."""
    data = item.to_dict()
    value = data.get(field)
    link = data.get(field.removesuffix("_id"))
    if value is None and field.endswith("_id") and isinstance(link, dict):
        value = link.get("id")
    return (value is not None, value)


def optional_id(value: int | None, what: str) -> int | None:
    """:func:`require_id` of a value that may be left out (None stays None)."""
    return None if value is None else require_id(value, what)


def optional_ids(values: Any, what: str) -> list[int] | None:
    """:func:`id_list` of a value that may be left out (None stays None)."""
    return None if values is None else id_list(values, what)


def page_number(page: int | None) -> int:
    if page is None:
        return 1
    if isinstance(page, bool) or not isinstance(page, int) or page < 1:
        raise InvalidArgumentError(f"page must be a whole number from 1, not {page!r}")
    return page


def page_size(per_page: int | None, default: int) -> int:
    if per_page is None:
        return default
    if isinstance(per_page, bool) or not isinstance(per_page, int) or per_page < 1:
        raise InvalidArgumentError(
            f"per_page must be a whole number from 1, not {per_page!r}"
        )
    if per_page > MAX_ID:
        raise InvalidArgumentError(
            f"per_page must be at most {MAX_ID} (2**63 - 1, the largest number a "
            f"server's database takes), not {per_page}"
        )
    return per_page


def reachable(page: int, request: Callable[..., Any]) -> int:
    """``page``, unless it starts past the largest offset a server's database
    takes: the server reads items from ``(page - 1) * per_page`` and answered
    a 500 beyond 2**63 - 1 (``request`` has the page size bound)."""
    size = getattr(request, "keywords", {}).get("per_page")
    if isinstance(size, int) and (page - 1) * size > MAX_ID:
        raise InvalidArgumentError(
            f"page {page} of {size} items each starts past the largest offset a "
            f"server's database takes ({MAX_ID}, 2**63 - 1)"
        )
    return page


def sort_fields(
    sort: str | list[str] | tuple[str, ...] | None, sortable: Sortable
) -> str | Unset:
    """``"name"``, ``"-id"`` or a list of them, as the server's ``sort`` value,
    checked against what the list can be sorted by (see ``_sortable``)."""
    if sort is None:
        return UNSET
    if sortable.fixed_order:
        raise InvalidArgumentError(
            f"the server always lists {sortable.items} {sortable.fixed_order} and "
            "applies sort only to ties, which there are none of: sort the items "
            "yourself, e.g. sorted(page.all(), key=lambda item: item.name)"
        )
    fields = [sort] if isinstance(sort, str) else list(sort)
    if not all(isinstance(f, str) and f.strip("+-") for f in fields):
        raise InvalidArgumentError(
            f"sort takes field names like 'name' or '-id', not {sort!r}"
        )
    for name in fields:
        if name.lstrip("+-").strip() not in sortable.fields:
            raise InvalidArgumentError(
                f"{sortable.items} cannot be sorted by {name.lstrip('+-')!r}; "
                f"by one of: {', '.join(sorted(sortable.fields))}"
            )
    return ",".join(fields)
