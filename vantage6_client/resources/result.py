"""``client.result``: what the runs produced, decrypted and parsed."""

from __future__ import annotations

import functools
from typing import Any

from vantage6_server_api.api.result import result_get, result_list
from vantage6_server_api.models import Result, ResultPage

from vantage6_client import _blobs
from vantage6_client._exceptions import DecryptionError
from vantage6_client._results import RunLookup, TaskResult, TaskResults, decode
from vantage6_client.resources._base import Resource, post_filtering, require_id

ALL_PAGES = 200


class ResultGroup(Resource):
    """Results of runs: one, or all of a task; decrypted and parsed."""

    @post_filtering
    def get(self, id_: int) -> TaskResult:
        """The result of one run.

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
        DecryptionError
            It cannot be read with this client's key (results are encrypted
            for the organization that created the task).
        """
        result = self._transport.call(
            Result, result_get.sync_detailed, require_id(id_, "id_"), client=self._api
        )
        runs = RunLookup(lambda: [self._client.run.get(result.id, decrypt_input=False)])
        return TaskResult.of(result, self._value(result, runs), runs)

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

    def _value(self, result: Result, runs: RunLookup) -> Any:
        """The run's output: downloaded when in blob storage, decrypted, parsed."""
        text = result.result if isinstance(result.result, str) else None
        try:
            if result.blob_storage_used is True and text:
                return _blobs.download(self._transport, text, self._client.cryptor)
            return decode(self._client.cryptor, text)
        except DecryptionError as exc:
            # Now the organization is worth its lookup: it says whose key it was.
            run = runs(result.id)
            raise DecryptionError(
                exc.reason,
                run_id=result.id,
                organization_id=run.organization_id if run else None,
            ) from exc
