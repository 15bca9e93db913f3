"""What the documentation build adds to Sphinx, for this package.

- Public names for private homes: the classes users meet are defined in
  private modules (``vantage6_client._results.TaskResult``) or in the
  generated bindings (``vantage6_hq_api.models.task.Task``) and documented
  under the names users import (``vantage6_client.TaskResult``,
  ``vantage6_client.types.HQTask``); a reference to the private home resolves
  to the public page.
  Signatures and "Bases:" lines show the public names too
  (``TaskGroup.create() -> Task | HQTask``, not ``-> Task | Task``); a
  private base gives way to its own public bases. Renamed classes
  (``HQTask``) are documented in full, not as "alias of Task".
- Short references (``:meth:`TaskGroup.run```) resolve to the one documented
  name ending in them. What has no page (models nested in the public ones,
  a few private helpers in signatures, type variables) is plain text, each
  for a reason given here; ``Unset`` links to the Models section that
  explains it.
- The outside classes the signatures name (httpx, cryptography, pandas)
  link to their real pages through an inventory written at build time (the
  build runs offline).
- The generated models' docstrings are Google style (the generator's); they
  are turned into numpy sections as they are read, never edited, under a
  summary line; their ``to_dict`` and ``from_dict`` get Returns and
  Parameters sections.
- Every public name, and every public method and property of the client,
  the node client and the groups, must be in the reference: a build that
  leaves one out warns, and the strict build fails.
"""

from __future__ import annotations

import abc
import functools
import importlib
import pkgutil
import re
import typing
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.environment import BuildEnvironment
from sphinx.ext.autodoc import _property_types
from sphinx.util import logging

log = logging.getLogger(__name__)

PUBLIC_MODULES = ("vantage6_client", "vantage6_client.types", "vantage6_client.testing")
GENERATED = re.compile(r"vantage6_(server|store|hq|store5)_api\.")
API_NAMES = {
    "server": "4.x server",
    "store": "4.x algorithm store",
    "hq": "5.x HQ",
    "store5": "5.x algorithm store",
}


def public_names() -> Iterator[tuple[str, str, Any]]:
    """``(module, name, object)`` for every name the public modules export;
    a name both ``vantage6_client`` and ``types`` export counts once, under
    ``vantage6_client``."""
    first_home: dict[int, str] = {}
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            value = getattr(module, name)
            if first_home.setdefault(id(value), module_name) == module_name:
                yield module_name, name, value


RSA_KEY = "cryptography.hazmat.primitives.asymmetric.rsa.RSAPrivateKey"


def xref_aliases() -> dict[str, str]:
    """numpydoc's aliases: each exported short name to its public path, and
    the typing names the docstrings use."""
    aliases = {name: f"{module}.{name}" for module, name, _ in public_names()}
    aliases.update(
        {
            "Path": "pathlib.Path",
            "Any": "typing.Any",
            "Self": "typing.Self",
            "Iterator": "collections.abc.Iterator",
            "Iterable": "collections.abc.Iterable",
            "Sequence": "collections.abc.Sequence",
            "Mapping": "collections.abc.Mapping",
            "Callable": "collections.abc.Callable",
            "RSAPrivateKey": RSA_KEY,
            "rsa.RSAPrivateKey": RSA_KEY,
            "DataFrame": "pandas.DataFrame",
        }
    )
    return aliases


@functools.cache
def homes() -> dict[str, str]:
    """Each public object's private home (``module.qualname`` where it is
    defined) -> the public name it is documented under."""
    found: dict[str, str] = {}
    for module, name, value in public_names():
        qualname = getattr(value, "__qualname__", None)
        home = getattr(value, "__module__", None)
        if qualname and home:
            found.setdefault(f"{home}.{qualname}", f"{module}.{name}")
    return found


