"""A typed, tested Python client for the vantage6 server (4.x).

>>> from vantage6_client import Client
>>> client = Client("https://v6.example.org", 443)
>>> client.authenticate("alice", "password")

Everything a call can go wrong with is a :class:`Vantage6Error`.
"""

from vantage6_client._client import Client, WhoAmI
from vantage6_client._crypto import (
    generate_private_key,
    load_private_key,
    public_key_text,
    write_private_key,
)
from vantage6_client._exceptions import (
    APIError,
    AuthenticationError,
    BadRequestError,
    DecryptionError,
    EncryptionError,
    FailedRun,
    InvalidArgumentError,
    MFARequiredError,
    NotFoundError,
    PermissionDeniedError,
    ServerError,
    TaskFailedError,
    TimeoutError,
    TransportError,
    TwoFactorSetupRequiredError,
    UnexpectedResponseError,
    Vantage6Error,
)
from vantage6_client._node_client import NodeClient, NodeIdentity
from vantage6_client._pagination import Page
from vantage6_client._results import AlgorithmRun, TaskResult, TaskResults

UserClient = Client  # the official package's other name for it

__all__ = [
    "APIError",
    "AlgorithmRun",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "DecryptionError",
    "EncryptionError",
    "FailedRun",
    "InvalidArgumentError",
    "MFARequiredError",
    "NodeClient",
    "NodeIdentity",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "ServerError",
    "TaskFailedError",
    "TaskResult",
    "TaskResults",
    "TimeoutError",
    "TransportError",
    "TwoFactorSetupRequiredError",
    "UnexpectedResponseError",
    "UserClient",
    "Vantage6Error",
    "WhoAmI",
    "generate_private_key",
    "load_private_key",
    "public_key_text",
    "write_private_key",
]
