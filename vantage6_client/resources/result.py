"""``client.result``: what the runs produced, decrypted and parsed."""

from __future__ import annotations

import contextlib
import functools
import itertools
from collections.abc import Iterator
from typing import Any

from vantage6_server_api.api.result import result_get, result_list
from vantage6_server_api.models import Result, ResultPage

from vantage6_client import _blobs
from vantage6_client._exceptions import DecryptionError
from vantage6_client._json_stream import FieldStream
from vantage6_client._results import (
    RunLookup,
    TaskResult,
    TaskResults,
    decode,
    decode_stream,
)
from vantage6_client.resources._base import Resource, post_filtering, require_id

ALL_PAGES = 200
INLINE_BYTES = 1 << 16  # a result field larger than this is decoded as it arrives
_NOT_READ = object()


class ResultGroup(Resource):
    """Results of runs: one, or all of a task; decrypted and parsed."""

    @post_filtering
    def get(self, id_: int) -> TaskResult:
        """The result of one run.

        Parameters
        ----------
        id_ : int
            The run (a result has its run's id).

        A large result is read off the network, decrypted and parsed a
        megabyte at a time: memory holds its plaintext and the parsed value,
        never the whole response besides them.

        Returns
        -------
        TaskResult
            ``result`` decrypted and parsed (None while the run has none).

        Raises
        ------
        DecryptionError
            It cannot be read with this client's key (results are encrypted
            for the organization that created the task).
        """
        id_ = require_id(id_, "id_")
        runs = RunLookup(lambda: [self._client.run.get(id_, decrypt_input=False)])
        with self._naming_the_organization(id_, runs):
            request = result_get._get_kwargs(id_)
            result, value = self._transport.stream("result_get", request, self._read)
        if value is _NOT_READ:
            value = self._value(result, runs)
        return TaskResult.of(result, value, runs)

    @post_filtering
    def from_task(self, task_id: int) -> TaskResults:
        """Every result of a task, with each run's organization and status.

        All pages are fetched (the official client returned the first 10).
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
        DecryptionError
            A result cannot be read with this client's key.
        """
        task_id = require_id(task_id, "task_id")
        runs = RunLookup(
            lambda: self._client.run.from_task(task_id, decrypt_input=False)
        )
        request = functools.partial(
            result_list.sync_detailed,
            client=self._api,
            task_id=task_id,
            per_page=ALL_PAGES,
        )
        results = self._paginate(ResultPage, request, 1).all()
        decoded = []
        for result in sorted(results, key=lambda r: r.id):
            decoded.append(TaskResult.of(result, self._value(result, runs), runs))
        return TaskResults(task_id, decoded)

    def _read(self, chunks: Iterator[bytes]) -> tuple[Result, Any]:
        """One result's JSON; a large ``result`` field decoded as it arrives.

        A small one (or a blob storage reference, which the rest of the
        object tells apart) is left in the model, for :meth:`_value`.
        """
        body = FieldStream(chunks, "result")
        pieces = iter(body)
        start = bytearray()
        for piece in pieces:
            start += piece
            if len(start) > INLINE_BYTES:
                rest = itertools.chain((bytes(start),), pieces)
                value = decode_stream(self._client.cryptor, rest)
                return Result.from_dict(body.document), value
        document = body.document
        if start:
            document["result"] = start.decode()
        return Result.from_dict(document), _NOT_READ

    def _value(self, result: Result, runs: RunLookup) -> Any:
        """The run's output: downloaded when in blob storage, decrypted, parsed."""
        text = result.result if isinstance(result.result, str) else None
        with self._naming_the_organization(result.id, runs):
            if result.blob_storage_used is True and text:
                return _blobs.download(self._transport, text, self._client.cryptor)
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
