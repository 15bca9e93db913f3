from typing import Literal

StudyGetIncludeItem = Literal["organizations"]

STUDY_GET_INCLUDE_ITEM_VALUES: set[StudyGetIncludeItem] = {
    "organizations",
}


def check_study_get_include_item(value: str) -> StudyGetIncludeItem:
    if value in STUDY_GET_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STUDY_GET_INCLUDE_ITEM_VALUES!r}"
    )
