from typing import Literal

RunListIncludeItem = Literal["task"]

RUN_LIST_INCLUDE_ITEM_VALUES: set[RunListIncludeItem] = {
    "task",
}


def check_run_list_include_item(value: str) -> RunListIncludeItem:
    if value in RUN_LIST_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_LIST_INCLUDE_ITEM_VALUES!r}"
    )
