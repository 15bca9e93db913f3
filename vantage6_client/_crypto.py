"""End-to-end encryption in vantage6 4.x's wire format, without global state.

A payload (see :mod:`vantage6_client._payloads`) for an organization in an
encrypted collaboration travels as

    b64(RSA-PKCS#1-v1.5(key)) + "$" + b64(iv) + "$" + b64(AES-256-CTR(key, iv, payload))

with a fresh 32-byte key and a 16-byte IV (the whole initial counter block)
per message. Large-result storage keeps the last part as raw bytes instead of
base64. Public keys live on the server as base64 of their PEM
(SubjectPublicKeyInfo) text.

Decryption also accepts what the vantage6 web UI writes: the RSA-wrapped key
may be the base64 text of the AES key, and the plaintext may be base64 of the
JSON.

Every :class:`RSACryptor` holds its own key; two clients with different keys in
one process never see each other's.
"""

from __future__ import annotations

import base64
import itertools
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers import (
    Cipher,
    CipherContext,
    algorithms,
    modes,
)

from vantage6_client._exceptions import (
    DecryptionError,
    EncryptionError,
    InvalidArgumentError,
)
from vantage6_client._payloads import Form, b64decode_stream

SEPARATOR = "$"
KEY_BYTES = 32
IV_BYTES = 16
RSA_KEY_BITS = 4096
RSA_PUBLIC_EXPONENT = 65537

PrivateKeySource = str | os.PathLike[str] | bytes | rsa.RSAPrivateKey

_NOT_A_MESSAGE = "not an encrypted message (expected key$iv$data)"


# -- the RSA cryptor --------------------------------------------------------
class RSACryptor:
    """Hybrid RSA/AES encryption with one organization's private key.

    Parameters
    ----------
    private_key : rsa.RSAPrivateKey
        The organization's key (see :func:`load_private_key`).
    """

    encrypts = True

    def __init__(self, private_key: rsa.RSAPrivateKey) -> None:
        self._private_key = private_key
        self.public_key = public_key_text(private_key)
        self._public_keys: dict[str, rsa.RSAPublicKey] = {}

    def __repr__(self) -> str:
        return f"<RSACryptor {self._private_key.key_size}-bit>"

    # text form: what a run's input or result holds --------------------------
    def encrypt(self, data: bytes, public_key: str | None) -> str:
        wrapped_key, iv, encryptor = self._new_message(public_key)
        body = encryptor.update(data) + encryptor.finalize()
        return SEPARATOR.join((_b64(wrapped_key), _b64(iv), _b64(body)))

    def decrypt(self, text: str) -> bytes:
        parts = text.split(SEPARATOR, 2)
        if len(parts) != 3:
            raise DecryptionError(_NOT_A_MESSAGE)
        wrapped_key, iv, body = parts
        decryptor = self._decryptor(wrapped_key, iv)
        try:
            ciphertext = base64.b64decode(body, validate=True)
        except ValueError as exc:  # binascii.Error included
            raise DecryptionError(f"the message body is not base64 ({exc})") from exc
        return decryptor.update(ciphertext) + decryptor.finalize()

    # streamed: large results, both forms ------------------------------------
    def encrypt_stream(
        self, chunks: Iterable[bytes], public_key: str | None
    ) -> Iterator[bytes]:
        """The blob form of a message, chunk by chunk: header, then raw ciphertext."""
        wrapped_key, iv, encryptor = self._new_message(public_key)
        yield f"{_b64(wrapped_key)}{SEPARATOR}{_b64(iv)}{SEPARATOR}".encode("ascii")
        for chunk in chunks:
            yield encryptor.update(chunk)
        encryptor.finalize()  # CTR is a stream mode: update() already gave every byte

    def decrypt_stream(
        self, chunks: Iterable[bytes], *, form: Form = "blob"
    ) -> Iterator[bytes]:
        """Plaintext chunks of a message, with bounded memory."""
        stream = iter(chunks)
        header = b""
        for chunk in stream:
            header += chunk
            if header.count(b"$") >= 2:
                break
        else:
            raise DecryptionError(_NOT_A_MESSAGE)
        wrapped_key, iv, first = header.split(b"$", 2)
        decryptor = self._decryptor(wrapped_key, iv)
        body = itertools.chain((first,), stream)
        for piece in b64decode_stream(body) if form == "text" else body:
            yield decryptor.update(piece)
        decryptor.finalize()

    # internals --------------------------------------------------------------
    def _new_message(
        self, public_key: str | None
    ) -> tuple[bytes, bytes, CipherContext]:
        if not public_key:
            raise EncryptionError("the organization has no public key")
        key = os.urandom(KEY_BYTES)
        iv = os.urandom(IV_BYTES)
        wrapped_key = self._load_public_key(public_key).encrypt(key, padding.PKCS1v15())
        encryptor = Cipher(algorithms.AES(key), modes.CTR(iv)).encryptor()
        return wrapped_key, iv, encryptor

    def _decryptor(self, wrapped_key: str | bytes, iv: str | bytes) -> CipherContext:
        # With the wrong private key, PKCS#1 v1.5 decryption does not fail: to
        # resist timing attacks it returns random bytes ("implicit rejection").
        # A key of the wrong length is how that shows.
        try:
            key = self._private_key.decrypt(
                base64.b64decode(wrapped_key, validate=True), padding.PKCS1v15()
            )
            if len(key) == 44:  # the web UI wraps the base64 text of the key
                key = base64.b64decode(key, validate=True)
            iv_bytes = base64.b64decode(iv, validate=True)
        except ValueError:  # binascii.Error included
            key = iv_bytes = b""
        if len(key) != KEY_BYTES or len(iv_bytes) != IV_BYTES:
            raise DecryptionError(
                "cannot unwrap the message key: it was encrypted for another "
                "organization's key, or it is damaged"
            )
        return Cipher(algorithms.AES(key), modes.CTR(iv_bytes)).decryptor()

    def _load_public_key(self, public_key: str) -> rsa.RSAPublicKey:
        loaded = self._public_keys.get(public_key)
        if loaded is None:
            try:
                candidate = serialization.load_pem_public_key(
                    base64.b64decode(public_key)
                )
            except (ValueError, UnsupportedAlgorithm) as exc:
                raise EncryptionError(f"not a valid public key ({exc})") from exc
            if not isinstance(candidate, rsa.RSAPublicKey):
                raise EncryptionError("the public key is not an RSA key")
            loaded = self._public_keys[public_key] = candidate
        return loaded


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# -- keys -------------------------------------------------------------------
def generate_private_key() -> rsa.RSAPrivateKey:
    """A new organization key: RSA-4096, e = 65537, as vantage6 uses.

    Returns
    -------
    rsa.RSAPrivateKey
        The key; keep it to the organization (:func:`write_private_key`), and
        give the server its public half (:func:`public_key_text`).
    """
    return rsa.generate_private_key(
        public_exponent=RSA_PUBLIC_EXPONENT, key_size=RSA_KEY_BITS
    )


