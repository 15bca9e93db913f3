from typing import Literal

CollaborationGetIncludeItem = Literal["organizations"]

COLLABORATION_GET_INCLUDE_ITEM_VALUES: set[CollaborationGetIncludeItem] = {
    "organizations",
}


def check_collaboration_get_include_item(value: str) -> CollaborationGetIncludeItem:
    if value in COLLABORATION_GET_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COLLABORATION_GET_INCLUDE_ITEM_VALUES!r}"
    )
