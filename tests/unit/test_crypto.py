"""The wire format, key handling and their failure modes (interop: tests/interop)."""

from __future__ import annotations

import base64
import json
import os
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from hypothesis import given, settings
from hypothesis import strategies as st

from vantage6_client import (
    DecryptionError,
    EncryptionError,
    InvalidArgumentError,
    load_private_key,
    public_key_text,
    write_private_key,
)
from vantage6_client._crypto import RSACryptor, generate_private_key, same_public_key
from vantage6_client._payloads import PlainCryptor, dump_payload, load_payload


@pytest.fixture(scope="module")
def alice(rsa_keys: list[rsa.RSAPrivateKey]) -> RSACryptor:
    return RSACryptor(rsa_keys[0])


@pytest.fixture(scope="module")
def bob(rsa_keys: list[rsa.RSAPrivateKey]) -> RSACryptor:
    return RSACryptor(rsa_keys[1])


def test_message_has_the_wire_format(alice: RSACryptor, bob: RSACryptor) -> None:
    text = alice.encrypt(b'{"a": 1}', bob.public_key)
    wrapped, iv, body = text.split("$")
    assert len(base64.b64decode(wrapped, validate=True)) == 512  # RSA-4096 block
    assert len(base64.b64decode(iv, validate=True)) == 16
    assert len(base64.b64decode(body, validate=True)) == len(b'{"a": 1}')  # CTR


@settings(max_examples=25, deadline=None)
@given(st.binary(max_size=4096))
def test_round_trip_any_bytes(alice: RSACryptor, bob: RSACryptor, data: bytes) -> None:
    assert bob.decrypt(alice.encrypt(data, bob.public_key)) == data


@settings(max_examples=25, deadline=None)
@given(
    st.recursive(
        st.none()
        | st.booleans()
        | st.integers()
        | st.text()
        | st.floats(allow_nan=False),
        lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
        max_leaves=20,
    )
)
def test_payload_round_trip(value: object) -> None:
    assert (
        load_payload(
            PlainCryptor().decrypt(PlainCryptor().encrypt(dump_payload(value)))
        )
        == value
    )


def test_each_message_has_a_fresh_key_and_iv(
    alice: RSACryptor, bob: RSACryptor
) -> None:
    first, second = (alice.encrypt(b"same", bob.public_key) for _ in range(2))
    assert first.split("$")[:2] != second.split("$")[:2]


def test_another_organizations_key_cannot_decrypt(
    alice: RSACryptor, bob: RSACryptor
) -> None:
    for_bob = alice.encrypt(b"secret", bob.public_key)
    with pytest.raises(DecryptionError, match="another organization's key"):
        alice.decrypt(for_bob)


@pytest.mark.parametrize("text", ["not encrypted", "a$b", "a$b$c", "$$"])
def test_damaged_messages_raise_decryption_error(bob: RSACryptor, text: str) -> None:
    with pytest.raises(DecryptionError):
        bob.decrypt(text)


def test_web_ui_messages_decrypt(bob: RSACryptor) -> None:
    """The UI wraps the base64 text of the key and encrypts base64 of the JSON."""
    key, iv = os.urandom(32), os.urandom(16)
    public = serialization.load_pem_public_key(base64.b64decode(bob.public_key))
    assert isinstance(public, rsa.RSAPublicKey)
    wrapped = public.encrypt(base64.b64encode(key), padding.PKCS1v15())
    plaintext = base64.b64encode(json.dumps({"from": "ui"}).encode())
    encryptor = Cipher(algorithms.AES(key), modes.CTR(iv)).encryptor()
    body = encryptor.update(plaintext) + encryptor.finalize()
    text = "$".join(base64.b64encode(x).decode() for x in (wrapped, iv, body))
    assert load_payload(bob.decrypt(text)) == {"from": "ui"}


