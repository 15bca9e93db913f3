"""``client.result``: what the runs produced, decrypted and parsed.

Results are read as they arrive: a large one is decrypted and parsed a
megabyte at a time off the network, so memory holds its plaintext and the
value it parses to, never the whole response besides them.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterator
from typing import Any, NamedTuple

import attrs
from vantage6_hq_api.models import Result as HQResult
from vantage6_hq_api.models import ResultPage as HQResultPage
from vantage6_server_api.models import Result, ResultPage

from vantage6_client import _blobs
from vantage6_client._exceptions import DecryptionError
from vantage6_client._json_stream import FieldStream
from vantage6_client._pagination import Page
from vantage6_client._results import (
    RunLookup,
    TaskResult,
    TaskResults,
    decode,
    decode_stream,
)
from vantage6_client.resources._base import ALL_PAGES, ServerApiGroup, require_id
from vantage6_client.resources._post_filters import post_filtering

INLINE_BYTES = 1 << 16  # a result field larger than this is decoded as it arrives


class _ResultLine(NamedTuple):
    """A line's result model, its page and the operations that answer with
    them (a 5.x HQ's have the same parameters and wire form, with ``action``
    added)."""

    result: Any  # Result | HQResult
    page: Any  # ResultPage | HQResultPage
    ops: Any  # the server's Operations or HQ's


class ResultGroup(ServerApiGroup):
    """Results of runs: one, or all of a task; decrypted and parsed."""

    @property
    def _line(self) -> _ResultLine:
        if self._on_hq:
            return _ResultLine(HQResult, HQResultPage, self._hq_ops)
        return _ResultLine(Result, ResultPage, self._ops)

    @post_filtering
    def get(self, id_: int) -> TaskResult:
        """The result of one run.

        A large result is decrypted and parsed as it arrives, a megabyte at
        a time: memory holds its plaintext and the parsed value, never the
        whole response besides them.

        Parameters
        ----------
        id_ : int
            The run (a result has its run's id).

        Returns
        -------
        TaskResult
            ``result`` decrypted and parsed (None while the run has none).

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no run ``id_``.
        PermissionDeniedError
            You may not see it.
        DecryptionError
            It cannot be read with this client's key (results are encrypted
            for the organization that created the task).
        """
        id_ = require_id(id_, "id_")
        runs = RunLookup(lambda: [self._client.run.get(id_, decrypt_input=False)])
        request = self._line.ops.requests.result_get(id_)
        result, field = self._transport.stream("result_get", request, self._read_one)
        return self._task_result(result, field, runs)

    @post_filtering
    def from_task(self, task_id: int) -> TaskResults:
        """Every result of a task, with each run's organization and status.

        All pages are fetched (the official client returned the first 10),
        and large results are decrypted as they arrive, as in :meth:`get`.
        The runs' facts (organization, status, log) cost one more request,
        made the first time any of them is read.

        Parameters
        ----------
        task_id : int
            The task.

        Returns
        -------
        TaskResults
            Sequence of :class:`TaskResult`; ``results["data"]`` as the
            official client; ``results.by_organization()``.

        Raises
        ------
        InvalidArgumentError
            ``task_id`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no task ``task_id`` (the server answers 400 "Task id=N
            does not exist!", which is reported as this).
        PermissionDeniedError
            You may not see its results.
        DecryptionError
            A result cannot be read with this client's key.

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
        >>> results = client.result.from_task(sums.task_id)
        >>> results
        <TaskResults of task ...: 2 results>
        >>> for result in sorted(results, key=lambda result: result.result["count"]):
        ...     print(result.status, result.result)
        completed {'sum': 92.0, 'count': 2}
        completed {'sum': 131.0, 'count': 3}
        """
        task_id = require_id(task_id, "task_id")
        runs = RunLookup(
            lambda: self._client.run.from_task(task_id, decrypt_input=False)
        )

        def fetch(number: int) -> Page[TaskResult]:
            request = self._line.ops.requests.result_list(
                task_id=task_id, per_page=ALL_PAGES, page=number
            )
            page, fields = self._transport.stream(
                "result_list", request, self._read_page
            )
            results = [
                self._task_result(result, field, runs)
                for result, field in zip(page.data, fields, strict=True)
            ]
            return Page(results, page.links, total=None, number=number, fetch=fetch)

        return TaskResults(task_id, sorted(fetch(1).all(), key=lambda r: r.id))

    # -- reading -------------------------------------------------------------
    def _read_one(
        self, chunks: Iterator[bytes]
    ) -> tuple[Result | HQResult, _Decoded | None]:
        body = FieldStream(chunks, ("result",))
        fields = [self._read_field(pieces) for pieces in body]
        decoded = _put_back(body.document, fields)
        return self._line.result.from_dict(body.document), decoded

    def _read_page(
        self, chunks: Iterator[bytes]
    ) -> tuple[Any, list[_Decoded | None]]:  # ResultPage or HQ's
        body = FieldStream(chunks, ("data", "*", "result"))
        fields = [self._read_field(pieces) for pieces in body]
        document = body.document
        decoded = [_put_back(item, fields) for item in document["data"]]
        return self._line.page.from_dict(document), decoded

    def _read_field(self, pieces: Iterator[bytes]) -> str | _Decoded:
        """A result field: its text when small (it may name a blob, which only
        the rest of the result tells), else its value, decoded as it arrives."""
        start = bytearray()
        for piece in pieces:
            start += piece
            if len(start) > INLINE_BYTES:
                rest = itertools.chain((bytes(start),), pieces)
                try:
                    return _Decoded(decode_stream(self._client.cryptor, rest))
                except DecryptionError as exc:  # raised once its run is known
                    return _Decoded(None, exc)
        return start.decode()

    # -- decoding ------------------------------------------------------------
    def _task_result(
        self, result: Result | HQResult, decoded: _Decoded | None, runs: RunLookup
    ) -> TaskResult:
        with self._naming_the_organization(result.id, runs):
            value = decoded.value() if decoded else self._value(result)
        return TaskResult.of(result, value, runs)

    def _value(self, result: Result | HQResult) -> Any:
        """The run's output: downloaded when in blob storage, decrypted, parsed."""
        text = result.result if isinstance(result.result, str) else None
        if result.blob_storage_used is True and text:
            return _blobs.download(
                self._transport, self._ops, text, self._client.cryptor
            )
        return decode(self._client.cryptor, text)

    @staticmethod
    @contextlib.contextmanager
    def _naming_the_organization(run_id: int, runs: RunLookup) -> Iterator[None]:
        """A DecryptionError says whose key the data was for: now worth the
        lookup of the run."""
        try:
            yield
        except DecryptionError as exc:
            run = runs(run_id)
            raise DecryptionError(
                exc.reason,
                run_id=run_id,
                organization_id=run.organization_id if run else None,
            ) from exc


@attrs.frozen
class _Decoded:
    """A large result field, decoded while it arrived (or why it could not be)."""

    _value: Any = attrs.field(repr=False)  # a payload: never in a repr
    _error: DecryptionError | None = None

    def value(self) -> Any:
        if self._error is not None:
            raise self._error
        return self._value


def _put_back(result: dict[str, Any], fields: list[str | _Decoded]) -> _Decoded | None:
    """Return a small result field's text to its place in ``result``; a large
    one leaves ``None`` there and comes back decoded."""
    number = result.get("result")
    if type(number) is not int:  # null: the run has no result (yet)
        return None
    field = fields[number]
    if isinstance(field, str):
        result["result"] = field
        return None
    result["result"] = None
    return field
