from typing import Literal

AlgorithmUpdatePartitioning = Literal["horizontal", "vertical"]

ALGORITHM_UPDATE_PARTITIONING_VALUES: set[AlgorithmUpdatePartitioning] = {
    "horizontal",
    "vertical",
}


def check_algorithm_update_partitioning(value: str) -> AlgorithmUpdatePartitioning:
    if value in ALGORITHM_UPDATE_PARTITIONING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALGORITHM_UPDATE_PARTITIONING_VALUES!r}"
    )