def test_plain_collaborations_use_base64() -> None:
    assert PlainCryptor().encrypt(b'{"x": 1}') == base64.b64encode(b'{"x": 1}').decode()
    with pytest.raises(DecryptionError):
        PlainCryptor().decrypt("***")


def test_missing_or_bad_public_key_is_an_encryption_error(alice: RSACryptor) -> None:
    with pytest.raises(EncryptionError, match="no public key"):
        alice.encrypt(b"x", "")
    with pytest.raises(EncryptionError, match="not a valid public key"):
        alice.encrypt(b"x", base64.b64encode(b"-----BEGIN PUBLIC KEY-----").decode())


@pytest.mark.parametrize("chunk", [1, 7, 512, 1 << 16])
def test_blob_stream_round_trip(alice: RSACryptor, bob: RSACryptor, chunk: int) -> None:
    data = os.urandom(100_000)
    blob = b"".join(
        alice.encrypt_stream(
            [data[i : i + 4096] for i in range(0, len(data), 4096)], bob.public_key
        )
    )
    pieces = [blob[i : i + chunk] for i in range(0, len(blob), chunk)]
    assert b"".join(bob.decrypt_stream(pieces)) == data


def test_blob_cut_inside_its_header(bob: RSACryptor) -> None:
    with pytest.raises(DecryptionError, match=r"expected key\$iv\$data"):
        list(bob.decrypt_stream([b"abc$def"]))


@pytest.mark.parametrize("chunk", [1, 5, 683, 1 << 16])
def test_text_form_decrypts_in_pieces_of_any_size(
    alice: RSACryptor, bob: RSACryptor, chunk: int
) -> None:
    data = os.urandom(50_000)
    text = alice.encrypt(data, bob.public_key).encode()
    pieces = [text[i : i + chunk] for i in range(0, len(text), chunk)]
    assert b"".join(bob.decrypt_stream(pieces, form="text")) == data


@pytest.mark.parametrize("chunk", [1, 2, 4, 1000, 1 << 16])
def test_plain_streams_round_trip_in_pieces_of_any_size(chunk: int) -> None:
    data = os.urandom(10_001)
    plain = PlainCryptor()
    pieces = [data[i : i + chunk] for i in range(0, len(data), chunk)]
    encoded = b"".join(plain.encrypt_stream(pieces))
    assert encoded.decode() == plain.encrypt(data)
    back = [encoded[i : i + chunk] for i in range(0, len(encoded), chunk)]
    assert b"".join(plain.decrypt_stream(back, form="text")) == data


@pytest.mark.parametrize("text", [b"QUJD!", b"QUJDRA"])
def test_plain_stream_rejects_what_is_not_base64(text: bytes) -> None:
    with pytest.raises(DecryptionError, match="not base64"):
        list(PlainCryptor().decrypt_stream([text]))


def test_two_cryptors_keep_their_own_keys(alice: RSACryptor, bob: RSACryptor) -> None:
    for_alice = bob.encrypt(b"to alice", alice.public_key)
    for_bob = alice.encrypt(b"to bob", bob.public_key)
    assert alice.decrypt(for_alice) == b"to alice"
    assert bob.decrypt(for_bob) == b"to bob"
    assert alice.public_key != bob.public_key


# -- keys -------------------------------------------------------------------
def test_pkcs1_pkcs8_and_encrypted_pem_load(
    tmp_path: Path, rsa_keys: list[rsa.RSAPrivateKey]
) -> None:
    key = rsa_keys[0]
    pkcs8 = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    locked = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"pw"),
    )
    pkcs1_file = write_private_key(tmp_path / "k.pem", key)
    assert pkcs1_file.read_bytes().startswith(b"-----BEGIN RSA PRIVATE KEY-----")
    for loaded in (
        load_private_key(pkcs1_file),
        load_private_key(str(pkcs1_file)),
        load_private_key(pkcs8),
        load_private_key(locked, password="pw"),
        load_private_key(key),
    ):
        assert public_key_text(loaded) == public_key_text(key)


