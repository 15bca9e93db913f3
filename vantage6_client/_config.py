"""What ``Client`` and ``NodeClient`` are given, checked and put in the form
the transport takes: the API root, request options, two-factor codes."""

from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import urlsplit

import httpx

from vantage6_client._exceptions import InvalidArgumentError
from vantage6_client._transport import CallOptions, RetryPolicy

MAX_CONNECT_SECONDS = 10.0
# letters (also non-ASCII ones, for IDNA names), digits, dots and hyphens, or
# an IPv6 address (urlsplit drops its brackets)
_HOST_NAME = re.compile(r"[\w.-]+|[0-9a-fA-F:.]+(%\w+)?")


def call_options(timeout: float | httpx.Timeout, max_retries: int) -> CallOptions:
    """Request options from a client's ``timeout`` and ``max_retries``."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int):
        raise InvalidArgumentError(
            f"max_retries must be a whole number, not {max_retries!r}"
        )
    if max_retries < 0:
        raise InvalidArgumentError(f"max_retries cannot be negative ({max_retries})")
    return CallOptions(
        timeout=request_timeout(timeout), retry=RetryPolicy(max_retries=max_retries)
    )


def api_root(
    host: str | None, port: int | None, path: str, base_url: str | None = None
) -> str:
    """The base URL of every request, checked: ``base_url`` as given, or
    ``host[:port] + path``.

    A ``host`` that already ends in ``path`` (the URL ``make server`` prints,
    ``http://127.0.0.1:7601/api``) is taken as the API root, and a port that
    ``host`` already names is not added twice.
    """
    if base_url is not None:
        if host is not None or port is not None:
            raise InvalidArgumentError(
                "pass base_url or host (with port and path), not both"
            )
        return checked_url(base_url, "base_url").rstrip("/")
    parts = urlsplit(checked_url(host, "host"))
    if port is not None and (
        isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536
    ):
        raise InvalidArgumentError(
            f"port must be a number from 1 to 65535, not {port!r}"
        )
    netloc = parts.netloc
    if port is not None:
        named = parts.port
        if named is None:
            netloc = f"{netloc}:{port}"
        elif named != port:
            raise InvalidArgumentError(
                f"host {host!r} names port {named}, and port={port} another: "
                "give the port once"
            )
    prefix = parts.path.rstrip("/")
    api_path = "/" + path.strip("/") if path.strip("/") else ""
    if api_path and prefix.endswith(api_path):
        api_path = ""  # the host is the API root already
    return f"{parts.scheme}://{netloc}{prefix}{api_path}"


def checked_url(url: object, what: str) -> str:
    """``url`` if it is an http(s) URL that names a server, else a clear error."""
    if not isinstance(url, str) or not url:
        raise InvalidArgumentError(
            f"{what} must be a URL such as 'https://v6.example.org'"
        )
    if "://" not in url:
        raise InvalidArgumentError(
            f"{what} {url!r} needs a scheme: 'https://{url}' or 'http://{url}'"
        )
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise InvalidArgumentError(
            f"{what} {url!r}: the server speaks https:// or http://, not "
            f"{parts.scheme}://"
        )
    try:
        _ = parts.port  # a port that is not a number raises ValueError
        httpx.URL(url)
    except (ValueError, httpx.InvalidURL) as exc:
        raise InvalidArgumentError(
            f"{what} {url!r} is not a valid URL: {exc}"
        ) from None
    if not parts.hostname:
        raise InvalidArgumentError(f"{what} {url!r} names no server")
    if not _HOST_NAME.fullmatch(parts.hostname):
        raise InvalidArgumentError(
            f"{what} {url!r} is not a valid URL: {parts.hostname!r} is no host name"
        )
    if parts.query or parts.fragment:
        raise InvalidArgumentError(
            f"{what} {url!r}: a server address has no query or fragment"
        )
    return url


def mfa_text(code: int | str) -> str:
    """A two-factor code as the server wants it: a string, leading zeros kept."""
    if isinstance(code, bool):
        raise InvalidArgumentError("mfa_code must be the six digits of the code")
    if isinstance(code, int):
        if code < 0:
            raise InvalidArgumentError("mfa_code cannot be negative")
        return f"{code:06d}"
    if isinstance(code, str):
        text = code.strip().replace(" ", "")
        if not text.isdigit():
            raise InvalidArgumentError("mfa_code must be digits, e.g. '012345'")
        return text
    raise InvalidArgumentError(f"mfa_code must be a string of digits, not {code!r}")


def request_timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    """``value`` seconds for a request (connecting: at most 10), or the
    ``httpx.Timeout`` given."""
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise InvalidArgumentError(f"timeout must be a positive number, not {value!r}")
    return httpx.Timeout(float(value), connect=min(MAX_CONNECT_SECONDS, float(value)))


_LEVEL_NAMES = frozenset(
    {"debug", "info", "warning", "warn", "error", "critical", "fatal", "notset"}
)


class OfficialHQForm(NamedTuple):
    """The official 5.x constructor's arguments, found in our positions."""

    auth_url: str
    auth_realm: str | None
    auth_client: str | None
    log_level: str | int | None


def official_hq_form(
    port: str, path: str, log_level: str | int | None, auth_url: str | None
) -> OfficialHQForm:
    """``UserClient(hq_url, auth_url, auth_realm, auth_client)``, the
    official 5.x form, read from our ``(host, port, path, log_level)``: a
    URL where the port goes is the identity provider's.

    Raises
    ------
    InvalidArgumentError
        ``port`` is text but no URL, or ``auth_url`` is given twice.
    """
    if "://" not in port:
        raise InvalidArgumentError(f"port must be a number, not {port!r}")
    if auth_url is not None:
        raise InvalidArgumentError(
            f"auth_url given twice: as the second argument ({port!r}) and by name"
        )
    # a level name in log_level is a log level; anything else there is the
    # official form's fourth argument, the client id
    client = None
    if isinstance(log_level, str) and log_level.lower() not in _LEVEL_NAMES:
        client, log_level = log_level, None
    return OfficialHQForm(
        checked_url(port, "auth_url"),
        path.strip("/") if path != "/api" else None,
        client,
        log_level,
    )
