"""Run data in the server's large-result (blob) storage, streamed both ways.

When the server stores run data as blobs, a run's input or result field holds
a UUID and the data itself goes through ``/blobstream``: uploaded as the
encrypted message's blob form (raw ciphertext after its header), downloaded as
a stream that is decrypted chunk by chunk, so memory holds the plaintext once
and never the whole ciphertext besides it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from vantage6_server_api.models import BlobReference
from vantage6_server_api.types import File

from vantage6_client._exceptions import DecryptionError
from vantage6_client._payloads import Cryptor, load_payload_stream
from vantage6_client._transport import STREAM_CHUNK_BYTES, Transport

if TYPE_CHECKING:
    from vantage6_server_api.api import Operations


def upload(transport: Transport, ops: Operations, data: Iterator[bytes] | bytes) -> str:
    """Store ``data`` (already in blob form) on the server; return its UUID."""
    body = File(payload=data)  # type: ignore[arg-type]  # httpx streams iterators
    reference = transport.call(BlobReference, ops.blob_upload, body=body)
    return reference.uuid


def blob_form(
    cryptor: Cryptor, payload: bytes, public_key: str | None
) -> Iterator[bytes]:
    """The bytes to upload for one organization: what its node downloads."""
    return cryptor.encrypt_stream(_chunks(payload), public_key)


def download(transport: Transport, ops: Operations, uuid: str, cryptor: Cryptor) -> Any:
    """Fetch, decrypt and parse the blob ``uuid``."""

    def read(chunks: Iterator[bytes]) -> Any:
        plain = cryptor.decrypt_stream(chunks)
        first = next((piece for piece in plain if piece), None)
        if first is None:
            return None
        return load_payload_stream(itertools.chain((first,), plain))

    try:
        return transport.stream("blob_download", ops.requests.blob_download(uuid), read)
    except (ValueError, DecryptionError) as exc:
        raise DecryptionError(f"cannot read blob {uuid}: {exc}") from exc


def _chunks(payload: bytes) -> Iterator[bytes]:
    view = memoryview(payload)
    for start in range(0, len(view), STREAM_CHUNK_BYTES):
        yield bytes(view[start : start + STREAM_CHUNK_BYTES])
