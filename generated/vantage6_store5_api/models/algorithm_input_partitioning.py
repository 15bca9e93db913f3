from typing import Literal

AlgorithmInputPartitioning = Literal["horizontal", "vertical"]

ALGORITHM_INPUT_PARTITIONING_VALUES: set[AlgorithmInputPartitioning] = {
    "horizontal",
    "vertical",
}


def check_algorithm_input_partitioning(value: str) -> AlgorithmInputPartitioning:
    if value in ALGORITHM_INPUT_PARTITIONING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALGORITHM_INPUT_PARTITIONING_VALUES!r}"
    )
