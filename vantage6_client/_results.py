"""Runs and results with their data decrypted: what researchers read."""

from __future__ import annotations

import contextlib
import datetime
import itertools
import json
import threading
from collections.abc import Callable, Iterable, Iterator, KeysView, Sequence
from typing import TYPE_CHECKING, Any, SupportsIndex, overload

from attrs import field, frozen
from vantage6_hq_api.models import Link as HQLink
from vantage6_hq_api.models import Result as HQResult
from vantage6_hq_api.models import Run as HQRun
from vantage6_hq_api.models import Task as HQTask
from vantage6_server_api.models import Link, Result, Run, Task
from vantage6_server_api.types import JsonView

from vantage6_client._exceptions import DecryptionError, Vantage6Error
from vantage6_client._payloads import (
    Cryptor,
    PlainCryptor,
    load_payload,
    load_payload_stream,
)
from vantage6_client._reprs import PAYLOAD, PLAIN, fields_repr

if TYPE_CHECKING:
    import pandas  # type: ignore[import-untyped]

_PLAIN = PlainCryptor()
# Enough to hold an encrypted message's header: the wrapped key of a 4096-bit
# RSA key is 684 base64 characters.
_HEADER_BYTES = 2048


def decode(
    cryptor: Cryptor,
    text: str | None,
    *,
    run_id: int | None = None,
    organization_id: int | None = None,
) -> Any:
    """The Python value in a run's input or result field.

    Encrypted messages (``key$iv$data``; base64 has no ``$``) need the
    organization's key; the rest is base64 of JSON.

    Raises
    ------
    DecryptionError
        Encrypted without a key set up, for another key, or not a payload.
    """
    if not text:
        return None
    with _reading(run_id, organization_id):
        return load_payload(_cryptor_for("$" in text, cryptor).decrypt(text))


def decode_stream(cryptor: Cryptor, pieces: Iterable[bytes]) -> Any:
    """:func:`decode` for a field that arrives in pieces, e.g. a large result
    read off the network: decrypted a piece at a time, so the encrypted text
    is never held whole, and parsed as it is decrypted, so a long string in
    it is held once (:func:`~vantage6_client._payloads.load_payload_stream`)."""
    stream = iter(pieces)
    start = b""
    for piece in stream:
        start += piece
        if len(start) >= _HEADER_BYTES:
            break
    if not start:
        return None
    with _reading(None, None):
        chosen = _cryptor_for(b"$" in start, cryptor)
        return load_payload_stream(
            chosen.decrypt_stream(itertools.chain((start,), stream), form="text")
        )


def _cryptor_for(encrypted: bool, cryptor: Cryptor) -> Cryptor:
    if not encrypted:
        return _PLAIN
    if not cryptor.encrypts:
        raise DecryptionError(
            "the data is encrypted: call setup_encryption with your organization's "
            "private key first"
        )
    return cryptor


@contextlib.contextmanager
def _reading(run_id: int | None, organization_id: int | None) -> Iterator[None]:
    """Every failure to read data as a DecryptionError naming its run."""
    try:
        yield
    except DecryptionError as exc:
        raise DecryptionError(
            exc.reason, run_id=run_id, organization_id=organization_id
        ) from exc
    except (ValueError, Vantage6Error) as exc:
        raise DecryptionError(
            f"cannot read the data ({exc})",
            run_id=run_id,
            organization_id=organization_id,
        ) from exc


class RunLookup:
    """The runs of a task, fetched on first use, once for all its results.

    A result does not say which organization produced it; its run does, but
    the server takes ~10 ms per run to list runs: several times what the
    results themselves cost. So runs are only fetched when asked about.
    """

    def __init__(self, fetch: Callable[[], Iterable[AlgorithmRun]]) -> None:
        self._fetch = fetch
        self._runs: dict[int, AlgorithmRun] | None = None
        self._lock = threading.Lock()

    def __call__(self, run_id: int) -> AlgorithmRun | None:
        with self._lock:
            if self._runs is None:
                self._runs = {run.id: run for run in self._fetch()}
        return self._runs.get(run_id)

    def __repr__(self) -> str:
        runs = self._runs
        return f"<RunLookup: {'not fetched' if runs is None else f'{len(runs)} runs'}>"


