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

from ..types import UNSET, JsonView, Unset

if TYPE_CHECKING:
    from ..models.link import Link
    from ..models.run_node import RunNode
    from ..models.task import Task


T = TypeVar("T", bound="Run")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class Run(JsonView):
    """
    Attributes:
        action (None | str):
        arguments (None | str): The method's keyword arguments for this organization: JSON, base64-encoded, or encrypted
            with the organization's public key in an encrypted collaboration
        assigned_at (datetime.datetime | None): Meant to be when the run was assigned, but HQ's column default is
            computed once, when its process starts: every run gets that moment. UTC, sent without an offset (a naive
            datetime).
        blob_storage_used (bool | None):
        cleanup_at (datetime.datetime | None): When HQ's clean-up job removed the run's result (and input); null while
            they are kept. UTC, sent without an offset (a naive datetime).
        finished_at (datetime.datetime | None): When the run finished: as its node reported it, or when HQ marked it
            killed, or failed because a sibling run failed before it started; null before. UTC, sent without an offset (a
            naive datetime).
        id (int):
        log (None | str):
        node (RunNode):
        organization (Link | None):
        results (Link): A reference to one related resource: its id, API path and the HTTP methods the path accepts (in
            no fixed order).
        started_at (datetime.datetime | None): When the node started the run, as the node reported it; null before. UTC,
            sent without an offset (a naive datetime).
        status (None | str):
        task (Link | Task):
    """

    action: None | str
    arguments: None | str
    assigned_at: datetime.datetime | None
    blob_storage_used: bool | None
    cleanup_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    id: int
    log: None | str
    node: RunNode
    organization: Link | None
    results: Link
    started_at: datetime.datetime | None
    status: None | str
    task: Link | Task
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _repr_rules: ClassVar[Mapping[str, str]] = {
        "arguments": "payload",
        "log": "payload",
    }

    def to_dict(self) -> dict[str, Any]:
        """This Run as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.link import Link  # noqa: PLC0415
        from ..models.run_node import RunNode  # noqa: PLC0415
        from ..models.task import Task  # noqa: PLC0415

        action: None | str
        action = self.action

        arguments: None | str
        arguments = self.arguments

        assigned_at: None | str
        if isinstance(self.assigned_at, datetime.datetime):
            assigned_at = self.assigned_at.isoformat()
        else:
            assigned_at = self.assigned_at

        blob_storage_used: bool | None
        blob_storage_used = self.blob_storage_used

        cleanup_at: None | str
        if isinstance(self.cleanup_at, datetime.datetime):
            cleanup_at = self.cleanup_at.isoformat()
        else:
            cleanup_at = self.cleanup_at

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        id = self.id

        log: None | str
        log = self.log

        node = self.node.to_dict()

        organization: dict[str, Any] | None
        if isinstance(self.organization, Link):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        results = self.results.to_dict()

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        status: None | str
        status = self.status

        task: dict[str, Any]
        if isinstance(self.task, Link):
            task = self.task.to_dict()
        else:
            task = self.task.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "arguments": arguments,
                "assigned_at": assigned_at,
                "blob_storage_used": blob_storage_used,
                "cleanup_at": cleanup_at,
                "finished_at": finished_at,
                "id": id,
                "log": log,
                "node": node,
                "organization": organization,
                "results": results,
                "started_at": started_at,
                "status": status,
                "task": task,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Run from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        from ..models.link import Link  # noqa: PLC0415
        from ..models.run_node import RunNode  # noqa: PLC0415
        from ..models.task import Task  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_action(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        action = _parse_action(d.pop("action"))

        def _parse_arguments(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        arguments = _parse_arguments(d.pop("arguments"))

        def _parse_assigned_at(data: object) -> datetime.datetime | None:
            if isinstance(data, str):
                try:
                    return datetime.datetime.fromisoformat(data)
                except ValueError:
                    pass
            return cast(datetime.datetime | None, data)

        assigned_at = _parse_assigned_at(d.pop("assigned_at"))

        def _parse_blob_storage_used(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        blob_storage_used = _parse_blob_storage_used(d.pop("blob_storage_used"))

        def _parse_cleanup_at(data: object) -> datetime.datetime | None:
            if isinstance(data, str):
                try:
                    return datetime.datetime.fromisoformat(data)
                except ValueError:
                    pass
            return cast(datetime.datetime | None, data)

        cleanup_at = _parse_cleanup_at(d.pop("cleanup_at"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if isinstance(data, str):
                try:
                    return datetime.datetime.fromisoformat(data)
                except ValueError:
                    pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        id = d.pop("id")

        def _parse_log(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        log = _parse_log(d.pop("log"))

        node = RunNode.from_dict(d.pop("node"))

        def _parse_organization(data: object) -> Link | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organization_type_0 = Link.from_dict(data)

                return organization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Link | None, data)

        organization = _parse_organization(d.pop("organization"))

        results = Link.from_dict(d.pop("results"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if isinstance(data, str):
                try:
                    return datetime.datetime.fromisoformat(data)
                except ValueError:
                    pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        def _parse_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_task(data: object) -> Link | Task:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                task_type_0 = Link.from_dict(data)

                return task_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            task_type_1 = Task.from_dict(data)

            return task_type_1

        task = _parse_task(d.pop("task"))

        _instance = cls(
            action=action,
            arguments=arguments,
            assigned_at=assigned_at,
            blob_storage_used=blob_storage_used,
            cleanup_at=cleanup_at,
            finished_at=finished_at,
            id=id,
            log=log,
            node=node,
            organization=organization,
            results=results,
            started_at=started_at,
            status=status,
            task=task,
        )

        _instance.additional_properties = d
        return _instance
