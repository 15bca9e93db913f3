"""Sphinx configuration of the documentation site (``make docs``).

The API reference is built from the package's docstrings (numpy style,
rendered by numpydoc); the guides are Markdown (MyST). The build is strict:
``make docs`` turns every warning into an error, so a broken
cross-reference, a malformed docstring or a public name left out of the
reference fails it; numpydoc checks every docstring (see below for the
checks left out, and why). Nothing is fetched at build time: Python's
inventory comes from Debian's ``python3.11-doc`` (installed by ``make``),
and the few outside classes the signatures name (httpx, cryptography,
pandas) are linked through a small inventory ``_ext`` writes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path[:0] = [str(DOCS), str(ROOT), str(ROOT / "generated")]

import _ext  # noqa: E402 - after the path is set

project = "vantage6-sdk"
author = "the vantage6-sdk authors"
copyright = "2026, " + author

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "sphinx.ext.intersphinx",
    "numpydoc",
    "myst_parser",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
root_doc = "index"
templates_path = ["_templates"]
exclude_patterns = ["_build", "_templates", "conftest.py"]
nitpicky = True

# -- the API reference ------------------------------------------------------
autosummary_generate = True
autodoc_default_options = {"members": True}
# the class template shows "Bases:" only where a base is public (_ext:
# private bases are replaced by their own public bases)
autosummary_context = {"classes_with_bases": _ext.classes_with_bases()}
autodoc_typehints = "signature"
autodoc_member_order = "bysource"
add_module_names = False
numpydoc_show_class_members = False
numpydoc_xref_param_type = True
numpydoc_xref_ignore = {"of", "or", "optional", "default", "etc"}
# short names in "Returns" and "Raises" (``NotFoundError``, ``Page``) are the
# public ones: they link to their pages wherever the docstring is
numpydoc_xref_aliases = _ext.xref_aliases()

# -- every docstring is checked (the strict build fails on a finding) -------
# All of numpydoc's checks, less those that fight the package's conventions:
numpydoc_validation_checks = {
    "all",
    # a "See also" section on every object: the reference links names in the
    # text instead, where they help
    "SA01",
    # an "Examples" section on every object: the methods researchers use most
    # have runnable ones, and the guides walk through the rest
    "EX01",
    # an extended summary below every summary: many properties and simple
    # methods are said fully in one sentence
    "ES01",
    # a summary that fits one line: summaries are whole sentences, wrapped at
    # 88 columns like the code
    "SS06",
    # the closing quotes of a multi-line docstring on a line of their own:
    # the code closes them after the last word too (PEP 257 allows both and
    # ruff format keeps either)
    "GL02",
    # "summary must start with an infinitive": numpydoc guesses third-person
    # verbs by a final "s" and misfires on the plural nouns many summaries
    # start with ("Nodes you may see, one page at a time.")
    "SS05",
}
numpydoc_validation_exclude = {
    # The classes the client makes and scripts only read (results, events,
    # errors, pages, who is logged in): their docstrings list the attributes
    # users read ("Attributes"), not the parameters of a constructor that
    # scripts never call (numpydoc's PR01 asks for them; it is the only check
    # these class docstrings fail, but the exclusion is by name, so it covers
    # all checks of these docstrings). Their methods are checked.
    r"^vantage6_client\.(\w+Error|TaskResults?|ResultsByOrganization|AlgorithmRun"
    r"|FailedRun|TaskEvent|RunStarted|RunFinished|RunLog|TaskDone|Page|ItemList"
    r"|WhoAmI|NodeIdentity|DeviceCode)$",
    # The resource groups: made by the client (``client.task``), from the
    # client, their one constructor argument; their methods are checked.
    r"^vantage6_client\.(resources|algorithm_store)\.\w+\.\w+Group$",
    # The models' class docstrings: generated from the API contracts (never
    # edited by hand), they list the fields as Attributes, which _ext turns
    # into a numpy section under a summary line; the attrs constructor's
    # parameters are the same fields. Their methods are checked. (The other
    # names ``types`` exports are documented, and checked, under
    # ``vantage6_client``.)
    r"^vantage6_client\.types\.\w+$",
}

# -- links to Python's own documentation, from a local inventory --------------
PYTHON_INVENTORY = os.environ.get(
    "V6_PYTHON_INVENTORY", "/usr/share/doc/python3.11/html/objects.inv"
)
intersphinx_mapping = {"python": ("https://docs.python.org/3.11", PYTHON_INVENTORY)}

# -- the site ---------------------------------------------------------------
html_theme = "pydata_sphinx_theme"
html_title = "vantage6-sdk"
html_static_path = ["_static"]
html_css_files = ["tables.css"]
html_favicon = "_static/favicon.svg"
# the theme reads the mode from the browser's storage; an empty one is an
# error on the console unless a default is given
html_context = {"default_mode": "light"}
html_theme_options = {"navigation_with_keys": False, "show_toc_level": 2}
myst_heading_anchors = 3

setup = _ext.setup
