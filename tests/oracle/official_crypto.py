"""Encrypt and decrypt with the official vantage6-common implementation.

Run in .venv-official: reads a JSON job list from stdin, writes results to
stdout. Each job: {"op": "encrypt"|"encrypt_blob"|"decrypt"|"decrypt_blob",
"data": <base64>, "public_key": <server-style key>}. One process serves one
private key (``--key``): the official RSACryptor is a singleton.
"""

import argparse
import base64
import json
import logging
import sys
from pathlib import Path

from vantage6.common.encryption import DummyCryptor, RSACryptor

logging.disable(logging.CRITICAL)
parser = argparse.ArgumentParser()
parser.add_argument("--key", type=Path, help="private key PEM; none: DummyCryptor")
args = parser.parse_args()
cryptor = RSACryptor(args.key) if args.key else DummyCryptor()

results = []
for job in json.load(sys.stdin):
    data = base64.b64decode(job["data"])
    op = job["op"]
    if op == "encrypt":
        out = cryptor.encrypt_bytes_to_str(data, job.get("public_key", "")).encode()
    elif op == "encrypt_blob":
        out = cryptor.encrypt_bytes_to_str(
            data, job.get("public_key", ""), skip_base64_encoding_of_msg=True
        )
        out = out if isinstance(out, bytes) else out.encode()
    elif op == "decrypt":
        out = cryptor.decrypt(data.decode())
    elif op == "decrypt_blob":
        out = cryptor.decrypt(data)
    elif op == "public_key":
        out = cryptor.public_key_str.encode()
    else:
        raise SystemExit(f"unknown op {op}")
    results.append(base64.b64encode(out).decode())
json.dump(results, sys.stdout)
