from typing import Literal

RunInputStatus = Literal[
    "active",
    "completed",
    "crashed",
    "failed",
    "initializing",
    "killed by user",
    "non-existing Docker image",
    "not allowed",
    "pending",
    "start failed",
    "unknown error",
]

RUN_INPUT_STATUS_VALUES: set[RunInputStatus] = {
    "active",
    "completed",
    "crashed",
    "failed",
    "initializing",
    "killed by user",
    "non-existing Docker image",
    "not allowed",
    "pending",
    "start failed",
    "unknown error",
}


def check_run_input_status(value: str) -> RunInputStatus:
    if value in RUN_INPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_INPUT_STATUS_VALUES!r}"
    )
