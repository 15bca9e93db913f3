"""What the algorithm store's groups share: the chosen store's connection
(held by the session, see ``_session.StoreSelection``) with the request
options of the client or view they belong to, and its line's operations. The
argument checkers are the server's groups' (``resources._base``): every
generated package has the same ``UNSET``.

A 4.x server's stores are 4.x stores; a 5.x HQ's are 5.x stores, spoken to
through their own bindings (``vantage6_store5_api``). The 5.x store lacks a
few operations of the 4.x one: looked up on it, they raise
:class:`NotOnThisServerError` naming what to use instead, before anything is
sent (:class:`Store5Operations`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from vantage6_client._exceptions import (
    InvalidArgumentError,
    NotLoggedInError,
    NotOnThisServerError,
)
from vantage6_client._lines import refuse_given
from vantage6_client._transport import Transport
from vantage6_client.resources._base import ApiGroup

if TYPE_CHECKING:
    from vantage6_store5_api.api import Operations as Store5Table
    from vantage6_store_api.api import Operations

T = TypeVar("T")
V = TypeVar("V")

STORE5 = "a vantage6 5.x algorithm store"

# The 4.x store's operations the 5.x store lacks, and what to use instead.
_TRUSTS_THE_REALM = (
    "a 5.x store trusts the users of its Keycloak realm, not servers (HQ links "
    "it: client.store.create)"
)
INSTEAD_AT_STORE5 = {
    "role_add_rule": "give the role all its rules: "
    "client.store.role.edit(role_id, rules=[...])",
    "role_remove_rule": "give the role all its rules: "
    "client.store.role.edit(role_id, rules=[...])",
    "server_get": _TRUSTS_THE_REALM,
    "server_list": _TRUSTS_THE_REALM,
    "server_whitelist": _TRUSTS_THE_REALM,
    "server_delete": _TRUSTS_THE_REALM,
}


class Store5Operations:
    """A 5.x store's operations table as the store groups see it: the
    operations it has, and a :class:`NotOnThisServerError` for those only a
    4.x store has."""

    def __init__(self, table: Any) -> None:
        self._table = table

    def __getattr__(self, name: str) -> Any:
        if name in INSTEAD_AT_STORE5:
            raise NotOnThisServerError(
                f"{name} is not on {STORE5}: {INSTEAD_AT_STORE5[name]}"
            )
        return getattr(self._table, name)


class StoreApiGroup(ApiGroup):
    """Base of the store's groups (``client.algorithm``, ``client.store.review``...)."""

    @property
    def _transport(self) -> Transport:
        # the store's connection, with the options of the client (or view)
        # this group belongs to
        store = self._client._session.chosen_store()
        return store.transport.with_options(self._client._transport.options)

    @property
    def _ops(self) -> Operations:
        """The chosen store's operations: a 4.x store's, or a 5.x store's
        (typed as the 4.x table: where the lines' operations differ, a group
        chooses the line's models in one place, ``_line``)."""
        store = self._client._session.chosen_store()
        if store.store5:
            return cast("Operations", Store5Operations(store.operations))
        return cast("Operations", store.operations)

    @property
    def _ops5(self) -> Store5Table:
        """A 5.x store's operations, typed as its own, for the calls whose
        parameters differ from the 4.x store's (only when ``_on_hq``)."""
        store = self._client._session.chosen_store()
        return cast("Store5Table", Store5Operations(store.operations))

    @property
    def _on_hq(self) -> bool:
        """Whether the chosen store is a 5.x store (an HQ's: known without
        asking, from the client; read by ``official_hq_positions``)."""
        return self._client._session.hq

    def _refuse_on_store5(self, **values: object) -> None:
        """Refuse each given (not None, not False) parameter of the 4.x store
        on a 5.x one, naming it first."""
        if self._on_hq:
            refuse_given(
                f"is a 4.x store's; {STORE5} has no such filter or field", **values
            )

    def _refuse_on_store4(self, **values: object) -> None:
        """Refuse each given (not None, not False) 5.x-only parameter on a
        4.x store, naming it first."""
        if not self._on_hq:
            refuse_given(
                "is a 5.x store's; this client's server links 4.x stores", **values
            )

    def _refuse_without_login(self, operation: str) -> None:
        """Refuse ``operation`` without a login, as the transport does, before
        a method sends the lookups it makes first (which anyone may make)."""
        if not self._transport.tokens.access:
            raise NotLoggedInError(
                f"{operation}: not logged in; call authenticate() first"
            )


def model_from(model: Callable[[dict[str, Any]], T], data: Any, what: str) -> T:
    """A generated input model from a user's dict, with a clear error."""
    if not isinstance(data, dict):
        raise InvalidArgumentError(f"{what} must be a dict, not {type(data).__name__}")
    try:
        return model(dict(data))
    except KeyError as exc:
        raise InvalidArgumentError(f"{what} needs the key {exc.args[0]!r}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise InvalidArgumentError(f"{what} is not valid: {exc}") from None
