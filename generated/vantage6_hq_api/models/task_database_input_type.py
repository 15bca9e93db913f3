from typing import Literal

TaskDatabaseInputType = Literal["dataframe", "source"]

TASK_DATABASE_INPUT_TYPE_VALUES: set[TaskDatabaseInputType] = {
    "dataframe",
    "source",
}


def check_task_database_input_type(value: str) -> TaskDatabaseInputType:
    if value in TASK_DATABASE_INPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_DATABASE_INPUT_TYPE_VALUES!r}"
    )