@functools.cache
def unpublished_models() -> frozenset[str]:
    """The generated models with no public name (a run's ``RunNode``, a
    node's ``NodeConfigItem``, ...), by full and by short name.

    They are nested in the answers of the public models and read the same
    way (attributes, ``model["key"]``, ``to_dict()``), but cannot be
    imported under a public name: the reference names them as plain text
    (the Models section says so) instead of giving them pages users could
    not act on."""
    published = set(homes())
    names: set[str] = set()
    for package in ("server", "store", "hq", "store5"):
        models = importlib.import_module(f"vantage6_{package}_api.models")
        for name in models.__all__:
            cls = getattr(models, name)
            full = f"{cls.__module__}.{cls.__qualname__}"
            if full not in published:
                names |= {full, name}
    # a short name shared with a public model is the public one's
    return frozenset(names - {name.rsplit(".", 1)[-1] for name in published})


# -- signatures and bases: public names only ----------------------------------

_DOTTED = re.compile(r"(~?)\b([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)")


def _publish(text: str, owner: str | None = None) -> str:
    """``text`` (a signature) with each private home replaced by its public
    name, and a generated model's ``T`` (the TypeVar of its ``from_dict``) by
    the model itself, ``owner``."""

    def public(match: re.Match[str]) -> str:
        tilde, name = match.groups()
        if name in homes():
            return tilde + homes()[name]
        if owner and GENERATED.match(name) and name.endswith(".T"):
            return "~" + owner
        return match.group(0)

    # annotations imported only for type checkers stay as written:
    # ``str | Path``, ``rsa.RSAPrivateKey``
    return _BARE.sub(lambda bare: "~" + BARE[bare.group(0)], _DOTTED.sub(public, text))


BARE = {"Path": "pathlib.Path", "rsa.RSAPrivateKey": RSA_KEY}
_BARE = re.compile(r"(?<![\w.~])(Path|rsa\.RSAPrivateKey)\b")


def _public_signature(
    app: Sphinx,
    what: str,
    name: str,
    obj: Any,
    options: Any,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str | None, str | None]:
    """``TaskGroup.create() -> Task | HQTask``, not ``-> Task | Task`` (the
    4.x and HQ models share a class name) nor a private module path."""
    owner = name.rsplit(".", 1)[0] if what in ("method", "classmethod") else None
    return (
        signature and _publish(signature, owner),
        return_annotation and _publish(return_annotation, owner),
    )


class _Named:
    """What ``Bases:`` shows for a base: the public name (autodoc renders a
    class by its ``__module__`` and ``__qualname__``)."""

    def __init__(self, full: str) -> None:
        self.__module__, self.__qualname__ = full.rsplit(".", 1)
        self.__name__ = self.__qualname__


def shown_bases(cls: type) -> list[Any]:
    """The bases ``Bases:`` names: public ones by their public name, and in
    place of a private base (``ServerApiGroup``, the models' ``JsonView``,
    the testing servers' ``ProcessStartError``) its own shown bases;
    ``object``, ``Generic[T]`` and ``ABC`` (how a class is built, not what
    it is) are never shown."""
    shown: list[Any] = []
    for base in getattr(cls, "__orig_bases__", cls.__bases__):
        origin = typing.get_origin(base) or base
        if origin in (object, typing.Generic, abc.ABC) or not isinstance(origin, type):
            continue
        full = f"{origin.__module__}.{origin.__qualname__}"
        if full in homes():
            shown.append(_Named(homes()[full]))
        elif full.startswith(PRIVATE_PACKAGES):
            shown += [base for base in shown_bases(origin) if base not in shown]
        else:
            shown.append(origin)
    return shown


PRIVATE_PACKAGES = (
    "vantage6_client",
    "vantage6_server_api",
    "vantage6_store_api",
    "vantage6_hq_api",
    "vantage6_store5_api",
)


def _public_bases(
    app: Sphinx, name: str, obj: Any, options: Any, bases: list[Any]
) -> None:
    bases[:] = shown_bases(obj)


