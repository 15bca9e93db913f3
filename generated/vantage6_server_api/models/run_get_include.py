from typing import Literal

RunGetInclude = Literal["task"]

RUN_GET_INCLUDE_VALUES: set[RunGetInclude] = {
    "task",
}


def check_run_get_include(value: str) -> RunGetInclude:
    if value in RUN_GET_INCLUDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_GET_INCLUDE_VALUES!r}"
    )
