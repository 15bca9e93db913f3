"""The exceptions this SDK raises, in one hierarchy.

Every failure reaches the caller as a :class:`Vantage6Error`; none escapes as a
bare ``httpx`` error, ``KeyError`` or ``JSONDecodeError``. Messages never carry
tokens, passwords, keys or payloads.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Self, TypeVar

T = TypeVar("T")

__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "DecryptionError",
    "EncryptionError",
    "InvalidArgumentError",
    "MFARequiredError",
    "MissingDependencyError",
    "NotFoundError",
    "NotOnThisServerError",
    "OAuthError",
    "PermissionDeniedError",
    "ProfileError",
    "RequestTooLargeError",
    "ServerError",
    "TaskFailedError",
    "TimeoutError",
    "TransportError",
    "TwoFactorSetupRequiredError",
    "UnexpectedResponseError",
    "Vantage6Error",
]


class Vantage6Error(Exception):
    """Base class of every error this SDK raises.

    Attributes
    ----------
    method : str
        The SDK method that was called, e.g. ``"task.create"`` (empty when the
        error did not come through one).
    """

    method: str = ""
    operation: str = ""

    def at(self, operation: str) -> Self:
        """Say, first in the message, the server operation the error arose in
        (``"task_list: not logged in; ..."``), until :meth:`told_by` names
        the user's method.

        Parameters
        ----------
        operation : str
            The generated operation's name, e.g. ``"task_list"``.

        Returns
        -------
        Self
            This error, to be raised.
        """
        self.operation = operation
        self.args = (f"{operation}: {self.args[0]}", *self.args[1:])
        return self

    def told_by(self, method: str) -> None:
        """Name the SDK method the error escaped from (the client does this as
        the error leaves the method), also in the message when it began with
        the server operation's name.

        Parameters
        ----------
        method : str
            The method's name as users call it, e.g. ``"task.create"``.
        """
        self.method = method
        prefix = f"{self.operation}: "
        if self.operation and str(self.args[0]).startswith(prefix):
            rest = str(self.args[0])[len(prefix) :]
            self.args = (f"{_where(method, self.operation)}: {rest}", *self.args[1:])


def _where(method: str, operation: str) -> str:
    """``task.get`` for the operation task_get; ``task.create
    (collaboration_get)`` for an operation the method looked up."""
    if operation.replace("_", ".") == method.replace("_", "."):
        return method
    return f"{method} ({operation})"


class InvalidArgumentError(Vantage6Error, ValueError):
    """An argument is wrong; found before any request was sent."""


class MissingDependencyError(Vantage6Error, ImportError):
    """A feature needs a package that is not installed: an optional extra of
    the SDK. The message names the extra that installs it, e.g.
    ``pip install 'vantage6-sdk[pandas]'``.

    Attributes
    ----------
    package : str
        The missing package, e.g. ``"pandas"`` (also ``name``, as for any
        ``ImportError``); empty when not given.
    extra : str
        The SDK's extra that installs it; empty when not given.
    """

    def __init__(self, message: str, *, package: str = "", extra: str = "") -> None:
        super().__init__(message)
        self.package = package
        self.extra = extra
        self.name = package or None


class NotLoggedInError(InvalidArgumentError):
    """A call that needs a login was made before logging in (or after logging
    out); nothing was sent."""


class NotOnThisServerError(InvalidArgumentError):
    """The method or argument belongs to the other line of vantage6 than the
    server's (e.g. a password change on 5.x, whose passwords live at
    Keycloak); nothing was sent. The message names the server's version and
    what to use instead."""


class ProfileError(InvalidArgumentError):
    """A profile (``Client.from_profile``) or a ``VANTAGE6_*`` environment
    variable (``Client.from_env``) is missing, unreadable or wrong; nothing
    was sent. The message names the key (or the variable), the profile and
    the file.

    Attributes
    ----------
    key : str | None
        The key of the profile, or the environment variable, that is wrong;
        None when the whole file is (missing, unreadable, not TOML).
    path : str | None
        The profiles file; None for an environment variable.
    profile : str | None
        The profile's name, where one was read.
    """

    def __init__(
        self,
        message: str,
        *,
        key: str | None = None,
        path: str | None = None,
        profile: str | None = None,
    ) -> None:
        super().__init__(message)
        self.key = key
        self.path = path
        self.profile = profile


class TransportError(Vantage6Error):
    """The server could not be reached, or the connection broke.

    Attributes
    ----------
    url : str
        The URL of the request that failed (no query string).
    """

    def __init__(self, message: str, *, url: str = "") -> None:
        super().__init__(message)
        self.url = url


class RequestTooLargeError(Vantage6Error, ValueError):
    """A request was larger than the server, or a proxy in front of it, takes:
    its arguments made the URL (a long filter text, say) or the body too
    long. The server did nothing with it, and it is not retried.

    Lists of ids are split across requests by the SDK itself; this is what is
    left, e.g. ``task.list(name="x" * 5000)``.

    Attributes
    ----------
    size : int
        The request's size in bytes, counted as the limit counts it.
    limit : int | None
        The limit in bytes, when known (uWSGI's buffer); None when a server
        or proxy refused the request with a status that does not say it.
    status : int | None
        The HTTP status of the refusal (413, 414, 431, or a proxy's 502); None
        when the server dropped the connection without an answer.
    """

    def __init__(
        self, message: str, *, size: int, limit: int | None, status: int | None
    ) -> None:
        super().__init__(message)
        self.size = size
        self.limit = limit
        self.status = status


class TimeoutError(TransportError, builtins.TimeoutError):
    """A request, or a wait, took longer than its timeout.

    Also a built-in :class:`TimeoutError`, so ``except TimeoutError`` catches it
    with or without this module's import.
    """


class APIError(Vantage6Error):
    """The server answered with an error status.

    Attributes
    ----------
    status : int
        The HTTP status code.
    message : str
        The server's message (its ``msg``), or a short excerpt of a non-JSON
        body such as a proxy's HTML error page.
    errors : dict[str, Any]
        Per-field validation errors, when the server gave them.
    operation : str
        The operation that failed, e.g. ``"task_create"``, or
        ``"POST /api/task"`` when the request did not come from one.
    """

    def __init__(
        self,
        status: int,
        message: str,
        *,
        errors: Mapping[str, Any] | None = None,
        operation: str = "",
    ) -> None:
        self.status = status
        self.message = message
        self.errors: dict[str, Any] = dict(errors or {})
        self.operation = operation
        super().__init__(self._describe())

    def told_by(self, method: str) -> None:
        """Name the SDK method the error escaped from, and say it in the
        message.

        Parameters
        ----------
        method : str
            The method's name as users call it, e.g. ``"task.create"``.
        """
        super().told_by(method)
        self.args = (self._describe(),)

    def _describe(self) -> str:
        # the method the user called, and the server's operation behind it
        # when that is another one (task.create looks up collaboration_get)
        if self.method and self.operation:
            where = f"{_where(self.method, self.operation)}: "
        else:
            where = "".join(
                f"{name}: " for name in (self.method, self.operation) if name
            )
        text = f"{where}HTTP {self.status}: {self.message}"
        if self.errors:
            fields = "; ".join(
                f"{name}: {_join(problems)}" for name, problems in self.errors.items()
            )
            text = f"{text} ({fields})"
        return text


def _join(problems: Any) -> str:
    if isinstance(problems, list | tuple):
        return " ".join(str(p) for p in problems)
    return str(problems)


class BadRequestError(APIError):
    """The server refused the request's content (HTTP 400)."""


class AuthenticationError(APIError):
    """Not (or no longer) logged in: wrong credentials, or a missing, expired
    or invalid token."""


class MFARequiredError(AuthenticationError):
    """The server needs a two-factor authentication code: pass ``mfa_code``."""


class OAuthError(AuthenticationError):
    """On vantage6 5.x, the identity provider (Keycloak) refused: wrong
    credentials, a device login that was denied or whose code expired, a
    client not allowed to log in this way.

    Attributes
    ----------
    error : str
        The OAuth 2.0 error code (RFC 6749 5.2, RFC 8628 3.5), e.g.
        ``"invalid_grant"``, ``"expired_token"``, ``"access_denied"``.
    """

    def __init__(self, status: int, error: str, message: str, *, operation: str):
        self.error = error
        super().__init__(status, message, operation=operation)


class TwoFactorSetupRequiredError(AuthenticationError):
    """The server requires two-factor authentication, which this user has not
    set up yet.

    Add the secret to an authenticator app (``qr_uri`` is the URI to show as a
    QR code), then call ``authenticate`` again with a code from it. The server
    hands the secret out only once.

    Attributes
    ----------
    qr_uri : str
        ``otpauth://`` URI for authenticator apps.
    otp_secret : str
        The base32 secret, for entering by hand. Keep it private.
    """

    def __init__(self, status: int, message: str, *, qr_uri: str, otp_secret: str):
        super().__init__(status, message, operation="authenticate")
        self.qr_uri = qr_uri
        self.otp_secret = otp_secret

    def __repr__(self) -> str:  # the secret stays out of logs and tracebacks
        return f"{type(self).__name__}({self.message!r})"


class PermissionDeniedError(APIError):
    """Logged in, but not allowed to do this.

    vantage6 answers most permission denials with HTTP 401; this error tells
    them apart from authentication failures by the server's message.
    """


class NotFoundError(APIError):
    """The resource does not exist (HTTP 404)."""


class ServerError(APIError):
    """The server failed (HTTP 5xx)."""


class UnexpectedResponseError(Vantage6Error):
    """A success response that does not have the documented form.

    Raised, for example, when the base URL points at something that is not a
    vantage6 server, or the server is a version this SDK does not know.

    Attributes
    ----------
    operation : str
        The operation whose response could not be read.
    status : int
        The HTTP status code.
    """

    def __init__(self, message: str, *, operation: str, status: int) -> None:
        super().__init__(f"{operation}: {message}")
        self.operation = operation
        self.status = status


class EncryptionError(Vantage6Error):
    """Task input could not be encrypted, e.g. an organization has no public key."""


class DecryptionError(Vantage6Error):
    """A run's input or result could not be decrypted or parsed.

    Attributes
    ----------
    reason : str
        What went wrong, without the run and organization.
    run_id : int | None
        The run whose data it was.
    organization_id : int | None
        The organization that ran it.
    """

    def __init__(
        self,
        message: str,
        *,
        run_id: int | None = None,
        organization_id: int | None = None,
    ) -> None:
        self.reason = message
        where = []
        if run_id is not None:
            where.append(f"run {run_id}")
        if organization_id is not None:
            where.append(f"organization {organization_id}")
        prefix = f"{', '.join(where)}: " if where else ""
        super().__init__(prefix + message)
        self.run_id = run_id
        self.organization_id = organization_id


class TaskFailedError(Vantage6Error):
    """Runs of a task failed, crashed or were killed.

    The message names the run that failed first and ends with the last lines
    of its log (where the algorithm's own error usually is); runs the server
    stopped only because that one failed come after it.

    Attributes
    ----------
    task_id : int
        The task.
    failed_runs : list[FailedRun]
        One entry per unsuccessful run: its id, organization, status and log;
        the runs that failed on their own first.
    """

    def __init__(self, task_id: int, failed_runs: list[FailedRun]) -> None:
        # stable: the order the server gave, causes before their consequences
        self.failed_runs = sorted(failed_runs, key=lambda run: run.stopped_by_sibling)
        self.task_id = task_id
        causes = [r for r in self.failed_runs if not r.stopped_by_sibling]
        stopped = [r for r in self.failed_runs if r.stopped_by_sibling]
        summary = "; ".join(
            f"run {r.run_id} (organization {r.organization_id}): {r.status}"
            for r in causes or stopped
        )
        text = f"task {task_id} did not complete: {summary}"
        if causes and stopped:
            text += (
                f"; then the server stopped {len(stopped)} other run"
                f"{'' if len(stopped) == 1 else 's'} ("
                + ", ".join(str(r.run_id) for r in stopped)
                + ")"
            )
        for first in (causes or stopped)[:1]:
            tail = first.last_log_lines()
            if tail:
                text += f"\nthe end of run {first.run_id}'s log:\n" + "\n".join(
                    f"    {line}" for line in tail
                )
        super().__init__(text)


# how the 4.x server words the log of a run it failed because another did
_STOPPED_BY_SIBLING = "Marked as failed because sibling run"


class FailedRun:
    """One unsuccessful run of a task (see :class:`TaskFailedError`)."""

    __slots__ = ("log", "organization_id", "run_id", "status")

    LOG_LINES = 5  # of a log, in the error's message
    LOG_LINE_CHARACTERS = 200

    def __init__(
        self, run_id: int, organization_id: int | None, status: str, log: str | None
    ) -> None:
        self.run_id = run_id
        self.organization_id = organization_id
        self.status = status
        self.log = log

    @property
    def stopped_by_sibling(self) -> bool:
        """Whether the server failed this run only because another run of its
        task failed first (it never started)."""
        return (self.log or "").startswith(_STOPPED_BY_SIBLING)

    def last_log_lines(self) -> list[str]:
        """The last few non-empty lines of the log, each cut to a sensible width.

        Returns
        -------
        list[str]
            At most ``LOG_LINES`` lines, each at most ``LOG_LINE_CHARACTERS``
            characters (and ``"..."`` where it was cut).
        """
        lines = [line.rstrip() for line in (self.log or "").splitlines()]
        return [
            line[: self.LOG_LINE_CHARACTERS]
            + ("..." if len(line) > self.LOG_LINE_CHARACTERS else "")
            for line in [line for line in lines if line.strip()][-self.LOG_LINES :]
        ]

    def __repr__(self) -> str:
        return (
            f"FailedRun(run_id={self.run_id}, organization_id={self.organization_id},"
            f" status={self.status!r})"
        )


def expect(expected: type[T], parsed: object, operation: str) -> T:
    """``parsed`` as ``expected``, or an error naming the operation."""
    if isinstance(parsed, expected):
        return parsed
    raise UnexpectedResponseError(
        f"expected {expected.__name__}, got {type(parsed).__name__}",
        operation=operation,
        status=200,
    )
