from typing import Literal

TaskInputAction = Literal[
    "central_compute",
    "data_extraction",
    "federated_compute",
    "postprocessing",
    "preprocessing",
]

TASK_INPUT_ACTION_VALUES: set[TaskInputAction] = {
    "central_compute",
    "data_extraction",
    "federated_compute",
    "postprocessing",
    "preprocessing",
}


def check_task_input_action(value: str) -> TaskInputAction:
    if value in TASK_INPUT_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_INPUT_ACTION_VALUES!r}"
    )
