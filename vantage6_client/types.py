"""The types the SDK's methods return, by names users and type checkers can use.

The models come from the generated bindings; importing them from here keeps
scripts free of the bindings' package names, which are not part of the API::

    from vantage6_client.types import Organization, Page, Task

    def names(page: Page[Organization]) -> list[str]: ...

Where the algorithm store has a model of the same name as the server's, the
store's is prefixed: ``StoreRole``, ``StoreRule``, ``StoreUser``,
``StoreMessage``; so are a 5.x HQ's where its answer differs from 4.x's:
``HQUser``, ``HQTask``, ``HQNode``, ``HQCollaboration``, ...; and a 5.x
algorithm store's (an HQ's stores) by ``Store5``: ``Store5Algorithm``, ...
"""

from vantage6_hq_api.models import AlgorithmStore as HQAlgorithmStore
from vantage6_hq_api.models import Collaboration as HQCollaboration
from vantage6_hq_api.models import Column, Dataframe, Session
from vantage6_hq_api.models import Health as HQHealth
from vantage6_hq_api.models import NewNode as HQNewNode
from vantage6_hq_api.models import NewUser as HQNewUser
from vantage6_hq_api.models import Node as HQNode
from vantage6_hq_api.models import NodeSimple as HQNodeSimple
from vantage6_hq_api.models import Role as HQRole
from vantage6_hq_api.models import Rule as HQRule
from vantage6_hq_api.models import Study as HQStudy
from vantage6_hq_api.models import Task as HQTask
from vantage6_hq_api.models import User as HQUser
from vantage6_server_api.models import (
    AlgorithmAddresses,
    AlgorithmStore,
    Collaboration,
    Health,
    Link,
    Message,
    NewNode,
    Node,
    NodeSimple,
    NodeTokenValidation,
    Organization,
    PageLinks,
    Port,
    Role,
    Rule,
    Run,
    Study,
    Task,
    TwoFactorSetup,
    User,
    UserTokenValidation,
    Version,
)
from vantage6_store5_api.models import Algorithm as Store5Algorithm
from vantage6_store5_api.models import Message as Store5Message
from vantage6_store5_api.models import Policies as Store5Policies
from vantage6_store5_api.models import PublicPolicies as Store5PublicPolicies
from vantage6_store5_api.models import Review as Store5Review
from vantage6_store5_api.models import Role as Store5Role
from vantage6_store5_api.models import Rule as Store5Rule
from vantage6_store5_api.models import User as Store5User
from vantage6_store_api.models import (
    Algorithm,
    Policies,
    PublicPolicies,
    Review,
    Vantage6Server,
)
from vantage6_store_api.models import Message as StoreMessage
from vantage6_store_api.models import Role as StoreRole
from vantage6_store_api.models import Rule as StoreRule
from vantage6_store_api.models import User as StoreUser

from vantage6_client._client import WhoAmI
from vantage6_client._exceptions import FailedRun
from vantage6_client._node_client import NodeIdentity
from vantage6_client._oidc import DeviceCode
from vantage6_client._pagination import Page
from vantage6_client._results import AlgorithmRun, TaskResult, TaskResults
from vantage6_client._watching import (
    RunFinished,
    RunLog,
    RunStarted,
    TaskDone,
    TaskEvent,
)
from vantage6_client.resources.task import ResultsByOrganization

__all__ = [
    "Algorithm",
    "AlgorithmAddresses",
    "AlgorithmRun",
    "AlgorithmStore",
    "Collaboration",
    "Column",
    "Dataframe",
    "DeviceCode",
    "FailedRun",
    "HQAlgorithmStore",
    "HQCollaboration",
    "HQHealth",
    "HQNewNode",
    "HQNewUser",
    "HQNode",
    "HQNodeSimple",
    "HQRole",
    "HQRule",
    "HQStudy",
    "HQTask",
    "HQUser",
    "Health",
    "Link",
    "Message",
    "NewNode",
    "Node",
    "NodeIdentity",
    "NodeSimple",
    "NodeTokenValidation",
    "Organization",
    "Page",
    "PageLinks",
    "Policies",
    "Port",
    "PublicPolicies",
    "ResultsByOrganization",
    "Review",
    "Role",
    "Rule",
    "Run",
    "RunFinished",
    "RunLog",
    "RunStarted",
    "Session",
    "Store5Algorithm",
    "Store5Message",
    "Store5Policies",
    "Store5PublicPolicies",
    "Store5Review",
    "Store5Role",
    "Store5Rule",
    "Store5User",
    "StoreMessage",
    "StoreRole",
    "StoreRule",
    "StoreUser",
    "Study",
    "Task",
    "TaskDone",
    "TaskEvent",
    "TaskResult",
    "TaskResults",
    "TwoFactorSetup",
    "User",
    "UserTokenValidation",
    "Vantage6Server",
    "Version",
    "WhoAmI",
]
