from typing import Literal

FunctionInputStepType = Literal[
    "central_compute",
    "data_extraction",
    "federated_compute",
    "postprocessing",
    "preprocessing",
]

FUNCTION_INPUT_STEP_TYPE_VALUES: set[FunctionInputStepType] = {
    "central_compute",
    "data_extraction",
    "federated_compute",
    "postprocessing",
    "preprocessing",
}


def check_function_input_step_type(value: str) -> FunctionInputStepType:
    if value in FUNCTION_INPUT_STEP_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_INPUT_STEP_TYPE_VALUES!r}"
    )
