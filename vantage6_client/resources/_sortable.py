"""What each list can be sorted by, checked before a request is sent.

The 4.15.2 server sorts a list by the names in ``sort`` as attributes of its
database model: a name that is not a column fails the request (500, "Cannot
sort a 'Task' by 'bogus'"), and tasks and runs are always ordered newest
first, ``sort`` ordering only ties (ids have none), so there it changes
nothing. Columns that hold secrets (password hashes, two-factor secrets, API
keys) or payloads are left out: sorting by them would reveal their order.

``tests/interop/test_server_facts.py`` compares these sets with the pinned server's
database models.
"""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class Sortable:
    """The fields a list may be sorted by, or the order it always has."""

    items: str
    fields: frozenset[str] = frozenset()
    fixed_order: str | None = None


def _sortable(items: str, fields: str) -> Sortable:
    return Sortable(items, frozenset(fields.split()))


USERS = _sortable(
    "users",
    "email failed_login_attempts firstname id ip last_email_failed_login_sent "
    "last_email_recover_password_sent last_login_attempt last_seen lastname "
    "organization_id status type username",
)
ORGANIZATIONS = _sortable(
    "organizations", "address1 address2 country domain id name zipcode"
)
COLLABORATIONS = _sortable("collaborations", "encrypted id name")
ROLES = _sortable("roles", "description id is_default_role name organization_id")
RULES = _sortable("rules", "description id name operation scope")
NODES = _sortable(
    "nodes", "collaboration_id id ip last_seen name organization_id status type"
)
STUDIES = _sortable("studies", "collaboration_id id name")
STORES = _sortable("algorithm stores", "collaboration_id id name url")
STORE_USERS = _sortable("store users", "email id organization_id username v6_server_id")
TASKS = Sortable("tasks", fixed_order="newest first")
RUNS = Sortable("runs", fixed_order="newest first")

# HQ 5.0.3's sessions (vantage6/hq/model/session.py)
SESSIONS = _sortable(
    "sessions",
    "id name user_id collaboration_id study_id created_at last_used_at scope image",
)