@pytest.mark.parametrize(
    ("source", "password", "message"),
    [
        (b"not a key", None, "not a PEM RSA private key"),
        ("/nonexistent/key.pem", None, "cannot read the private key file"),
    ],
)
def test_unreadable_keys_are_clear_errors(
    source: object, password: object, message: str
) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        load_private_key(source, password)  # type: ignore[arg-type]


def test_wrong_or_missing_password(rsa_keys: list[rsa.RSAPrivateKey]) -> None:
    locked = rsa_keys[0].private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"right"),
    )
    with pytest.raises(InvalidArgumentError):
        load_private_key(locked, password="wrong")
    with pytest.raises(InvalidArgumentError):
        load_private_key(locked)


def test_key_files_are_private_and_never_overwritten_silently(
    tmp_path: Path, rsa_keys: list[rsa.RSAPrivateKey]
) -> None:
    path = write_private_key(tmp_path / "org.pem", rsa_keys[0])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(InvalidArgumentError, match="exists already"):
        write_private_key(path, rsa_keys[1])
    assert load_private_key(path).private_numbers() == rsa_keys[0].private_numbers()
    write_private_key(path, rsa_keys[1], overwrite=True)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_private_key(path).private_numbers() == rsa_keys[1].private_numbers()


def test_public_keys_compare_by_key_not_by_text(
    rsa_keys: list[rsa.RSAPrivateKey],
) -> None:
    text = public_key_text(rsa_keys[0])
    pem = base64.b64decode(text)
    assert same_public_key(text, base64.b64encode(pem.replace(b"\n", b"\r\n")).decode())
    assert not same_public_key(text, public_key_text(rsa_keys[1]))
    assert not same_public_key(text, "")


def test_non_json_input_is_refused_before_sending() -> None:
    with pytest.raises(InvalidArgumentError, match="JSON"):
        dump_payload({"when": object()})


# -- exact failure modes ------------------------------------------------------
_CANNOT_UNWRAP = (
    r"^cannot unwrap the message key: it was encrypted for another "
    r"organization's key, or it is damaged$"
)


def _ed25519_pem() -> tuple[bytes, bytes]:
    """A non-RSA key pair as PEM: (private PKCS#8, public SubjectPublicKeyInfo)."""
    key = ed25519.Ed25519PrivateKey.generate()
    private = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private, public


def _ed25519_public_key_text() -> str:
    return base64.b64encode(_ed25519_pem()[1]).decode()


@pytest.mark.parametrize("damage", ["$", "*", "\n"])
def test_a_body_that_is_not_strict_base64_is_refused(
    alice: RSACryptor, bob: RSACryptor, damage: str
) -> None:
    wrapped, iv, body = alice.encrypt(b"secret data", bob.public_key).split("$")
    with pytest.raises(DecryptionError, match=r"^the message body is not base64 \("):
        bob.decrypt(f"{wrapped}${iv}${body[:4]}{damage}{body[4:]}")


@pytest.mark.parametrize("part", [0, 1], ids=["wrapped key", "iv"])
def test_a_header_that_is_not_strict_base64_cannot_be_unwrapped(
    alice: RSACryptor, bob: RSACryptor, part: int
) -> None:
    parts = alice.encrypt(b"secret", bob.public_key).split("$")
    parts[part] = f"{parts[part][:8]}*{parts[part][8:]}"
    with pytest.raises(DecryptionError, match=_CANNOT_UNWRAP):
        bob.decrypt("$".join(parts))


@pytest.mark.parametrize("public_key", [None, ""])
def test_no_public_key_message(alice: RSACryptor, public_key: str | None) -> None:
    with pytest.raises(EncryptionError, match=r"^the organization has no public key$"):
        alice.encrypt(b"x", public_key)


def test_a_non_rsa_public_key_is_refused(alice: RSACryptor) -> None:
    with pytest.raises(EncryptionError, match=r"^the public key is not an RSA key$"):
        alice.encrypt(b"x", _ed25519_public_key_text())


