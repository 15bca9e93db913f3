"""Regenerate the low-level bindings in generated/ from the committed specs.

``openapi-python-client`` (pinned in pyproject.toml) writes each package into a
fresh temporary directory; this script adds the ``py.typed`` marker that
``--meta none`` leaves out and then replaces ``generated/<package>`` as a whole,
so a module dropped from a spec cannot linger. ``--check`` compares instead of
writing and exits 1 on drift.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "openapi" / "templates"


@dataclass(frozen=True)
class Binding:
    """One generated package and the spec it comes from."""

    spec: Path
    config: Path
    package: str

    @property
    def target(self) -> Path:
        return ROOT / "generated" / self.package


BINDINGS = (
    Binding(
        ROOT / "openapi" / "vantage6-server-4.15.2.json",
        ROOT / "openapi" / "generator.yaml",
        "vantage6_server_api",
    ),
    Binding(
        ROOT / "openapi" / "vantage6-algorithm-store-4.15.2.json",
        ROOT / "openapi" / "store-generator.yaml",
        "vantage6_store_api",
    ),
    Binding(
        ROOT / "openapi" / "vantage6-hq-5.0.3.json",
        ROOT / "openapi" / "hq-generator.yaml",
        "vantage6_hq_api",
    ),
    Binding(
        ROOT / "openapi" / "vantage6-algorithm-store-5.0.3.json",
        ROOT / "openapi" / "store5-generator.yaml",
        "vantage6_store5_api",
    ),
)


def generate(binding: Binding, destination: Path) -> None:
    """Generate the package into ``destination``, which must not exist yet."""
    bin_dir = Path(sys.executable).parent  # the post-hooks need our pinned ruff
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path", str(binding.spec),
        "--config", str(binding.config),
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
            f"openapi-python-client failed for {binding.package}:\n"
            + result.stdout
            + result.stderr
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
    drift: list[str] = []
    with tempfile.TemporaryDirectory(prefix="v6-regen-") as tmp:
        for binding in BINDINGS:
            fresh = Path(tmp) / binding.package
            generate(binding, fresh)
            if args.check:
                if binding.target.exists():
                    found = differences(fresh, binding.target)
                else:
                    found = ["(missing)"]
                drift.extend(f"{binding.package}/{path}" for path in found)
                continue
            if binding.target.exists():
                shutil.rmtree(binding.target)
            shutil.copytree(
                fresh, binding.target, ignore=shutil.ignore_patterns("__pycache__")
            )
            print(f"regenerated {binding.target.relative_to(ROOT)}")
    if args.check:
        if drift:
            print("generated/ is not what `make regen` makes:", *drift, sep="\n  ")
            return 1
        print("generated/ is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
