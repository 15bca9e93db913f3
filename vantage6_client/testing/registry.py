"""A tiny Docker image registry on loopback, for an algorithm store to query.

When an algorithm is submitted, the store looks up its image's digest at the
image's registry (``GET https://<registry>/v2/<name>/manifests/<tag>``); with
no internet, or with made-up images, that lookup fails and the store answers
500. :class:`LocalRegistry` answers those lookups for the images "pushed" to
it, over HTTPS with its own self-signed certificate, which
:class:`~vantage6_client.testing.server.LocalStore` makes the store trust.
"""

from __future__ import annotations

import datetime
import hashlib
import http.server
import ipaddress
import re
import shutil
import ssl
import tempfile
import threading
from pathlib import Path
from types import TracebackType
from typing import Self

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from vantage6_client.testing._lifetime import hold_as_interrupt, release_as_interrupt

_MANIFEST = re.compile(r"^/v2/(?P<name>.+)/manifests/(?P<reference>[^/]+)$")


class LocalRegistry:
    """Serve image manifests for pushed images on ``https://127.0.0.1:<port>``.

    Examples
    --------
    >>> from vantage6_client.testing import LocalRegistry
    >>> with LocalRegistry() as registry:
    ...     image = registry.push("demo/average:1.0")
    ...     print(image, registry.digest(image))
    127.0.0.1:.../demo/average:1.0 sha256:...
    """

    def __init__(self) -> None:
        self.host = "127.0.0.1"
        self._workdir = Path(tempfile.mkdtemp(prefix="v6-registry-"))
        self.certificate_file = self._workdir / "certificate.pem"
        self._digests: dict[tuple[str, str], str] = {}
        self._server: http.server.ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    @property
    def address(self) -> str:
        """``127.0.0.1:<port>``: the registry part of an image name."""
        return f"{self.host}:{self.port}"

    def push(self, repository: str) -> str:
        """Make an image known.

        Parameters
        ----------
        repository : str
            ``name[:tag]``, e.g. ``"demo/average:1.0"`` (tag ``latest`` if
            omitted).

        Returns
        -------
        str
            Its full name on this registry (``127.0.0.1:<port>/name:tag``).
        """
        name, _, tag = repository.partition(":")
        tag = tag or "latest"
        digest = "sha256:" + hashlib.sha256(f"{name}:{tag}".encode()).hexdigest()
        self._digests[name, tag] = digest
        return f"{self.address}/{name}:{tag}"

    def digest(self, image: str) -> str:
        """The digest the registry reports for a pushed image.

        Parameters
        ----------
        image : str
            The image's full name, as :meth:`push` returned it.

        Returns
        -------
        str
            ``sha256:...``.
        """
        name, _, tag = image.removeprefix(self.address + "/").partition(":")
        return self._digests[name, tag or "latest"]

    def start(self) -> Self:
        """Serve on a free port, in a background thread, until :meth:`stop`.

        While it serves, SIGTERM raises ``KeyboardInterrupt`` as Ctrl-C does
        (unless the program handles SIGTERM), so that a ``with`` block removes
        the registry's folder also when the program is terminated.

        Returns
        -------
        LocalRegistry
            This registry, serving.
        """
        _, key_file = write_self_signed_certificate(self._workdir, self.host)
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(self.certificate_file, key_file)
        digests = self._digests

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self._answer(with_body=True)

            def do_HEAD(self) -> None:
                self._answer(with_body=False)

            def _answer(self, *, with_body: bool) -> None:
                match = _MANIFEST.match(self.path)
                digest = match and digests.get((match["name"], match["reference"]))
                if not digest:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = b'{"schemaVersion": 2}'
                self.send_response(200)
                self.send_header("Docker-Content-Digest", digest)
                self.send_header(
                    "Content-Type",
                    "application/vnd.docker.distribution.manifest.v2+json",
                )
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if with_body:
                    self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                return  # quiet: tests read the store's log, not ours

        server = http.server.ThreadingHTTPServer((self.host, 0), Handler)
        server.socket = tls.wrap_socket(server.socket, server_side=True)
        self.port = server.server_address[1]
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, name="v6-local-registry", daemon=True
        )
        self._thread.start()
        hold_as_interrupt()
        return self

    def stop(self) -> None:
        """Stop serving and remove the certificate's folder."""
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
            release_as_interrupt()
        shutil.rmtree(self._workdir, ignore_errors=True)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def write_self_signed_certificate(directory: Path, host: str) -> tuple[Path, Path]:
    """A certificate for ``host`` (an IP address) that is its own CA, valid for a
    day; returns the paths of ``certificate.pem`` and ``key.pem`` in
    ``directory``. Clients trust it with ``verify=<certificate path>``."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    certificate_file = directory / "certificate.pem"
    certificate_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file = directory / "key.pem"
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_file.chmod(0o600)
    return certificate_file, key_file
