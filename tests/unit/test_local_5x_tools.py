"""The 5.x launchers say what failed when they cannot start, without
starting anything real: no distribution, an old JDK, no virtualenv, a failed
database set-up. (tests/hq runs the real Keycloak and HQ.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from vantage6_client.testing.hq import HQStartError, LocalHQ
from vantage6_client.testing.keycloak import (
    KeycloakStartError,
    LocalKeycloak,
    find_java_home,
    java_version,
)


def fake_java(home: Path, shown: str) -> Path:
    (home / "bin").mkdir(parents=True)
    java = home / "bin" / "java"
    java.write_text(f"#!/bin/sh\necho '{shown}' >&2\n")
    java.chmod(0o755)
    return home


def test_a_missing_distribution_is_named(tmp_path: Path) -> None:
    keycloak = LocalKeycloak(tmp_path / "nowhere", workdir=tmp_path / "work")
    with pytest.raises(KeycloakStartError, match="no Keycloak distribution at"):
        keycloak.start()
    assert not keycloak.running


def test_the_jdk_version_is_read_from_java_itself(tmp_path: Path) -> None:
    old = fake_java(tmp_path / "old", 'openjdk version "17.0.15" 2025-04-15')
    new = fake_java(tmp_path / "new", 'openjdk version "25.0.3" 2026-04-21')
    odd = fake_java(tmp_path / "odd", "no version here")
    assert (java_version(old), java_version(new), java_version(odd)) == (17, 25, None)
    assert java_version(tmp_path / "none") is None


def test_an_old_jdk_is_refused_with_what_was_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = fake_java(tmp_path / "old", 'openjdk version "17.0.15" 2025-04-15')
    new = fake_java(tmp_path / "new", 'openjdk version "21.0.2" 2024-01-16')
    monkeypatch.setenv("V6_JAVA_HOME", str(new))
    assert find_java_home() == new
    monkeypatch.setenv("V6_JAVA_HOME", str(old))
    monkeypatch.setenv("JAVA_HOME", str(old))
    monkeypatch.setattr(Path, "glob", lambda self, pattern: iter(()))
    with pytest.raises(KeycloakStartError) as refused:
        find_java_home()
    assert str(refused.value).startswith(
        "Keycloak 26.7.3 needs a JDK 21 or newer; found 17 ("
    )
    assert "set V6_JAVA_HOME" in str(refused.value)


def test_hq_without_its_virtualenv_is_named(tmp_path: Path) -> None:
    keycloak = LocalKeycloak(tmp_path / "kc", workdir=tmp_path / "kc-work")
    hq = LocalHQ(keycloak, tmp_path / "no-venv", workdir=tmp_path / "hq")
    with pytest.raises(HQStartError, match=r"no uwsgi in .*no-venv"):
        hq.start()


def test_a_failed_database_set_up_shows_its_output(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    for tool, script in (
        ("uwsgi", "exit 0"),
        ("python", "echo 'sqlalchemy says: no such table' >&2; exit 3"),
    ):
        path = venv / "bin" / tool
        path.write_text(f"#!/bin/sh\n{script}\n")
        path.chmod(0o755)
    wsgi = venv / "lib/python3.13/site-packages/vantage6/hq/wsgi.py"
    wsgi.parent.mkdir(parents=True)
    wsgi.write_text("")
    keycloak = LocalKeycloak(tmp_path / "kc", workdir=tmp_path / "kc-work")
    hq = LocalHQ(keycloak, venv, workdir=tmp_path / "hq")
    with pytest.raises(HQStartError) as failed:
        hq.start()
    assert str(failed.value) == (
        "HQ's database set-up (vantage6.hq.init_db) failed (code 3); it ends "
        "with:\nsqlalchemy says: no such table"
    )
    assert not hq.running
    config = (tmp_path / "hq" / "hq.yaml").read_text()
    assert f"hq_url: {hq.base_url}" in config
