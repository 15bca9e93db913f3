from typing import Literal

StudyListIncludeItem = Literal["organizations"]

STUDY_LIST_INCLUDE_ITEM_VALUES: set[StudyListIncludeItem] = {
    "organizations",
}


def check_study_list_include_item(value: str) -> StudyListIncludeItem:
    if value in STUDY_LIST_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STUDY_LIST_INCLUDE_ITEM_VALUES!r}"
    )
