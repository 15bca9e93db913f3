"""The connection to an algorithm store, shared by its groups.

An algorithm store has no logins of its own: requests carry the user's token
from the vantage6 server and that server's URL (``Server-Url``), and the store
checks them with the server. The connection therefore uses the client's login
(refreshing is the server transport's job) and its request settings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
from vantage6_store_api import AuthenticatedClient as StoreApiClient
from vantage6_store_api.types import UNSET, Unset

from vantage6_client._exceptions import InvalidArgumentError
from vantage6_client._transport import Transport
from vantage6_client.resources._base import Group
from vantage6_client.resources._base import sort_fields as server_sort_fields

if TYPE_CHECKING:
    from vantage6_client._client import Client

T = TypeVar("T")
V = TypeVar("V")


class StoreConnection:
    """A transport to one algorithm store, logged in as the client's user."""

    def __init__(
        self, client: Client, url: str, transport: httpx.BaseTransport | None = None
    ) -> None:
        self.url = url.rstrip("/")
        self.transport = Transport(
            self.url,
            options=client._transport.options,
            transport=transport,
            headers={"Server-Url": client.base_path},
            login=client._transport,
        )
        self.api = StoreApiClient(base_url=self.url, token="").set_httpx_client(
            self.transport.http
        )

    def close(self) -> None:
        self.transport.close()


class StoreResource(Group):
    """Base of the store's groups (``client.algorithm``, ``client.store.review``...)."""

    @property
    def _connection(self) -> StoreConnection:
        return self._client.store._require_connection()

    @property
    def _transport(self) -> Transport:
        return self._connection.transport

    @property
    def _api(self) -> StoreApiClient:
        return self._connection.api


# The store's bindings have their own "not given" sentinel: the server's would
# be sent as a value. These are _base's given/flag/sort_fields for the store.
def given(value: V | None) -> V | Unset:
    """``None`` as the store bindings' UNSET."""
    return UNSET if value is None else value


def flag(value: bool | None) -> bool | Unset:
    """A boolean query flag (any non-empty value is true): sent only when true."""
    return True if value else UNSET


def sort_fields(sort: str | list[str] | None) -> str | Unset:
    """The server-side sort value, or the store's UNSET."""
    text = server_sort_fields(sort)
    return text if isinstance(text, str) else UNSET


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
