"""``client.organization``: the parties that hold data."""

from __future__ import annotations

import base64
import functools
from collections.abc import Sequence

from vantage6_server_api.models import (
    Message,
    Organization,
    OrganizationInput,
    OrganizationPage,
    OrganizationUpdate,
)
from vantage6_server_api.types import UNSET

from vantage6_client._exceptions import InvalidArgumentError
from vantage6_client._pagination import Page
from vantage6_client.resources import _sortable as sortable
from vantage6_client.resources._base import (
    ServerApiGroup,
    given,
    given_fields,
    id_list,
    optional_id,
    require_id,
    require_text,
    sort_fields,
    with_given,
)
from vantage6_client.resources._limits import SHORT_TEXT, require_length
from vantage6_client.resources._paged import paged
from vantage6_client.resources._post_filters import post_filtering


class OrganizationGroup(ServerApiGroup):
    """Organizations: list, get, create, update, delete."""

    @post_filtering
    def get(self, id_: int | None = None) -> Organization:
        """One organization; by default your own.

        Parameters
        ----------
        id_ : int | None
            The organization's id; None for the logged-in user's organization.

        Returns
        -------
        Organization
            Its details, including ``public_key`` (base64 PEM; "" when unset).

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            No such organization.
        PermissionDeniedError
            You may not see it.
        """
        if id_ is None:
            id_ = self._client._require_login("organization.get()").organization_id
        return self._by_id(Organization, self._ops.organization_get, id_)

    @post_filtering
    def create(
        self,
        name: str,
        address1: str = "",
        address2: str = "",
        zipcode: str = "",
        country: str = "",
        domain: str = "",
        public_key: str | None = None,
    ) -> Organization:
        """Create an organization.

        Parameters
        ----------
        name : str
            Unique name.
        address1, address2, zipcode : str
            Postal address, by default empty.
        country : str
            Country (free text; the server matches it exactly when filtering),
            by default empty.
        domain : str
            Web domain, e.g. ``"example.org"``, by default empty.
        public_key : str | None
            Base64 of the PEM public key for encrypted collaborations; usually
            uploaded later with ``client.setup_encryption``.

        Returns
        -------
        Organization
            The new organization.

        Raises
        ------
        InvalidArgumentError
            The name is empty, or a field is not a string; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        BadRequestError
            The name exists already, or a field is invalid.
        PermissionDeniedError
            You may not create organizations.
        """
        require_text(name=name)
        fields = _text_fields(
            optional=False,
            name=name,
            address1=address1,
            address2=address2,
            zipcode=zipcode,
            country=country,
            domain=domain,
        )
        body = OrganizationInput(name=name)
        for field, value in fields.items():  # all of them, "" too
            setattr(body, field, value)
        if public_key:
            _require_base64(public_key)
        return self._send(
            Organization,
            self._ops.organization_create,
            with_given(body, public_key=public_key),
        )

    @post_filtering
    def update(
        self,
        id_: int | None = None,
        name: str | None = None,
        address1: str | None = None,
        address2: str | None = None,
        zipcode: str | None = None,
        country: str | None = None,
        domain: str | None = None,
        public_key: str | None = None,
    ) -> Organization:
        """Change an organization; fields left None stay as they are.

        Parameters
        ----------
        id_ : int | None
            The organization; None for your own.
        name, address1, address2, zipcode, country, domain : str | None
            New values.
        public_key : str | None
            New public key (base64 of PEM); only members of the organization
            may set it, and ``""`` removes it.

        Returns
        -------
        Organization
            The organization as changed.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer, or a field is not a string;
            nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            No such organization.
        PermissionDeniedError
            You may not change it (or its public key).
        """
        if id_ is None:
            id_ = self._client._require_login("organization.update()").organization_id
        body = given_fields(
            OrganizationUpdate,
            **_text_fields(
                name=name,
                address1=address1,
                address2=address2,
                zipcode=zipcode,
                country=country,
                domain=domain,
                public_key=public_key,
            ),
        )
        return self._send_to(
            Organization,
            self._ops.organization_update,
            require_id(id_, "id_"),
            body,
        )

    def delete(self, id_: int, delete_dependents: bool = False) -> Message:
        """Delete an organization.

        Parameters
        ----------
        id_ : int
            The organization (not your own).
        delete_dependents : bool
            Also delete its nodes, users, roles, tasks and runs. Without it the
            server refuses when there are any. The official client sent
            ``"False"``, which the server read as true.

        Returns
        -------
        Message
            The server's confirmation.

        Raises
        ------
        InvalidArgumentError
            ``id_`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            No such organization.
        BadRequestError
            It has dependents and ``delete_dependents`` is False, or it is yours.
        PermissionDeniedError
            You may not delete it.
        """
        return self._delete(
            self._ops.organization_delete, require_id(id_, "id_"), delete_dependents
        )

    # Last in the class: below it, ``list`` in an annotation of this class
    # would name this method (for mypy), not the builtin.
    @post_filtering
    @paged
    def list(
        self,
        name: str | None = None,
        country: str | None = None,
        collaboration: int | None = None,
        study: int | None = None,
        page: int | None = None,
        per_page: int | None = None,
        *,
        ids: Sequence[int] | None = None,
        sort: str | list[str] | None = None,
    ) -> Page[Organization]:
        """Organizations you may see, one page at a time.

        Parameters
        ----------
        name : str | None
            Name pattern (SQL LIKE: ``%`` any text, ``_`` one character).
        country : str | None
            Country, matched exactly.
        collaboration : int | None
            Only members of this collaboration.
        study : int | None
            Only members of this study.
        page : int | None
            Page number, from 1; None for the first.
        per_page : int | None
            Items per page; None for 10.
        ids : Sequence[int] | None
            Only these organizations, as many as you like: ids too many for
            one request's query are asked for in several requests, and the
            list is put together as one request would give it (same items,
            order, total and pages).
        sort : str | list[str] | None
            Field(s) to sort by; ``-`` in front for descending, e.g. ``"-name"``.

        Returns
        -------
        Page[Organization]
            Iterate it, or ``.all()`` for every page; ``page["data"]`` as the
            official client.

        Raises
        ------
        InvalidArgumentError
            ``ids``, ``sort``, ``page`` or ``per_page`` is not valid; nothing
            was sent.
        NotLoggedInError
            Not logged in; nothing was sent.

        Examples
        --------
        One page, then every page's items (``.all()`` fetches the rest):

        >>> page = client.organization.list(collaboration=collaboration_id, per_page=1)
        >>> page
        <Page 1: 1 of 2 Organization>
        >>> [organization.name for organization in page.all()]
        ['Hospital A', 'Hospital B']
        """
        order = sort_fields(sort, sortable.ORGANIZATIONS)
        query = functools.partial(
            self._ops.organization_list,
            name=given(name),
            country=given(country),
            collaboration_id=given(optional_id(collaboration, "collaboration")),
            study_id=self._study_filter(study),
            sort=order,
        )
        only = ("ids", UNSET if ids is None else id_list(ids, "ids"))
        return self._list_of_ids(
            OrganizationPage, query, only, order, page, per_page, 10
        )


# the fields both lines' schemas hold to 128 characters (the name and the
# public key are unlimited)
_ADDRESS_FIELDS = frozenset({"address1", "address2", "zipcode", "country", "domain"})


def _text_fields(
    *, optional: bool = True, **values: str | None
) -> dict[str, str | None]:
    """``values``, each a string (or, when ``optional``, None for "not
    given"; the server refuses a null where it takes text) of a length the
    server takes."""
    for field, value in values.items():
        if not isinstance(value, str) and not (optional and value is None):
            raise InvalidArgumentError(f"{field} must be a string, not {value!r}")
        if field in _ADDRESS_FIELDS:
            require_length(field, value, at_most=SHORT_TEXT)
        if field == "public_key" and value:
            _require_base64(value)
    return values


def _require_base64(public_key: str) -> None:
    # the 4.15.2 server decodes it unchecked: 500 for anything else
    try:
        base64.b64decode(public_key, validate=True)
    except ValueError:  # binascii.Error, or text that is not ASCII
        raise InvalidArgumentError(
            "public_key must be base64 text (of the PEM public key: "
            "vantage6_client.public_key_text makes it from a key)"
        ) from None