# A result's keys as the official client's dicts have them; those of its run
# cost the run lookup, so only reading their values makes it.
_RUN_KEYS = ("organization", "status", "log", "started_at", "finished_at")
_KEYS = ("id", "result", "task", "run", "blob_storage_used", *_RUN_KEYS)


@frozen
class TaskResult(JsonView):
    """The result of one run, decrypted and parsed.

    Reads like the official client's result dicts too (``r["id"]``,
    ``r["status"]``), and there ``r["result"]`` is the JSON text the official
    client hands out, so scripts that parse it with ``json.loads`` run
    unchanged; ``r.result`` is the parsed value.

    Attributes
    ----------
    id : int
        The run (and result) id.
    result : Any
        What the algorithm returned, parsed from JSON; None when it returned
        nothing (e.g. the run failed).
    task_id : int | None
        The task.
    blob_storage_used : bool | None
        Whether the data lives in the server's large-result storage.
    run : AlgorithmRun | None
        The run that produced it; looked up on first use (one request for
        all results of the task), like the properties below.
    organization_id : int | None
        The organization whose node ran it.
    status : str | None
        The run's status, e.g. ``"completed"``.
    log : str | None
        The node's log of the run.
    started_at, finished_at : datetime | None
        When the run started and finished, in UTC as the server sends it:
        naive (``to_pandas()`` makes them timezone-aware).
    """

    id: int
    result: Any
    task_id: int | None = None
    blob_storage_used: bool | None = None
    _runs: RunLookup | None = field(default=None, repr=False, eq=False, alias="runs")

    @property
    def run(self) -> AlgorithmRun | None:
        """The run that produced it (looked up once for the whole task)."""
        return self._runs(self.id) if self._runs is not None else None

    @property
    def organization_id(self) -> int | None:
        """The organization whose node ran it (from :attr:`run`)."""
        run = self.run
        return run.organization_id if run else None

    @property
    def status(self) -> str | None:
        """The run's status, e.g. ``"completed"`` (from :attr:`run`)."""
        run = self.run
        return run.status if run else None

    @property
    def log(self) -> str | None:
        """The node's log of the run (from :attr:`run`)."""
        run = self.run
        return run.log if run else None

    @property
    def started_at(self) -> datetime.datetime | None:
        """When the run started (from :attr:`run`): UTC, naive as the server
        sends it."""
        run = self.run
        return run.started_at if run else None

    @property
    def finished_at(self) -> datetime.datetime | None:
        """When the run finished (from :attr:`run`): UTC, naive as the
        server sends it."""
        run = self.run
        return run.finished_at if run else None

    def __getitem__(self, key: str) -> Any:
        """A key of the official client's result dict, e.g. ``r["result"]``."""
        # r["result"] must not cost the run lookup that r["status"] needs
        if key in _RUN_KEYS:
            return self.to_dict()[key]
        return self._own_fields()[key]

    def get(self, key: str, default: Any = None) -> Any:
        """``r[key]``, or ``default`` for a key the result dict does not have.

        Parameters
        ----------
        key : str
            A key of the official client's result dict, e.g. ``"result"``.
        default : Any
            What to return for any other key, by default None.

        Returns
        -------
        Any
            The value, as ``r[key]`` gives it.
        """
        return self[key] if key in _KEYS else default

    def __contains__(self, key: object) -> bool:
        """Whether ``key`` is a key of the official client's result dict."""
        return key in _KEYS

    def __iter__(self) -> Iterator[str]:
        """The keys of the official client's result dict."""
        return iter(_KEYS)

    def __len__(self) -> int:
        """The number of keys of the official client's result dict."""
        return len(_KEYS)

    def keys(self) -> KeysView[str]:
        """The keys of the official client's result dict.

        Returns
        -------
        KeysView[str]
            ``id``, ``result``, ``task``, ``run``, ``blob_storage_used``,
            ``organization``, ``status``, ``log``, ``started_at``,
            ``finished_at``.
        """
        return dict.fromkeys(_KEYS).keys()

    def _own_fields(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "result": _official_text(self.result),
            "task": {"id": self.task_id} if self.task_id is not None else None,
            "run": {"id": self.id},
            "blob_storage_used": self.blob_storage_used,
        }

    def __repr__(self) -> str:
        """Short, the result hidden; makes no request."""
        # short, the result hidden, and no run lookup: a repr makes no request
        shown = [("id", self.id, PLAIN), ("task_id", self.task_id, PLAIN)]
        if self.blob_storage_used is not None:
            shown.append(("blob_storage_used", self.blob_storage_used, PLAIN))
        shown.append(("result", self.result, PAYLOAD))
        return fields_repr("TaskResult", shown)

    def _repr_html_(self) -> str:
        """An HTML table for notebooks: the repr's fields and the run's
        organization and status (read once for the task), the result hidden."""
        from vantage6_client._html import result_html  # noqa: PLC0415

        return result_html(self)

    def to_dict(self) -> dict[str, Any]:
        """The official client's result dict, JSON-ready (reads the run); its
        ``"result"`` is JSON text, as there.

        Returns
        -------
        dict[str, Any]
            Keyed as :meth:`keys` lists.
        """
        organization = self.organization_id
        return {
            **self._own_fields(),
            "organization": {"id": organization} if organization is not None else None,
            "status": self.status,
            "log": self.log,
            "started_at": _iso(self.started_at),
            "finished_at": _iso(self.finished_at),
        }

    @classmethod
    def of(
        cls, result: Result | HQResult, value: Any, runs: RunLookup | None
    ) -> TaskResult:
        """``result`` with its decoded ``value``; its run from ``runs``.

        The client makes results this way; scripts get them from
        ``client.result.from_task`` or ``client.wait_for_results``.

        Parameters
        ----------
        result : Result | HQResult
            The result as the server sent it (a 4.x or HQ model).
        value : Any
            Its decrypted, parsed value.
        runs : RunLookup | None
            Where the result finds its run (status, log, organization) when
            asked; None when it has none.

        Returns
        -------
        TaskResult
            The result.
        """
        return cls(
            id=result.id,
            result=value,
            task_id=_link_id(result.task),
            blob_storage_used=result.blob_storage_used,
            runs=runs,
        )


