"""A script pays at start-up only for what it uses (cold start, ``make bench`` 5)."""

from __future__ import annotations

import json
import ssl
import subprocess
import sys
from typing import Any

import pytest

import vantage6_client


def loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    shown = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    return set(json.loads(shown.stdout))


def test_the_client_alone_loads_neither_cryptography_nor_the_node_client() -> None:
    loaded = loaded_after(
        "from vantage6_client import Client\nClient('http://127.0.0.1', 1).organization"
    )
    assert "vantage6_client._client" in loaded
    unneeded = {
        "cryptography",
        "vantage6_client._crypto",
        "vantage6_client._node_client",
        "vantage6_client._results",
        "vantage6_store_api",
    }
    assert not unneeded & loaded


@pytest.mark.parametrize(
    ("made", "unneeded"),
    [
        ("Client('http://127.0.0.1:1/api')", {"pandas", "vantage6_client._oidc"}),
        ("Client('http://127.0.0.1:1/api', 'http://127.0.0.1:2')", {"pandas"}),
    ],
    ids=["4.x", "5.x"],
)
def test_pandas_is_an_extra_and_5x_logins_load_only_for_hq(
    made: str, unneeded: set[str]
) -> None:
    """The official 5.0.3 client imports pandas without declaring it; ours
    never imports it (``to_pandas`` will, with the ``pandas`` extra)."""
    loaded = loaded_after(f"from vantage6_client import Client\n{made}.organization")
    assert not unneeded & loaded


def test_html_tables_load_no_pandas() -> None:
    """``_repr_html_`` is for every notebook; only ``to_pandas`` needs pandas."""
    loaded = loaded_after(
        "from vantage6_client.types import Organization, Page\n"
        "Page.single([])._repr_html_(); Page.single([]).all()._repr_html_()"
    )
    assert "vantage6_client._html" in loaded
    assert "pandas" not in loaded


def test_only_an_https_server_makes_the_client_load_a_ca_bundle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loads: list[object] = []
    real = ssl.SSLContext.load_verify_locations

    def load_verify_locations(self: ssl.SSLContext, *args: Any, **kw: Any) -> None:
        loads.append(args or kw)
        real(self, *args, **kw)

    monkeypatch.setattr(ssl.SSLContext, "load_verify_locations", load_verify_locations)
    vantage6_client.Client("http://127.0.0.1", 1).close()
    assert loads == []
    vantage6_client.Client("https://127.0.0.1", 1).close()
    assert len(loads) == 1


@pytest.mark.parametrize("name", vantage6_client.__all__)
def test_every_export_resolves(name: str) -> None:
    assert getattr(vantage6_client, name) is not None
    assert name in dir(vantage6_client)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Clinet'"):
        vantage6_client.Clinet  # noqa: B018
