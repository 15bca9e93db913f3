"""``client.study``: subsets of a collaboration's organizations.

On a 5.x HQ studies answer in HQ's own form (:class:`HQStudy`); adding,
removing and deleting work there as on 4.x.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, NamedTuple

from vantage6_hq_api.models import Study as HQStudy
from vantage6_hq_api.models import StudyInput as HQStudyInput
from vantage6_hq_api.models import StudyPage as HQStudyPage
from vantage6_hq_api.models import StudyUpdate as HQStudyUpdate
from vantage6_server_api.models import (
    Message,
    Organization,
    Study,
    StudyChangeOrganization,
    StudyInput,
    StudyPage,
    StudyUpdate,
)

from vantage6_client._exceptions import InvalidArgumentError
from vantage6_client._pagination import Page
from vantage6_client.resources import _sortable as sortable
from vantage6_client.resources._base import (
    ServerApiGroup,
    embed_organizations,
    given,
    given_fields,
    id_list,
    optional_id,
    optional_ids,
    require_id,
    require_text,
    sort_fields,
)
from vantage6_client.resources._paged import paged
from vantage6_client.resources._post_filters import post_filtering


class _StudyLine(NamedTuple):
    """A line's study model, its page, its body models and the operations
    that take and answer with them."""

    study: type[Study] | type[HQStudy]
    page: Any  # StudyPage | HQStudyPage: a union would lose the item type
    new_study: type[StudyInput] | type[HQStudyInput]
    update: type[StudyUpdate] | type[HQStudyUpdate]
    ops: Any  # the server's Operations or HQ's


class StudyGroup(ServerApiGroup):
    """Studies: list, get, create, update, delete, and their organizations."""

    # A 5.x HQ answers with studies of its own form, from operations of its
    # own with the same parameters: chosen in one place.
    @property
    def _line(self) -> _StudyLine:
        if self._on_hq:
            return _StudyLine(
                HQStudy, HQStudyPage, HQStudyInput, HQStudyUpdate, self._hq_ops
            )
        return _StudyLine(Study, StudyPage, StudyInput, StudyUpdate, self._ops)

    @post_filtering
    def get(self, id_: int, *, include_organizations: bool = False) -> Study | HQStudy:
        """One study.

        Parameters
        ----------
        id_ : int
            The study.
        include_organizations : bool
            Embed its organizations.

        Returns
        -------
        Study | HQStudy
            The study; on a 5.x HQ its own model.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no study ``id_``.
        PermissionDeniedError
            You may not see it.
        """
        line = self._line
        return self._transport.call(
            line.study,
            line.ops.study_get,
            require_id(id_, "id_"),
            include=embed_organizations(include_organizations),
        )

    @post_filtering
    def create(
        self,
        name: str,
        organizations: Sequence[int],
        collaboration: int | None = None,
    ) -> Study | HQStudy:
        """Create a study in a collaboration.

        Parameters
        ----------
        name : str
            Unique name.
        organizations : Sequence[int]
            Its organizations: members of the collaboration.
        collaboration : int | None
            The collaboration; None for the one set with ``setup_collaboration``.

        Returns
        -------
        Study | HQStudy
            The new study, its organizations embedded; on a 5.x HQ its own
            model.

        Raises
        ------
        InvalidArgumentError
            An argument is not valid (an empty name, no organizations, an id
            that is not a positive integer, ``collaboration`` missing with
            none set up); nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no collaboration ``collaboration`` (looked up first: the
            4.15.2 server answers 500 for it).
        BadRequestError
            The name is taken, or an organization is not a member of the
            collaboration.
        PermissionDeniedError
            You may not create studies in the collaboration.
        """
        require_text(name=name)
        members = id_list(organizations, "organizations")
        if not members:
            raise InvalidArgumentError("a study needs at least one organization")
        line = self._line
        body = line.new_study(
            name=name,
            organization_ids=members,
            collaboration_id=self._existing_collaboration(collaboration),
        )
        return self._send(line.study, line.ops.study_create, body)

    @post_filtering
    def update(
        self,
        id_: int,
        name: str | None = None,
        organizations: Sequence[int] | None = None,
    ) -> Study | HQStudy:
        """Change a study; arguments left None stay as they are.

        Parameters
        ----------
        id_ : int
            The study.
        name : str | None
            New name.
        organizations : Sequence[int] | None
            The complete new organization list.

        Returns
        -------
        Study | HQStudy
            The study as changed, its organizations embedded; on a 5.x HQ its
            own model.

        Raises
        ------
        InvalidArgumentError
            An id is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no study ``id_``.
        BadRequestError
            The name is taken, or an organization is not a member of the
            collaboration.
        PermissionDeniedError
            You may not change it.
        """
        study_id = require_id(id_, "id_")
        line = self._line
        body = given_fields(
            line.update,
            name=name,
            organization_ids=optional_ids(organizations, "organizations"),
        )
        return self._send_to(line.study, line.ops.study_update, study_id, body)

    def delete(
        self, id_: int | None = None, delete_dependents: bool = False
    ) -> Message:
        """Delete a study.

        Parameters
        ----------
        id_ : int | None
            Required; the default None exists for compatibility with the
            official client's signature (which then requested
            ``study/None``). The study.
        delete_dependents : bool
            Also delete its tasks; without it the server refuses when there
            are any.

        Returns
        -------
        Message
            The server's confirmation.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is missing or not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no study ``id_``.
        BadRequestError
            It has tasks and ``delete_dependents`` is False.
        PermissionDeniedError
            You may not delete it.
        """
        return self._delete(
            self._ops.study_delete, require_id(id_, "id_"), delete_dependents
        )

    def add_organization(
        self, organization: int, study: int | None = None
    ) -> list[Organization]:
        """Add an organization of the collaboration to a study.

        Parameters
        ----------
        organization : int
            The organization.
        study : int | None
            Required; the default None exists for compatibility with the
            official client's signature (which then requested
            ``study/None/organization``). The study.

        Returns
        -------
        list[Organization]
            All organizations of the study afterwards.

        Raises
        ------
        InvalidArgumentError
            ``study`` is missing, or an id is not a positive integer; nothing
            was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such study or organization.
        BadRequestError
            The organization is not a member of the study's collaboration.
        PermissionDeniedError
            You may not change the study.
        """
        body = StudyChangeOrganization(id=require_id(organization, "organization"))
        return self._send_to_list(
            Organization,
            self._ops.study_add_organization,
            require_id(study, "study"),
            body,
        )

    def remove_organization(
        self, organization: int, study: int | None = None
    ) -> list[Organization]:
        """Remove an organization from a study.

        Parameters
        ----------
        organization : int
            One of the study's organizations.
        study : int | None
            Required; the default None exists for compatibility with the
            official client's signature. The study.

        Returns
        -------
        list[Organization]
            The organizations that remain.

        Raises
        ------
        InvalidArgumentError
            ``study`` is missing, or an id is not a positive integer; nothing
            was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such study or organization.
        PermissionDeniedError
            You may not change the study.
        """
        body = StudyChangeOrganization(id=require_id(organization, "organization"))
        return self._send_to_list(
            Organization,
            self._ops.study_remove_organization,
            require_id(study, "study"),
            body,
        )

    # Last in the class: below it, ``list`` in an annotation of this class
    # would name this method (for mypy), not the builtin.
    @post_filtering
    @paged
    def list(
        self,
        name: str | None = None,
        organization: int | None = None,
        collaboration: int | None = None,
        include_organizations: bool = False,
        page: int = 1,
        per_page: int = 20,
        *,
        sort: str | list[str] | None = None,
    ) -> Page[Study] | Page[HQStudy]:
        """Studies you may see, one page at a time.

        Parameters
        ----------
        name : str | None
            Name pattern (SQL LIKE: ``%`` any text, ``_`` one character).
        organization : int | None
            Studies this organization takes part in.
        collaboration : int | None
            Studies of this collaboration.
        include_organizations : bool
            Embed the organizations instead of a link to them.

        Returns
        -------
        Page[Study] | Page[HQStudy]
            One page; ``.all()`` for every page. On a 5.x HQ, of its own
            model.

        Raises
        ------
        InvalidArgumentError
            ``sort``, ``page`` or ``per_page`` is not valid, or
            ``organization`` or ``collaboration`` is not a positive integer
            id; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        """
        line = self._line
        query = functools.partial(
            line.ops.study_list,
            name=given(name),
            organization_id=given(optional_id(organization, "organization")),
            collaboration_id=given(optional_id(collaboration, "collaboration")),
            include=embed_organizations(include_organizations),
            sort=sort_fields(sort, sortable.STUDIES),
        )
        return self._list(line.page, query, page, per_page, 20)
