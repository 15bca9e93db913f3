"""What ``Client`` and ``NodeClient`` are given, checked and put in the form
the transport takes: the API root, request options, two-factor codes."""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx

from vantage6_client._exceptions import InvalidArgumentError
from vantage6_client._transport import CallOptions, RetryPolicy

MAX_CONNECT_SECONDS = 10.0


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


def api_root(host: str, port: int | None, path: str) -> str:
    """``host[:port] + path``, checked: the base URL of every request."""
    if not isinstance(host, str) or not host:
        raise InvalidArgumentError(
            "host must be a URL such as 'https://v6.example.org'"
        )
    parts = urlsplit(host)
    if "://" not in host:
        raise InvalidArgumentError(
            f"host {host!r} needs a scheme: 'https://{host}' or 'http://{host}'"
        )
    if parts.scheme not in ("http", "https"):
        raise InvalidArgumentError(
            f"host {host!r}: the server speaks https:// or http://, not "
            f"{parts.scheme}://"
        )
    if not parts.hostname:
        raise InvalidArgumentError(f"host {host!r} names no server")
    if port is not None and (
        isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536
    ):
        raise InvalidArgumentError(
            f"port must be a number from 1 to 65535, not {port!r}"
        )
    base = host.rstrip("/") + (f":{port}" if port else "")
    return base + "/" + path.strip("/") if path.strip("/") else base


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