class TaskResults(Sequence[TaskResult]):
    """All results of a task, in run order.

    A sequence of :class:`TaskResult`; ``results["data"]`` gives the same
    list, as the official client's ``{"data": [...]}`` would.
    """

    def __init__(self, task_id: int, results: Sequence[TaskResult]) -> None:
        self.task_id = task_id
        self._results = list(results)

    @overload
    def __getitem__(self, key: int) -> TaskResult: ...
    @overload
    def __getitem__(self, key: slice) -> list[TaskResult]: ...
    @overload
    def __getitem__(self, key: str) -> list[TaskResult]: ...
    def __getitem__(self, key: int | slice | str) -> TaskResult | list[TaskResult]:
        """A result (``results[0]``), a slice of them, or ``results["data"]``:
        all of them, as the official client's ``{"data": [...]}``."""
        if key == "data":
            return list(self._results)
        if isinstance(key, str):
            raise KeyError(key)
        return self._results[key]

    def __len__(self) -> int:
        """The number of results."""
        return len(self._results)

    def __iter__(self) -> Iterator[TaskResult]:
        """The results, in run order."""
        return iter(self._results)

    @property
    def values(self) -> list[Any]:
        """Just the parsed results."""
        return [r.result for r in self._results]

    def by_organization(self) -> dict[int, Any]:
        """Parsed results keyed by the organization that produced them.

        Returns
        -------
        dict[int, Any]
            Each organization's id, and its result's value (results of runs
            whose organization is not known are left out).
        """
        return {
            r.organization_id: r.result
            for r in self._results
            if r.organization_id is not None
        }

    def to_dict(self) -> dict[str, Any]:
        """``{"data": [...]}`` of each result's :meth:`TaskResult.to_dict`.

        Returns
        -------
        dict[str, Any]
            The official client's answer to ``result.from_task``.
        """
        return {"data": [r.to_dict() for r in self._results]}

    def __repr__(self) -> str:
        """``<TaskResults of task 7: 3 results>``."""
        return f"<TaskResults of task {self.task_id}: {len(self._results)} results>"

    def to_pandas(self) -> pandas.DataFrame:
        """The results as a ``pandas.DataFrame``: one row per run.

        Columns ``run_id``, ``task_id``, ``organization_id``, ``status``,
        ``started_at``, ``finished_at`` (timezone-aware UTC) and ``duration``
        (a timedelta), then the decrypted, parsed result: its keys as columns
        when every result is a mapping (a key that is also one of those
        columns becomes ``"result.<key>"``), else one ``result`` column.
        Reads the runs (one request for the task, once). ``pandas.DataFrame(
        results)`` still gives the official clients' dicts (the result as JSON
        text). Needs the ``pandas`` extra.

        Returns
        -------
        pandas.DataFrame
            One row per run.

        Raises
        ------
        MissingDependencyError
            pandas is not installed (``pip install 'vantage6-sdk[pandas]'``).

        Examples
        --------
        >>> sums = client.task.run(
        ...     organizations=organization_ids,
        ...     name="sum of ages",
        ...     image="v6/sum",
        ...     input_={"method": "partial_sum", "kwargs": {"column": "age"}},
        ...     collaboration=collaboration_id,
        ...     timeout=600,
        ... )
        >>> frame = sums.results.to_pandas()
        >>> frame.sort_values("count", ignore_index=True)[["status", "sum", "count"]]
              status    sum  count
        0  completed   92.0      2
        1  completed  131.0      3
        """
        from vantage6_client._frames import RESULT_COLUMNS, frame  # noqa: PLC0415

        return frame(self._results, RESULT_COLUMNS)

    def _repr_html_(self) -> str:
        """An HTML table for notebooks: one row per run (up to 20) with its
        organization and status (read once for the task), results hidden."""
        from vantage6_client._html import results_html  # noqa: PLC0415

        return results_html(self)


