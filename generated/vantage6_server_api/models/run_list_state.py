from typing import Literal

RunListState = Literal["open"]

RUN_LIST_STATE_VALUES: set[RunListState] = {
    "open",
}


def check_run_list_state(value: str) -> RunListState:
    if value in RUN_LIST_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_LIST_STATE_VALUES!r}"
    )
