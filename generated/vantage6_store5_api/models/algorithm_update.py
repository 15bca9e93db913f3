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

from ..models.algorithm_update_partitioning import (
    AlgorithmUpdatePartitioning,
    check_algorithm_update_partitioning,
)
from ..types import UNSET, JsonView, Unset

if TYPE_CHECKING:
    from ..models.function_input import FunctionInput


T = TypeVar("T", bound="AlgorithmUpdate")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class AlgorithmUpdate(JsonView):
    """
    Attributes:
        code_url (str | Unset): URL to the algorithm code repository
        description (str | Unset): Description of the algorithm
        documentation_url (str | Unset): URL to the algorithm documentation
        functions (list[FunctionInput] | Unset): List of functions that are available in the algorithm. If provided, all
            existing functions will be replaced by the new ones.
        image (str | Unset): Docker image URL
        name (str | Unset): Name of the algorithm
        partitioning (AlgorithmUpdatePartitioning | Unset): Type of partitioning. Can be 'horizontal' or 'vertical'
        refresh_digest (bool | Unset): If true, the digest of the image will be refreshed and stored in the database.
            Note that this is also done whenever the image is changed.
        submission_comments (str | Unset): Comments done by the developer to the submission
        vantage6_version (str | Unset): Version of vantage6 that the algorithm is built with / for
    """

    code_url: str | Unset = UNSET
    description: str | Unset = UNSET
    documentation_url: str | Unset = UNSET
    functions: list[FunctionInput] | Unset = UNSET
    image: str | Unset = UNSET
    name: str | Unset = UNSET
    partitioning: AlgorithmUpdatePartitioning | Unset = UNSET
    refresh_digest: bool | Unset = UNSET
    submission_comments: str | Unset = UNSET
    vantage6_version: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This AlgorithmUpdate as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.function_input import FunctionInput  # noqa: PLC0415

        code_url = self.code_url

        description = self.description

        documentation_url = self.documentation_url

        functions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.functions, Unset):
            functions = []
            for functions_item_data in self.functions:
                functions_item = functions_item_data.to_dict()
                functions.append(functions_item)

        image = self.image

        name = self.name

        partitioning: str | Unset = UNSET
        if not isinstance(self.partitioning, Unset):
            partitioning = self.partitioning

        refresh_digest = self.refresh_digest

        submission_comments = self.submission_comments

        vantage6_version = self.vantage6_version

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if code_url is not UNSET:
            field_dict["code_url"] = code_url
        if description is not UNSET:
            field_dict["description"] = description
        if documentation_url is not UNSET:
            field_dict["documentation_url"] = documentation_url
        if functions is not UNSET:
            field_dict["functions"] = functions
        if image is not UNSET:
            field_dict["image"] = image
        if name is not UNSET:
            field_dict["name"] = name
        if partitioning is not UNSET:
            field_dict["partitioning"] = partitioning
        if refresh_digest is not UNSET:
            field_dict["refresh_digest"] = refresh_digest
        if submission_comments is not UNSET:
            field_dict["submission_comments"] = submission_comments
        if vantage6_version is not UNSET:
            field_dict["vantage6_version"] = vantage6_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read AlgorithmUpdate from JSON: a dict keyed by the API's field names."""
        from ..models.function_input import FunctionInput  # noqa: PLC0415

        d = dict(src_dict)
        code_url = d.pop("code_url", UNSET)

        description = d.pop("description", UNSET)

        documentation_url = d.pop("documentation_url", UNSET)

        _functions = d.pop("functions", UNSET)
        functions: list[FunctionInput] | Unset = UNSET
        if _functions is not UNSET:
            functions = []
            for functions_item_data in _functions:
                functions_item = FunctionInput.from_dict(functions_item_data)

                functions.append(functions_item)

        image = d.pop("image", UNSET)

        name = d.pop("name", UNSET)

        _partitioning = d.pop("partitioning", UNSET)
        partitioning: AlgorithmUpdatePartitioning | Unset
        if isinstance(_partitioning, Unset):
            partitioning = UNSET
        else:
            partitioning = check_algorithm_update_partitioning(_partitioning)

        refresh_digest = d.pop("refresh_digest", UNSET)

        submission_comments = d.pop("submission_comments", UNSET)

        vantage6_version = d.pop("vantage6_version", UNSET)

        _instance = cls(
            code_url=code_url,
            description=description,
            documentation_url=documentation_url,
            functions=functions,
            image=image,
            name=name,
            partitioning=partitioning,
            refresh_digest=refresh_digest,
            submission_comments=submission_comments,
            vantage6_version=vantage6_version,
        )

        return _instance
