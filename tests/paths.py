"""Where the project's parts live, for tests and the harness alike."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "vantage6-server-4.15.2.json"
STORE_SPEC_PATH = ROOT / "openapi" / "vantage6-algorithm-store-4.15.2.json"
HQ_SPEC_PATH = ROOT / "openapi" / "vantage6-hq-5.0.3.json"
STORE5_SPEC_PATH = ROOT / "openapi" / "vantage6-algorithm-store-5.0.3.json"
SERVER_PYTHON = Path(
    os.environ.get("V6_SERVER_PYTHON", ROOT / ".venv-server/bin/python")
)
HQ_PYTHON = Path(os.environ.get("V6_HQ_PYTHON", ROOT / ".venv-hq/bin/python"))
OFFICIAL_PYTHON = Path(
    os.environ.get("V6_OFFICIAL_PYTHON", ROOT / ".venv-official/bin/python")
)
# Debian's chromium, driven by playwright (whose own browser download is never used)
CHROMIUM = Path("/usr/bin/chromium")
