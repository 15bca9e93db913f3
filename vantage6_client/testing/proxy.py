"""nginx on loopback in front of a local server: what deployments put there.

:class:`LocalProxy` runs Debian's ``nginx`` (which ``make`` installs) as a
reverse proxy of a :class:`~vantage6_client.testing.server.LocalServer` or
:class:`~vantage6_client.testing.hq.LocalHQ`, in one of the forms clients
meet in the wild:

- ``websockets=True``: Socket.IO's websocket upgrade passed on, as vantage6's
  own nginx configuration does;
- ``websockets=False`` (nginx's default): the ``Upgrade`` header dropped, so
  a websocket cannot open; Socket.IO then works by long-polling only;
- ``socket_io=False``: only the API path is proxied, ``/socket.io/`` is a 404.

Every request can be written to an access log (``access_log=True``) and read
back with :meth:`LocalProxy.requests`.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import NamedTuple, Self
from urllib.parse import urlsplit

from vantage6_client.testing._process import LocalProcess, ProcessStartError, free_port

NGINX = "/usr/sbin/nginx"


class ProxyStartError(ProcessStartError):
    """The nginx proxy did not start; the message ends with its log."""


class Logged(NamedTuple):
    """One request in the access log."""

    ended: float  # wall-clock seconds (a websocket: when it closed)
    status: int
    method: str
    path: str


class LocalProxy(LocalProcess):
    """An nginx on ``http://127.0.0.1:<port>`` in front of ``upstream``.

    Parameters
    ----------
    upstream : str
        The server's address, e.g. ``LocalServer.url`` (``http://127.0.0.1:7601``).
    api_path : str
        The API's path on it, by default ``"/api"``.
    websockets : bool
        Pass websocket upgrades on, by default True.
    socket_io : bool
        Proxy ``/socket.io/`` at all, by default True.
    access_log : bool
        Log every request (see :meth:`requests`).

    Examples
    --------
    A server behind a proxy that drops websockets, as some deployments do:

    >>> from vantage6_client import Client
    >>> from vantage6_client.testing import LocalProxy, LocalServer
    >>> with (
    ...     LocalServer() as server,
    ...     LocalProxy(server.url, websockets=False) as proxy,
    ...     Client(proxy.url, path=server.api_path) as root,
    ... ):
    ...     root.authenticate(server.root_username, server.root_password)
    ...     print(root.whoami.name)
    root
    """

    kind = "nginx"

    def __init__(
        self,
        upstream: str,
        api_path: str = "/api",
        *,
        websockets: bool = True,
        socket_io: bool = True,
        access_log: bool = False,
    ) -> None:
        super().__init__(startup_timeout=20.0)
        parts = urlsplit(upstream)
        self.upstream = f"{parts.scheme}://{parts.netloc}"
        self.api_path = "/" + api_path.strip("/")
        self.websockets = websockets
        self.socket_io = socket_io
        self.access_log = self.workdir / "access.log" if access_log else None
        self.port = free_port()

    @property
    def url(self) -> str:
        """The proxy's address (the server's, as clients see it)."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Self:
        nginx = shutil.which("nginx") or NGINX
        if not Path(nginx).exists():
            raise ProxyStartError("nginx is not installed (apt-get install nginx-core)")
        config = self.workdir / "nginx.conf"
        config.write_text(self._configuration())
        self._launch(
            [nginx, "-c", str(config), "-p", str(self.workdir), "-e", "stderr"],
            env=os.environ,
            cwd=self.workdir,
            error=ProxyStartError,
        )
        # the server answers through the proxy
        self._wait_until_answering(
            f"{self.url}{self.api_path}/version", ProxyStartError
        )
        return self

    def requests(self) -> list[Logged]:
        """The requests logged so far (with ``access_log``), oldest first.

        Returns
        -------
        list[Logged]
            One named tuple per request: ``ended`` (its end, in seconds since
            the epoch), ``status``, ``method`` and ``path``.
        """
        if self.access_log is None or not self.access_log.exists():
            return []
        logged = []
        for line in self.access_log.read_text().splitlines():
            ended, status, request = line.split(" ", 2)
            # a request line nginx refused as too long (414) is logged cut
            # short, without its protocol
            method, path = [*request.strip('"').split(" ")[:2], ""][:2]
            logged.append(Logged(float(ended), int(status), method, path))
        return logged

    def _configuration(self) -> str:
        user = "user root;" if os.geteuid() == 0 else ""
        logging = "access_log off;"
        if self.access_log is not None:
            logging = (
                "log_format ended '$msec $status \"$request\"';\n"
                f"    access_log {self.access_log} ended;"
            )
        connection = upgrade = ""
        if self.websockets:
            connection = (
                "map $http_upgrade $connection_upgrade { default upgrade; '' close; }"
            )
            upgrade = (
                "proxy_http_version 1.1;\n"
                "            proxy_set_header Upgrade $http_upgrade;\n"
                "            proxy_set_header Connection $connection_upgrade;\n"
                "            proxy_read_timeout 300s;"
            )
        location = "/" if self.socket_io else f"{self.api_path}/"
        return f"""
{user}
daemon off;
worker_processes 1;
pid {self.workdir}/nginx.pid;
error_log stderr warn;
events {{ worker_connections 256; }}
http {{
    {logging}
    {connection}
    client_body_temp_path {self.workdir}/body;
    proxy_temp_path {self.workdir}/proxy;
    fastcgi_temp_path {self.workdir}/fastcgi;
    uwsgi_temp_path {self.workdir}/uwsgi;
    scgi_temp_path {self.workdir}/scgi;
    client_max_body_size 0;
    server {{
        listen 127.0.0.1:{self.port};
        location {location} {{
            proxy_pass {self.upstream};
            proxy_set_header Host $http_host;
            {upgrade}
        }}
    }}
}}
"""
