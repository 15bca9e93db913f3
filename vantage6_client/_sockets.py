"""Reads that acknowledge at once, so a kept-alive connection never stalls.

A server that writes a response in pieces with Nagle's algorithm on (uWSGI's
HTTP router, which ``v6 server start`` runs) holds back the last piece until
the client has acknowledged the previous ones, and Linux delays that
acknowledgement by up to 40 ms once a connection is past its first packets.
On a reused connection every response larger than one segment then waits
those 40 ms: measured here, ``GET /result`` of 1.3 MB takes 72 ms instead of
30. (A new connection each time avoids it, at the price of a TCP and TLS
handshake per request, which is what the official client pays.)

``TCP_QUICKACK`` turns the delay off until the kernel turns it on again, so it
is set before every read. Linux only; elsewhere the sockets are left as they
are.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

log = logging.getLogger("vantage6_client")

_QUICKACK = getattr(socket, "TCP_QUICKACK", None)


def acknowledge_at_once(transport: httpx.HTTPTransport) -> httpx.HTTPTransport:
    """``transport`` with quick-ACK reads (where the platform has them)."""
    if _QUICKACK is None:
        return transport
    pool = getattr(transport, "_pool", None)
    inner = getattr(pool, "_network_backend", None)
    if not isinstance(inner, httpcore.NetworkBackend):
        # httpx or httpcore changed their insides: do without
        log.debug("cannot set TCP_QUICKACK with this httpx version")
        return transport
    pool._network_backend = _QuickAckBackend(inner, _QUICKACK)  # type: ignore[union-attr]
    return transport


class _QuickAckBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend, option: int) -> None:
        self._inner = inner
        self._option = option

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(
            host, port, timeout, local_address, socket_options
        )
        return _QuickAckStream(stream, self._option)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        return self._inner.connect_unix_socket(path, timeout, socket_options)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _QuickAckStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, option: int) -> None:
        self._inner = inner
        self._option = option
        self._socket: socket.socket | None = inner.get_extra_info("socket")

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if self._socket is not None:
            # A closed socket fails here; the read then says why, better.
            with contextlib.suppress(OSError):
                self._socket.setsockopt(socket.IPPROTO_TCP, self._option, 1)
        return self._inner.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, timeout)

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        secured = self._inner.start_tls(ssl_context, server_hostname, timeout)
        return _QuickAckStream(secured, self._option)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)
