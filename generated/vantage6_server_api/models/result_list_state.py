from typing import Literal

ResultListState = Literal["open"]

RESULT_LIST_STATE_VALUES: set[ResultListState] = {
    "open",
}


def check_result_list_state(value: str) -> ResultListState:
    if value in RESULT_LIST_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESULT_LIST_STATE_VALUES!r}"
    )
