"""Regenerate the low-level bindings in generated/ from the committed spec.

``openapi-python-client`` (pinned in pyproject.toml) writes the package into a
fresh temporary directory; this script adds the ``py.typed`` marker that
``--meta none`` leaves out and then replaces ``generated/<package>`` as a whole,
so a module dropped from the spec cannot linger. ``--check`` compares instead
of writing and exits 1 on drift.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "vantage6-server-4.15.2.json"
CONFIG = ROOT / "openapi" / "generator.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
PACKAGE = "vantage6_server_api"
TARGET = ROOT / "generated" / PACKAGE


def generate(destination: Path) -> None:
    """Generate the package into ``destination``, which must not exist yet."""
    bin_dir = Path(sys.executable).parent  # the post-hooks need our pinned ruff
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path", str(SPEC),
        "--config", str(CONFIG),
        "--custom-template-path", str(TEMPLATES),
        "--meta", "none",
        "--fail-on-warning",
        "--output-path", str(destination),
    ]  # fmt: skip
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit(
            "openapi-python-client failed:\n" + result.stdout + result.stderr
        )
    (destination / "py.typed").write_text("")


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ between two trees (missing on either side too)."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + n for n in cmp.left_only + cmp.right_only)
        found.extend(prefix + n for n in cmp.diff_files + cmp.funny_files)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail on drift")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="v6-regen-") as tmp:
        fresh = Path(tmp) / PACKAGE
        generate(fresh)
        if args.check:
            drift = differences(fresh, TARGET) if TARGET.exists() else [PACKAGE]
            if drift:
                print("generated/ is not what `make regen` makes:", *drift, sep="\n  ")
                return 1
            print("generated/ is up to date")
            return 0
        if TARGET.exists():
            shutil.rmtree(TARGET)
        shutil.copytree(fresh, TARGET, ignore=shutil.ignore_patterns("__pycache__"))
    print(f"regenerated {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
