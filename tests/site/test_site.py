"""The documentation site, seen in a real browser.

The site ``make docs`` builds (brought up to date here, strictly, if sources
changed since) is served on loopback and loaded in headless Chromium: the
home page, the API page of ``task.create``, and a search for
``wait_for_results``. A screenshot of each is written next to the build,
in ``docs/_build/screenshots``, for people to look at.
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.paths import ROOT

BUILD = ROOT / "docs" / "_build"
SITE = BUILD / "html"
SHOTS = BUILD / "screenshots"
TASK_CREATE = "vantage6_client.resources.task.TaskGroup.create"

pytestmark = pytest.mark.site


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """The built site's address on loopback."""
    subprocess.run(
        [
            *(sys.executable, "-m", "sphinx", "-W", "--keep-going", "-n", "-q"),
            *("-b", "html", str(ROOT / "docs"), str(SITE)),
        ],
        check=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    SHOTS.mkdir(exist_ok=True)
    handler = functools.partial(_Quiet, directory=str(SITE))
    with ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        yield f"http://127.0.0.1:{server.server_port}"
        server.shutdown()


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass  # the requests are not the test's output


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A page whose console errors fail the test: a missing asset, a script
    error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    opened.on("pageerror", lambda e: errors.append(str(e)))
    yield opened
    context.close()
    assert errors == []


def test_the_home_page_leads_to_the_guides_and_the_reference(
    site: str, page: Page
) -> None:
    page.goto(f"{site}/index.html")
    expect(page).to_have_title("vantage6-sdk — vantage6-sdk")
    expect(page.locator("h1").first).to_have_text("vantage6-sdk#")
    content = page.locator(".bd-content")
    quickstart = content.get_by_role("link", name=re.compile("^Quickstart"))
    expect(quickstart.first).to_be_visible()
    expect(content.get_by_role("link", name="API reference").first).to_be_visible()
    page.screenshot(path=SHOTS / "home.png", full_page=True)


def test_task_create_has_its_parameters_returns_and_raises(
    site: str, page: Page
) -> None:
    page.goto(
        f"{site}/api/generated/vantage6_client.resources.task.TaskGroup.html"
        f"#{TASK_CREATE}"
    )
    method = page.locator(f'dl.py.method:has(> dt[id="{TASK_CREATE}"])')
    expect(method.locator("dt").first).to_contain_text("create(")
    fields = method.locator("> dd > dl.field-list > dt")
    expect(fields).to_contain_text(["Parameters", "Returns", "Raises"])
    # the types name their pages: the result of either server line
    returns = method.locator("dt:has-text('Returns') + dd").first
    expect(returns.locator("a", has_text="HQTask").first).to_be_visible()
    page.screenshot(path=SHOTS / "task-create.png")


def test_searching_wait_for_results_finds_the_method_first(
    site: str, page: Page
) -> None:
    page.goto(f"{site}/search.html?q=wait_for_results")
    hits = page.locator("ul.search li")
    expect(hits.first).to_be_visible(timeout=15_000)
    expect(hits.first.locator("a").first).to_have_text(
        "vantage6_client.Client.wait_for_results"
    )
    page.screenshot(path=SHOTS / "search.png", full_page=True)
