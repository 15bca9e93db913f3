"""The documentation's examples, run as tests.

Every ```python block of the guides (``docs/**/*.md``) and every ``>>>``
example of the package's docstrings runs against real local servers: the
4.15.2 server of ``tests/docs_world.py`` or, for the 5.x pages, HQ with its
Keycloak (``tests/docs_world_hq.py``). A block that cannot run is marked
``<!-- skip: next "reason" -->`` (a guide) or ``# doctest: +SKIP`` (a
docstring), and pytest reports it skipped, with its reason.

This file sits at the root because pytest's file collection hook and the
fixtures it needs must be visible from ``docs/`` and ``vantage6_client/``.
"""

from __future__ import annotations

import doctest
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pytest
from sybil import Example, Region, Sybil
from sybil.parsers.myst import PythonCodeBlockParser, SkipParser
from sybil.parsers.rest import DocTestParser

pytest_plugins = ["tests.servers", "tests.docs_world", "tests.docs_world_hq"]

FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
WORLDS = {"4.x": "docs_names", "5.x": "docs_hq_names"}
# the docstrings of the 5.x-only groups run against HQ
HQ_MODULES = ["session.py", "_hq_task.py"]
NOT_EXAMPLES = ["_wsgi_overrides.py"]  # runs only inside uWSGI


def _with_names(
    parser: Callable[[Any], Iterable[Region]], world: str
) -> Callable[[Any], Iterator[Region]]:
    """``parser``'s regions, each first putting the world's names in the
    document's namespace (unless the document has set them itself)."""

    def parse(document: Any) -> Iterator[Region]:
        for region in parser(document):
            evaluate = region.evaluator
            if evaluate is not None:
                region.evaluator = _NamesFirst(evaluate, world)
            yield region

    return parse


class _NamesFirst:
    def __init__(self, evaluate: Callable[[Example], Any], world: str) -> None:
        self.evaluate = evaluate
        self.world = world

    def __call__(self, example: Example) -> Any:
        # sybil has just put the world's fixture (and pytest's ``request``,
        # which it asks for) in the namespace: only the world's names stay
        namespace = example.namespace
        names = namespace.pop(self.world, {})
        namespace.pop("request", None)
        for name, value in names.items():
            namespace.setdefault(name, value)
        return self.evaluate(example)


def _guides(line: str, pattern: list[str], exclude: list[str]) -> Sybil:
    world = WORLDS[line]
    return Sybil(
        parsers=[
            _with_names(PythonCodeBlockParser(doctest_optionflags=FLAGS), world),
            SkipParser(),
        ],
        path="docs",
        patterns=pattern,
        excludes=exclude,
        fixtures=[world],
        name=f"guides-{line}",
    )


def _docstrings(line: str, pattern: list[str], exclude: list[str]) -> Sybil:
    world = WORLDS[line]
    return Sybil(
        parsers=[_with_names(DocTestParser(optionflags=FLAGS), world)],
        path="vantage6_client",
        patterns=pattern,
        excludes=exclude,
        fixtures=[world],
        name=f"docstrings-{line}",
    )


_examples = _guides("4.x", ["*.md"], ["*hq*.md"]) + _guides("5.x", ["*hq*.md"], [])
_examples.append(_docstrings("4.x", ["*.py"], HQ_MODULES + NOT_EXAMPLES))
_examples.append(_docstrings("5.x", HQ_MODULES, []))
pytest_collect_file = _examples.pytest()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The examples talk to servers: ``-m "not server"`` leaves them out. A
    docstring example marked ``# doctest: +SKIP`` is reported skipped (the
    doctest runner would count it as passed without running it)."""
    for item in items:
        if type(item).__module__.startswith("sybil"):
            item.add_marker(pytest.mark.server)
            parsed = getattr(getattr(item, "example", None), "parsed", None)
            if isinstance(parsed, doctest.Example) and parsed.options.get(doctest.SKIP):
                item.add_marker(pytest.mark.skip(reason="marked # doctest: +SKIP"))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """One line for the documentation's examples: how many ran, how many are
    marked not runnable (their reasons are in pytest's ``-ra`` summary)."""
    counts: dict[str, int] = {}
    for outcome in ("passed", "failed", "skipped", "error"):
        for report in terminalreporter.stats.get(outcome, []):
            if "sybil:" in getattr(report, "nodeid", ""):
                counts[outcome] = counts.get(outcome, 0) + 1
    if counts:
        terminalreporter.write_line(
            "documentation examples: "
            + ", ".join(f"{n} {outcome}" for outcome, n in counts.items())
        )
