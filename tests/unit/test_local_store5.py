"""The 5.x store's launcher says what failed when it cannot start, without
starting anything real. (tests/hq/test_store5.py runs the real store.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from vantage6_client.testing._process import ProcessStartError
from vantage6_client.testing.keycloak import LocalKeycloak
from vantage6_client.testing.store5 import LocalStore5, Store5StartError


def fake_venv(tmp_path: Path, init_db: str) -> Path:
    """A virtualenv whose uwsgi does nothing and whose python runs
    ``init_db`` (a shell script), with the store's WSGI file in place."""
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    for tool, script in (("uwsgi", "exit 0"), ("python", init_db)):
        path = venv / "bin" / tool
        path.write_text(f"#!/bin/sh\n{script}\n")
        path.chmod(0o755)
    wsgi = venv / "lib/python3.13/site-packages/vantage6/algorithm/store/wsgi.py"
    wsgi.parent.mkdir(parents=True)
    wsgi.write_text("")
    return venv


def keycloak(tmp_path: Path) -> LocalKeycloak:
    return LocalKeycloak(tmp_path / "kc", workdir=tmp_path / "kc-work")


def test_the_error_is_a_start_error() -> None:
    assert issubclass(Store5StartError, ProcessStartError)


def test_the_store_without_its_virtualenv_is_named(tmp_path: Path) -> None:
    store = LocalStore5(
        keycloak(tmp_path), venv=tmp_path / "no-venv", workdir=tmp_path / "s"
    )
    with pytest.raises(Store5StartError, match=r"no uwsgi in .*no-venv"):
        store.start()


def test_a_failed_database_set_up_shows_its_output(tmp_path: Path) -> None:
    venv = fake_venv(tmp_path, "echo 'sqlalchemy says: no such table' >&2; exit 3")
    store = LocalStore5(keycloak(tmp_path), venv=venv, workdir=tmp_path / "s")
    with pytest.raises(Store5StartError) as failed:
        store.start()
    assert str(failed.value) == (
        "the 5.x store's database set-up (vantage6.algorithm.store.init_db) "
        "failed (code 3); it ends with:\nsqlalchemy says: no such table"
    )
    assert not store.running


def test_a_root_user_keycloak_does_not_know_is_named(tmp_path: Path) -> None:
    """init_db logs and carries on when Keycloak has no such user: nobody
    could use the store, so the launcher stops there."""
    said = "Could not get keycloak ID for super user root. This means that you"
    venv = fake_venv(tmp_path, f"echo '{said}' >&2; exit 0")
    store = LocalStore5(keycloak(tmp_path), venv=venv, workdir=tmp_path / "s")
    with pytest.raises(Store5StartError, match="could not find its root user 'root'"):
        store.start()


def test_the_configuration_is_the_charts(tmp_path: Path) -> None:
    venv = fake_venv(tmp_path, "exit 3")
    store = LocalStore5(
        keycloak(tmp_path),
        venv=venv,
        workdir=tmp_path / "s",
        review=False,
        algorithm_view="private",
    )
    with pytest.raises(Store5StartError):
        store.start()
    config = (tmp_path / "s" / "store5.yaml").read_text()
    for line in (
        "api_path: /api",
        f"base_url: {store.url}",
        "  algorithm_view: private",
        "root_user:",
        "  username: root",
        "  disable_review: true",
    ):
        assert line in config.splitlines(), line
    assert "v6_hq_uri" not in config  # no HQ given
