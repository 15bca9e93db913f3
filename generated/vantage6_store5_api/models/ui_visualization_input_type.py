from typing import Literal

UIVisualizationInputType = Literal["line", "table"]

UI_VISUALIZATION_INPUT_TYPE_VALUES: set[UIVisualizationInputType] = {
    "line",
    "table",
}


def check_ui_visualization_input_type(value: str) -> UIVisualizationInputType:
    if value in UI_VISUALIZATION_INPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UI_VISUALIZATION_INPUT_TYPE_VALUES!r}"
    )
