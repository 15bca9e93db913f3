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
