"""Byte compatibility with the official implementations of both lines
(vantage6-common 4.15.x in .venv-official, 5.0.3 in .venv-hq: the 5.x
client encrypts task arguments the same way).

Vectors made by the official code (run from its virtualenv, never copied)
decrypt with ours, and ours decrypt with it: text and blob forms, PKCS#1 and
PKCS#8 keys, empty, small and multi-MB payloads, and the web UI's form.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from tests.paths import HQ_PYTHON, OFFICIAL_PYTHON, ROOT
from vantage6_client import public_key_text
from vantage6_client._crypto import RSACryptor
from vantage6_client._payloads import PlainCryptor, dump_payload, load_payload

pytestmark = pytest.mark.oracle

PAYLOADS = {
    "empty": b"",
    "small": dump_payload({"method": "average", "kwargs": {"column": "age"}}),
    "unicode": dump_payload({"naam": "Zoë", "stad": "Göteborg ✓"}),
    "3MB": dump_payload({"values": list(range(400_000)), "pad": "x" * 300_000}),
}


Official = Callable[[list[dict[str, str]], Path | None], list[bytes]]


@pytest.fixture(
    scope="module", params=[OFFICIAL_PYTHON, HQ_PYTHON], ids=["4.15", "5.0.3"]
)
def official(request: pytest.FixtureRequest) -> Official:
    """Runs jobs through one line's official cryptor (one process per key)."""
    python: Path = request.param
    if not python.exists():
        pytest.fail(f"no official client at {python}: run `make test`")

    def run(jobs: list[dict[str, str]], key: Path | None) -> list[bytes]:
        command = [str(python), str(ROOT / "tests/oracle/official_crypto.py")]
        if key is not None:
            command += ["--key", str(key)]
        done = subprocess.run(
            command, input=json.dumps(jobs), capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr[-2000:]
        return [base64.b64decode(item) for item in json.loads(done.stdout)]

    return run


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


@pytest.fixture(scope="module", params=["pkcs1", "pkcs8"])
def key_file(
    request: pytest.FixtureRequest, rsa_keys: list[rsa.RSAPrivateKey], tmp_path_factory
) -> Path:
    """The organization's key as the official node would read it."""
    form = {
        "pkcs1": serialization.PrivateFormat.TraditionalOpenSSL,
        "pkcs8": serialization.PrivateFormat.PKCS8,
    }[request.param]
    path = tmp_path_factory.mktemp("keys") / f"{request.param}.pem"
    path.write_bytes(
        rsa_keys[0].private_bytes(
            serialization.Encoding.PEM, form, serialization.NoEncryption()
        )
    )
    return path


def test_official_messages_decrypt_with_ours(
    official: Official, key_file: Path, rsa_keys: list[rsa.RSAPrivateKey]
) -> None:
    public = public_key_text(rsa_keys[0])
    names = list(PAYLOADS)
    jobs = [
        {"op": "encrypt", "data": b64(PAYLOADS[n]), "public_key": public} for n in names
    ]
    jobs += [
        {"op": "encrypt_blob", "data": b64(PAYLOADS[n]), "public_key": public}
        for n in names
    ]
    made = official(jobs, key_file)
    ours = RSACryptor(rsa_keys[0])
    for name, text in zip(names, made[: len(names)], strict=True):
        assert ours.decrypt(text.decode()) == PAYLOADS[name], name
    for name, blob in zip(names, made[len(names) :], strict=True):
        chunks = [blob[i : i + 65536] for i in range(0, len(blob), 65536)]
        assert b"".join(ours.decrypt_stream(chunks)) == PAYLOADS[name], name


def test_our_messages_decrypt_with_the_official_code(
    official: Official, key_file: Path, rsa_keys: list[rsa.RSAPrivateKey]
) -> None:
    ours = RSACryptor(rsa_keys[1])  # another organization encrypts for key 0
    public = public_key_text(rsa_keys[0])
    names = list(PAYLOADS)
    jobs = [
        {"op": "decrypt", "data": b64(ours.encrypt(PAYLOADS[n], public).encode())}
        for n in names
    ]
    jobs += [
        {
            "op": "decrypt_blob",
            "data": b64(b"".join(ours.encrypt_stream([PAYLOADS[n]], public))),
        }
        for n in names
    ]
    decrypted = official(jobs, key_file)
    for name, plain in zip(names * 2, decrypted, strict=True):
        assert plain == PAYLOADS[name], name


def test_public_keys_are_written_alike(
    official: Official, key_file: Path, rsa_keys: list[rsa.RSAPrivateKey]
) -> None:
    [theirs] = official([{"op": "public_key", "data": ""}], key_file)
    assert theirs.decode() == public_key_text(rsa_keys[0])


def test_unencrypted_collaborations_agree(official: Official) -> None:
    names = list(PAYLOADS)
    jobs = [{"op": "encrypt", "data": b64(PAYLOADS[n])} for n in names]
    jobs += [
        {"op": "decrypt", "data": b64(PlainCryptor().encrypt(PAYLOADS[n]).encode())}
        for n in names
    ]
    made = official(jobs, None)
    for name, text in zip(names, made[: len(names)], strict=True):
        assert text.decode() == PlainCryptor().encrypt(PAYLOADS[name])
        assert PlainCryptor().decrypt(text.decode()) == PAYLOADS[name]
    for name, plain in zip(names, made[len(names) :], strict=True):
        assert plain == PAYLOADS[name]


def test_web_ui_messages_read_the_same_in_both(
    official: Official, key_file: Path, rsa_keys: list[rsa.RSAPrivateKey]
) -> None:
    """The UI wraps the base64 text of the AES key and encrypts base64 of the JSON."""
    value = {"from": "the web UI", "numbers": [1, 2, 3]}
    key, iv = os.urandom(32), os.urandom(16)
    wrapped = (
        rsa_keys[0].public_key().encrypt(base64.b64encode(key), padding.PKCS1v15())
    )
    encryptor = Cipher(algorithms.AES(key), modes.CTR(iv)).encryptor()
    body = (
        encryptor.update(base64.b64encode(json.dumps(value).encode()))
        + encryptor.finalize()
    )
    text = "$".join(b64(x) for x in (wrapped, iv, body))
    [theirs] = official([{"op": "decrypt", "data": b64(text.encode())}], key_file)
    assert json.loads(theirs) == value
    assert load_payload(RSACryptor(rsa_keys[0]).decrypt(text)) == value
