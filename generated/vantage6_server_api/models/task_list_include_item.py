from typing import Literal

TaskListIncludeItem = Literal["results", "runs"]

TASK_LIST_INCLUDE_ITEM_VALUES: set[TaskListIncludeItem] = {
    "results",
    "runs",
}


def check_task_list_include_item(value: str) -> TaskListIncludeItem:
    if value in TASK_LIST_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_LIST_INCLUDE_ITEM_VALUES!r}"
    )
