from typing import Literal

NodeListStatus = Literal["offline", "online"]

NODE_LIST_STATUS_VALUES: set[NodeListStatus] = {
    "offline",
    "online",
}


def check_node_list_status(value: str) -> NodeListStatus:
    if value in NODE_LIST_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NODE_LIST_STATUS_VALUES!r}"
    )
