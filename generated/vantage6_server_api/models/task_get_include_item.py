from typing import Literal

TaskGetIncludeItem = Literal["results", "runs"]

TASK_GET_INCLUDE_ITEM_VALUES: set[TaskGetIncludeItem] = {
    "results",
    "runs",
}


def check_task_get_include_item(value: str) -> TaskGetIncludeItem:
    if value in TASK_GET_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_GET_INCLUDE_ITEM_VALUES!r}"
    )
