"""Which line of vantage6 a server runs: 4.x (the server logs users in) or
5.x (HQ, whose users log in at Keycloak).

The line is read from ``GET /version``, which both answer without a login,
the first time it matters (or given with the client's ``auth_url``, which only
5.x has). The session holds it and picks, from it, the login and the
operations table every group calls; a method that exists on one line only
says so before anything is sent (:class:`NotOnThisServerError`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vantage6_client._exceptions import NotOnThisServerError


@dataclass(frozen=True)
class ServerLine:
    """A server's version and what it implies.

    Attributes
    ----------
    version : str
        What ``GET /version`` says, e.g. ``"4.15.2"`` or ``"5.0.3"``.
    """

    version: str

    @property
    def major(self) -> int:
        head = self.version.split(".", 1)[0]
        return int(head) if head.isdigit() else 0

    @property
    def is_hq(self) -> bool:
        """Whether it is a 5.x HQ (users log in at Keycloak)."""
        return self.major >= 5

    @property
    def title(self) -> str:
        return (
            f"vantage6 HQ {self.version}"
            if self.is_hq
            else (f"the vantage6 server {self.version}")
        )

    def refuse(self, what: str, instead: str) -> NotOnThisServerError:
        """The error for ``what``, which this line lacks."""
        return NotOnThisServerError(f"{what} is not on {self.title}: {instead}")


def refuse_given(belongs: str, /, **values: object) -> None:
    """Refuse the first of ``values`` that is given (neither None nor False)
    with a :class:`NotOnThisServerError` that starts with its name:
    ``f"{name} {belongs}"`` (a parameter of the other line; nothing sent)."""
    for name, value in values.items():
        if value is not None and value is not False:
            raise NotOnThisServerError(f"{name} {belongs}")


# A client made with auth_url speaks to HQ; its exact version is read when
# it matters (Client.server_version).
HQ_LINE_ASSUMED = ServerLine("5.x")


# The operations a 4.15.2 server and HQ 5.0.3 serve identically: same path,
# method, parameters, body, success answer and security (tests/test_spec.py
# recomputes this from the two committed specs). On HQ, groups call these
# through the 4.x bindings, unchanged; every other 4.x operation is refused
# there before anything is sent, until a group speaks HQ's own.
SAME_ON_BOTH_LINES = frozenset(
    {
        "authenticate_container",
        "blob_download",
        "blob_upload",
        "collaboration_add_organization",
        "collaboration_delete",
        "collaboration_remove_node",
        "collaboration_remove_organization",
        "node_kill_tasks",
        "node_reset_api_key",
        "organization_create",
        "organization_delete",
        "organization_get",
        "organization_list",
        "organization_update",
        "role_create",
        "role_delete",
        "role_get",
        "role_update",
        "rule_get",
        "study_add_organization",
        "study_delete",
        "study_remove_organization",
        "task_delete",
        "task_get_status",
        "task_kill",
        "user_delete",
        "util_get_blob_store_status",
        "util_get_server_version",
    }
)


# The 4.x operations HQ 5.0.3 lacks, and what to use instead (recomputed
# from the specs in tests/unit/test_lines.py).
_ACCOUNT = "Keycloak's account console (<auth_url>/realms/<realm>/account)"
INSTEAD_ON_HQ = {
    "authenticate": "users log in at Keycloak: authenticate() without "
    "arguments (device login), or authenticate_service_account()",
    "refresh_token": "tokens are renewed at Keycloak (client.refresh_token() "
    "does so on a client made with auth_url)",
    "authenticate_node": "nodes log in at Keycloak with their client credentials",
    "validate_node_token": "nodes log in at Keycloak with their client credentials",
    "validate_user_token": "client.user.get_own_user() tells whether a token works",
    "util_change_my_password": f"passwords live at Keycloak: {_ACCOUNT}",
    "util_reset_my_password": f"passwords live at Keycloak: {_ACCOUNT}",
    "util_set_my_password": f"passwords live at Keycloak: {_ACCOUNT}",
    "util_reset_two_factor_auth": f"two-factor login is Keycloak's: {_ACCOUNT}",
    "util_set_two_factor_auth": f"two-factor login is Keycloak's: {_ACCOUNT}",
    "port_create": "5.x has no VPN, so no algorithm ports",
    "port_delete": "5.x has no VPN, so no algorithm ports",
    "vpn_get_algorithm_addresses": "5.x has no VPN",
    "vpn_get_config": "5.x has no VPN",
    "vpn_update_config": "5.x has no VPN",
    "role_add_rule": "give the role all its rules: role.update(id_, rules=[...])",
    "role_remove_rule": "give the role all its rules: role.update(id_, rules=[...])",
    "task_get_column_names": "a dataframe of the session lists its columns",
}


class SharedOperations:
    """A 4.x operations table as a session with HQ sees it: the operations
    HQ serves alike, and a :class:`NotOnThisServerError` for the rest."""

    def __init__(self, table: Any, line: ServerLine, *, requests: bool = False):
        self._table = table
        self._line = line
        self._requests = requests

    def __getattr__(self, name: str) -> Any:
        if name == "requests" and not self._requests:
            return SharedOperations(self._table.requests, self._line, requests=True)
        if name in INSTEAD_ON_HQ:
            raise self._line.refuse(name, INSTEAD_ON_HQ[name])
        if name not in SAME_ON_BOTH_LINES:
            raise self._line.refuse(
                f"the 4.x operation {name}",
                "HQ answers it differently, and this client does not speak "
                "HQ's form of it yet",
            )
        return getattr(self._table, name)
