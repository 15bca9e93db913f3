"""Contains all the data models used in inputs/outputs"""

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
from .task_database_input_preprocessing_item import TaskDatabaseInputPreprocessingItem
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