def classes_with_bases() -> list[str]:
    """The documented classes whose ``Bases:`` line names something: the
    class template shows the line for these only (a plain list, as Sphinx
    caches its configuration)."""
    return sorted(
        full
        for full in {f"{m}.{n}" for m, n, _ in public_names()} | set(group_names())
        if isinstance(cls := _load(full), type) and shown_bases(cls)
    )


def _load(full: str) -> Any:
    module, _, name = full.rpartition(".")
    return getattr(importlib.import_module(module), name)


# -- the few outside names the docstrings use ----------------------------------

# No inventory is fetched at build time (the build runs offline), so the
# pages of the outside classes the signatures name are written down here,
# at their real addresses, and served to intersphinx as a local inventory.
EXTERNAL = {
    "httpx": (
        "https://www.python-httpx.org/",
        {
            "httpx.Timeout": "advanced/timeouts/",
            "httpx.BaseTransport": "advanced/transports/",
        },
    ),
    "cryptography": (
        "https://cryptography.io/en/latest/",
        {
            "cryptography.hazmat.primitives.asymmetric.rsa.RSAPrivateKey": (
                "hazmat/primitives/asymmetric/rsa/#$"
            ),
        },
    ),
    "pandas": (
        "https://pandas.pydata.org/docs/",
        {"pandas.DataFrame": "reference/api/pandas.DataFrame.html"},
    ),
}


def write_inventory(path: Path, project: str, classes: dict[str, str]) -> None:
    """A Sphinx inventory (version 2) of ``classes``: name -> address relative
    to the project's root (``$`` stands for the name, as in Sphinx's own)."""
    lines = "".join(f"{name} py:class 1 {uri} -\n" for name, uri in classes.items())
    header = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project}\n# Version: \n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    path.write_bytes(header.encode() + zlib.compress(lines.encode()))


def _external_inventories(app: Sphinx, config: Config) -> None:
    folder = Path(app.doctreedir)
    folder.mkdir(parents=True, exist_ok=True)
    for project, (url, classes) in EXTERNAL.items():
        path = folder / f"{project}.inv"
        write_inventory(path, project, classes)
        config.intersphinx_mapping[project] = (url, str(path))


# -- references: private homes, short names, what has no page -----------------

UNSET_LABEL = "unset"

# Private classes that signatures name, without a public name or a page: the
# reference names them in plain text, for the reason given.
PLAIN = {
    "vantage6_client._payloads.Cryptor": (
        "the value of Client.cryptor: what encrypts and decrypts, set up by "
        "setup_encryption; users call it only through the client"
    ),
    "vantage6_client._results.RunLookup": (
        "TaskResult's last constructor argument (how a result finds its run); "
        "the client makes results, users do not"
    ),
    "vantage6_client._pagination.Links": (
        "the type of Page.links: the server's or the store's PageLinks model, "
        "as Page's docstring says"
    ),
    "vantage6_client.testing.proxy.Logged": (
        "one line of LocalProxy.requests: a named tuple whose fields the "
        "method's docstring lists"
    ),
    "T": "the item type of a Page (Page[Organization] holds Organization)",
    "HQResult": (
        "the HQ's result model, which is not exported: a nested model, see "
        "the Models section"
    ),
    "HQRun": (
        "the HQ's run model (AlgorithmRun.raw on a 5.x HQ), which is not "
        "exported: a nested model, see the Models section"
    ),
}


# docstrings name them by their short names
PLAIN_SHORT = {name.rsplit(".", 1)[-1] for name in PLAIN}


def _is_typevar(target: str) -> bool:
    """``Page[T]``'s ``T`` and the like: a type parameter has no page."""
    module, _, name = target.rpartition(".")
    try:
        value = getattr(importlib.import_module(module), name)
        return isinstance(value, typing.TypeVar)
    except (ImportError, ValueError, AttributeError):
        return False