def load_private_key(
    source: PrivateKeySource, password: str | bytes | None = None
) -> rsa.RSAPrivateKey:
    """Load an RSA private key.

    Parameters
    ----------
    source : str | os.PathLike | bytes | rsa.RSAPrivateKey
        A path to a PEM file, PEM bytes, or a loaded key. PKCS#1
        ("BEGIN RSA PRIVATE KEY", what vantage6 writes) and PKCS#8 both load.
    password : str | bytes | None
        For an encrypted PEM.

    Returns
    -------
    rsa.RSAPrivateKey
        The key.

    Raises
    ------
    InvalidArgumentError
        The file is missing, or not an RSA private key, or the password is wrong.
    """
    if isinstance(source, rsa.RSAPrivateKey):
        return source
    if isinstance(source, bytes):
        pem, origin = source, "the key bytes"
    else:
        path = Path(source).expanduser()
        try:
            pem = path.read_bytes()
        except OSError as exc:
            raise InvalidArgumentError(
                f"cannot read the private key file {path}: {exc.strerror}"
            ) from exc
        origin = str(path)
    secret = password.encode() if isinstance(password, str) else password
    try:
        key = serialization.load_pem_private_key(pem, password=secret)
    except TypeError as exc:  # encrypted without password, or the other way round
        raise InvalidArgumentError(f"{origin}: {exc}") from exc
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise InvalidArgumentError(
            f"{origin} is not a PEM RSA private key, or the password is wrong"
        ) from exc
    if not isinstance(key, rsa.RSAPrivateKey):
        raise InvalidArgumentError(f"{origin} holds a {type(key).__name__}, not RSA")
    return key


def write_private_key(
    path: str | os.PathLike[str], key: rsa.RSAPrivateKey, *, overwrite: bool = False
) -> Path:
    """Write ``key`` as unencrypted PKCS#1 PEM, readable by its owner only (0600).

    Parameters
    ----------
    path : str | os.PathLike[str]
        The file to write (``~`` is expanded).
    key : rsa.RSAPrivateKey
        The key.
    overwrite : bool
        Replace the file if it exists.

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    InvalidArgumentError
        The file exists and ``overwrite`` is false.
    """
    target = Path(path).expanduser()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if overwrite else os.O_EXCL)
    try:
        descriptor = os.open(target, flags, stat.S_IRUSR | stat.S_IWUSR)
    except FileExistsError:
        raise InvalidArgumentError(
            f"{target} exists already; pass overwrite=True to replace it"
        ) from None
    with os.fdopen(descriptor, "wb") as file:
        os.fchmod(file.fileno(), stat.S_IRUSR | stat.S_IWUSR)
        file.write(pem)
    return target


def public_key_text(key: rsa.RSAPrivateKey) -> str:
    """The public half of ``key`` as the server stores it: base64 of the PEM.

    Parameters
    ----------
    key : rsa.RSAPrivateKey
        An organization's private key.

    Returns
    -------
    str
        What ``organization.create(public_key=...)`` takes.
    """
    pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return _b64(pem)


def same_public_key(text_a: str, text_b: str) -> bool:
    """Whether two server-style public keys (base64 PEM) are the same key."""
    try:
        a = serialization.load_pem_public_key(base64.b64decode(text_a))
        b = serialization.load_pem_public_key(base64.b64decode(text_b))
    except (ValueError, UnsupportedAlgorithm):
        return False
    if not (isinstance(a, rsa.RSAPublicKey) and isinstance(b, rsa.RSAPublicKey)):
        return False
    return a.public_numbers() == b.public_numbers()
