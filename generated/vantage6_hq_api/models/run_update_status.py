from typing import Literal

RunUpdateStatus = Literal[
    "active",
    "completed",
    "crashed",
    "dataframe not found",
    "depended on failed task",
    "failed",
    "initializing",
    "killed by user",
    "non-existing Docker image",
    "not allowed",
    "pending",
    "start failed",
    "unexpected output",
    "unknown error",
]

RUN_UPDATE_STATUS_VALUES: set[RunUpdateStatus] = {
    "active",
    "completed",
    "crashed",
    "dataframe not found",
    "depended on failed task",
    "failed",
    "initializing",
    "killed by user",
    "non-existing Docker image",
    "not allowed",
    "pending",
    "start failed",
    "unexpected output",
    "unknown error",
}


def check_run_update_status(value: str) -> RunUpdateStatus:
    if value in RUN_UPDATE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_UPDATE_STATUS_VALUES!r}"
    )
