from typing import Literal

RuleListNoPagination = Literal[1]

RULE_LIST_NO_PAGINATION_VALUES: set[RuleListNoPagination] = {
    1,
}


def check_rule_list_no_pagination(value: int) -> RuleListNoPagination:
    if value in RULE_LIST_NO_PAGINATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RULE_LIST_NO_PAGINATION_VALUES!r}"
    )
