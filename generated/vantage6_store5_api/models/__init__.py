"""Contains all the data models used in inputs/outputs.

Loaded on first use (PEP 562): importing one endpoint's module must not import
every model (~90 ms at start-up). Project template (openapi/templates), not
upstream.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .algorithm import Algorithm
    from .algorithm_input import AlgorithmInput
    from .algorithm_input_partitioning import AlgorithmInputPartitioning
    from .algorithm_page import AlgorithmPage
    from .algorithm_update import AlgorithmUpdate
    from .algorithm_update_partitioning import AlgorithmUpdatePartitioning
    from .allowed_argument_value import AllowedArgumentValue
    from .argument import Argument
    from .argument_input import ArgumentInput
    from .argument_input_conditional_operator_type_0 import (
        ArgumentInputConditionalOperatorType0,
    )
    from .argument_input_type import ArgumentInputType
    from .database import Database
    from .database_input import DatabaseInput
    from .error import Error
    from .error_errors import ErrorErrors
    from .error_msg_type_1 import ErrorMsgType1
    from .function import Function
    from .function_input import FunctionInput
    from .function_input_step_type import FunctionInputStepType
    from .message import Message
    from .page_links import PageLinks
    from .policies import Policies
    from .public_policies import PublicPolicies
    from .review import Review
    from .review_create_input import ReviewCreateInput
    from .review_page import ReviewPage
    from .review_update_input import ReviewUpdateInput
    from .role import Role
    from .role_input import RoleInput
    from .role_page import RolePage
    from .role_update import RoleUpdate
    from .rule import Rule
    from .rule_list_no_pagination import RuleListNoPagination
    from .rule_page import RulePage
    from .ui_visualization import UIVisualization
    from .ui_visualization_input import UIVisualizationInput
    from .ui_visualization_input_schema import UIVisualizationInputSchema
    from .ui_visualization_input_type import UIVisualizationInputType
    from .ui_visualization_schema_type_0 import UIVisualizationSchemaType0
    from .user import User
    from .user_input import UserInput
    from .user_page import UserPage
    from .user_update_input import UserUpdateInput
    from .version import Version

_MODULE_OF = {
    "Algorithm": ".algorithm",
    "AlgorithmInput": ".algorithm_input",
    "AlgorithmInputPartitioning": ".algorithm_input_partitioning",
    "AlgorithmPage": ".algorithm_page",
    "AlgorithmUpdate": ".algorithm_update",
    "AlgorithmUpdatePartitioning": ".algorithm_update_partitioning",
    "AllowedArgumentValue": ".allowed_argument_value",
    "Argument": ".argument",
    "ArgumentInput": ".argument_input",
    "ArgumentInputConditionalOperatorType0": ".argument_input_conditional_operator_type_0",
    "ArgumentInputType": ".argument_input_type",
    "Database": ".database",
    "DatabaseInput": ".database_input",
    "Error": ".error",
    "ErrorErrors": ".error_errors",
    "ErrorMsgType1": ".error_msg_type_1",
    "Function": ".function",
    "FunctionInput": ".function_input",
    "FunctionInputStepType": ".function_input_step_type",
    "Message": ".message",
    "PageLinks": ".page_links",
    "Policies": ".policies",
    "PublicPolicies": ".public_policies",
    "Review": ".review",
    "ReviewCreateInput": ".review_create_input",
    "ReviewPage": ".review_page",
    "ReviewUpdateInput": ".review_update_input",
    "Role": ".role",
    "RoleInput": ".role_input",
    "RolePage": ".role_page",
    "RoleUpdate": ".role_update",
    "Rule": ".rule",
    "RuleListNoPagination": ".rule_list_no_pagination",
    "RulePage": ".rule_page",
    "UIVisualization": ".ui_visualization",
    "UIVisualizationInput": ".ui_visualization_input",
    "UIVisualizationInputSchema": ".ui_visualization_input_schema",
    "UIVisualizationInputType": ".ui_visualization_input_type",
    "UIVisualizationSchemaType0": ".ui_visualization_schema_type_0",
    "User": ".user",
    "UserInput": ".user_input",
    "UserPage": ".user_page",
    "UserUpdateInput": ".user_update_input",
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
    "Algorithm",
    "AlgorithmInput",
    "AlgorithmInputPartitioning",
    "AlgorithmPage",
    "AlgorithmUpdate",
    "AlgorithmUpdatePartitioning",
    "AllowedArgumentValue",
    "Argument",
    "ArgumentInput",
    "ArgumentInputConditionalOperatorType0",
    "ArgumentInputType",
    "Database",
    "DatabaseInput",
    "Error",
    "ErrorErrors",
    "ErrorMsgType1",
    "Function",
    "FunctionInput",
    "FunctionInputStepType",
    "Message",
    "PageLinks",
    "Policies",
    "PublicPolicies",
    "Review",
    "ReviewCreateInput",
    "ReviewPage",
    "ReviewUpdateInput",
    "Role",
    "RoleInput",
    "RolePage",
    "RoleUpdate",
    "Rule",
    "RuleListNoPagination",
    "RulePage",
    "UIVisualization",
    "UIVisualizationInput",
    "UIVisualizationInputSchema",
    "UIVisualizationInputType",
    "UIVisualizationSchemaType0",
    "User",
    "UserInput",
    "UserPage",
    "UserUpdateInput",
    "Version",
)
