"""A typed, tested Python client for vantage6: 4.x servers and 5.x HQ.

>>> from vantage6_client import Client
>>> client = Client(base_url=server_url)  # e.g. "https://v6.example.org/api"
>>> client.authenticate(username, password)

Everything a call can go wrong with is a :class:`Vantage6Error`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from vantage6_client._exceptions import (
    APIError,
    AuthenticationError,
    BadRequestError,
    DecryptionError,
    EncryptionError,
    FailedRun,
    InvalidArgumentError,
    MFARequiredError,
    MissingDependencyError,
    NotFoundError,
    NotLoggedInError,
    NotOnThisServerError,
    OAuthError,
    PermissionDeniedError,
    ProfileError,
    RequestTooLargeError,
    ServerError,
    TaskFailedError,
    TimeoutError,
    TransportError,
    TwoFactorSetupRequiredError,
    UnexpectedResponseError,
    Vantage6Error,
)

# A traceback names an error as scripts import it (vantage6_client.NotFoundError),
# not by the private module that defines it.
for _error in tuple(globals().values()):
    if isinstance(_error, type) and issubclass(_error, Vantage6Error):
        _error.__module__ = __name__
del _error

if TYPE_CHECKING:
    from vantage6_client._client import Client, WhoAmI
    from vantage6_client._crypto import (
        generate_private_key,
        load_private_key,
        public_key_text,
        write_private_key,
    )
    from vantage6_client._node_client import NodeClient, NodeIdentity
    from vantage6_client._oidc import DeviceCode
    from vantage6_client._pagination import ItemList, Page
    from vantage6_client._results import AlgorithmRun, TaskResult, TaskResults
    from vantage6_client._watching import (
        RunFinished,
        RunLog,
        RunStarted,
        TaskDone,
        TaskEvent,
    )
    from vantage6_client.resources.task import ResultsByOrganization

    UserClient = Client

# Loaded on first use (PEP 562): a script that only needs the Client does not
# pay for the node client, and one that never decrypts not for cryptography.
_LAZY = {
    "AlgorithmRun": "_results",
    "Client": "_client",
    "DeviceCode": "_oidc",
    "ItemList": "_pagination",
    "NodeClient": "_node_client",
    "NodeIdentity": "_node_client",
    "Page": "_pagination",
    "ResultsByOrganization": "resources.task",
    "RunFinished": "_watching",
    "RunLog": "_watching",
    "RunStarted": "_watching",
    "TaskDone": "_watching",
    "TaskEvent": "_watching",
    "TaskResult": "_results",
    "TaskResults": "_results",
    "WhoAmI": "_client",
    "generate_private_key": "_crypto",
    "load_private_key": "_crypto",
    "public_key_text": "_crypto",
    "write_private_key": "_crypto",
}
_ALIASES = {"UserClient": "Client"}  # the official package's other name for it


def __getattr__(name: str) -> Any:
    attribute = _ALIASES.get(name, name)
    module = _LAZY.get(attribute)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "APIError",
    "AlgorithmRun",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "DecryptionError",
    "DeviceCode",
    "EncryptionError",
    "FailedRun",
    "InvalidArgumentError",
    "ItemList",
    "MFARequiredError",
    "MissingDependencyError",
    "NodeClient",
    "NodeIdentity",
    "NotFoundError",
    "NotLoggedInError",
    "NotOnThisServerError",
    "OAuthError",
    "Page",
    "PermissionDeniedError",
    "ProfileError",
    "RequestTooLargeError",
    "ResultsByOrganization",
    "RunFinished",
    "RunLog",
    "RunStarted",
    "ServerError",
    "TaskDone",
    "TaskEvent",
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
