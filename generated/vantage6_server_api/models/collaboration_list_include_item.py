from typing import Literal

CollaborationListIncludeItem = Literal["organizations"]

COLLABORATION_LIST_INCLUDE_ITEM_VALUES: set[CollaborationListIncludeItem] = {
    "organizations",
}


def check_collaboration_list_include_item(value: str) -> CollaborationListIncludeItem:
    if value in COLLABORATION_LIST_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COLLABORATION_LIST_INCLUDE_ITEM_VALUES!r}"
    )
