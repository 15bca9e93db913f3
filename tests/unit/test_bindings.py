"""The generated bindings as the SDK meets them: one table of operations per
API, chosen by the session; each operation takes the connection first, which
the transport passes; list methods' shared documentation added once."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from typing import Any

import httpx
import pytest
from vantage6_server_api.api import Operations
from vantage6_server_api.models import User
from vantage6_store_api.api import Operations as StoreOperations

from tests.conformance import Spec
from tests.unit.test_transport import jwt
from tests.unit.test_views import example
from vantage6_client import Client
from vantage6_client.resources._paged import paged

ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}


def test_the_table_imports_an_operation_when_it_is_first_used() -> None:
    probe = """
import sys
from vantage6_server_api.api import Operations
module = "vantage6_server_api.api.port.port_delete"
table = Operations()
assert module not in sys.modules
send = table.port_delete
assert send is sys.modules[module].sync_detailed
assert table.requests.port_delete is sys.modules[module]._get_kwargs
assert table.port_delete is send
"""
    subprocess.run([sys.executable, "-c", probe], check=True, env=ENV)


def test_an_operation_the_api_does_not_have_is_named() -> None:
    with pytest.raises(AttributeError, match="no operation 'user_gett'"):
        Operations().user_gett  # noqa: B018
    with pytest.raises(AttributeError, match="no operation 'task_list'"):
        StoreOperations().task_list  # noqa: B018


def test_groups_call_the_operations_their_session_chose() -> None:
    """Swap the session's table: every group and view calls the new one,
    with the connection first (the generated client is no longer passed)."""
    calls: list[tuple[Any, ...]] = []

    class Answer:
        headers = httpx.Headers()
        parsed = User.from_dict(example(Spec.load(), "User", id=3, username="u"))

    class Table:
        def user_get(self, http: httpx.Client, id_: int, **query: Any) -> Answer:
            calls.append((http, id_, query))
            return Answer()

    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"sent {request.url}")

    with Client("http://localhost", transport=httpx.MockTransport(refuse)) as client:
        client._transport.tokens.set(jwt(), None)
        view = client.with_options(timeout=5)
        client._session._operations = Table()  # type: ignore[assignment]
        assert view.user.get(3).username == "u"
        assert client.user.get(3).id == 3
        http = client._transport.http
        assert [call[:2] for call in calls] == [(http, 3), (http, 3)]


def test_a_listing_gains_the_shared_parameters_and_what_it_returns() -> None:
    def listing(
        name: str | None = None,
        page: int = 1,
        per_page: int = 10,
        sort: str | list[str] | None = None,
    ) -> list[int]:
        """Things.

        Parameters
        ----------
        name : str | None
            A pattern.
        per_page : int
            Its own words.

        Raises
        ------
        InvalidArgumentError
            Bad.
        """
        return []

    doc = inspect.getdoc(paged(listing)) or ""
    assert doc.startswith("Things.\n\nParameters\n----------\nname : str | None")
    assert "per_page : int\n    Its own words." in doc
    assert doc.count("per_page : int") == 1
    # the signature's own type and default
    assert "page : int\n    Page number, from 1; by default 1." in doc
    assert doc.index("page : int") > doc.index("per_page : int\n    Its own")
    assert "sort : str | list[str] | None\n    Field(s) to sort by" in doc
    # in the Parameters section, then what it returns, then the Raises
    assert doc.endswith(
        "Returns\n-------\nlist[int]\n    One page; ``.all()`` for every page.\n\n"
        "Raises\n------\nInvalidArgumentError\n    Bad."
    )


def test_a_listing_that_says_what_it_returns_keeps_its_words() -> None:
    def listing(page: int = 1) -> int:
        """Things.

        Parameters
        ----------
        page : int
            Which.

        Returns
        -------
        int
            Mine.
        """
        return 0

    doc = inspect.getdoc(paged(listing)) or ""
    assert doc.count("Returns") == 1
    assert doc.endswith("int\n    Mine.")
    assert "Page number" not in doc
