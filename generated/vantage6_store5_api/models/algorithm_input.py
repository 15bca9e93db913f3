from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    BinaryIO,
    ClassVar,
    Generator,
    TextIO,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.algorithm_input_partitioning import (
    AlgorithmInputPartitioning,
    check_algorithm_input_partitioning,
)
from ..types import UNSET, JsonView, Unset

if TYPE_CHECKING:
    from ..models.function_input import FunctionInput


T = TypeVar("T", bound="AlgorithmInput")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class AlgorithmInput(JsonView):
    """
    Attributes:
        code_url (str): URL to the algorithm code repository
        functions (list[FunctionInput]): List of functions that are available in the algorithm
        image (str): Docker image URL
        name (str): Name of the algorithm
        partitioning (AlgorithmInputPartitioning): Type of partitioning. Can be 'horizontal' or 'vertical'
        vantage6_version (str): Version of vantage6 that the algorithm is built with / for
        description (str | Unset): Description of the algorithm
        documentation_url (str | Unset): URL to the algorithm documentation
        submission_comments (str | Unset): Comments done by the developer to the submission
    """

    code_url: str
    functions: list[FunctionInput]
    image: str
    name: str
    partitioning: AlgorithmInputPartitioning
    vantage6_version: str
    description: str | Unset = UNSET
    documentation_url: str | Unset = UNSET
    submission_comments: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This AlgorithmInput as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.function_input import FunctionInput  # noqa: PLC0415

        code_url = self.code_url

        functions = []
        for functions_item_data in self.functions:
            functions_item = functions_item_data.to_dict()
            functions.append(functions_item)

        image = self.image

        name = self.name

        partitioning: str = self.partitioning

        vantage6_version = self.vantage6_version

        description = self.description

        documentation_url = self.documentation_url

        submission_comments = self.submission_comments

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code_url": code_url,
                "functions": functions,
                "image": image,
                "name": name,
                "partitioning": partitioning,
                "vantage6_version": vantage6_version,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if documentation_url is not UNSET:
            field_dict["documentation_url"] = documentation_url
        if submission_comments is not UNSET:
            field_dict["submission_comments"] = submission_comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read AlgorithmInput from JSON: a dict keyed by the API's field names."""
        from ..models.function_input import FunctionInput  # noqa: PLC0415

        d = dict(src_dict)
        code_url = d.pop("code_url")

        functions = []
        _functions = d.pop("functions")
        for functions_item_data in _functions:
            functions_item = FunctionInput.from_dict(functions_item_data)

            functions.append(functions_item)

        image = d.pop("image")

        name = d.pop("name")

        partitioning = check_algorithm_input_partitioning(d.pop("partitioning"))

        vantage6_version = d.pop("vantage6_version")

        description = d.pop("description", UNSET)

        documentation_url = d.pop("documentation_url", UNSET)

        submission_comments = d.pop("submission_comments", UNSET)

        _instance = cls(
            code_url=code_url,
            functions=functions,
            image=image,
            name=name,
            partitioning=partitioning,
            vantage6_version=vantage6_version,
            description=description,
            documentation_url=documentation_url,
            submission_comments=submission_comments,
        )

        return _instance
