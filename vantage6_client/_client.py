"""``Client``: a researcher's or administrator's session with a vantage6 server."""

from __future__ import annotations

import dataclasses
import functools
import logging
import ssl
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, NamedTuple, Self
from urllib.parse import urlsplit

import httpx
from vantage6_server_api.models import (
    BlobStoreStatus,
    Link,
    Organization,
    OrganizationUpdate,
    User,
)

from vantage6_client._config import api_root, call_options, mfa_text, request_timeout
from vantage6_client._exceptions import (
    EncryptionError,
    InvalidArgumentError,
    NotLoggedInError,
    PermissionDeniedError,
)
from vantage6_client._login import PasswordLogin, RefreshToken
from vantage6_client._payloads import Cryptor, PlainCryptor
from vantage6_client._session import Session
from vantage6_client._tokens import jwt_claims
from vantage6_client._transport import DEFAULT_TIMEOUT, Transport
from vantage6_client._user_calls import tell_errors_by_method
from vantage6_client.resources._base import ApiGroup, require_id

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import rsa

    from vantage6_client._results import TaskResults
    from vantage6_client.algorithm_store.algorithm import AlgorithmGroup
    from vantage6_client.resources.collaboration import CollaborationGroup
    from vantage6_client.resources.node import NodeGroup
    from vantage6_client.resources.organization import OrganizationGroup
    from vantage6_client.resources.result import ResultGroup
    from vantage6_client.resources.role import RoleGroup
    from vantage6_client.resources.rule import RuleGroup
    from vantage6_client.resources.run import RunGroup
    from vantage6_client.resources.store import StoreGroup
    from vantage6_client.resources.study import StudyGroup
    from vantage6_client.resources.task import TaskGroup
    from vantage6_client.resources.user import UserGroup
    from vantage6_client.resources.util import UtilGroup

log = logging.getLogger("vantage6_client")


class WhoAmI(NamedTuple):
    """Who the client is logged in as (the official client's ``whoami``)."""

    type_: str
    id_: int
    name: str
    organization_name: str
    organization_id: int

    def __repr__(self) -> str:
        return (
            f"<WhoAmI name={self.name}, type={self.type_}, "
            f"organization={self.organization_name} (id={self.organization_id})>"
        )