@frozen
class AlgorithmRun(JsonView):
    """A run (one organization's part of a task) with its input decrypted.

    Attributes
    ----------
    id : int
        The run id.
    task_id : int | None
        Its task.
    organization_id : int | None
        The organization that runs it.
    status : str | None
        E.g. ``"pending"``, ``"active"``, ``"completed"``, ``"failed"``.
    input : Any
        The algorithm input, parsed (on a 5.x HQ: the run's ``arguments``,
        the method's keyword arguments); None when it could not be decrypted
        (see ``input_decrypted``).
    input_decrypted : bool
        False when the input is encrypted for another organization (only the
        target organization can read it) or no key was set up.
    log : str | None
        The node's log.
    assigned_at, started_at, finished_at : datetime | None
        Its timeline, in UTC as the server sends it: naive. (Both server
        lines set ``assigned_at`` once, when they start: every run has the
        same.)
    node_id : int | None
        The node that runs it.
    task : Task | HQTask | None
        The task itself, when asked for with ``include_task``.
    raw : Run | HQRun
        The run as the server sent it.
    """

    id: int
    task_id: int | None
    organization_id: int | None
    status: str | None
    input: Any
    input_decrypted: bool
    log: str | None
    assigned_at: datetime.datetime | None
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    node_id: int | None
    task: Task | HQTask | None
    raw: Run | HQRun

    def __repr__(self) -> str:
        """Short, the input and log hidden."""
        return fields_repr("AlgorithmRun", self._shown())

    def _repr_html_(self) -> str:
        """An HTML table for notebooks: the repr's fields, input and log
        hidden."""
        from vantage6_client._html import fields_html  # noqa: PLC0415

        return fields_html("AlgorithmRun", self._shown())

    def _shown(self) -> tuple[tuple[str, Any, str], ...]:
        # input and log hidden; `raw` and `task` are left out (the run's facts
        # are here already, the task is `task_id`)
        return (
            ("id", self.id, PLAIN),
            ("task_id", self.task_id, PLAIN),
            ("organization_id", self.organization_id, PLAIN),
            ("node_id", self.node_id, PLAIN),
            ("status", self.status, PLAIN),
            ("input", self.input, PAYLOAD),
            ("input_decrypted", self.input_decrypted, PLAIN),
            ("log", self.log, PAYLOAD),
            ("assigned_at", self.assigned_at, PLAIN),
            ("started_at", self.started_at, PLAIN),
            ("finished_at", self.finished_at, PLAIN),
        )

    def to_dict(self) -> dict[str, Any]:
        """The run as the server sent it, JSON-ready, and as the official
        clients hand it out: its input (4.x ``"input"``, 5.x ``"arguments"``)
        decrypted to JSON text where it could be (``input`` is parsed).

        Returns
        -------
        dict[str, Any]
            The run, keyed by the API's field names.
        """
        data = self.raw.to_dict()
        if self.input_decrypted:
            field = "arguments" if isinstance(self.raw, HQRun) else "input"
            data[field] = _official_text(self.input)
        return data

    @classmethod
    def of(
        cls,
        run: Run | HQRun,
        cryptor: Cryptor,
        *,
        decrypt_input: bool = True,
        own_organization_id: int | None = None,
    ) -> AlgorithmRun:
        """Decrypt ``run``'s input when possible.

        Input meant for another organization is encrypted for that one's key:
        such runs are marked (``input_decrypted=False``), not an error. Input
        for ``own_organization_id`` that cannot be read is an error. The
        client makes runs this way; scripts get them from ``client.run``.

        Parameters
        ----------
        run : Run | HQRun
            The run as the server sent it (a 4.x or HQ model).
        cryptor : Cryptor
            What decrypts (``client.cryptor``).
        decrypt_input : bool
            Whether to decrypt the input at all.
        own_organization_id : int | None
            The organization whose input must be readable.

        Returns
        -------
        AlgorithmRun
            The run, its input decoded where it could be.

        Raises
        ------
        DecryptionError
            The input of ``own_organization_id``'s run could not be read.
        """
        organization_id = _link_id(run.organization)
        task = run.task if isinstance(run.task, Task | HQTask) else None
        # 4.x keeps the algorithm input in `input`, 5.x the arguments
        sealed = run.arguments if isinstance(run, HQRun) else run.input_
        value, readable = None, False
        if decrypt_input:
            try:
                value = decode(
                    cryptor,
                    sealed,
                    run_id=run.id,
                    organization_id=organization_id,
                )
                readable = True
            except DecryptionError:
                if organization_id == own_organization_id:
                    raise
        return cls(
            id=run.id,
            task_id=task.id if task else _link_id(run.task),
            organization_id=organization_id,
            status=run.status,
            input=value,
            input_decrypted=readable,
            log=run.log,
            assigned_at=run.assigned_at,
            started_at=run.started_at,
            finished_at=run.finished_at,
            node_id=_node_id(run),
            task=task,
            raw=run,
        )


