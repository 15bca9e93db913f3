from __future__ import annotations

import datetime
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

from ..models.run_update_status import RunUpdateStatus, check_run_update_status
from ..types import UNSET, JsonView, Unset

T = TypeVar("T", bound="RunUpdate")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class RunUpdate(JsonView):
    """
    Attributes:
        finished_at (datetime.datetime | Unset): When the run finished: an RFC 3339 date-time, which HQ stores in UTC
            (it takes one without an offset as UTC too).
        log (str | Unset): Task log messages
        result (str | Unset): (Encrypted) result of the task
        started_at (datetime.datetime | Unset): When the run started: an RFC 3339 date-time, which HQ stores in UTC (it
            takes one without an offset as UTC too).
        status (RunUpdateStatus | Unset): Status of the task
    """

    finished_at: datetime.datetime | Unset = UNSET
    log: str | Unset = UNSET
    result: str | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    status: RunUpdateStatus | Unset = UNSET
    _repr_rules: ClassVar[Mapping[str, str]] = {"log": "payload", "result": "payload"}

    def to_dict(self) -> dict[str, Any]:
        """This RunUpdate as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        finished_at: str | Unset = UNSET
        if not isinstance(self.finished_at, Unset):
            finished_at = self.finished_at.isoformat()

        log = self.log

        result = self.result

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if log is not UNSET:
            field_dict["log"] = log
        if result is not UNSET:
            field_dict["result"] = result
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read RunUpdate from JSON: a dict keyed by the API's field names."""
        d = dict(src_dict)
        _finished_at = d.pop("finished_at", UNSET)
        finished_at: datetime.datetime | Unset
        if isinstance(_finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = datetime.datetime.fromisoformat(_finished_at)

        log = d.pop("log", UNSET)

        result = d.pop("result", UNSET)

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _status = d.pop("status", UNSET)
        status: RunUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_run_update_status(_status)

        _instance = cls(
            finished_at=finished_at,
            log=log,
            result=result,
            started_at=started_at,
            status=status,
        )

        return _instance
