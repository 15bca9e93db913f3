"""The user at the keyboard of a device login, for scripts run as
subprocesses: made the ``BROWSER`` of their ``webbrowser.open(url)`` (see
:func:`browser_command`), it opens the page in headless Chromium (Debian's,
driven by Playwright), logs in on Keycloak's form and approves the login,
as ``test_browser_login`` does in-process.

Run as ``python device_approval.py URL``; the user and password come from
``V6_BROWSER_USERNAME`` and ``V6_BROWSER_PASSWORD``. Its exit status is
webbrowser's answer: 0 when the login was approved.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
STEP_MS = 20_000  # each page of Keycloak's flow appears within this


def approve(url: str, username: str, password: str) -> None:
    """Log in at ``url`` (the verification page, code filled in) and approve."""
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - only here

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True
        )
        try:
            page = browser.new_page()
            page.set_default_timeout(STEP_MS)
            page.goto(url)
            page.fill("#username", username)
            page.fill("#password", password)
            page.click("#kc-login")
            page.wait_for_selector("#kc-oauth")  # Keycloak asks every device login
            page.click("#kc-login")
            page.wait_for_selector("#kc-page-title:has-text('Device Login Successful')")
        finally:
            browser.close()


def browser_command(folder: Path) -> Path:
    """An executable to name in ``BROWSER``: webbrowser runs it with the URL
    as its only argument and waits for it (its output goes to stderr, away
    from the script's findings)."""
    command = folder / "approve-device-login"
    here = Path(__file__).resolve()
    command.write_text(
        "#!/bin/sh\n"
        f'exec {shlex.quote(sys.executable)} {shlex.quote(str(here))} "$1" 1>&2\n'
    )
    command.chmod(0o755)
    return command


if __name__ == "__main__":
    approve(
        sys.argv[1],
        os.environ["V6_BROWSER_USERNAME"],
        os.environ["V6_BROWSER_PASSWORD"],
    )
