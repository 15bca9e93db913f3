"""``client.study``: subsets of a collaboration's organizations."""

from __future__ import annotations

import builtins
import functools

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
    optional_ids,
    require_id,
    require_text,
    sort_fields,
)
from vantage6_client.resources._paged import paged
from vantage6_client.resources._post_filters import post_filtering


class StudyGroup(ServerApiGroup):
    """Studies: list, get, create, update, delete, and their organizations."""

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
        sort: str | builtins.list[str] | None = None,
    ) -> Page[Study]:
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
        """
        query = functools.partial(
            self._ops.study_list,
            name=given(name),
            organization_id=given(organization),
            collaboration_id=given(collaboration),
            include=embed_organizations(include_organizations),
            sort=sort_fields(sort, sortable.STUDIES),
        )
        return self._list(StudyPage, query, page, per_page, 20)

    @post_filtering
    def get(self, id_: int, *, include_organizations: bool = False) -> Study:
        """One study.

        Parameters
        ----------
        id_ : int
            The study.
        include_organizations : bool
            Embed its organizations.

        Returns
        -------
        Study
            The study.
        """
        return self._transport.call(
            Study,
            self._ops.study_get,
            require_id(id_, "id_"),
            include=embed_organizations(include_organizations),
        )

    @post_filtering
    def create(
        self,
        name: str,
        organizations: builtins.list[int],
        collaboration: int | None = None,
    ) -> Study:
        """Create a study in a collaboration.

        Parameters
        ----------
        name : str
            Unique name.
        organizations : builtins.list[int]
            Its organizations: members of the collaboration.
        collaboration : int | None
            The collaboration; None for the one set with ``setup_collaboration``.

        Returns
        -------
        Study
            The new study, its organizations embedded.
        """
        require_text(name=name)
        members = id_list(organizations, "organizations")
        if not members:
            raise InvalidArgumentError("a study needs at least one organization")
        body = StudyInput(
            name=name,
            organization_ids=members,
            collaboration_id=self._collaboration_id(collaboration),
        )
        return self._send(Study, self._ops.study_create, body)

    @post_filtering
    def update(
        self,
        id_: int,
        name: str | None = None,
        organizations: builtins.list[int] | None = None,
    ) -> Study:
        """Change a study; arguments left None stay as they are.

        Parameters
        ----------
        id_ : int
            The study.
        name : str | None
            New name.
        organizations : builtins.list[int] | None
            The complete new organization list.

        Returns
        -------
        Study
            The study as changed, its organizations embedded.
        """
        body = given_fields(
            StudyUpdate,
            name=name,
            organization_ids=optional_ids(organizations, "organizations"),
        )
        return self._send_to(
            Study, self._ops.study_update, require_id(id_, "id_"), body
        )

    def delete(
        self, id_: int | None = None, delete_dependents: bool = False
    ) -> Message:
        """Delete a study.

        Parameters
        ----------
        id_ : int | None
            The study (required: the official client then requested
            ``study/None``).
        delete_dependents : bool
            Also delete its tasks; without it the server refuses when there
            are any.

        Returns
        -------
        Message
            The server's confirmation.
        """
        return self._delete(
            self._ops.study_delete, require_id(id_, "id_"), delete_dependents
        )

    def add_organization(
        self, organization: int, study: int | None = None
    ) -> builtins.list[Organization]:
        """Add an organization of the collaboration to a study.

        Parameters
        ----------
        organization : int
            The organization.
        study : int | None
            The study (required: the official client then requested
            ``study/None/organization``).

        Returns
        -------
        builtins.list[Organization]
            All organizations of the study afterwards.
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
    ) -> builtins.list[Organization]:
        """Remove an organization from a study.

        Parameters
        ----------
        organization : int
            One of the study's organizations.
        study : int | None
            The study (required).

        Returns
        -------
        builtins.list[Organization]
            The organizations that remain.
        """
        body = StudyChangeOrganization(id=require_id(organization, "organization"))
        return self._send_to_list(
            Organization,
            self._ops.study_remove_organization,
            require_id(study, "study"),
            body,
        )
