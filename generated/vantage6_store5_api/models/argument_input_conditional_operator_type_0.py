from typing import Literal

ArgumentInputConditionalOperatorType0 = Literal["!=", "<", "<=", "==", ">", ">="]

ARGUMENT_INPUT_CONDITIONAL_OPERATOR_TYPE_0_VALUES: set[
    ArgumentInputConditionalOperatorType0
] = {
    "!=",
    "<",
    "<=",
    "==",
    ">",
    ">=",
}


def check_argument_input_conditional_operator_type_0(
    value: str,
) -> ArgumentInputConditionalOperatorType0:
    if value in ARGUMENT_INPUT_CONDITIONAL_OPERATOR_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ARGUMENT_INPUT_CONDITIONAL_OPERATOR_TYPE_0_VALUES!r}"
    )