def _resolve_public(
    app: Sphinx, env: BuildEnvironment, node: Any, contnode: nodes.Element
) -> nodes.Element | None:
    """Resolve what Sphinx could not: a private home to its public page
    (``vantage6_client._results.TaskResult``), ``Unset`` to the Models
    section that explains it, a short ``:meth:`TaskGroup.run``` to the one
    documented name ending in it; a model with no public name (nested in
    the public ones) becomes plain text."""
    if node.get("refdomain") != "py":
        return None
    target = node.get("reftarget", "").lstrip("~.")
    domain = env.get_domain("py")
    if target in homes():
        return domain.resolve_xref(  # type: ignore[no-any-return]
            env,
            node["refdoc"],
            app.builder,
            node["reftype"],
            homes()[target],
            node,
            contnode,
        )
    if target in ("Unset", "vantage6_client._unset.Unset") or target.endswith(
        "_api.types.Unset"
    ):
        node["refexplicit"] = True
        return env.get_domain("std").resolve_xref(  # type: ignore[no-any-return]
            env, node["refdoc"], app.builder, "ref", UNSET_LABEL, node, contnode
        )
    plain = target in PLAIN or target in PLAIN_SHORT
    if plain or target in unpublished_models() or _is_typevar(target):
        return contnode
    ending = "." + target
    objects = domain.objects  # type: ignore[attr-defined]
    candidates = [
        name
        for name, entry in objects.items()
        if name.endswith(ending) and not entry.aliased  # aliased: a private home
    ]
    if len(candidates) == 1:
        return domain.resolve_xref(  # type: ignore[no-any-return]
            env,
            node["refdoc"],
            app.builder,
            node["reftype"],
            candidates[0],
            node,
            contnode,
        )
    return None


_GOOGLE_FIELD = re.compile(r"^\s+(\w+) \((.*)\):\s*(.*)$")


def _own_models(kind: str, package: str) -> str:
    """``kind`` (a field's type, e.g. ``list[Run] | None``) with each model
    of ``package`` named so that it links to that package's model: an HQ
    task's ``Run`` is the HQ's run, not the 4.x ``Run`` the short name
    stands for elsewhere. A model with a public name is named by it
    (``HQNode``); one without becomes plain text (``~`` and its full name,
    which the missing-reference hook leaves unlinked)."""
    models = importlib.import_module(f"vantage6_{package}_api.models")

    def named(match: re.Match[str]) -> str:
        cls = getattr(models, match.group(0), None)
        if not isinstance(cls, type):
            return match.group(0)
        full = f"{cls.__module__}.{cls.__qualname__}"
        if full in homes():
            return homes()[full].rsplit(".", 1)[-1]
        return "~" + full

    return re.sub(r"(?<![\w.])[A-Z]\w*", named, kind)


def _numpy_models(
    app: Sphinx, what: str, name: str, obj: Any, options: Any, lines: list[str]
) -> None:
    """A generated model's ``Attributes:`` with ``name (type): text`` lines
    becomes a numpy ``Attributes`` section, after a summary line; its
    ``to_dict`` gets the Returns section the generator leaves out."""
    home = GENERATED.match(getattr(obj, "__module__", "") or "")
    if not home:
        return
    if what == "method" and "Returns" not in lines:
        # the generator documents what to_dict and from_dict do, not their
        # parameter and answer
        if name.endswith(".to_dict"):
            lines += ["", "Returns", "-------", "dict[str, Any]", "    The JSON."]
        elif name.endswith(".from_dict"):
            model = name.rsplit(".", 2)[-2]
            lines += ["", "Parameters", "----------", "src_dict : Mapping[str, Any]"]
            lines += ["    The JSON, as the API sends it.", ""]
            lines += ["Returns", "-------", model, f"    The {model}."]
        return
    if what != "class":
        return
    # the generator writes no summary line: say what the model is
    converted: list[str] = [
        f"The {API_NAMES[home.group(1)]}'s ``{obj.__name__}``, as its API returns it.",
        "",
    ]
    for line in lines:
        field = _GOOGLE_FIELD.match(line)
        if line.strip() == "Attributes:":
            converted += ["Attributes", "----------"]
        elif field:
            attribute, kind, text = field.groups()
            converted.append(f"{attribute} : {_own_models(kind, home.group(1))}")
            if text:
                converted.append(f"    {text}")
        else:
            converted.append(line)
    lines[:] = converted


