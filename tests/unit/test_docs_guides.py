"""What the guides name must exist: each test they cite as proof, each file
they point readers to, and the README table the benchmarks page includes.

The migrating guide links every claim about the official client to the test
that proves it (``tests/....py::test_name``); a test renamed or removed would
leave the page citing nothing. These checks read the pages and the test files
(no import, no server), so they run with the fast tests.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUIDES = ROOT / "docs" / "guides"
README = ROOT / "README.md"

# ``tests/unit/test_x.py::test_y``, ``tests/x.py::Class::test_y``, with an
# optional parametrized id (``test_y[4.x]``)
NODE_ID = re.compile(
    r"(?P<path>tests/[\w/]+\.py)(?P<names>(?:::\w+)+)(?:\[[^\]\s`]*\])?"
)
# a repository path in backticks: ``openapi/overrides.yaml``, ``scripts/bench.py``
# (what a build or a run makes, such as docs/_build/, is not in the repository)
BUILT = ("docs/_build",)
REPO_PATH = re.compile(
    r"`(?P<path>(?:tests|scripts|openapi|vantage6_client|docs|examples)/"
    r"[\w./-]*[\w/])`"
)
BENCH_MARKERS = ("<!-- bench-table-start -->", "<!-- bench-table-end -->")


def guides() -> list[Path]:
    return sorted(GUIDES.glob("*.md"))


def node_ids(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [
        (found["path"], tuple(found["names"].split("::")[1:]))
        for found in NODE_ID.finditer(text)
    ]


def defines(path: Path, names: tuple[str, ...]) -> bool:
    """Whether ``path`` defines the test ``names`` (a function, or a class
    and its methods), at the top level as pytest collects them."""
    scope: list[ast.stmt] = ast.parse(path.read_text()).body
    for position, name in enumerate(names):
        last = position == len(names) - 1
        wanted: tuple[type[ast.stmt], ...] = (
            (ast.FunctionDef, ast.AsyncFunctionDef) if last else (ast.ClassDef,)
        )
        found = next(
            (s for s in scope if isinstance(s, wanted) and s.name == name), None
        )
        if found is None:
            return False
        scope = getattr(found, "body", [])
    return True


@pytest.mark.parametrize("guide", guides(), ids=lambda p: p.name)
def test_every_test_a_guide_names_exists(guide: Path) -> None:
    missing = [
        f"{path}::{'::'.join(names)}"
        for path, names in node_ids(guide.read_text())
        if not (ROOT / path).is_file() or not defines(ROOT / path, names)
    ]
    assert missing == [], f"{guide.name} cites tests that do not exist"


@pytest.mark.parametrize("guide", guides(), ids=lambda p: p.name)
def test_every_repository_path_a_guide_names_exists(guide: Path) -> None:
    missing = sorted(
        {
            found["path"]
            for found in REPO_PATH.finditer(guide.read_text())
            if "*" not in found["path"]
            and "{" not in found["path"]
            and not found["path"].startswith(BUILT)
            and not (ROOT / found["path"]).exists()
        }
    )
    assert missing == [], f"{guide.name} names paths that do not exist"


def test_the_migrating_guide_proves_each_defect_with_a_test() -> None:
    """Every row of its tables of the official client's defects names a test."""
    text = (GUIDES / "migrating.md").read_text()
    defects = text[text.index("## Defects of the official client") :]
    rows = [
        line
        for line in defects.splitlines()
        # the tables' rows, less their headers
        if line.startswith("| ") and not line.startswith("| The official")
    ]
    assert len(rows) >= 10
    assert [row for row in rows if not node_ids(row)] == []


def test_the_benchmarks_page_includes_the_readme_table_between_its_markers() -> None:
    start, end = BENCH_MARKERS
    readme = README.read_text()
    assert readme.count(start) == readme.count(end) == 1
    table = readme[readme.index(start) + len(start) : readme.index(end)]
    rows = [line for line in table.strip().splitlines() if line.startswith("|")]
    assert rows[0].startswith("| scenario |") and len(rows) > 2
    assert len(rows) == len(table.strip().splitlines())  # nothing but the table
    page = (GUIDES / "benchmarks.md").read_text()
    assert f":start-after: {start}" in page
    assert f":end-before: {end}" in page


def test_the_patterns_read_node_ids_and_paths() -> None:
    text = (
        "``tests/unit/test_a.py::test_b``, ``tests/x/test_c.py::Group::test_d[4.x]``"
        " and `openapi/overrides.yaml`, `scripts/bench.py`, `generated/x`"
    )
    assert node_ids(text) == [
        ("tests/unit/test_a.py", ("test_b",)),
        ("tests/x/test_c.py", ("Group", "test_d")),
    ]
    assert [m["path"] for m in REPO_PATH.finditer(text)] == [
        "openapi/overrides.yaml",
        "scripts/bench.py",
    ]
