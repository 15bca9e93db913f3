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

from vantage6_client._config import (
    api_root,
    call_options,
    checked_url,
    mfa_text,
    official_hq_form,
    request_timeout,
)
from vantage6_client._exceptions import (
    EncryptionError,
    InvalidArgumentError,
    NotFoundError,
    NotLoggedInError,
    NotOnThisServerError,
    PermissionDeniedError,
)
from vantage6_client._login import Login, PasswordLogin, RefreshToken
from vantage6_client._payloads import Cryptor, PlainCryptor
from vantage6_client._session import Session
from vantage6_client._tokens import jwt_claims
from vantage6_client._transport import DEFAULT_TIMEOUT, Transport
from vantage6_client._user_calls import tell_errors_by_method
from vantage6_client.resources._base import ApiGroup, require_id

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import rsa
    from vantage6_hq_api.models import User as HQUser

    from vantage6_client._oidc import DeviceCode
    from vantage6_client._results import TaskResults
    from vantage6_client.algorithm_store.algorithm import AlgorithmGroup
    from vantage6_client.resources.collaboration import CollaborationGroup
    from vantage6_client.resources.node import NodeGroup
    from vantage6_client.resources.organization import OrganizationGroup
    from vantage6_client.resources.result import ResultGroup
    from vantage6_client.resources.role import RoleGroup
    from vantage6_client.resources.rule import RuleGroup
    from vantage6_client.resources.run import RunGroup
    from vantage6_client.resources.session import DataframeGroup, SessionGroup
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
    """A session with a vantage6 server, 4.x or a 5.x HQ, as a user.

    Drop-in for the official ``vantage6.client.Client`` (``UserClient``) of
    both lines: the same groups, method names, parameters and defaults; typed
    results; typed errors; every page when asked; connection reuse, timeouts
    and safe retries throughout.

    A 5.x HQ's users log in at its identity provider (Keycloak): give its
    address as ``auth_url``, as the official 5.x client takes it
    (``UserClient(hq_url, auth_url)`` works as it does there). Without
    ``auth_url`` the server is taken to be 4.x; :attr:`server_version` tells.

    Parameters
    ----------
    host : str | None
        Server address with scheme, e.g. ``"https://v6.example.org"``. A URL
        that already ends in ``path`` (``"http://127.0.0.1:7601/api"``) is
        taken as the API root.
    port : int | str | None
        Port, when not the scheme's default (or given in ``host`` already).
        A URL here is the identity provider's: the official 5.x form
        ``UserClient(hq_url, auth_url, auth_realm, auth_client)``.
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
        Retries of requests that are safe to repeat (failed connections, and
        429/502/503/504 answers to GET, HEAD and DELETE),
        by default 3.
    verify : bool | str | ssl.SSLContext
        TLS certificate verification: True, False, the path of a CA bundle,
        or an SSL context; by default True.
    transport : httpx.BaseTransport | None
        Innermost HTTP transport to the server, for tests and proxies.
    auth_url : str | None
        5.x only: the root of the identity provider (Keycloak) HQ trusts,
        e.g. ``"https://auth.v6.example.org"``.
    auth_realm : str
        5.x only: its realm, by default ``"vantage6"``.
    auth_client : str
        5.x only: the public client users log in with, by default
        ``"public_client"``.

    Examples
    --------
    Log in, create a task, wait for its results (``server_url`` is the
    server's API root, e.g. ``"https://v6.example.org/api"``; the official
    client's ``Client("https://v6.example.org", 443)`` works too):

    >>> from vantage6_client import Client
    >>> with Client(base_url=server_url) as researcher:
    ...     researcher.authenticate(username, password)
    ...     researcher.setup_encryption(private_key_path)
    ...     task = researcher.task.create(
    ...         organizations=organization_ids,
    ...         name="sum of ages",
    ...         image="v6/sum",
    ...         input_={"method": "partial_sum", "kwargs": {"column": "age"}},
    ...         collaboration=collaboration_id,
    ...     )
    ...     results = researcher.wait_for_results(task.id)
    >>> results
    <TaskResults of task ...: 2 results>

    A 5.x HQ (the official 5.x form; the login shows a URL and a code to
    approve in any browser). Not run here: the examples' server is a 4.x one,
    and the login waits for a person.

    >>> hq = Client(  # doctest: +SKIP
    ...     "https://hq.example.org/api", "https://auth.example.org"
    ... )
    >>> hq.authenticate()  # doctest: +SKIP
    """

    def __init__(
        self,
        host: str | None = None,
        port: int | str | None = None,
        path: str = "/api",
        log_level: str | int | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 3,
        verify: bool | str | ssl.SSLContext = True,
        transport: httpx.BaseTransport | None = None,
        auth_url: str | None = None,
        auth_realm: str = "vantage6",
        auth_client: str = "public_client",
    ) -> None:
        if isinstance(port, str):  # the official 5.x form: (hq_url, auth_url, ...)
            hq = official_hq_form(port, path, log_level, auth_url)
            port, path, log_level = None, "/api", hq.log_level
            auth_url, auth_realm = hq.auth_url, hq.auth_realm or auth_realm
            auth_client = hq.auth_client or auth_client
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
        options = call_options(timeout, max_retries)
        provider = login = None
        if auth_url is not None:  # 5.x: its login code loads only for HQ
            from vantage6_client._oidc import IdentityProvider, KeycloakRenewal

            provider = IdentityProvider(
                checked_url(auth_url, "auth_url"),
                auth_realm,
                auth_client,
                timeout=options.timeout,
                verify=verify,
            )
            login = KeycloakRenewal(provider)
        self.auth_url = provider.url if provider else None
        self._transport = Transport(
            self.base_path,
            options=options,
            verify=verify,
            transport=transport,
            login=login or RefreshToken(),
        )
        self._session = Session(self._transport, provider)

    def __repr__(self) -> str:
        session = self._session
        if session.whoami is not None:
            who = f" as {session.whoami.name!r}"
        else:
            who = f" as user {session.user_id}" if session.user_id is not None else ""
        return f"<Client {self.base_path}{who}>"

    @property
    def hq_url(self) -> str:
        """The API root (the official 5.x client's name for it)."""
        return self.base_path

    @property
    def server_version(self) -> str:
        """The server's version, e.g. ``"4.15.2"`` or ``"5.0.3"`` (read once
        from ``GET /version``, which needs no login).

        Raises
        ------
        TransportError
            The server cannot be reached.
        """
        return self._session.line.version

    @property
    def collaboration_id(self) -> int | None:
        """The default collaboration of later calls (see ``setup_collaboration``)."""
        return self._session.collaboration_id

    @collaboration_id.setter
    def collaboration_id(self, value: int | None) -> None:
        self._session.collaboration_id = value

    @property
    def session_id(self) -> int | None:
        """5.x: the default session of later calls (the one made last by
        ``session.create``, or set here)."""
        return self._session.session_id

    @session_id.setter
    def session_id(self, value: int | None) -> None:
        self._session.session_id = value

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
    def session(self) -> SessionGroup:
        """5.x: sessions, in which tasks run, and their dataframes."""
        from vantage6_client.resources.session import SessionGroup

        return SessionGroup(self)

    @functools.cached_property
    def dataframe(self) -> DataframeGroup:
        """5.x: the dataframes of sessions: extract, preprocess, wait."""
        from vantage6_client.resources.session import DataframeGroup

        return DataframeGroup(self)

    @functools.cached_property
    def store(self) -> StoreGroup:
        """Algorithm stores linked to the server."""
        from vantage6_client.resources.store import StoreGroup

        return StoreGroup(self)

    # -- made from a profile or the environment -------------------------------
    @classmethod
    def from_profile(
        cls,
        name: str | None = None,
        *,
        path: str | Path | None = None,
        login: bool = True,
        mfa_code: int | str | None = None,
        token_cache: bool | None = None,
        cache_dir: str | Path | None = None,
        show_code: Callable[[DeviceCode], None] | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> Self:
        """A client made, and logged in, as a profile of the profiles file says.

        The file is TOML: ``default`` names the profile used when none is
        asked for, and each ``[profiles.NAME]`` table holds one profile.
        Keys: ``url`` (required: the server's address, or its API root),
        ``api_path``, for 5.x ``auth_url``, ``auth_realm`` and
        ``auth_client``, ``username``, ``password``, 5.x service accounts'
        ``client_id`` and ``client_secret``, ``private_key`` (encryption is
        set up with it; a relative path is relative to the file),
        ``private_key_password``, ``token_cache``, ``verify``, ``timeout``.
        Secrets are never written in the file, only the environment variable
        that holds one: ``password = { env = "NAME" }``. A ``VANTAGE6_*``
        environment variable that is set overrides the profile's value
        (``VANTAGE6_URL``, ``VANTAGE6_PASSWORD``, ...; see
        :meth:`from_env`).

        How it logs in follows from the keys: a 5.x service account when
        ``client_secret`` is given; a password login when ``username`` is;
        otherwise, on 5.x, the device login in a browser.

        With the token cache (``token_cache = true``) the login's refresh
        token is kept in a file of the user's alone (mode 0600) in the
        user's cache directory, one per profile; the next client of the
        profile (a restarted notebook kernel) resumes the session with it
        instead of logging in, until the server or Keycloak refuses it (then
        the file is removed and the profile's login happens).
        :meth:`logout` removes the file, :meth:`close` keeps it. Service
        accounts log in with their secret every time (they get no refresh
        token).

        Parameters
        ----------
        name : str | None
            The profile; None: the one ``VANTAGE6_PROFILE`` names, else the
            file's ``default``, else the file's only profile.
        path : str | Path | None
            The profiles file; None: ``VANTAGE6_CONFIG``, else
            ``vantage6-sdk/profiles.toml`` in the user's configuration
            directory (``$XDG_CONFIG_HOME`` or ``~/.config``; ``%APPDATA%`` on
            Windows).
        login : bool
            Log in (and set up encryption with the profile's private key), by
            default True; False: the client is made and nothing is sent.
        mfa_code : int | str | None
            4.x: the two-factor code, for a profile whose user needs one (a
            session resumed from the token cache needs none). None: the login
            raises ``MFARequiredError`` when the server asks for a code.
        token_cache : bool | None
            Use the token cache or not, whatever the profile says; None: as
            the profile (or ``VANTAGE6_TOKEN_CACHE``) says, else not.
        cache_dir : str | Path | None
            The token cache's directory; None: ``VANTAGE6_CACHE_DIR``, else
            ``vantage6-sdk/tokens`` in the user's cache directory
            (``$XDG_CACHE_HOME`` or ``~/.cache``; ``%LOCALAPPDATA%`` on
            Windows).
        show_code : Callable[[DeviceCode], None] | None
            5.x device login: how to show the URL and code; None: one line is
            printed.
        transport : httpx.BaseTransport | None
            Innermost HTTP transport to the server, for tests and proxies.

        Returns
        -------
        Client
            The client, logged in unless ``login`` is False.

        Raises
        ------
        ProfileError
            The file is missing, unreadable or not TOML; the profile is not in
            it; a key is unknown, of the wrong type or missing (``url``; the
            password of a ``username``); a secret is written in the file; a
            secret's environment variable is not set. The message names the
            key, the profile and the file.
        AuthenticationError
            The login was refused (see :meth:`authenticate`).
        MFARequiredError
            4.x: the server needs a two-factor code and ``mfa_code`` is None.
        TransportError
            The server, or the identity provider, cannot be reached.
        EncryptionError
            The private key does not match the organization's public key.
        InvalidArgumentError
            A value of the profile is refused by the client (e.g. a URL
            without a scheme).

        Examples
        --------
        ``~/.config/vantage6-sdk/profiles.toml``:

        .. code-block:: toml

            default = "work"

            [profiles.work]                    # a 4.x server
            url = "https://v6.example.org"
            username = "rosalind"
            password = { env = "V6_WORK_PASSWORD" }
            private_key = "~/keys/hospital_a.pem"
            token_cache = true

            [profiles.hq]                      # a 5.x HQ, device login
            url = "https://hq.example.org/api"
            auth_url = "https://auth.example.org"
            token_cache = true

            [profiles.bot]                     # a 5.x service account
            url = "https://hq.example.org/api"
            auth_url = "https://auth.example.org"
            client_id = "analysis-bot-user-client"
            client_secret = { env = "V6_BOT_SECRET" }

        With that file, ``Client.from_profile()`` logs in to the default
        profile, "work", and ``Client.from_profile("hq")`` to HQ (printing a
        URL and a code, once). For the examples' server, in a file of its own:

        >>> import os, pathlib, tempfile
        >>> from unittest import mock
        >>> profiles = pathlib.Path(tempfile.mkdtemp()) / "profiles.toml"
        >>> _ = profiles.write_text(f'''
        ... [profiles.work]
        ... url = "{server_url}"
        ... username = "{username}"
        ... password = {{ env = "V6_WORK_PASSWORD" }}
        ... private_key = "{private_key_path}"
        ... ''')
        >>> with mock.patch.dict(os.environ, V6_WORK_PASSWORD=password):
        ...     work = Client.from_profile("work", path=profiles)
        >>> work.whoami
        <WhoAmI name=Rosalind, type=user, organization=Hospital A (id=...)>
        >>> work.close()
        """
        from vantage6_client._profiles import connect, read_profile

        return connect(
            cls,
            read_profile(name, path),
            login=login,
            mfa_code=mfa_code,
            token_cache=token_cache,
            cache_path=cache_dir,
            show_code=show_code,
            transport=transport,
        )

    @classmethod
    def from_env(
        cls,
        *,
        login: bool = True,
        mfa_code: int | str | None = None,
        token_cache: bool | None = None,
        cache_dir: str | Path | None = None,
        show_code: Callable[[DeviceCode], None] | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> Self:
        """A client made, and logged in, as the ``VANTAGE6_*`` environment
        variables say (no file is read).

        The variables, each the key of a profile (:meth:`from_profile`):
        ``VANTAGE6_URL`` (required: the server's address, or its API root),
        ``VANTAGE6_API_PATH``, ``VANTAGE6_AUTH_URL``,
        ``VANTAGE6_AUTH_REALM``, ``VANTAGE6_AUTH_CLIENT`` (5.x),
        ``VANTAGE6_USERNAME``, ``VANTAGE6_PASSWORD``, ``VANTAGE6_CLIENT_ID``,
        ``VANTAGE6_CLIENT_SECRET`` (5.x service accounts),
        ``VANTAGE6_PRIVATE_KEY``, ``VANTAGE6_PRIVATE_KEY_PASSWORD``,
        ``VANTAGE6_TOKEN_CACHE`` (``1``/``0``, ``true``/``false``, ...),
        ``VANTAGE6_VERIFY`` (a flag, or a CA bundle's path),
        ``VANTAGE6_TIMEOUT`` (seconds). An empty variable counts as unset.
        It logs in as a profile would; the token cache's file is named after
        the server and user.

        Parameters
        ----------
        login : bool
            Log in (and set up encryption with the private key), by default
            True; False: the client is made and nothing is sent.
        mfa_code : int | str | None
            4.x: the two-factor code, where the user needs one (a session
            resumed from the token cache needs none).
        token_cache : bool | None
            Use the token cache or not; None: as ``VANTAGE6_TOKEN_CACHE``
            says, else not.
        cache_dir : str | Path | None
            The token cache's directory; None: ``VANTAGE6_CACHE_DIR``, else
            ``vantage6-sdk/tokens`` in the user's cache directory.
        show_code : Callable[[DeviceCode], None] | None
            5.x device login: how to show the URL and code; None: one line is
            printed.
        transport : httpx.BaseTransport | None
            Innermost HTTP transport to the server, for tests and proxies.

        Returns
        -------
        Client
            The client, logged in unless ``login`` is False.

        Raises
        ------
        ProfileError
            ``VANTAGE6_URL`` is not set, a variable's value is wrong, or the
            login needs a variable that is not set (e.g.
            ``VANTAGE6_PASSWORD``). The message names the variable.
        AuthenticationError
            The login was refused (see :meth:`authenticate`).
        MFARequiredError
            4.x: the server needs a two-factor code and ``mfa_code`` is None.
        TransportError
            The server, or the identity provider, cannot be reached.
        EncryptionError
            The private key does not match the organization's public key.
        InvalidArgumentError
            A value is refused by the client (e.g. a URL without a scheme).

        Examples
        --------
        .. code-block:: sh

            export VANTAGE6_URL=https://v6.example.org
            export VANTAGE6_USERNAME=rosalind
            export VANTAGE6_PASSWORD=...        # from a secret store, not a file
            export VANTAGE6_PRIVATE_KEY=~/keys/hospital_a.pem

        The same variables for the examples' server (``mock.patch.dict`` sets
        them for the block only, as ``export`` would for a shell):

        >>> import os
        >>> from unittest import mock
        >>> variables = {
        ...     "VANTAGE6_URL": server_url,
        ...     "VANTAGE6_USERNAME": username,
        ...     "VANTAGE6_PASSWORD": password,
        ...     "VANTAGE6_PRIVATE_KEY": private_key_path,
        ... }
        >>> with mock.patch.dict(os.environ, variables):
        ...     job = Client.from_env()
        >>> job.whoami
        <WhoAmI name=Rosalind, type=user, organization=Hospital A (id=...)>
        >>> job.close()
        """
        from vantage6_client._profiles import connect, read_environment

        return connect(
            cls,
            read_environment(),
            login=login,
            mfa_code=mfa_code,
            token_cache=token_cache,
            cache_path=cache_dir,
            show_code=show_code,
            transport=transport,
        )

    # -- session -------------------------------------------------------------
    def authenticate(
        self,
        username: str | None = None,
        password: str | None = None,
        mfa_code: int | str | None = None,
        *,
        show_code: Callable[[DeviceCode], None] | None = None,
        open_browser: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Log in as a user.

        On 4.x, with a username and password (and a two-factor code where the
        server wants one): one request; who that is (:attr:`whoami`) is looked
        up when first asked for.

        On a 5.x HQ, at its identity provider (Keycloak): without arguments,
        by the device authorization grant, as the official 5.x client does:
        the client shows a URL and a code, the user approves the login there
        in any browser (with their one-time code where the realm wants one),
        and this call returns once they have. With a username and password
        where the realm allows it (direct access grants), in one request.
        Either way HQ is asked who that is (``GET /user/me``).

        Parameters
        ----------
        username : str | None
            Required on a 4.x server, and for a 5.x password login: the
            user's name. The default None is for a 5.x HQ, where
            ``authenticate()`` without arguments is the device login, for
            compatibility with the official 5.x client.
        password : str | None
            Required on a 4.x server, and for a 5.x password login: the
            user's password (None: see ``username``; compatibility).
        mfa_code : int | str | None
            4.x only: the six-digit code of the user's authenticator app, when
            the server requires two-factor authentication. Give it as a
            string; an int is zero-padded to six digits (``12345`` ->
            ``"012345"``).
        show_code : Callable[[DeviceCode], None] | None
            5.x device login: called with the :class:`DeviceCode` to show the
            user (a notebook widget, a GUI); by default one line is printed.
        open_browser : bool | None
            5.x device login: open the page in the default browser too; by
            default only on a desktop (not on a server or in CI).
        timeout : float | None
            5.x device login: seconds to wait for the approval at most; by
            default as long as the code is valid.

        Raises
        ------
        AuthenticationError
            Wrong username or password, or the account is (temporarily)
            blocked after too many failed attempts. On 5.x an
            :class:`~vantage6_client.OAuthError` with the provider's error
            code: the device login was denied (``access_denied``) or its
            code expired (``expired_token``), or the realm takes no passwords
            (the message says what to use instead).
        MFARequiredError
            4.x: the server needs a two-factor code and none was given.
        TwoFactorSetupRequiredError
            4.x: two-factor authentication is required but not set up for
            this user: the error carries the secret and QR URI for an
            authenticator app.
        TimeoutError
            5.x device login: nobody approved it in time.
        TransportError
            The server, or on 5.x the identity provider, cannot be reached
            (the message names which).
        NotOnThisServerError
            The arguments belong to the other line: a 5.x HQ without
            ``auth_url`` (the message says what to pass), or a two-factor
            code for 5.x (Keycloak asks for it on its own page).
        InvalidArgumentError
            An argument is empty or of the wrong type.

        Examples
        --------
        >>> researcher = Client(base_url=server_url)
        >>> researcher.authenticate(username, password)
        >>> researcher.whoami
        <WhoAmI name=Rosalind, type=user, organization=Hospital A (id=...)>
        >>> researcher.close()
        """
        for name, value in (("username", username), ("password", password)):
            if value is not None and (not isinstance(value, str) or not value):
                raise InvalidArgumentError(f"{name} must be a non-empty string")
        provider = self._session.provider
        if provider is None:
            self._log_in_at_server(username, password, mfa_code)
            return
        if mfa_code is not None and mfa_code != "":
            raise self._session.line.refuse(
                "mfa_code",
                "on 5.x Keycloak asks for the one-time code on its own page: "
                "call authenticate() without arguments and approve the login "
                "in a browser",
            )
        from vantage6_client._oidc import (
            DeviceLogin,
            KeycloakPasswordLogin,
            a_browser_is_at_hand,
            print_code,
        )

        if (username is None) != (password is None):
            raise InvalidArgumentError(
                "give both username and password, or neither (to log in with "
                "a device code in a browser)"
            )
        if username is not None and password is not None:
            login: Login = KeycloakPasswordLogin(provider, username, password)
        else:
            login = DeviceLogin(
                provider,
                show=show_code or print_code,
                open_browser=a_browser_is_at_hand()
                if open_browser is None
                else open_browser,
                timeout=timeout,
            )
        self._log_in_at_hq(login)

    def _log_in_at_server(
        self, username: str | None, password: str | None, mfa_code: int | str | None
    ) -> None:
        """4.x: ``POST /token/user``; the user id is the token's subject."""
        if username is None or password is None:
            missing = "username" if username is None else "password"
            raise InvalidArgumentError(
                f"{missing} is required on a 4.x server (a 5.x HQ, where users "
                "log in in a browser, needs the client made with auth_url=...)"
            )
        code = mfa_text(mfa_code) if mfa_code is not None and mfa_code != "" else None
        try:
            self._transport.log_in(PasswordLogin(username, password, code))
        except NotFoundError as exc:
            if self._session.line.is_hq:  # 5.x has no /token/user
                raise self._session.line.refuse(
                    "logging in at the server",
                    "its users log in at Keycloak: make the client with the "
                    "identity provider's address, Client(hq_url, "
                    "auth_url='https://auth.example.org') (and auth_realm=, "
                    "auth_client= where they are not 'vantage6' and "
                    "'public_client')",
                ) from exc
            raise
        user_id = int(jwt_claims(self._transport.tokens.access or "")["sub"])
        self._session.logged_in_as(user_id)
        log.info("logged in as user %d", user_id)

    def _log_in_at_hq(self, login: Login) -> None:
        """5.x: tokens from Keycloak, then who that is at HQ (its ``sub`` is
        the Keycloak id, not HQ's user id)."""
        from vantage6_hq_api.models import User as HQUser

        try:
            self._transport.log_in(login)
            me = self._transport.call(HQUser, self._session.hq_operations.user_me)
        except BaseException:
            # refused, or Ctrl-C while a device login waits: logged out, with
            # nothing of an earlier login left to act as (no half-done login)
            self._session.forget_login()
            raise
        self._session.logged_in_as(me.id)
        self._session.whoami = self._who_is_at_hq(me)  # no second request
        log.info("logged in at HQ as user %d", me.id)

    def initialize_service_account(
        self,
        client_secret: str,
        username: str | None = None,
        client_name: str | None = None,
    ) -> None:
        """5.x: remember a service account's credentials for
        :meth:`authenticate_service_account` (nothing is sent).

        Parameters
        ----------
        client_secret : str
            The secret of the account's Keycloak client (``user.create(...,
            is_service_account=True)`` answers it as ``client_secret``).
        username : str | None
            The account's username: its client is ``{username}-user-client``.
        client_name : str | None
            The client's id, where it is not named after the username (then
            ``username`` is not needed).

        Raises
        ------
        NotOnThisServerError
            The server is 4.x, which has no service accounts.
        InvalidArgumentError
            No secret, or neither username nor client name.
        """
        if self._session.provider is None:
            raise _no_service_accounts()
        if not isinstance(client_secret, str) or not client_secret:
            raise InvalidArgumentError("client_secret must be a non-empty string")
        if client_name:
            client_id = client_name
        elif username:
            client_id = f"{username}-user-client"
        else:
            raise InvalidArgumentError("give the username or the client_name")
        self._session.service_account = (client_id, client_secret)

    def authenticate_service_account(
        self,
        client_secret: str | None = None,
        username: str | None = None,
        client_name: str | None = None,
    ) -> None:
        """5.x: log in as a service account (the client-credentials grant).

        Without arguments, with what :meth:`initialize_service_account` was
        given (the official two-step form); with them, in one call. When its
        token runs out the client logs in again by itself (such tokens have
        no refresh token). Who it is (:attr:`whoami`) is looked up at once,
        so encryption can be set up and tasks created.

        Parameters
        ----------
        client_secret : str | None
            The secret of the account's Keycloak client; None: the one given
            to :meth:`initialize_service_account`.
        username : str | None
            The account's username: its client is ``{username}-user-client``.
        client_name : str | None
            The client's id, where it is not named after the username.

        Raises
        ------
        OAuthError
            The provider refused the client or its secret.
        NotOnThisServerError
            The server is 4.x, which has no service accounts.
        InvalidArgumentError
            Neither given now nor initialized before.
        """
        provider = self._session.provider
        if provider is None:
            raise _no_service_accounts()
        if client_secret is not None or username or client_name:
            self.initialize_service_account(client_secret or "", username, client_name)
        if self._session.service_account is None:
            raise InvalidArgumentError(
                "no service account: pass client_secret and username (or call "
                "initialize_service_account first)"
            )
        from vantage6_client._oidc import ServiceAccountLogin

        client_id, secret = self._session.service_account
        self._log_in_at_hq(ServiceAccountLogin(provider, client_id, secret))

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

    def _who_is_at_hq(self, me: HQUser) -> WhoAmI:
        organization_id = me.organization.id if me.organization else 0
        return WhoAmI(
            type_="user",
            id_=me.id,
            name=me.username or "",
            organization_name="",
            organization_id=organization_id,
        )

    def _who_is(self, user_id: int) -> WhoAmI:
        if self._session.hq:
            from vantage6_hq_api.models import User as HQUser

            me = self._transport.call(HQUser, self._session.hq_operations.user_me)
            return self._who_is_at_hq(me)
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

        Every view of this client (``with_options``) is logged out with it,
        and the token cache of a client made by :meth:`from_profile` or
        :meth:`from_env` is removed (the next one logs in again).
        """
        self._session.forget_login()
        if self._session.token_cache is not None:
            self._session.token_cache.forget()
            self._session.token_cache = None

    def close(self) -> None:
        """Log out and close the connection pools (this client's and every
        view's: they share them). A token cache is kept (see
        :meth:`from_profile`): the next client of the profile resumes."""
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

        Examples
        --------
        Once per session, after logging in:

        >>> researcher = Client(base_url=server_url)
        >>> researcher.authenticate(username, password)
        >>> researcher.setup_encryption(private_key_path)  # e.g. "hospital_a.pem"
        >>> researcher.cryptor
        <RSACryptor 4096-bit>
        >>> researcher.close()
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
        events: bool | None = None,
    ) -> TaskResults:
        """Wait until a task has finished; return all its results, decrypted.

        With the ``events`` extra installed (``pip install
        'vantage6-sdk[events]'``), the wait listens to the server's Socket.IO
        events and returns the moment the last run has ended: an event names
        a run, that run is read again over the API (the event is only a hint:
        a 4.x server sends it before it saves the run), and the task is done
        when the server says so. A proxy that drops websockets leaves
        long-polling, which works too (logged). Without the extra, or when the
        server puts this login in no room of the task's collaboration, the
        wait polls the task's runs, starting every ``interval`` seconds and
        backing off to at most 1.5 seconds (or ``interval``, if longer). With
        events it still reads every run when none came for 60 seconds.
        Losing the server for a moment (a restart, a proxy hiccup) does not
        end the wait.

        Parameters
        ----------
        task_id : int
            The task.
        interval : float
            Seconds between the first polls, by default 1.
        timeout : float | None
            Give up after this many seconds; by default wait for ever.
        progress : bool | None
            Show a progress bar of finished runs, with each organization's
            state beside it; by default only when the output is a terminal or
            a notebook.
        events : bool | None
            Listen to the server's events: by default (None) when the events
            extra is installed and the client was made without a
            ``transport`` (the socket cannot go through it); True also then,
            and a missing extra is an error; False never (poll).

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
        MissingDependencyError
            ``events=True`` and the events extra is not installed.

        Examples
        --------
        >>> task = client.task.create(
        ...     organizations=organization_ids,
        ...     name="sum of ages",
        ...     image="v6/sum",
        ...     input_={"method": "partial_sum", "kwargs": {"column": "age"}},
        ...     collaboration=collaboration_id,
        ... )
        >>> results = client.wait_for_results(task.id, timeout=600)
        >>> results
        <TaskResults of task ...: 2 results>
        >>> sorted(results.by_organization().values(), key=lambda sums: sums["count"])
        [{'sum': 92.0, 'count': 2}, {'sum': 131.0, 'count': 3}]
        """
        from vantage6_client._waiting import wait_for_task

        require_id(task_id, "task_id")
        wait_for_task(
            self,
            task_id,
            interval=interval,
            timeout=timeout,
            progress=progress,
            events=events,
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


def _no_service_accounts() -> NotOnThisServerError:
    return NotOnThisServerError(
        "service accounts are vantage6 5.x's (Keycloak clients); for a 4.x "
        "server log in with authenticate(username, password), or make the "
        "client with auth_url=... for a 5.x HQ"
    )


tell_errors_by_method(Client, "")
