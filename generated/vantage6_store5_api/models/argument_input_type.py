from typing import Literal

ArgumentInputType = Literal[
    "boolean",
    "column",
    "column_list",
    "float",
    "float_list",
    "integer",
    "integer_list",
    "json",
    "organization",
    "organization_list",
    "string",
    "string_list",
]

ARGUMENT_INPUT_TYPE_VALUES: set[ArgumentInputType] = {
    "boolean",
    "column",
    "column_list",
    "float",
    "float_list",
    "integer",
    "integer_list",
    "json",
    "organization",
    "organization_list",
    "string",
    "string_list",
}


def check_argument_input_type(value: str) -> ArgumentInputType:
    if value in ARGUMENT_INPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ARGUMENT_INPUT_TYPE_VALUES!r}"
    )
