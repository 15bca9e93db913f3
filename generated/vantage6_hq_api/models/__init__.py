"""Contains all the data models used in inputs/outputs.

Loaded on first use (PEP 562): importing one endpoint's module must not import
every model (~90 ms at start-up). Project template (openapi/templates), not
upstream.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .algorithm_store import AlgorithmStore
    from .algorithm_store_input import AlgorithmStoreInput
    from .algorithm_store_page import AlgorithmStorePage
    from .algorithm_store_update import AlgorithmStoreUpdate
    from .api_key import ApiKey
    from .blob_reference import BlobReference
    from .blob_store_status import BlobStoreStatus
    from .collaboration import Collaboration
    from .collaboration_add_node import CollaborationAddNode
    from .collaboration_change_organization import CollaborationChangeOrganization
    from .collaboration_input import CollaborationInput
    from .collaboration_list_encrypted import CollaborationListEncrypted
    from .collaboration_page import CollaborationPage
    from .collaboration_update import CollaborationUpdate
    from .column import Column
    from .container_token import ContainerToken
    from .dataframe import Dataframe
    from .dataframe_init_input import DataframeInitInput
    from .dataframe_node_update import DataframeNodeUpdate
    from .dataframe_page import DataframePage
    from .dataframe_preprocessing_input import DataframePreprocessingInput
    from .error import Error
    from .error_errors import ErrorErrors
    from .error_msg_type_1 import ErrorMsgType1
    from .health import Health
    from .hq_role_input import HQRoleInput
    from .hq_role_update import HQRoleUpdate
    from .kill_node_tasks_input import KillNodeTasksInput
    from .kill_task_input import KillTaskInput
    from .link import Link
    from .message import Message
    from .new_node import NewNode
    from .new_user import NewUser
    from .node import Node
    from .node_config_item import NodeConfigItem
    from .node_input import NodeInput
    from .node_page import NodePage
    from .node_simple import NodeSimple
    from .node_update import NodeUpdate
    from .organization import Organization
    from .organization_input import OrganizationInput
    from .organization_page import OrganizationPage
    from .organization_update import OrganizationUpdate
    from .page_links import PageLinks
    from .reset_api_key_input import ResetAPIKeyInput
    from .result import Result
    from .result_page import ResultPage
    from .role import Role
    from .role_page import RolePage
    from .rule import Rule
    from .rule_page import RulePage
    from .run import Run
    from .run_node import RunNode
    from .run_page import RunPage
    from .run_update import RunUpdate
    from .run_update_status import RunUpdateStatus
    from .session import Session
    from .session_input import SessionInput
    from .session_page import SessionPage
    from .session_task_input import SessionTaskInput
    from .session_update import SessionUpdate
    from .simple_dataframe import SimpleDataframe
    from .study import Study
    from .study_change_organization import StudyChangeOrganization
    from .study_input import StudyInput
    from .study_page import StudyPage
    from .study_update import StudyUpdate
    from .task import Task
    from .task_database import TaskDatabase
    from .task_database_input import TaskDatabaseInput
    from .task_database_input_type import TaskDatabaseInputType
    from .task_input import TaskInput
    from .task_input_action import TaskInputAction
    from .task_organization import TaskOrganization
    from .task_page import TaskPage
    from .task_status import TaskStatus
    from .token_algorithm_input import TokenAlgorithmInput
    from .user import User
    from .user_edit_update import UserEditUpdate
    from .user_input import UserInput
    from .user_page import UserPage
    from .version import Version

_MODULE_OF = {
    "AlgorithmStore": ".algorithm_store",
    "AlgorithmStoreInput": ".algorithm_store_input",
    "AlgorithmStorePage": ".algorithm_store_page",
    "AlgorithmStoreUpdate": ".algorithm_store_update",
    "ApiKey": ".api_key",
    "BlobReference": ".blob_reference",
    "BlobStoreStatus": ".blob_store_status",
    "Collaboration": ".collaboration",
    "CollaborationAddNode": ".collaboration_add_node",
    "CollaborationChangeOrganization": ".collaboration_change_organization",
    "CollaborationInput": ".collaboration_input",
    "CollaborationListEncrypted": ".collaboration_list_encrypted",
    "CollaborationPage": ".collaboration_page",
    "CollaborationUpdate": ".collaboration_update",
    "Column": ".column",
    "ContainerToken": ".container_token",
    "Dataframe": ".dataframe",
    "DataframeInitInput": ".dataframe_init_input",
    "DataframeNodeUpdate": ".dataframe_node_update",
    "DataframePage": ".dataframe_page",
    "DataframePreprocessingInput": ".dataframe_preprocessing_input",
    "Error": ".error",
    "ErrorErrors": ".error_errors",
    "ErrorMsgType1": ".error_msg_type_1",
    "Health": ".health",
    "HQRoleInput": ".hq_role_input",
    "HQRoleUpdate": ".hq_role_update",
    "KillNodeTasksInput": ".kill_node_tasks_input",
    "KillTaskInput": ".kill_task_input",
    "Link": ".link",
    "Message": ".message",
    "NewNode": ".new_node",
    "NewUser": ".new_user",
    "Node": ".node",
    "NodeConfigItem": ".node_config_item",
    "NodeInput": ".node_input",
    "NodePage": ".node_page",
    "NodeSimple": ".node_simple",
    "NodeUpdate": ".node_update",
    "Organization": ".organization",
    "OrganizationInput": ".organization_input",
    "OrganizationPage": ".organization_page",
    "OrganizationUpdate": ".organization_update",
    "PageLinks": ".page_links",
    "ResetAPIKeyInput": ".reset_api_key_input",
    "Result": ".result",
    "ResultPage": ".result_page",
    "Role": ".role",
    "RolePage": ".role_page",
    "Rule": ".rule",
    "RulePage": ".rule_page",
    "Run": ".run",
    "RunNode": ".run_node",
    "RunPage": ".run_page",
    "RunUpdate": ".run_update",
    "RunUpdateStatus": ".run_update_status",
    "Session": ".session",
    "SessionInput": ".session_input",
    "SessionPage": ".session_page",
    "SessionTaskInput": ".session_task_input",
    "SessionUpdate": ".session_update",
    "SimpleDataframe": ".simple_dataframe",
    "Study": ".study",
    "StudyChangeOrganization": ".study_change_organization",
    "StudyInput": ".study_input",
    "StudyPage": ".study_page",
    "StudyUpdate": ".study_update",
    "Task": ".task",
    "TaskDatabase": ".task_database",
    "TaskDatabaseInput": ".task_database_input",
    "TaskDatabaseInputType": ".task_database_input_type",
    "TaskInput": ".task_input",
    "TaskInputAction": ".task_input_action",
    "TaskOrganization": ".task_organization",
    "TaskPage": ".task_page",
    "TaskStatus": ".task_status",
    "TokenAlgorithmInput": ".token_algorithm_input",
    "User": ".user",
    "UserEditUpdate": ".user_edit_update",
    "UserInput": ".user_input",
    "UserPage": ".user_page",
    "Version": ".version",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AlgorithmStore",
    "AlgorithmStoreInput",
    "AlgorithmStorePage",
    "AlgorithmStoreUpdate",
    "ApiKey",
    "BlobReference",
    "BlobStoreStatus",
    "Collaboration",
    "CollaborationAddNode",
    "CollaborationChangeOrganization",
    "CollaborationInput",
    "CollaborationListEncrypted",
    "CollaborationPage",
    "CollaborationUpdate",
    "Column",
    "ContainerToken",
    "Dataframe",
    "DataframeInitInput",
    "DataframeNodeUpdate",
    "DataframePage",
    "DataframePreprocessingInput",
    "Error",
    "ErrorErrors",
    "ErrorMsgType1",
    "Health",
    "HQRoleInput",
    "HQRoleUpdate",
    "KillNodeTasksInput",
    "KillTaskInput",
    "Link",
    "Message",
    "NewNode",
    "NewUser",
    "Node",
    "NodeConfigItem",
    "NodeInput",
    "NodePage",
    "NodeSimple",
    "NodeUpdate",
    "Organization",
    "OrganizationInput",
    "OrganizationPage",
    "OrganizationUpdate",
    "PageLinks",
    "ResetAPIKeyInput",
    "Result",
    "ResultPage",
    "Role",
    "RolePage",
    "Rule",
    "RulePage",
    "Run",
    "RunNode",
    "RunPage",
    "RunUpdate",
    "RunUpdateStatus",
    "Session",
    "SessionInput",
    "SessionPage",
    "SessionTaskInput",
    "SessionUpdate",
    "SimpleDataframe",
    "Study",
    "StudyChangeOrganization",
    "StudyInput",
    "StudyPage",
    "StudyUpdate",
    "Task",
    "TaskDatabase",
    "TaskDatabaseInput",
    "TaskDatabaseInputType",
    "TaskInput",
    "TaskInputAction",
    "TaskOrganization",
    "TaskPage",
    "TaskStatus",
    "TokenAlgorithmInput",
    "User",
    "UserEditUpdate",
    "UserInput",
    "UserPage",
    "Version",
)
