"""What each organization of a task receives: the payload, encrypted with
that organization's public key in an encrypted collaboration, else in
base64; stored in the blob store instead where the server has one.

4.x tasks send it as each organization's ``input``; 5.x tasks and
dataframes as its ``arguments``. The format is the same on both lines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vantage6_client import _blobs
from vantage6_client._exceptions import EncryptionError
from vantage6_client._payloads import Cryptor, PlainCryptor

if TYPE_CHECKING:
    from vantage6_client._client import Client


def arguments_for(
    client: Client, encrypted: bool, organizations: list[int], payload: bytes
) -> dict[int, str]:
    """Each organization's field for ``payload``, in the order given.

    Raises
    ------
    EncryptionError
        The collaboration is encrypted and the client has no key, or an
        organization has no public key; nothing was sent.
    """
    cryptor: Cryptor = PlainCryptor()
    keys: dict[int, str | None] = dict.fromkeys(organizations)
    if encrypted:
        cryptor = client.cryptor
        if not cryptor.encrypts:
            raise EncryptionError(
                "the collaboration is encrypted: call client.setup_encryption "
                "with your organization's private key before creating tasks"
            )
        keys = public_keys(client, organizations)
    to_blobs = client.check_if_blob_store_enabled()
    sealed = {}
    for organization, key in keys.items():
        if to_blobs:
            sealed[organization] = _blobs.upload(
                client._transport,
                client._session.operations,
                _blobs.blob_form(cryptor, payload, key),
            )
        else:
            sealed[organization] = cryptor.encrypt(payload, key)
    return sealed


def public_keys(client: Client, organizations: list[int]) -> dict[int, str | None]:
    """The public keys of ``organizations``, in one request where possible.

    Raises
    ------
    EncryptionError
        An organization has no public key.
    """
    listed = client.organization.list(ids=organizations, per_page=len(organizations))
    found = {o.id: o for o in listed.all()}
    for organization in set(organizations) - found.keys():  # not listable
        found[organization] = client.organization.get(organization)
    keys: dict[int, str | None] = {}
    for organization in organizations:
        key = found[organization].public_key
        if not key:
            raise EncryptionError(
                f"organization {organization} ({found[organization].name}) has no "
                "public key: it must set up encryption (upload its key) before "
                "tasks can be encrypted for it"
            )
        keys[organization] = key
    return keys
