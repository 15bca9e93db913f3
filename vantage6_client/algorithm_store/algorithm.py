"""``client.algorithm``: algorithms in the chosen algorithm store."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from vantage6_store5_api.models import Algorithm as Store5Algorithm
from vantage6_store5_api.models import AlgorithmInput as Store5AlgorithmInput
from vantage6_store5_api.models import AlgorithmPage as Store5AlgorithmPage
from vantage6_store5_api.models import AlgorithmUpdate as Store5AlgorithmUpdate
from vantage6_store5_api.models import FunctionInput as Store5FunctionInput
from vantage6_store5_api.models import Message as Store5Message
from vantage6_store_api.models import (
    Algorithm,
    AlgorithmInput,
    AlgorithmPage,
    AlgorithmUpdate,
    FunctionInput,
    Message,
)

from vantage6_client._exceptions import InvalidArgumentError
from vantage6_client._pagination import Page
from vantage6_client.algorithm_store._base import StoreApiGroup, model_from
from vantage6_client.resources._base import (
    flag,
    given,
    given_fields,
    require_id,
    with_given,
)
from vantage6_client.resources._paged import paged
from vantage6_client.resources._post_filters import post_filtering

_PARTITIONING = ("horizontal", "vertical")


class _AlgorithmLine(NamedTuple):
    """A store line's algorithm models: what its algorithm operations answer
    with and the bodies they take (a 5.x function has ``step_type`` where a
    4.x one has ``type``; the rest is alike)."""

    algorithm: type[Algorithm] | type[Store5Algorithm]
    page: Any  # AlgorithmPage | Store5AlgorithmPage: a union loses the item type
    new: type[AlgorithmInput] | type[Store5AlgorithmInput]
    changes: type[AlgorithmUpdate] | type[Store5AlgorithmUpdate]
    function: type[FunctionInput] | type[Store5FunctionInput]
    message: type[Message] | type[Store5Message]


_STORE4 = _AlgorithmLine(
    Algorithm, AlgorithmPage, AlgorithmInput, AlgorithmUpdate, FunctionInput, Message
)
_STORE5 = _AlgorithmLine(
    Store5Algorithm,
    Store5AlgorithmPage,
    Store5AlgorithmInput,
    Store5AlgorithmUpdate,
    Store5FunctionInput,
    Store5Message,
)


class AlgorithmGroup(StoreApiGroup):
    """Algorithms of the store chosen with ``client.store.set`` (a 4.x store,
    or an HQ's 5.x store: the same methods, each line's models)."""

    @property
    def _line(self) -> _AlgorithmLine:
        # the only difference between the lines here, chosen in one place
        return _STORE5 if self._on_hq else _STORE4

    @post_filtering
    def get(self, id_: int) -> Algorithm | Store5Algorithm:
        """One algorithm, in any state.

        Parameters
        ----------
        id_ : int
            The algorithm.

        Returns
        -------
        Algorithm | Store5Algorithm
            With its functions, their arguments, databases and visualizations
            (a 5.x store's: ``Store5Algorithm``).

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer, or no algorithm store has been
            chosen (``client.store.set``); nothing was sent.
        NotFoundError
            There is no algorithm ``id_`` (or, without a login, it is not
            approved).
        """
        line = self._line
        algorithm: Algorithm | Store5Algorithm = self._by_id(
            line.algorithm, self._ops.algorithm_get, id_
        )
        return algorithm

    @post_filtering
    def create(
        self,
        name: str,
        description: str,
        image: str,
        partitioning: str,
        vantage6_version: str,
        code_url: str,
        functions: Sequence[Mapping[str, Any]],
        documentation_url: str | None = None,
    ) -> Algorithm | Store5Algorithm:
        """Submit an algorithm; it awaits review unless the store skips reviews.

        Parameters
        ----------
        name : str
            Its name.
        description : str
            What it does.
        image : str
            Its Docker image (the store looks up the digest).
        partitioning : str
            ``"horizontal"`` or ``"vertical"``.
        vantage6_version : str
            The vantage6 version it is built for, e.g. ``"4.15"``.
        code_url : str
            Where its source code is.
        functions : Sequence[Mapping[str, Any]]
            Its functions: ``{"name", "type": "central"|"federated",
            "description", "display_name", "standalone", "databases": [{"name"}],
            "arguments": [{"name", "type", "description", "has_default_value",
            "default_value" (as text), ...}], "ui_visualizations": [...]}``.
            On a 5.x store a function has ``"step_type"`` instead of
            ``"type"``: ``"data_extraction"``, ``"preprocessing"``,
            ``"federated_compute"``, ``"central_compute"`` or
            ``"postprocessing"`` (and a database may say ``"multiple"``).
        documentation_url : str | None
            Where its documentation is.

        Returns
        -------
        Algorithm | Store5Algorithm
            The submitted algorithm (a 5.x store's: ``Store5Algorithm``).

        Raises
        ------
        InvalidArgumentError
            ``partitioning`` or ``functions`` is not valid, or no algorithm
            store has been chosen (``client.store.set``); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        BadRequestError
            The store refused a field, or could not find the image's digest.
        PermissionDeniedError
            You may not submit algorithms to the store.
        """
        _require_partitioning(partitioning)
        line = self._line
        body: Any = line.new(
            name=name,
            description=description,
            image=image,
            partitioning=partitioning,  # type: ignore[arg-type]
            vantage6_version=vantage6_version,
            code_url=code_url,
            functions=_functions(functions, line.function),  # type: ignore[arg-type]
        )
        body = with_given(body, documentation_url=documentation_url)
        made: Algorithm | Store5Algorithm = self._send(
            line.algorithm, self._ops.algorithm_create, body
        )
        return made

    @post_filtering
    def update(
        self,
        id_: int,
        name: str | None = None,
        description: str | None = None,
        image: str | None = None,
        partitioning: str | None = None,
        vantage6_version: str | None = None,
        code_url: str | None = None,
        documentation_url: str | None = None,
        functions: Sequence[Mapping[str, Any]] | None = None,
        refresh_digest: bool | None = None,
    ) -> Algorithm | Store5Algorithm:
        """Change your own algorithm before it is reviewed; None keeps a field.

        The store needs the image in every update (without it, it fails): when
        ``image`` is None the current one is sent.

        Parameters
        ----------
        id_ : int
            The algorithm.
        name, description, image, partitioning : str | None
            New values.
        vantage6_version, code_url, documentation_url : str | None
            New values.
        functions : Sequence[Mapping[str, Any]] | None
            All functions anew (see :meth:`create`).
        refresh_digest : bool | None
            Look the image's digest up again.

        Returns
        -------
        Algorithm | Store5Algorithm
            The algorithm as changed (a 5.x store's: ``Store5Algorithm``).

        Raises
        ------
        InvalidArgumentError
            ``id_``, ``partitioning`` or ``functions`` is not valid, or no
            algorithm store has been chosen (``client.store.set``); nothing was
            sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no algorithm ``id_``.
        BadRequestError
            The store refused a field (e.g. it is reviewed already).
        PermissionDeniedError
            You may not change it.
        """
        id_ = require_id(id_, "id_")
        line = self._line
        # every argument checked before the lookup of the image
        if partitioning is not None:
            _require_partitioning(partitioning)
        checked = None if functions is None else _functions(functions, line.function)
        self._refuse_without_login("algorithm_update")
        if image is None:
            current = self.get(id_)
            image = current.image if isinstance(current.image, str) else None
        body: Any = given_fields(
            line.changes,
            name=name,
            description=description,
            image=image,
            partitioning=partitioning,
            vantage6_version=vantage6_version,
            code_url=code_url,
            documentation_url=documentation_url,
            functions=checked,
            refresh_digest=True if refresh_digest else None,
        )
        changed: Algorithm | Store5Algorithm = self._send_to(
            line.algorithm, self._ops.algorithm_update, id_, body
        )
        return changed

    def delete(self, id_: int) -> Message | Store5Message:
        """Delete an algorithm (its reviews stay).

        Parameters
        ----------
        id_ : int
            The algorithm.

        Returns
        -------
        Message | Store5Message
            The store's confirmation.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer, or no algorithm store has been
            chosen (``client.store.set``); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no algorithm ``id_``.
        PermissionDeniedError
            You may not delete it.
        """
        deleted: Message | Store5Message = self._by_id(
            self._line.message, self._ops.algorithm_delete, id_
        )
        return deleted

    def invalidate(self, id_: int) -> Message | Store5Message:
        """Withdraw an algorithm: it is "removed" and open reviews are dropped.

        Parameters
        ----------
        id_ : int
            The algorithm.

        Returns
        -------
        Message | Store5Message
            The store's confirmation.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer, or no algorithm store has been
            chosen (``client.store.set``); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no algorithm ``id_``.
        PermissionDeniedError
            You may not invalidate it.
        """
        done: Message | Store5Message = self._by_id(
            self._line.message, self._ops.algorithm_invalidate, id_
        )
        return done

    # Last in the class: below it, ``list`` in an annotation of this class
    # would name this method (for mypy), not the builtin.
    @post_filtering
    @paged
    def list(
        self,
        name: str | None = None,
        description: str | None = None,
        image: str | None = None,
        partitioning: str | None = None,
        v6_version: str | None = None,
        awaiting_reviewer_assignment: bool | None = None,
        under_review: bool | None = None,
        in_review_process: bool | None = None,
        invalidated: bool | None = None,
        page: int = 1,
        per_page: int = 10,
    ) -> Page[Algorithm | Store5Algorithm]:
        """Algorithms, one page at a time: by default only approved ones.

        Parameters
        ----------
        name, description : str | None
            Patterns (SQL LIKE: ``%`` any text, ``_`` one character).
        image : str | None
            The algorithm with this Docker image (the store asks the registry
            for its digest).
        partitioning : str | None
            ``"horizontal"`` or ``"vertical"``.
        v6_version : str | None
            Algorithms for this vantage6 version pattern.
        awaiting_reviewer_assignment, under_review : bool | None
            Instead of approved ones: those awaiting reviewers, or those under
            review (one of these and ``invalidated`` at a time).
        in_review_process : bool | None
            Instead of approved ones: those awaiting reviewers or under review.
        invalidated : bool | None
            Instead of approved ones: those invalidated (not together with
            another of these filters).

        Raises
        ------
        InvalidArgumentError
            ``page`` or ``per_page`` is not valid, or no algorithm store has
            been chosen (``client.store.set``); nothing was sent.
        BadRequestError
            More than one of the review filters is set.
        """
        query = functools.partial(
            self._ops.algorithm_list,
            name=given(name),
            description=given(description),
            image=given(image),
            partitioning=given(partitioning),
            vantage6_version=given(v6_version),
            awaiting_reviewer_assignment=flag(awaiting_reviewer_assignment),
            under_review=flag(under_review),
            in_review_process=flag(in_review_process),
            invalidated=flag(invalidated),
        )
        listed: Page[Algorithm | Store5Algorithm] = self._list(
            self._line.page, query, page, per_page, 10
        )
        return listed


def _require_partitioning(partitioning: str) -> None:
    if partitioning not in _PARTITIONING:
        raise InvalidArgumentError(
            f"partitioning must be 'horizontal' or 'vertical', not {partitioning!r}"
        )


def _functions(
    functions: Sequence[Mapping[str, Any]],
    model: type[FunctionInput] | type[Store5FunctionInput],
) -> list[FunctionInput] | list[Store5FunctionInput]:
    if isinstance(functions, Mapping) or not isinstance(functions, Sequence):
        raise InvalidArgumentError("functions must be a list of dicts")
    return [  # type: ignore[return-value]
        model_from(model.from_dict, dict(function), f"functions[{index}]")
        for index, function in enumerate(functions)
    ]