def test_each_public_key_is_parsed_once_per_cryptor(
    rsa_keys: list[rsa.RSAPrivateKey],
    alice: RSACryptor,
    bob: RSACryptor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parsed: list[bytes] = []
    real = serialization.load_pem_public_key

    def counting(data: bytes, *args: object, **kwargs: object) -> object:
        parsed.append(data)
        return real(data, *args, **kwargs)

    monkeypatch.setattr(serialization, "load_pem_public_key", counting)
    cryptor = RSACryptor(rsa_keys[0])
    for _ in range(3):
        cryptor.encrypt(b"x", bob.public_key)
    list(cryptor.encrypt_stream([b"x"], bob.public_key))
    cryptor.encrypt(b"x", alice.public_key)
    assert parsed == [
        base64.b64decode(bob.public_key),
        base64.b64decode(alice.public_key),
    ]


def test_key_errors_name_the_bytes_or_the_file(tmp_path: Path) -> None:
    junk = tmp_path / "junk.pem"
    junk.write_bytes(b"not a key")
    for source, origin in ((b"not a key", "the key bytes"), (junk, str(junk))):
        with pytest.raises(InvalidArgumentError) as caught:
            load_private_key(source)
        assert str(caught.value) == (
            f"{origin} is not a PEM RSA private key, or the password is wrong"
        )


def test_a_password_mismatch_names_the_origin(
    rsa_keys: list[rsa.RSAPrivateKey],
) -> None:
    locked = rsa_keys[0].private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"pw"),
    )
    with pytest.raises(InvalidArgumentError, match=r"^the key bytes: Password was not"):
        load_private_key(locked)


def test_a_non_rsa_private_key_is_refused_by_name() -> None:
    private, _ = _ed25519_pem()
    kind = type(serialization.load_pem_private_key(private, None)).__name__
    with pytest.raises(InvalidArgumentError) as caught:
        load_private_key(private)
    assert str(caught.value) == f"the key bytes holds a {kind}, not RSA"


def test_a_new_key_file_is_private_from_its_creation(
    tmp_path: Path, rsa_keys: list[rsa.RSAPrivateKey], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Created 0600, not chmod-ed afterwards: no moment where others may open it."""
    modes: list[int] = []
    real = os.fchmod

    def recording(fd: int, mode: int) -> None:
        modes.append(stat.S_IMODE(os.fstat(fd).st_mode))
        real(fd, mode)

    monkeypatch.setattr(os, "fchmod", recording)
    umask = os.umask(0o022)
    try:
        write_private_key(tmp_path / "org.pem", rsa_keys[0])
    finally:
        os.umask(umask)
    assert modes == [0o600]


def test_only_rsa_public_keys_can_be_the_same(
    rsa_keys: list[rsa.RSAPrivateKey],
) -> None:
    rsa_text = public_key_text(rsa_keys[0])
    ed_a, ed_b = _ed25519_public_key_text(), _ed25519_public_key_text()
    assert not same_public_key(rsa_text, ed_a)
    assert not same_public_key(ed_a, rsa_text)
    assert not same_public_key(ed_a, ed_b)


@pytest.mark.parametrize("key_bytes", [16, 24, 31])
def test_a_message_key_of_the_wrong_length_is_refused_with_a_good_iv(
    key_bytes: int,
) -> None:
    """A wrapped key that unwraps to anything but 32 bytes is refused, even
    when the IV is right (AES itself would take 16 or 24 bytes and decrypt
    garbage)."""
    private = generate_private_key()
    wrapped = private.public_key().encrypt(b"k" * key_bytes, padding.PKCS1v15())
    message = "$".join(
        base64.b64encode(part).decode() for part in (wrapped, b"i" * 16, b"data")
    )
    with pytest.raises(DecryptionError, match=r"^cannot unwrap the message key"):
        RSACryptor(private).decrypt(message)