class Client:
    """A session with a vantage6 server (4.x), as a user.

    Drop-in for the official ``vantage6.client.Client`` (``UserClient``): the
    same groups, method names, parameters and defaults; typed results; typed
    errors; every page when asked; connection reuse, timeouts and safe
    retries throughout.

    Parameters
    ----------
    host : str | None
        Server address with scheme, e.g. ``"https://v6.example.org"``. A URL
        that already ends in ``path`` (``"http://127.0.0.1:7601/api"``) is
        taken as the API root.
    port : int | None
        Port, when not the scheme's default (or given in ``host`` already).
    path : str
        API path on the server, by default ``"/api"``. The API root is
        ``host[:port] + path``.
    log_level : str | int | None
        Accepted for compatibility: sets the level of this package's logger
        (``"vantage6_client"``) only; no handler is added, the root logger is
        left alone.
    base_url : str | None
        The API root in one URL, e.g. ``"https://v6.example.org/api"``,
        instead of ``host``, ``port`` and ``path``.
    timeout : float | httpx.Timeout
        Seconds a request may take (connecting: at most 10), by default 30.
    max_retries : int
        Retries of requests that are safe to repeat (see :mod:`_transport`),
        by default 3.
    verify : bool | str | ssl.SSLContext
        TLS certificate verification: True, False, the path of a CA bundle,
        or an SSL context; by default True.
    transport : httpx.BaseTransport | None
        Innermost HTTP transport, for tests and proxies.

    Examples
    --------
    >>> from vantage6_client import Client
    >>> with Client("https://v6.example.org", 443) as client:
    ...     client.authenticate("alice", "s3cret!Password")
    ...     client.setup_encryption("privkey_alice_org.pem")
    ...     task = client.task.create(collaboration=1, organizations=[2, 3], ...)
    ...     results = client.wait_for_results(task.id)
    """

    def __init__(
        self,
        host: str | None = None,
        port: int | None = None,
        path: str = "/api",
        log_level: str | int | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 3,
        verify: bool | str | ssl.SSLContext = True,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_path = api_root(host, port, path, base_url)
        # the official client's attributes, also when base_url was given
        root = urlsplit(self.base_path)
        self.host = host or f"{root.scheme}://{root.netloc}"
        self.port = port
        self.path = path if host else root.path
        if log_level is not None:
            log.setLevel(log_level.upper() if isinstance(log_level, str) else log_level)
        # This client's request options; views made by with_options hold
        # views of it, and share the session (the state of the login).
        self._transport = Transport(
            self.base_path,
            options=call_options(timeout, max_retries),
            verify=verify,
            transport=transport,
            login=RefreshToken(),
        )
        self._session = Session(self._transport)

    def __repr__(self) -> str:
        session = self._session
        if session.whoami is not None:
            who = f" as {session.whoami.name!r}"
        else:
            who = f" as user {session.user_id}" if session.user_id is not None else ""
        return f"<Client {self.base_path}{who}>"

    @property
    def collaboration_id(self) -> int | None:
        """The default collaboration of later calls (see ``setup_collaboration``)."""
        return self._session.collaboration_id

    @collaboration_id.setter
    def collaboration_id(self, value: int | None) -> None:
        self._session.collaboration_id = value

    # -- resource groups -----------------------------------------------------
    # Imported on first use: a script that only lists tasks never loads the
    # modules (and generated bindings) of the other groups.
    @functools.cached_property
    def util(self) -> UtilGroup:
        """Server version and health, passwords, two-factor authentication, keys."""
        from vantage6_client.resources.util import UtilGroup

        return UtilGroup(self)

    @functools.cached_property
    def user(self) -> UserGroup:
        """Users: list, get, create, update, delete."""
        from vantage6_client.resources.user import UserGroup

        return UserGroup(self)

    @functools.cached_property
    def organization(self) -> OrganizationGroup:
        """Organizations: list, get, create, update, delete."""
        from vantage6_client.resources.organization import OrganizationGroup

        return OrganizationGroup(self)

    @functools.cached_property
    def rule(self) -> RuleGroup:
        """Permission rules: list and get."""
        from vantage6_client.resources.rule import RuleGroup

        return RuleGroup(self)

    @functools.cached_property
    def role(self) -> RoleGroup:
        """Roles (sets of rules): list, get, create, update, delete; their rules."""
        from vantage6_client.resources.role import RoleGroup

        return RoleGroup(self)

    @functools.cached_property
    def collaboration(self) -> CollaborationGroup:
        """Collaborations and their organizations and nodes."""
        from vantage6_client.resources.collaboration import CollaborationGroup

        return CollaborationGroup(self)

    @functools.cached_property
    def task(self) -> TaskGroup:
        """Tasks: create (encrypting the input), list, get, kill, delete."""
        from vantage6_client.resources.task import TaskGroup

        return TaskGroup(self)

    @functools.cached_property
    def result(self) -> ResultGroup:
        """Results of runs, decrypted and parsed."""
        from vantage6_client.resources.result import ResultGroup

        return ResultGroup(self)

    @functools.cached_property
    def run(self) -> RunGroup:
        """Algorithm runs (one per organization of a task), input decrypted."""
        from vantage6_client.resources.run import RunGroup

        return RunGroup(self)

    @functools.cached_property
    def node(self) -> NodeGroup:
        """Nodes: list, get, create (giving the API key), update, delete."""
        from vantage6_client.resources.node import NodeGroup

        return NodeGroup(self)

    @functools.cached_property
    def study(self) -> StudyGroup:
        """Studies (subsets of a collaboration's organizations)."""
        from vantage6_client.resources.study import StudyGroup

        return StudyGroup(self)

    @functools.cached_property
    def algorithm(self) -> AlgorithmGroup:
        """Algorithms of the store chosen with ``client.store.set``."""
        from vantage6_client.algorithm_store.algorithm import AlgorithmGroup

        return AlgorithmGroup(self)

    @functools.cached_property
    def store(self) -> StoreGroup:
        """Algorithm stores linked to the server."""
        from vantage6_client.resources.store import StoreGroup

        return StoreGroup(self)

    # -- session -------------------------------------------------------------
    def authenticate(
        self, username: str, password: str, mfa_code: int | str | None = None
    ) -> None:
        """Log in as a user.

        One request: who that is (:attr:`whoami`) is looked up when first
        asked for.

        Parameters
        ----------
        username : str
            The user's name.
        password : str
            The user's password.
        mfa_code : int | str | None
            The six-digit code of the user's authenticator app, when the server
            requires two-factor authentication. Give it as a string; an int is
            zero-padded to six digits (``12345`` -> ``"012345"``).

        Raises
        ------
        AuthenticationError
            Wrong username or password, or the account is (temporarily)
            blocked after too many failed attempts.
        MFARequiredError
            The server needs a two-factor code and none was given.
        TwoFactorSetupRequiredError
            Two-factor authentication is required but not set up for this user:
            the error carries the secret and QR URI for an authenticator app.
        InvalidArgumentError
            An argument is empty or of the wrong type.
        """
        if not isinstance(username, str) or not username:
            raise InvalidArgumentError("username must be a non-empty string")
        if not isinstance(password, str) or not password:
            raise InvalidArgumentError("password must be a non-empty string")
        code = mfa_text(mfa_code) if mfa_code is not None and mfa_code != "" else None
        self._transport.log_in(PasswordLogin(username, password, code))
        user_id = int(jwt_claims(self._transport.tokens.access or "")["sub"])
        self._session.logged_in_as(user_id)
        log.info("logged in as user %d", user_id)

    @property
    def whoami(self) -> WhoAmI | None:
        """Who the client is logged in as; None when it is not.

        Looked up the first time it is asked for (the user and their
        organization: two requests), then kept for the session.
        """
        session = self._session
        if session.user_id is None:
            return None
        if session.whoami is None:
            session.whoami = self._who_is(session.user_id)
        return session.whoami

    def _who_is(self, user_id: int) -> WhoAmI:
        ops = self._session.operations
        user = self._transport.call(User, ops.user_get, user_id)
        link = user.organization
        organization_id = link.id if isinstance(link, Link) else 0
        try:  # users without roles may not see their own organization
            organization = self._transport.call(
                Organization, ops.organization_get, organization_id
            )
            organization_name = organization.name or ""
        except PermissionDeniedError:
            organization_name = ""
        return WhoAmI(
            type_="user",
            id_=user_id,
            name=user.firstname or user.username or "",
            organization_name=organization_name,
            organization_id=organization_id,
        )

    def refresh_token(self) -> None:
        """Trade the refresh token for new tokens now (normally automatic).

        Raises
        ------
        AuthenticationError
            Not logged in, or the refresh token has expired too.
        """
        self._transport.refresh(self._transport.tokens.access)

    def logout(self) -> None:
        """Forget the tokens and identity of this session (the server keeps none).

        Every view of this client (``with_options``) is logged out with it.
        """
        self._session.forget_login()

    def close(self) -> None:
        """Log out and close the connection pools (this client's and every
        view's: they share them)."""
        self._session.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Self:
        """A view of this client with other request settings.

        It shares this client's session: the login, encryption key, chosen
        collaboration and algorithm store, and connections, whether they are
        set up before or after the view is made, through the client or the
        view::

            client.with_options(timeout=300).task.list(per_page=5000)

        Parameters
        ----------
        timeout : float | httpx.Timeout | None
            Seconds a request may take.
        max_retries : int | None
            Retries of requests that are safe to repeat.

        Returns
        -------
        Client
            The view; this client is not changed.

        Raises
        ------
        InvalidArgumentError
            ``timeout`` or ``max_retries`` is not valid.
        """
        options = self._transport.options
        if timeout is not None:
            options = dataclasses.replace(options, timeout=request_timeout(timeout))
        if max_retries is not None:
            retries = call_options(options.timeout, max_retries).retry
            retry = dataclasses.replace(options.retry, max_retries=retries.max_retries)
            options = dataclasses.replace(options, retry=retry)
        clone = object.__new__(type(self))
        clone.__dict__.update(
            {k: v for k, v in self.__dict__.items() if not isinstance(v, ApiGroup)}
        )
        clone._transport = self._transport.with_options(options)
        return clone

    @property
    def token(self) -> str | None:
        """The current access token (for tools that need it; never logged)."""
        return self._transport.tokens.access

    @property
    def headers(self) -> dict[str, str]:
        """The authorization header of the current session (compatibility)."""
        token = self._transport.tokens.access
        return {"Authorization": f"Bearer {token}"} if token else {}

    # -- encryption ----------------------------------------------------------
    @property
    def cryptor(self) -> Cryptor:
        """What encrypts task input and decrypts results for this client."""
        return self._session.cryptor

    def setup_encryption(
        self,
        private_key_file: str | Path | bytes | rsa.RSAPrivateKey | None,
        *,
        password: str | bytes | None = None,
        overwrite: bool = False,
    ) -> None:
        """Use the private key of your organization for encrypted collaborations.

        The key is checked against the public key the server holds for your
        organization. When the server has none, the public half of this key is
        uploaded; when it holds a different one, nothing is changed and an
        error says so (other parties encrypt for the key on the server: with
        another key you could not read their messages). ``overwrite=True``
        replaces the server's key.

        Parameters
        ----------
        private_key_file : str | Path | bytes | rsa.RSAPrivateKey | None
            PEM file path, PEM bytes or a loaded key; ``None`` for
            unencrypted collaborations only.
        password : str | bytes | None
            For an encrypted PEM file.
        overwrite : bool
            Replace a different public key on the server, by default False.

        Raises
        ------
        NotLoggedInError
            A key is given and you are not logged in; nothing was read or sent.
        InvalidArgumentError
            The key cannot be read (a missing file, not a PEM RSA private key,
            a wrong password).
        EncryptionError
            The server holds another public key for your organization.
        PermissionDeniedError
            The server holds none (or ``overwrite`` is True) and you may not
            change your organization's public key.
        """
        if private_key_file is None:
            self._session.cryptor = PlainCryptor()
            return
        # Only here: `cryptography` is the SDK's heaviest import, and
        # unencrypted collaborations never need it.
        from vantage6_client._crypto import (
            RSACryptor,
            load_private_key,
            same_public_key,
        )

        whoami = self._require_login("setup_encryption")
        cryptor = RSACryptor(load_private_key(private_key_file, password))
        ops = self._session.operations
        organization = self._transport.call(
            Organization, ops.organization_get, whoami.organization_id
        )
        on_server = organization.public_key
        if on_server and not same_public_key(on_server, cryptor.public_key):
            if not overwrite:
                raise EncryptionError(
                    f"the server holds another public key for organization "
                    f"{whoami.organization_id} ({whoami.organization_name}); this "
                    "private key cannot read what is encrypted for it. Use the "
                    "matching key, or pass overwrite=True to replace the server's "
                    "key (messages encrypted for the old key become unreadable)."
                )
            log.warning(
                "replacing the public key of organization %d", whoami.organization_id
            )
        if on_server != cryptor.public_key and (overwrite or not on_server):
            self._transport.call(
                Organization,
                ops.organization_update,
                whoami.organization_id,
                body=OrganizationUpdate(public_key=cryptor.public_key),
            )
        self._session.cryptor = cryptor

    def setup_collaboration(self, collaboration_id: int) -> None:
        """Make ``collaboration_id`` the default collaboration of later calls.

        Parameters
        ----------
        collaboration_id : int
            A collaboration you can see.

        Raises
        ------
        InvalidArgumentError
            ``collaboration_id`` is not a positive integer; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no such collaboration.
        PermissionDeniedError
            You cannot see it.
        """
        require_id(collaboration_id, "collaboration_id")
        self.collaboration.get(collaboration_id)  # fails clearly when invalid
        self.collaboration_id = collaboration_id

    def check_if_blob_store_enabled(self) -> bool:
        """Whether the server keeps run data in large-result (blob) storage.

        Asked once per client; task input is then uploaded as blobs and
        results are downloaded as streams.

        Returns
        -------
        bool
            True when the server has a large-result store.

        Raises
        ------
        NotLoggedInError
            Not logged in (and not asked before); nothing was sent.
        """
        session = self._session
        if session.blob_store_enabled is None:
            status = self._transport.call(
                BlobStoreStatus, self._session.operations.util_get_blob_store_status
            )
            session.blob_store_enabled = status.blob_store_enabled
        return session.blob_store_enabled

    # -- waiting -------------------------------------------------------------
    def wait_for_results(
        self,
        task_id: int,
        interval: float = 1,
        *,
        timeout: float | None = None,
        progress: bool | None = None,
    ) -> TaskResults:
        """Wait until a task has finished; return all its results, decrypted.

        Polls the task's status, starting every ``interval`` seconds and
        backing off to at most 1.5 seconds between polls (or ``interval``, if
        longer). Losing the server for a moment (a restart, a proxy hiccup)
        does not end the wait.

        Parameters
        ----------
        task_id : int
            The task.
        interval : float
            Seconds between the first polls, by default 1.
        timeout : float | None
            Give up after this many seconds; by default wait for ever.
        progress : bool | None
            Show a progress bar of finished runs; by default only when the
            output is a terminal or a notebook.

        Returns
        -------
        TaskResults
            One :class:`~vantage6_client.TaskResult` per run (every page),
            with the result decrypted and parsed. It also reads like the
            official ``{"data": [...]}``.

        Raises
        ------
        InvalidArgumentError
            ``task_id`` is not a positive integer, or ``interval`` or
            ``timeout`` is not a positive number; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no task ``task_id``.
        PermissionDeniedError
            You may not see it.
        TaskFailedError
            A run failed, crashed or was killed; the error lists each with its
            organization, status and log.
        TimeoutError
            The task did not finish within ``timeout``.
        DecryptionError
            A result cannot be decrypted with this client's key.
        """
        from vantage6_client._waiting import wait_for_task

        require_id(task_id, "task_id")
        wait_for_task(
            self, task_id, interval=interval, timeout=timeout, progress=progress
        )
        return self.result.from_task(task_id)

    def wait_for_task_completion(
        self,
        request_func: Callable[..., Any] | None,
        task_id: int,
        interval: float = 1,
        log_animation: bool = True,
    ) -> None:
        """Wait until a task has finished (compatibility form).

        See :meth:`wait_for_results`, which also returns the results.

        Parameters
        ----------
        request_func : Callable[..., Any] | None
            Ignored: this client polls through its own pipeline.
        task_id : int
            The task.
        interval : float
            Seconds between the first polls, by default 1.
        log_animation : bool
            Ignored (by default True): a progress bar shows when the output is
            interactive.

        Raises
        ------
        InvalidArgumentError
            ``task_id`` is not a positive integer, or ``interval`` is not a
            positive number; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        NotFoundError
            There is no task ``task_id``.
        PermissionDeniedError
            You may not see it.
        TaskFailedError
            A run failed, crashed or was killed.
        """
        from vantage6_client._waiting import wait_for_task

        require_id(task_id, "task_id")
        wait_for_task(self, task_id, interval=interval, timeout=None, progress=None)

    # -- escape hatch --------------------------------------------------------
    def request(
        self,
        endpoint: str,
        json: Any = None,
        method: str = "get",
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        first_try: bool = True,
        retry: bool = True,
        attempts_on_timeout: int | None = None,
        is_for_algorithm_store: bool = False,
    ) -> Any:
        """Send a raw request to any endpoint and return its JSON body.

        For what the typed groups do not cover; prefer them. Authentication,
        token refresh, timeouts, safe retries and typed errors apply as for
        every call. ``first_try``, ``retry`` and ``attempts_on_timeout`` are
        accepted for compatibility (retrying follows this client's policy).

        Parameters
        ----------
        endpoint : str
            Path below the API root, e.g. ``"task/12"``.
        json : Any
            Request body.
        method : str
            HTTP method, by default ``"get"``.
        params : dict[str, Any] | None
            Query parameters.
        headers : dict[str, str] | None
            Extra headers.
        first_try, retry : bool
            Accepted for compatibility (by default True); retrying follows this
            client's policy.
        attempts_on_timeout : int | None
            Accepted for compatibility; see ``max_retries``.
        is_for_algorithm_store : bool
            Not supported for raw requests: use ``client.store``.

        Returns
        -------
        Any
            The parsed JSON body (None for an empty body).

        Raises
        ------
        InvalidArgumentError
            ``is_for_algorithm_store`` is True; nothing was sent.
        APIError
            The server answered with an error status (typed subclasses; an
            endpoint that needs a login answers AuthenticationError without
            one).
        """
        if is_for_algorithm_store:
            raise InvalidArgumentError(
                "raw requests to an algorithm store are not supported; use client.store"
            )
        path = endpoint.lstrip("/")

        def send() -> Any:
            response = self._transport.http.request(
                method.upper(), path, json=json, params=params, headers=headers
            )
            return response.json() if response.content else None

        return self._transport.run(f"{method.upper()} /{path}", send)

    def generate_path_to(self, endpoint: str, is_for_algorithm_store: bool) -> str:
        """The full URL of ``endpoint`` on the server (compatibility).

        Parameters
        ----------
        endpoint : str
            Path below the API root, e.g. ``"task/3"``.
        is_for_algorithm_store : bool
            Accepted for compatibility; the URL is always the server's.

        Returns
        -------
        str
            ``<API root>/<endpoint>``.
        """
        return f"{self.base_path}/{endpoint.lstrip('/')}"

    # -- helpers for the groups ----------------------------------------------
    def _require_login(self, action: str) -> WhoAmI:
        whoami = self.whoami if self._transport.tokens.access else None
        if whoami is None:
            raise NotLoggedInError(f"{action} needs a login: call authenticate first")
        return whoami


tell_errors_by_method(Client, "")