class TaskRuns(list[AlgorithmRun]):
    """Every run of a task: a list, which also reads like the official
    clients' ``{"data": [...]}`` (``runs["data"]`` is the runs), as
    :class:`TaskResults` does."""

    @overload
    def __getitem__(self, key: SupportsIndex) -> AlgorithmRun: ...
    @overload
    def __getitem__(self, key: slice) -> list[AlgorithmRun]: ...
    @overload
    def __getitem__(self, key: str) -> list[AlgorithmRun]: ...
    def __getitem__(
        self, key: SupportsIndex | slice | str
    ) -> AlgorithmRun | list[AlgorithmRun]:
        """A run (``runs[0]``), a slice of them, or ``runs["data"]``: all of
        them, as the official client's ``{"data": [...]}``."""
        if key == "data":
            return list(self)
        if isinstance(key, str):
            raise KeyError(key)
        return super().__getitem__(key)

    def to_pandas(self) -> pandas.DataFrame:
        """The runs as a ``pandas.DataFrame``: one row per run.

        Columns ``run_id``, ``task_id``, ``organization_id``, ``node_id``,
        ``status``, ``assigned_at``, ``started_at``, ``finished_at``
        (timezone-aware UTC) and ``duration`` (a timedelta); the input and the
        log are not columns. Needs the ``pandas`` extra.

        Returns
        -------
        pandas.DataFrame
            One row per run.

        Raises
        ------
        MissingDependencyError
            pandas is not installed (``pip install 'vantage6-sdk[pandas]'``).
        """
        from vantage6_client._frames import RUN_COLUMNS, frame  # noqa: PLC0415

        return frame(self, RUN_COLUMNS)

    def _repr_html_(self) -> str:
        """An HTML table for notebooks: one row per run (up to 20), input
        and log hidden."""
        from vantage6_client._html import runs_html  # noqa: PLC0415

        return runs_html(self)


def _official_text(value: Any) -> str | None:
    """A result as the official clients hand it out: the decrypted JSON text
    (made again from the parsed value, on demand, so a large result is not
    held twice)."""
    return None if value is None else json.dumps(value)


def _link_id(value: object) -> int | None:
    return value.id if isinstance(value, Link | HQLink) else None


def _node_id(run: Run | HQRun) -> int | None:
    identifier = run.node.id  # UNSET when the server leaves the node out
    return identifier if isinstance(identifier, int) else None


def _iso(value: datetime.datetime | None) -> str | None:
    return value.isoformat() if value else None
