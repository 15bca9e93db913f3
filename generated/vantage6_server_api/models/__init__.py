"""Contains all the data models used in inputs/outputs.

Loaded on first use (PEP 562): importing one endpoint's module must not import
every model (~90 ms at start-up). Project template (openapi/templates), not
upstream.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .algorithm_address import AlgorithmAddress
    from .algorithm_addresses import AlgorithmAddresses
    from .algorithm_store import AlgorithmStore
    from .algorithm_store_input import AlgorithmStoreInput
    from .algorithm_store_page import AlgorithmStorePage
    from .algorithm_store_update import AlgorithmStoreUpdate
    from .api_key import ApiKey
    from .blob_reference import BlobReference
    from .blob_store_status import BlobStoreStatus
    from .change_password_input import ChangePasswordInput
    from .collaboration import Collaboration
    from .collaboration_add_node import CollaborationAddNode
    from .collaboration_change_organization import CollaborationChangeOrganization
    from .collaboration_get_include_item import CollaborationGetIncludeItem
    from .collaboration_input import CollaborationInput
    from .collaboration_list_encrypted import CollaborationListEncrypted
    from .collaboration_list_include_item import CollaborationListIncludeItem
    from .collaboration_page import CollaborationPage
    from .collaboration_update import CollaborationUpdate
    from .column_name_input import ColumnNameInput
    from .column_names import ColumnNames
    from .container_token import ContainerToken
    from .error import Error
    from .error_errors import ErrorErrors
    from .error_msg_type_1 import ErrorMsgType1
    from .health import Health
    from .kill_node_tasks_input import KillNodeTasksInput
    from .kill_task_input import KillTaskInput
    from .link import Link
    from .message import Message
    from .new_node import NewNode
    from .node import Node
    from .node_config_item import NodeConfigItem
    from .node_input import NodeInput
    from .node_list_status import NodeListStatus
    from .node_page import NodePage
    from .node_simple import NodeSimple
    from .node_token_validation import NodeTokenValidation
    from .node_tokens import NodeTokens
    from .node_update import NodeUpdate
    from .organization import Organization
    from .organization_input import OrganizationInput
    from .organization_page import OrganizationPage
    from .organization_update import OrganizationUpdate
    from .page_links import PageLinks
    from .port import Port
    from .port_input import PortInput
    from .recover_2fa_input import Recover2FAInput
    from .recover_password_input import RecoverPasswordInput
    from .refreshed_tokens import RefreshedTokens
    from .reset_2fa_input import Reset2FAInput
    from .reset_api_key_input import ResetAPIKeyInput
    from .reset_password_input import ResetPasswordInput
    from .result import Result
    from .result_list_state import ResultListState
    from .result_page import ResultPage
    from .role import Role
    from .role_page import RolePage
    from .rule import Rule
    from .rule_list_no_pagination import RuleListNoPagination
    from .rule_page import RulePage
    from .run import Run
    from .run_get_include import RunGetInclude
    from .run_list_include_item import RunListIncludeItem
    from .run_list_state import RunListState
    from .run_node import RunNode
    from .run_page import RunPage
    from .run_port import RunPort
    from .run_update import RunUpdate
    from .run_update_status import RunUpdateStatus
    from .server_role_input import ServerRoleInput
    from .server_role_update import ServerRoleUpdate
    from .study import Study
    from .study_change_organization import StudyChangeOrganization
    from .study_get_include_item import StudyGetIncludeItem
    from .study_input import StudyInput
    from .study_list_include_item import StudyListIncludeItem
    from .study_page import StudyPage
    from .study_update import StudyUpdate
    from .task import Task
    from .task_database import TaskDatabase
    from .task_database_input import TaskDatabaseInput
    from .task_database_input_arguments import TaskDatabaseInputArguments
    from .task_database_input_preprocessing_item import (
        TaskDatabaseInputPreprocessingItem,
    )
    from .task_get_include_item import TaskGetIncludeItem
    from .task_input import TaskInput
    from .task_list_include_item import TaskListIncludeItem
    from .task_organization import TaskOrganization
    from .task_page import TaskPage
    from .task_status import TaskStatus
    from .token_algorithm_input import TokenAlgorithmInput
    from .token_node_input import TokenNodeInput
    from .token_user_input import TokenUserInput
    from .two_factor_setup import TwoFactorSetup
    from .user import User
    from .user_input import UserInput
    from .user_page import UserPage
    from .user_permissions import UserPermissions
    from .user_token_validation import UserTokenValidation
    from .user_tokens import UserTokens
    from .user_update import UserUpdate
    from .version import Version
    from .vpn_config import VpnConfig

_MODULE_OF = {
    "AlgorithmAddress": ".algorithm_address",
    "AlgorithmAddresses": ".algorithm_addresses",
    "AlgorithmStore": ".algorithm_store",
    "AlgorithmStoreInput": ".algorithm_store_input",
    "AlgorithmStorePage": ".algorithm_store_page",
    "AlgorithmStoreUpdate": ".algorithm_store_update",
    "ApiKey": ".api_key",
    "BlobReference": ".blob_reference",
    "BlobStoreStatus": ".blob_store_status",
    "ChangePasswordInput": ".change_password_input",
    "Collaboration": ".collaboration",
    "CollaborationAddNode": ".collaboration_add_node",
    "CollaborationChangeOrganization": ".collaboration_change_organization",
    "CollaborationGetIncludeItem": ".collaboration_get_include_item",
    "CollaborationInput": ".collaboration_input",
    "CollaborationListEncrypted": ".collaboration_list_encrypted",
    "CollaborationListIncludeItem": ".collaboration_list_include_item",
    "CollaborationPage": ".collaboration_page",
    "CollaborationUpdate": ".collaboration_update",
    "ColumnNameInput": ".column_name_input",
    "ColumnNames": ".column_names",
    "ContainerToken": ".container_token",
    "Error": ".error",
    "ErrorErrors": ".error_errors",
    "ErrorMsgType1": ".error_msg_type_1",
    "Health": ".health",
    "KillNodeTasksInput": ".kill_node_tasks_input",
    "KillTaskInput": ".kill_task_input",
    "Link": ".link",
    "Message": ".message",
    "NewNode": ".new_node",
    "Node": ".node",
    "NodeConfigItem": ".node_config_item",
    "NodeInput": ".node_input",
    "NodeListStatus": ".node_list_status",
    "NodePage": ".node_page",
    "NodeSimple": ".node_simple",
    "NodeTokenValidation": ".node_token_validation",
    "NodeTokens": ".node_tokens",
    "NodeUpdate": ".node_update",
    "Organization": ".organization",
    "OrganizationInput": ".organization_input",
    "OrganizationPage": ".organization_page",
    "OrganizationUpdate": ".organization_update",
    "PageLinks": ".page_links",
    "Port": ".port",
    "PortInput": ".port_input",
    "Recover2FAInput": ".recover_2fa_input",
    "RecoverPasswordInput": ".recover_password_input",
    "RefreshedTokens": ".refreshed_tokens",
    "Reset2FAInput": ".reset_2fa_input",
    "ResetAPIKeyInput": ".reset_api_key_input",
    "ResetPasswordInput": ".reset_password_input",
    "Result": ".result",
    "ResultListState": ".result_list_state",
    "ResultPage": ".result_page",
    "Role": ".role",
    "RolePage": ".role_page",
    "Rule": ".rule",
    "RuleListNoPagination": ".rule_list_no_pagination",
    "RulePage": ".rule_page",
    "Run": ".run",
    "RunGetInclude": ".run_get_include",
    "RunListIncludeItem": ".run_list_include_item",
    "RunListState": ".run_list_state",
    "RunNode": ".run_node",
    "RunPage": ".run_page",
    "RunPort": ".run_port",
    "RunUpdate": ".run_update",
    "RunUpdateStatus": ".run_update_status",
    "ServerRoleInput": ".server_role_input",
    "ServerRoleUpdate": ".server_role_update",
    "Study": ".study",
    "StudyChangeOrganization": ".study_change_organization",
    "StudyGetIncludeItem": ".study_get_include_item",
    "StudyInput": ".study_input",
    "StudyListIncludeItem": ".study_list_include_item",
    "StudyPage": ".study_page",
    "StudyUpdate": ".study_update",
    "Task": ".task",
    "TaskDatabase": ".task_database",
    "TaskDatabaseInput": ".task_database_input",
    "TaskDatabaseInputArguments": ".task_database_input_arguments",
    "TaskDatabaseInputPreprocessingItem": ".task_database_input_preprocessing_item",
    "TaskGetIncludeItem": ".task_get_include_item",
    "TaskInput": ".task_input",
    "TaskListIncludeItem": ".task_list_include_item",
    "TaskOrganization": ".task_organization",
    "TaskPage": ".task_page",
    "TaskStatus": ".task_status",
    "TokenAlgorithmInput": ".token_algorithm_input",
    "TokenNodeInput": ".token_node_input",
    "TokenUserInput": ".token_user_input",
    "TwoFactorSetup": ".two_factor_setup",
    "User": ".user",
    "UserInput": ".user_input",
    "UserPage": ".user_page",
    "UserPermissions": ".user_permissions",
    "UserTokenValidation": ".user_token_validation",
    "UserTokens": ".user_tokens",
    "UserUpdate": ".user_update",
    "Version": ".version",
    "VpnConfig": ".vpn_config",
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
    "AlgorithmAddress",
    "AlgorithmAddresses",
    "AlgorithmStore",
    "AlgorithmStoreInput",
    "AlgorithmStorePage",
    "AlgorithmStoreUpdate",
    "ApiKey",
    "BlobReference",
    "BlobStoreStatus",
    "ChangePasswordInput",
    "Collaboration",
    "CollaborationAddNode",
    "CollaborationChangeOrganization",
    "CollaborationGetIncludeItem",
    "CollaborationInput",
    "CollaborationListEncrypted",
    "CollaborationListIncludeItem",
    "CollaborationPage",
    "CollaborationUpdate",
    "ColumnNameInput",
    "ColumnNames",
    "ContainerToken",
    "Error",
    "ErrorErrors",
    "ErrorMsgType1",
    "Health",
    "KillNodeTasksInput",
    "KillTaskInput",
    "Link",
    "Message",
    "NewNode",
    "Node",
    "NodeConfigItem",
    "NodeInput",
    "NodeListStatus",
    "NodePage",
    "NodeSimple",
    "NodeTokens",
    "NodeTokenValidation",
    "NodeUpdate",
    "Organization",
    "OrganizationInput",
    "OrganizationPage",
    "OrganizationUpdate",
    "PageLinks",
    "Port",
    "PortInput",
    "Recover2FAInput",
    "RecoverPasswordInput",
    "RefreshedTokens",
    "Reset2FAInput",
    "ResetAPIKeyInput",
    "ResetPasswordInput",
    "Result",
    "ResultListState",
    "ResultPage",
    "Role",
    "RolePage",
    "Rule",
    "RuleListNoPagination",
    "RulePage",
    "Run",
    "RunGetInclude",
    "RunListIncludeItem",
    "RunListState",
    "RunNode",
    "RunPage",
    "RunPort",
    "RunUpdate",
    "RunUpdateStatus",
    "ServerRoleInput",
    "ServerRoleUpdate",
    "Study",
    "StudyChangeOrganization",
    "StudyGetIncludeItem",
    "StudyInput",
    "StudyListIncludeItem",
    "StudyPage",
    "StudyUpdate",
    "Task",
    "TaskDatabase",
    "TaskDatabaseInput",
    "TaskDatabaseInputArguments",
    "TaskDatabaseInputPreprocessingItem",
    "TaskGetIncludeItem",
    "TaskInput",
    "TaskListIncludeItem",
    "TaskOrganization",
    "TaskPage",
    "TaskStatus",
    "TokenAlgorithmInput",
    "TokenNodeInput",
    "TokenUserInput",
    "TwoFactorSetup",
    "User",
    "UserInput",
    "UserPage",
    "UserPermissions",
    "UserTokens",
    "UserTokenValidation",
    "UserUpdate",
    "Version",
    "VpnConfig",
)
