"""The one request pipeline every call goes through.

A facade method calls a generated operation (from the operations table its
session chose) through :meth:`Transport.call`, which passes the connection::

    task = self._transport.call(Task, self._ops.task_get, id_)

and gets a typed model back, or one of the typed errors. Along the way:

- ``call`` names the operation and carries the per-call options in a context
  variable, refreshes the access token shortly before it expires, and once more
  when the server says it has expired (a request refused for an expired token
  did nothing, so even a POST may be sent again);
- the request hook puts the right bearer token on the request;
- :class:`RetryingTransport` sets the timeout and retries what is safe to
  retry: failed connections, and 429/502/503/504 answers to GET, HEAD and
  DELETE, with exponential backoff and jitter, bounded in count and time
  (but not a request too large for the server: it fails the same way again);
- the response hook turns every error status into a typed exception before
  the generated code tries to parse the body;
- ``call`` turns transport failures and unreadable success bodies into typed
  errors too.

Nothing here logs a header, a body or a token.
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
import datetime
import email.utils
import functools
import logging
import random
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from typing import Any, Concatenate, Literal, ParamSpec, Protocol, TypeAlias, TypeVar
from urllib.parse import urlsplit

import httpx

from vantage6_client._exceptions import (
    APIError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    NotLoggedInError,
    PermissionDeniedError,
    RequestTooLargeError,
    ServerError,
    TimeoutError,
    TransportError,
    UnexpectedResponseError,
    Vantage6Error,
    expect,
)
from vantage6_client._login import Login, Renewal
from vantage6_client._sockets import acknowledge_at_once
from vantage6_client._tokens import Tokens

log = logging.getLogger("vantage6_client.http")

P = ParamSpec("P")
T = TypeVar("T")
R = TypeVar("R")

TokenKind = Literal["access", "refresh", "none"]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "DELETE", "OPTIONS"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
STREAM_CHUNK_BYTES = 1 << 20  # blobs: 1 MB per piece uploaded
# Large results and blobs read: at most 64 KiB at a time (the network's own
# reads), so the pieces in flight stay small beside a 50 MB result's string.
STREAM_READ_BYTES = 1 << 16


class Answer(Protocol):
    """A generated ``Response`` (the server's and the store's bindings each
    have their own class)."""

    @property
    def parsed(self) -> object: ...

    @property
    def headers(self) -> MutableMapping[str, str]: ...


# A generated ``sync_detailed``: it takes the connection first, which the
# transport passes itself, then the operation's own arguments.
Operation: TypeAlias = Callable[Concatenate[httpx.Client, P], Answer]


@dataclasses.dataclass(frozen=True)
class RetryPolicy:
    """When and how often a request is sent again.

    Parameters
    ----------
    max_retries : int
        Retries after the first attempt (0 disables retrying).
    backoff : float
        Seconds before the first retry; doubled for each next one.
    max_backoff : float
        Longest wait between two attempts, ``Retry-After`` included.
    max_elapsed : float
        No retry starts later than this many seconds after the first attempt.
    """

    max_retries: int = 3
    backoff: float = 0.5
    max_backoff: float = 8.0
    max_elapsed: float = 60.0

    def allows(self, attempt: int, started: float) -> bool:
        """Whether attempt number ``attempt`` (1-based), which failed, may be
        followed by another, the first having started at ``started``
        (``time.monotonic()``)."""
        return (
            attempt <= self.max_retries
            and time.monotonic() - started < self.max_elapsed
        )

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number ``attempt`` (1-based)."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_backoff)
        ceiling = min(self.backoff * 2.0 ** (attempt - 1), self.max_backoff)
        return ceiling / 2 + random.uniform(0, ceiling / 2)


@dataclasses.dataclass(frozen=True)
class CallOptions:
    """Per-client (and, through ``with_options``, per-call) request settings."""

    timeout: httpx.Timeout = dataclasses.field(default_factory=lambda: DEFAULT_TIMEOUT)
    retry: RetryPolicy = dataclasses.field(default_factory=RetryPolicy)


@dataclasses.dataclass(frozen=True)
class _CallContext:
    operation: str
    options: CallOptions
    token: TokenKind
    tokens: Tokens


_current: contextvars.ContextVar[_CallContext | None] = contextvars.ContextVar(
    "vantage6_client_call", default=None
)


class _Credentials:
    """What a transport, its views and a store's transport share: the tokens,
    the login that renews them, and one lock so that they are renewed once."""

    def __init__(self, tokens: Tokens, renewal: Renewal | None) -> None:
        self.tokens = tokens
        self.renewal = renewal
        self.lock = threading.Lock()


class TokenExpiredError(AuthenticationError):
    """The server refused the access token because it expired (internal)."""


class Transport:
    """One pooled ``httpx.Client`` with vantage6's auth, retries and errors.

    Parameters
    ----------
    base_url : str
        The API root, e.g. ``https://v6.example.org/api``.
    options : CallOptions
        Timeout and retry policy.
    verify : bool | str | ssl.SSLContext
        TLS verification: on, off, a CA bundle path, or a ready context.
    transport : httpx.BaseTransport | None
        The innermost transport, e.g. for tests; default: a pooled HTTP/1.1
        transport.
    headers : Mapping[str, str] | None
        Headers for every request.
    login : Renewal | None
        How tokens are renewed until :meth:`log_in` sets a login; default:
        not at all.
    login_of : Transport | None
        Another transport whose login this one uses (an algorithm store takes
        the user's server token): tokens are shared, renewing is its job.
    open_operations : frozenset[str]
        Operations that need no login but take one (an algorithm store shows
        anyone its approved algorithms, and a logged-in user more); every
        other operation called without a login is refused before sending.
    """

    def __init__(
        self,
        base_url: str,
        *,
        options: CallOptions | None = None,
        verify: bool | str | ssl.SSLContext = True,
        transport: httpx.BaseTransport | None = None,
        headers: Mapping[str, str] | None = None,
        login: Renewal | None = None,
        login_of: Transport | None = None,
        open_operations: frozenset[str] = frozenset(),
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.open_operations = open_operations
        self.options = options or CallOptions()
        self.verify = verify
        # requests go through the caller's transport (a test's, a proxy's),
        # which other connections (the events' socket) cannot take
        self.custom_transport = transport is not None
        self._credentials: _Credentials = (
            login_of._credentials if login_of else _Credentials(Tokens(), login)
        )
        self._login_of = login_of
        inner = transport or acknowledge_at_once(
            httpx.HTTPTransport(verify=ssl_context(verify, self.base_url))
        )
        self.http = httpx.Client(
            base_url=self.base_url,
            headers=headers,
            timeout=self.options.timeout,
            transport=RetryingTransport(inner),
            event_hooks={"request": [self._authorize], "response": [_raise_for_status]},
            follow_redirects=False,
        )
        _warn_if_plaintext(self.base_url)

    # -- calling generated operations ----------------------------------------
    def call(
        self,
        expected: type[T],
        endpoint: Operation[P],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T:
        """Call a generated ``sync_detailed`` and return its parsed model.

        Raises
        ------
        Vantage6Error
            A typed error for every failure (see the module docstring).
        """
        operation = operation_name(endpoint)
        send = self.bind(endpoint, *args, **kwargs)
        response = self.run(operation, send, token="access")
        return expect(expected, response.parsed, operation)

    def call_public(
        self,
        expected: type[T],
        endpoint: Operation[P],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T:
        """Like :meth:`call`, for operations that need no login: no token is
        sent, so none is refreshed either."""
        operation = operation_name(endpoint)
        send = self.bind(endpoint, *args, **kwargs)
        response = self.run(operation, send, token="none")
        return expect(expected, response.parsed, operation)

    def call_list(
        self,
        item: type[T],
        endpoint: Operation[P],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> list[T]:
        """Like :meth:`call`, for operations that answer with a JSON array."""
        operation = operation_name(endpoint)
        send = self.bind(endpoint, *args, **kwargs)
        response = self.run(operation, send, token="access")
        items = expect(list, response.parsed, operation)
        return [expect(item, element, operation) for element in items]

    def bind(
        self, endpoint: Operation[P], /, *args: P.args, **kwargs: P.kwargs
    ) -> Callable[[], Answer]:
        """``endpoint`` with this transport's connection and its arguments."""
        return functools.partial(endpoint, self.http, *args, **kwargs)

    def stream(
        self,
        operation: str,
        request: Mapping[str, Any],
        read: Callable[[Iterator[bytes]], R],
    ) -> R:
        """Send a request built by a generated ``_get_kwargs`` and hand its body
        to ``read`` in chunks of ``STREAM_READ_BYTES``, never whole.

        The request goes through the same pipeline as every call (auth,
        retries, typed errors); a retry calls ``read`` again from the start.
        """

        def send() -> R:
            response = self.http.send(self.http.build_request(**request), stream=True)
            try:
                return read(response.iter_bytes(STREAM_READ_BYTES))
            finally:
                response.close()

        return self.run(operation, send, token="access")

    def run(
        self,
        operation: str,
        send: Callable[[], R],
        *,
        token: TokenKind | None = None,
    ) -> R:
        """Send one operation's request(s) through the pipeline.

        Parameters
        ----------
        operation : str
            Its name, for errors and logs.
        send : callable
            Makes the request, typically a generated ``sync_detailed`` with its
            arguments bound.
        token : {"access", "refresh", "none"} | None
            Which token the request carries: ``"access"`` for an operation
            that needs a login (refused before sending when there is none,
            unless it is one of ``open_operations``), ``"none"`` for a public
            one; None: the access token when logged in (a request of the
            user's own making, whose needs are unknown).

        Raises
        ------
        NotLoggedInError
            The operation needs a login and there is none.
        """
        if self.http.is_closed:
            raise Vantage6Error("the client is closed; make a new one").at(operation)
        if token == "access" and not self.tokens.access:
            if operation not in self.open_operations:
                raise NotLoggedInError("not logged in; call authenticate() first").at(
                    operation
                )
            token = None
        if token is None:
            token = "access" if self.tokens.access else "none"
        with self._context(operation, token):
            sent_with = self.tokens.access
            if token == "access" and self.tokens.expires_soon() and self._renewable():
                self.refresh(sent_with)
                sent_with = self.tokens.access
            try:
                return _parsed_or_raise(operation, send)
            except AuthenticationError as exc:
                renewal = self.login
                expired = token == "access" and renewal and renewal.expired(exc)
                if not (expired and self._renewable()):
                    raise  # nothing can renew it: the caller hears why
                self.refresh(sent_with)
                return _parsed_or_raise(operation, send)

    @contextlib.contextmanager
    def _context(self, operation: str, token: TokenKind) -> Iterator[None]:
        """Mark requests as ``operation``'s; map transport failures to our errors."""
        marker = _current.set(_CallContext(operation, self.options, token, self.tokens))
        try:
            yield
        except httpx.TimeoutException as exc:
            raise TimeoutError(
                f"no answer within the timeout ({type(exc).__name__})",
                url=_url_of(exc),
            ).at(operation) from exc
        except httpx.RemoteProtocolError as exc:
            dropped = _dropped_as_too_large(exc)
            if dropped:
                raise dropped.at(operation) from exc
            raise self._unreachable(exc).at(operation) from exc
        except httpx.TransportError as exc:
            raise self._unreachable(exc).at(operation) from exc
        finally:
            _current.reset(marker)

    def _unreachable(self, exc: httpx.TransportError) -> TransportError:
        hint = (
            "; pass verify='/path/to/ca-bundle.pem' if it is signed by your "
            "own certificate authority"
            if _untrusted_certificate(exc)
            else ""
        )
        return TransportError(
            f"cannot reach the server at {self.base_url}: {exc}{hint}",
            url=_url_of(exc),
        )

    # -- login ---------------------------------------------------------------
    @property
    def tokens(self) -> Tokens:
        """The tokens requests carry (shared with views and a store's transport)."""
        return self._credentials.tokens

    @property
    def login(self) -> Renewal | None:
        """How this session renews its tokens (the login, once logged in);
        None: not at all."""
        return self._owner()._credentials.renewal

    def log_in(self, login: Login) -> None:
        """Log in with ``login``, which then renews the tokens.

        Raises
        ------
        AuthenticationError
            The credentials were refused (subclasses say why).
        """
        credentials = self._owner()._credentials
        credentials.tokens.clear()
        access, refresh = login.obtain(self._owner())
        credentials.tokens.set(access, refresh)
        credentials.renewal = login

    def log_out(self) -> None:
        """Forget the tokens (the login keeps no secret once logged in)."""
        self._owner()._credentials.tokens.clear()

    def refresh(self, stale_access_token: str | None) -> None:
        """Renew the tokens through the login, once for concurrent callers.

        Raises
        ------
        AuthenticationError
            They cannot be renewed (e.g. the refresh token has expired too):
            log in again.
        """
        owner = self._owner()
        credentials = owner._credentials
        with credentials.lock:
            tokens = credentials.tokens
            if tokens.access != stale_access_token:
                return  # another thread renewed them while this one waited
            current = tokens.pair()
            renewal = credentials.renewal
            if renewal is None or not renewal.renews(current):
                raise AuthenticationError(
                    401, "not logged in (no refresh token)", operation="refresh_token"
                )
            try:
                access, refresh = renewal.renew(owner, current)
            except AuthenticationError as exc:
                tokens.clear()
                raise AuthenticationError(
                    exc.status,
                    "the session has expired; log in again (authenticate)",
                    operation=exc.operation or "refresh_token",
                ) from exc
            tokens.set(access, refresh)
            log.debug("access token refreshed")

    def bearer_headers(self) -> dict[str, str]:
        """The ``Authorization`` header of a connection that carries the access
        token once, when it opens (the events' socket): renewed first when it
        is about to expire; none when logged out.

        Raises
        ------
        AuthenticationError
            It was due for renewal and could not be renewed.
        """
        if self.tokens.expires_soon() and self._renewable():
            self.refresh(self.tokens.access)
        access = self.tokens.access
        return {"Authorization": f"Bearer {access}"} if access else {}

    def _owner(self) -> Transport:
        """The transport whose login this one uses (itself, or the server's)."""
        return self._login_of._owner() if self._login_of else self

    def _renewable(self) -> bool:
        renewal = self.login
        return renewal is not None and renewal.renews(self.tokens.pair())

    # -- request hook --------------------------------------------------------
    @staticmethod
    def _authorize(request: httpx.Request) -> None:
        context = _current.get()
        if context is not None and context.token != "none":
            tokens = context.tokens
            token = tokens.refresh if context.token == "refresh" else tokens.access
            if token:
                request.headers["Authorization"] = f"Bearer {token}"
        request.extensions["v6_operation"] = context.operation if context else ""
        request.extensions["v6_started"] = time.perf_counter()

    # -- lifetime ------------------------------------------------------------
    def with_options(self, options: CallOptions) -> Transport:
        """A view of this transport with other options: same pool, same login."""
        clone = self._view()
        clone.options = options
        return clone

    def with_tokens(self, tokens: Tokens) -> Transport:
        """A view of this transport with other tokens, renewed (where they can
        be) as this transport's are, on their own: same pool."""
        clone = self._view()
        clone._credentials = _Credentials(tokens, self.login)
        clone._login_of = None
        return clone

    def _view(self) -> Transport:
        clone = object.__new__(Transport)
        clone.__dict__.update(self.__dict__)
        return clone

    def close(self) -> None:
        self.http.close()


def _parsed_or_raise(operation: str, send: Callable[[], R]) -> R:
    try:
        return send()
    except APIError as exc:
        # Raised by the response hook deep inside httpx: show the caller's
        # frames, not httpx's.
        raise exc.with_traceback(None) from None
    except Vantage6Error:
        raise
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        # Raised by the generated parser: a 2xx body not of the documented form.
        raise UnexpectedResponseError(
            f"the server's answer is not the documented {operation} response "
            f"({type(exc).__name__}: {str(exc)[:120]}); is the base URL a vantage6 "
            "4.x server?",
            operation=operation,
            status=200,
        ) from exc


def operation_name(endpoint: Callable[..., Any]) -> str:
    """``vantage6_server_api.api.task.task_get.sync_detailed`` -> ``task_get``."""
    function = endpoint.func if isinstance(endpoint, functools.partial) else endpoint
    return str(function.__module__).rsplit(".", 1)[-1]


def _url_of(exc: httpx.HTTPError) -> str:
    try:
        return str(exc.request.url.copy_with(query=None))
    except RuntimeError:  # no request attached
        return ""


# -- retries and timeouts ---------------------------------------------------
class RetryingTransport(httpx.BaseTransport):
    """Sets each request's timeout and retries it when that is safe."""

    def __init__(
        self, inner: httpx.BaseTransport, *, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self.inner = inner
        self.sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        context = _current.get()
        options = context.options if context else CallOptions()
        request.extensions["timeout"] = options.timeout.as_dict()
        policy = options.retry
        started = time.monotonic()
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self.inner.handle_request(request)
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
                # Nothing reached the server: safe whatever the method; but an
                # untrusted certificate stays untrusted however often we ask,
                # and a plain-HTTP port never learns TLS.
                if attempt == 1 and _plain_http_port(request.url, exc):
                    raise httpx.ConnectError(
                        f"{request.url.host}:{request.url.port} speaks plain HTTP, "
                        "not TLS: use http:// instead of https://",
                        request=request,
                    ) from exc
                if not policy.allows(attempt, started) or _untrusted_certificate(exc):
                    raise
                self._wait(policy.delay(attempt), request, "connection failed")
                continue
            except httpx.RemoteProtocolError:
                # A pooled connection the server had closed; the request may
                # have been read, so only idempotent requests go again. One
                # too large for uWSGI is dropped every time: it is not.
                if not (
                    request.method in IDEMPOTENT_METHODS
                    and policy.allows(attempt, started)
                    and not _beyond_uwsgi(request)
                ):
                    raise
                self._wait(policy.delay(attempt), request, "connection dropped")
                continue
            if (
                response.status_code in RETRY_STATUSES
                and request.method in IDEMPOTENT_METHODS
                and policy.allows(attempt, started)
                and not (response.status_code == 502 and _beyond_uwsgi(request))
            ):
                retry_after = _retry_after(response.headers)
                response.close()
                self._wait(
                    policy.delay(attempt, retry_after),
                    request,
                    f"HTTP {response.status_code}",
                )
                continue
            return response

    def _wait(self, seconds: float, request: httpx.Request, why: str) -> None:
        log.info(
            "%s %s: %s; retrying in %.1f s",
            request.method,
            request.url.path,
            why,
            seconds,
        )
        self.sleep(seconds)

    def close(self) -> None:
        self.inner.close()


def _retry_after(headers: Mapping[str, str]) -> float | None:
    value = headers.get("Retry-After")
    if value is None:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:  # "-0000": UTC, source unknown (RFC 5322)
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.timestamp() - time.time()


# -- errors -----------------------------------------------------------------
# The server reports permission denials with 401 as well; these messages are the
# ones that mean "not (or no longer) authenticated".
_AUTHENTICATION_MESSAGES = (
    "missing authorization header",
    "missing 'bearer' type",
    "token has expired",
    "token has been revoked",
    "error loading the user",
    "failed to login",
    "two-factor authentication code is incorrect",
    "api key is not recognized",
    "only refresh tokens are allowed",
    "only non-refresh tokens are allowed",
    "signature verification failed",
    "not enough segments",
    "bad authorization header",
)


def _raise_for_status(response: httpx.Response) -> None:
    """Response hook: a typed error for every error status, before parsing."""
    operation = str(response.request.extensions.get("v6_operation") or "")
    started = response.request.extensions.get("v6_started")
    elapsed = f" ({(time.perf_counter() - started) * 1000:.0f} ms)" if started else ""
    log.debug(
        "%s %s -> %d%s",
        response.request.method,
        response.request.url.path,
        response.status_code,
        elapsed,
    )
    if response.status_code < 400:
        return
    response.read()
    too_large = _refused_as_too_large(response)
    if too_large:
        raise too_large.at(operation)
    raise error_for(response, operation)


# -- requests too large ------------------------------------------------------
# uWSGI, which serves both server lines in production (4.x's image, HQ's helm
# chart), reads a request's line and headers into one buffer of 4,096 bytes
# (its --buffer-size default) as WSGI variables, and drops the connection
# without an answer when they do not fit; a proxy in front answers 502. In
# that buffer the target counts twice (REQUEST_URI; PATH_INFO and
# QUERY_STRING), each header once as HTTP_NAME with its value, each variable
# with two 2-byte lengths, plus uWSGI's own variables: 209 bytes measured on
# 4.15.2 over loopback (tests/integration/test_limits.py), rounded up for
# longer addresses.
UWSGI_BUFFER = 4096
_UWSGI_OWN = 224


def uwsgi_size(request: httpx.Request) -> int:
    """The bytes ``request``'s line and headers take in uWSGI's buffer."""
    headers = sum(
        4 + len("HTTP_") + len(name) + len(value) for name, value in request.headers.raw
    )
    return 2 * len(request.url.raw_path) + headers + _UWSGI_OWN


def _beyond_uwsgi(request: httpx.Request) -> bool:
    return uwsgi_size(request) > UWSGI_BUFFER


def _dropped_as_too_large(
    exc: httpx.RemoteProtocolError,
) -> RequestTooLargeError | None:
    """The error for a connection dropped because the request did not fit
    uWSGI's buffer; None when it would have fitted (another failure)."""
    try:
        request = exc.request
    except RuntimeError:  # no request attached
        return None
    if not _beyond_uwsgi(request):
        return None
    return _too_large_for_uwsgi(request, "the server dropped the connection", None)


def _too_large_for_uwsgi(
    request: httpx.Request, what_happened: str, status: int | None
) -> RequestTooLargeError:
    size = uwsgi_size(request)
    return RequestTooLargeError(
        f"{what_happened}: the request's URL and headers take {size:,} bytes of "
        f"the {UWSGI_BUFFER:,} that uWSGI, which serves vantage6, reads (the URL "
        f"counts twice; this one is {len(request.url.raw_path):,} bytes); shorten "
        "the arguments that go into the URL, such as filter texts",
        size=size,
        limit=UWSGI_BUFFER,
        status=status,
    )


# what a server or proxy says with each status that refuses a request's size,
# and nginx's default limit (the proxy vantage6's deployments put in front)
_REFUSED_SIZES = {
    413: ("body", "client_max_body_size: 1 MiB"),
    414: ("URL", "8,192 bytes for the request line"),
    431: ("headers", "8,192 bytes per header line"),
}


def _refused_as_too_large(response: httpx.Response) -> RequestTooLargeError | None:
    """The error for an answer that refuses the request's size (413, 414,
    431, or a proxy's 502 for a request uWSGI dropped); None for any other."""
    request, status = response.request, response.status_code
    if status == 502 and _beyond_uwsgi(request):
        return _too_large_for_uwsgi(request, "a proxy answered HTTP 502", status)
    if status not in _REFUSED_SIZES:
        return None
    part, nginx_default = _REFUSED_SIZES[status]
    size = {
        "body": int(request.headers.get("content-length") or 0),
        "URL": len(request.url.raw_path),
        "headers": sum(len(n) + len(v) + 4 for n, v in request.headers.raw),
    }[part]
    return RequestTooLargeError(
        f"HTTP {status}: the request's {part} ({size:,} bytes) is larger than the "
        f"server, or a proxy in front of it, takes (nginx's default: "
        f"{nginx_default}); shorten the arguments that go into it",
        size=size,
        limit=None,
        status=status,
    )


def error_for(response: httpx.Response, operation: str) -> APIError:
    """The typed error for an error response."""
    status = response.status_code
    operation = operation or f"{response.request.method} {response.request.url.path}"
    message, errors = _error_details(response)
    lowered = message.lower()
    if status == 401 and lowered == "token has expired":
        return TokenExpiredError(status, message, operation=operation)
    if status == 401 and any(m in lowered for m in _AUTHENTICATION_MESSAGES):
        return AuthenticationError(status, message, errors=errors, operation=operation)
    if status in (401, 403):
        return PermissionDeniedError(
            status, message, errors=errors, operation=operation
        )
    if status == 400 and _NO_SUCH_ITEM.search(message):
        # "Task id=9999 does not exist!": a missing item, whatever the status
        return NotFoundError(status, message, errors=errors, operation=operation)
    error_class: type[APIError] = {
        400: BadRequestError,
        404: NotFoundError,
        422: AuthenticationError,
    }.get(status, ServerError if status >= 500 else APIError)
    return error_class(status, message, errors=errors, operation=operation)


def _error_details(response: httpx.Response) -> tuple[str, dict[str, Any]]:
    try:
        body = response.json()
    except ValueError:
        return _not_json(response), {}
    if not isinstance(body, dict):
        return str(body)[:200], {}
    message = body.get("msg", body.get("message", ""))
    errors = body.get("errors")
    if isinstance(message, dict):  # role endpoints put field errors in msg
        message, errors = "Request body is incorrect", message
    return str(message), errors if isinstance(errors, dict) else {}


_TAGS = re.compile(r"<[^>]+>")
# how the 4.x server words a missing item in its 400 answers (filters naming
# an unknown id: /result?task_id=, /run?node_id=, /rule?role_id=, ...)
_NO_SUCH_ITEM = re.compile(r"\bid=\d+ (does not exist|not found)", re.IGNORECASE)


def _not_json(response: httpx.Response) -> str:
    text = " ".join(_TAGS.sub(" ", response.text).split())
    excerpt = text[:160] + ("..." if len(text) > 160 else "")
    if response.status_code == 404:
        return (
            f"{response.request.url.path} is not an endpoint of this server: is the "
            f"API path right (usually /api)? The server said: {excerpt or '(nothing)'}"
        )
    kind = response.headers.get("content-type", "no content type")
    return f"not a vantage6 answer ({kind}): {excerpt or '(empty body)'}"


# -- TLS --------------------------------------------------------------------
def ssl_context(
    verify: bool | str | ssl.SSLContext, base_url: str
) -> bool | ssl.SSLContext:
    """Load a CA bundle once per client, not once per request, and not at all
    for a plain-HTTP server (~20 ms of a script's start). That context trusts
    nothing: an https request through it would fail, not go unverified."""
    if verify is not False and urlsplit(base_url).scheme == "http":
        return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if isinstance(verify, str):
        return ssl.create_default_context(cafile=verify)
    return verify


def _plain_http_port(url: httpx.URL, exc: httpx.TransportError) -> bool:
    """Whether a failed TLS handshake was with a server that speaks plain
    HTTP on that port: uWSGI's HTTP router never answers the TLS greeting (the
    handshake times out), others answer it with an HTTP error page (a TLS
    record error). One plain request tells, within two seconds."""
    if url.scheme != "https" or isinstance(exc, httpx.PoolTimeout):
        return False
    host, port = url.host, url.port or 443
    try:
        with socket.create_connection((host, port), timeout=2) as probe:
            probe.sendall(f"HEAD / HTTP/1.0\r\nHost: {host}\r\n\r\n".encode())
            return probe.recv(5) == b"HTTP/"
    except OSError:
        return False


def _untrusted_certificate(exc: BaseException) -> bool:
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return True
        cause = cause.__cause__ or cause.__context__
    return False


_LOOPBACK = ("localhost", "127.0.0.1", "::1", "[::1]")


def _warn_if_plaintext(base_url: str) -> None:
    parts = urlsplit(base_url)
    if parts.scheme == "http" and parts.hostname not in _LOOPBACK:
        log.warning(
            "connecting to %s over plain HTTP: passwords and tokens travel "
            "unencrypted; use https:// outside a trusted network",
            parts.hostname,
        )