def _skip_tuple_fields(
    app: Sphinx, what: str, name: str, obj: Any, skip: bool, options: Any
) -> bool | None:
    """A named tuple's fields are documented in its class docstring
    (``Attributes``), not once more as "Alias for field number 0"."""
    if (getattr(obj, "__doc__", None) or "").startswith("Alias for field number"):
        return True
    return None


def _everything_documented(app: Sphinx, exception: Exception | None) -> None:
    """Warn about each public name, and each public method or property of the
    client and its groups, that has no entry in the reference."""
    if exception is not None:
        return
    documented = set(app.env.get_domain("py").objects)  # type: ignore[attr-defined]
    for name in sorted(expected_entries() - documented):
        log.warning("public name not in the API reference: %s", name)


def group_names() -> list[str]:
    """The full names of the resource groups (``client.task`` is a
    ``vantage6_client.resources.task.TaskGroup``): each class named
    ``...Group`` defined in a public module of ``resources`` or
    ``algorithm_store``."""
    groups: list[str] = []
    for package in ("vantage6_client.resources", "vantage6_client.algorithm_store"):
        for module in pkgutil.iter_modules(importlib.import_module(package).__path__):
            if module.name.startswith("_"):
                continue
            full = f"{package}.{module.name}"
            groups += [
                f"{full}.{name}"
                for name, value in vars(importlib.import_module(full)).items()
                if name.endswith("Group")
                and isinstance(value, type)
                and value.__module__ == full
            ]
    return groups


def expected_entries() -> set[str]:
    """The full names the reference must have an entry for: every public
    name, and the client's, the node client's and each group's public
    methods and properties (their own and those they inherit from the
    package's classes)."""
    expected = {f"{module}.{name}" for module, name, _ in public_names()}
    owners = [("vantage6_client", "Client"), ("vantage6_client", "NodeClient")]
    owners += [tuple(full.rsplit(".", 1)) for full in group_names()]  # type: ignore[misc]
    for module, name in owners:
        cls = getattr(importlib.import_module(module), name)
        expected.add(f"{module}.{name}")
        expected |= {
            f"{module}.{name}.{member}"
            for klass in cls.__mro__
            if klass.__module__.startswith("vantage6_client")
            for member in vars(klass)
            if not member.startswith("_")
        }
    return expected


def _document_renamed_classes_in_full() -> None:
    """Document ``types.HQTask`` (the HQ's ``Task``, renamed on import) as a
    class, with its fields and methods, not as "alias of Task".

    autodoc takes a class documented under a name other than its
    ``__name__`` for an alias and shows only that line; it has no setting
    for it, so its rule is wrapped here for the public names (Sphinx is
    pinned: a new version that renames the rule fails this, loudly)."""
    properties = _property_types._ClassDefProperties
    rule = properties.doc_as_attr
    assert isinstance(rule, property) and rule.fget is not None
    renamed = {
        f"{module}.{name}"
        for module, name, value in public_names()
        if isinstance(value, type) and value.__name__ != name
    }

    def doc_as_attr(self: Any) -> bool:
        return self.full_name not in renamed and bool(rule.fget(self))

    properties.doc_as_attr = property(doc_as_attr)  # type: ignore[assignment,method-assign]


def setup(app: Sphinx) -> dict[str, Any]:
    _document_renamed_classes_in_full()
    app.connect("missing-reference", _resolve_public)
    app.connect("autodoc-process-signature", _public_signature)
    app.connect("autodoc-process-bases", _public_bases)
    # before intersphinx checks its mapping (priority 800)
    app.connect("config-inited", _external_inventories, priority=100)
    app.connect("autodoc-process-docstring", _numpy_models, priority=400)
    app.connect("autodoc-skip-member", _skip_tuple_fields)
    app.connect("build-finished", _everything_documented)
    return {"parallel_read_safe": True}
