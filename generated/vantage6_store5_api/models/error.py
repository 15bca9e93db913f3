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

from ..types import UNSET, JsonView, Unset

if TYPE_CHECKING:
    from ..models.error_errors import ErrorErrors
    from ..models.error_msg_type_1 import ErrorMsgType1


T = TypeVar("T", bound="Error")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class Error(JsonView):
    """An error: {"msg": text}; validation errors add "errors" (POST /role puts them in "msg"); Flask's own errors (405)
    use "message".

        Attributes:
            errors (ErrorErrors | Unset):
            message (str | Unset):
            msg (ErrorMsgType1 | str | Unset):
    """

    errors: ErrorErrors | Unset = UNSET
    message: str | Unset = UNSET
    msg: ErrorMsgType1 | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This Error as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.error_errors import ErrorErrors  # noqa: PLC0415
        from ..models.error_msg_type_1 import ErrorMsgType1  # noqa: PLC0415

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        message = self.message

        msg: dict[str, Any] | str | Unset
        if isinstance(self.msg, Unset):
            msg = UNSET
        elif isinstance(self.msg, ErrorMsgType1):
            msg = self.msg.to_dict()
        else:
            msg = self.msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors
        if message is not UNSET:
            field_dict["message"] = message
        if msg is not UNSET:
            field_dict["msg"] = msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Error from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        from ..models.error_errors import ErrorErrors  # noqa: PLC0415
        from ..models.error_msg_type_1 import ErrorMsgType1  # noqa: PLC0415

        d = dict(src_dict)
        _errors = d.pop("errors", UNSET)
        errors: ErrorErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = ErrorErrors.from_dict(_errors)

        message = d.pop("message", UNSET)

        def _parse_msg(data: object) -> ErrorMsgType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                msg_type_1 = ErrorMsgType1.from_dict(data)

                return msg_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorMsgType1 | str | Unset, data)

        msg = _parse_msg(d.pop("msg", UNSET))

        _instance = cls(
            errors=errors,
            message=message,
            msg=msg,
        )

        _instance.additional_properties = d
        return _instance
