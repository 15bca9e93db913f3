"""What the algorithm store's groups share: the chosen store's connection
(held by the session, see ``_session.StoreSelection``) with the request
options of the client or view they belong to. The argument checkers are the
server's groups' (``resources._base``): every generated package has the same
``UNSET``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from vantage6_client._exceptions import InvalidArgumentError, NotLoggedInError
from vantage6_client._transport import Transport
from vantage6_client.resources._base import ApiGroup

if TYPE_CHECKING:
    from vantage6_store_api.api import Operations

T = TypeVar("T")
V = TypeVar("V")


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
        """The chosen store's operations."""
        return self._client._session.chosen_store().operations

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
