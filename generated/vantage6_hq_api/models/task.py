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
    from ..models.result import Result
    from ..models.run import Run
    from ..models.simple_dataframe import SimpleDataframe
    from ..models.task_database import TaskDatabase


T = TypeVar("T", bound="Task")


@_attrs_define(repr=False)  # JsonView's: short, no secret or payload
class Task(JsonView):
    """
    Attributes:
        action (str):
        algorithm_store (Link | None):
        children (str): API path of the related list
        collaboration (Link | None):
        created_at (datetime.datetime | None): When the task was created. UTC, sent without an offset (a naive
            datetime).
        databases (list[TaskDatabase]):
        dataframe (None | SimpleDataframe):
        depends_on (list[int]): ids of the tasks this task waits for
        description (None | str):
        finished_at (datetime.datetime | None): When the last of its runs finished, once the task has completed; null
            before. UTC, sent without an offset (a naive datetime).
        id (int):
        image (None | str):
        init_org (Link | None):
        init_user (Link | None):
        job_id (int | None):
        method (None | str):
        name (None | str):
        parent (Link | None):
        required_by (list[int]): ids of the tasks that wait for this task
        results (list[Result] | str): The results, with include=results; else the API path of their list
        session (Link | None):
        status (str):
        study (Link | None):
        complete (bool | Unset):
        runs (list[Run] | str | Unset): The runs, with include=runs; else the API path of their list
    """

    action: str
    algorithm_store: Link | None
    children: str
    collaboration: Link | None
    created_at: datetime.datetime | None
    databases: list[TaskDatabase]
    dataframe: None | SimpleDataframe
    depends_on: list[int]
    description: None | str
    finished_at: datetime.datetime | None
    id: int
    image: None | str
    init_org: Link | None
    init_user: Link | None
    job_id: int | None
    method: None | str
    name: None | str
    parent: Link | None
    required_by: list[int]
    results: list[Result] | str
    session: Link | None
    status: str
    study: Link | None
    complete: bool | Unset = UNSET
    runs: list[Run] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _repr_rules: ClassVar[Mapping[str, str]] = {
        "children": "path",
        "results": "path",
        "runs": "path",
    }

    def to_dict(self) -> dict[str, Any]:
        """This Task as JSON: a dict keyed by the API's field names.

        Nested models become dicts and date-times ISO 8601 text; fields left
        unset are left out.
        """
        from ..models.link import Link  # noqa: PLC0415
        from ..models.result import Result  # noqa: PLC0415
        from ..models.run import Run  # noqa: PLC0415
        from ..models.simple_dataframe import SimpleDataframe  # noqa: PLC0415
        from ..models.task_database import TaskDatabase  # noqa: PLC0415

        action = self.action

        algorithm_store: dict[str, Any] | None
        if isinstance(self.algorithm_store, Link):
            algorithm_store = self.algorithm_store.to_dict()
        else:
            algorithm_store = self.algorithm_store

        children = self.children

        collaboration: dict[str, Any] | None
        if isinstance(self.collaboration, Link):
            collaboration = self.collaboration.to_dict()
        else:
            collaboration = self.collaboration

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        databases = []
        for databases_item_data in self.databases:
            databases_item = databases_item_data.to_dict()
            databases.append(databases_item)

        dataframe: dict[str, Any] | None
        if isinstance(self.dataframe, SimpleDataframe):
            dataframe = self.dataframe.to_dict()
        else:
            dataframe = self.dataframe

        depends_on = self.depends_on

        description: None | str
        description = self.description

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        id = self.id

        image: None | str
        image = self.image

        init_org: dict[str, Any] | None
        if isinstance(self.init_org, Link):
            init_org = self.init_org.to_dict()
        else:
            init_org = self.init_org

        init_user: dict[str, Any] | None
        if isinstance(self.init_user, Link):
            init_user = self.init_user.to_dict()
        else:
            init_user = self.init_user

        job_id: int | None
        job_id = self.job_id

        method: None | str
        method = self.method

        name: None | str
        name = self.name

        parent: dict[str, Any] | None
        if isinstance(self.parent, Link):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        required_by = self.required_by

        results: list[dict[str, Any]] | str
        if isinstance(self.results, list):
            results = []
            for results_type_1_item_data in self.results:
                results_type_1_item = results_type_1_item_data.to_dict()
                results.append(results_type_1_item)

        else:
            results = self.results

        session: dict[str, Any] | None
        if isinstance(self.session, Link):
            session = self.session.to_dict()
        else:
            session = self.session

        status = self.status

        study: dict[str, Any] | None
        if isinstance(self.study, Link):
            study = self.study.to_dict()
        else:
            study = self.study

        complete = self.complete

        runs: list[dict[str, Any]] | str | Unset
        if isinstance(self.runs, Unset):
            runs = UNSET
        elif isinstance(self.runs, list):
            runs = []
            for runs_type_1_item_data in self.runs:
                runs_type_1_item = runs_type_1_item_data.to_dict()
                runs.append(runs_type_1_item)

        else:
            runs = self.runs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "algorithm_store": algorithm_store,
                "children": children,
                "collaboration": collaboration,
                "created_at": created_at,
                "databases": databases,
                "dataframe": dataframe,
                "depends_on": depends_on,
                "description": description,
                "finished_at": finished_at,
                "id": id,
                "image": image,
                "init_org": init_org,
                "init_user": init_user,
                "job_id": job_id,
                "method": method,
                "name": name,
                "parent": parent,
                "required_by": required_by,
                "results": results,
                "session": session,
                "status": status,
                "study": study,
            }
        )
        if complete is not UNSET:
            field_dict["complete"] = complete
        if runs is not UNSET:
            field_dict["runs"] = runs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read Task from JSON: a dict keyed by the API's field names.

        Keys it does not name are kept in ``additional_properties``.
        """
        from ..models.link import Link  # noqa: PLC0415
        from ..models.result import Result  # noqa: PLC0415
        from ..models.run import Run  # noqa: PLC0415
        from ..models.simple_dataframe import SimpleDataframe  # noqa: PLC0415
        from ..models.task_database import TaskDatabase  # noqa: PLC0415

        d = dict(src_dict)
        action = d.pop("action")

        def _parse_algorithm_store(data: object) -> Link | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                algorithm_store_type_0 = Link.from_dict(data)

                return algorithm_store_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Link | None, data)

        algorithm_store = _parse_algorithm_store(d.pop("algorithm_store"))

        children = d.pop("children")

        def _parse_collaboration(data: object) -> Link | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                collaboration_type_0 = Link.from_dict(data)

                return collaboration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Link | None, data)

        collaboration = _parse_collaboration(d.pop("collaboration"))

        def _parse_created_at(data: object) -> datetime.datetime | None:
            if isinstance(data, str):
                try:
                    return datetime.datetime.fromisoformat(data)
                except ValueError:
                    pass
            return cast(datetime.datetime | None, data)

        created_at = _parse_created_at(d.pop("created_at"))

        databases = []
        _databases = d.pop("databases")
        for databases_item_data in _databases:
            databases_item = TaskDatabase.from_dict(databases_item_data)

            databases.append(databases_item)

        def _parse_dataframe(data: object) -> None | SimpleDataframe:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dataframe_type_0 = SimpleDataframe.from_dict(data)

                return dataframe_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SimpleDataframe, data)

        dataframe = _parse_dataframe(d.pop("dataframe"))

        depends_on = cast(list[int], d.pop("depends_on"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if isinstance(data, str):
                try:
                    return datetime.datetime.fromisoformat(data)
                except ValueError:
                    pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        id = d.pop("id")

        def _parse_image(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        image = _parse_image(d.pop("image"))

        def _parse_init_org(data: object) -> Link | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                init_org_type_0 = Link.from_dict(data)

                return init_org_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Link | None, data)

        init_org = _parse_init_org(d.pop("init_org"))

        def _parse_init_user(data: object) -> Link | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                init_user_type_0 = Link.from_dict(data)

                return init_user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Link | None, data)

        init_user = _parse_init_user(d.pop("init_user"))

        def _parse_job_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        job_id = _parse_job_id(d.pop("job_id"))

        def _parse_method(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        method = _parse_method(d.pop("method"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_parent(data: object) -> Link | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_type_0 = Link.from_dict(data)

                return parent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Link | None, data)

        parent = _parse_parent(d.pop("parent"))

        required_by = cast(list[int], d.pop("required_by"))

        def _parse_results(data: object) -> list[Result] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                results_type_1 = []
                _results_type_1 = data
                for results_type_1_item_data in _results_type_1:
                    results_type_1_item = Result.from_dict(results_type_1_item_data)

                    results_type_1.append(results_type_1_item)

                return results_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Result] | str, data)

        results = _parse_results(d.pop("results"))

        def _parse_session(data: object) -> Link | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_type_0 = Link.from_dict(data)

                return session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Link | None, data)

        session = _parse_session(d.pop("session"))

        status = d.pop("status")

        def _parse_study(data: object) -> Link | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                study_type_0 = Link.from_dict(data)

                return study_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Link | None, data)

        study = _parse_study(d.pop("study"))

        complete = d.pop("complete", UNSET)

        def _parse_runs(data: object) -> list[Run] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                runs_type_1 = []
                _runs_type_1 = data
                for runs_type_1_item_data in _runs_type_1:
                    runs_type_1_item = Run.from_dict(runs_type_1_item_data)

                    runs_type_1.append(runs_type_1_item)

                return runs_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Run] | str | Unset, data)

        runs = _parse_runs(d.pop("runs", UNSET))

        _instance = cls(
            action=action,
            algorithm_store=algorithm_store,
            children=children,
            collaboration=collaboration,
            created_at=created_at,
            databases=databases,
            dataframe=dataframe,
            depends_on=depends_on,
            description=description,
            finished_at=finished_at,
            id=id,
            image=image,
            init_org=init_org,
            init_user=init_user,
            job_id=job_id,
            method=method,
            name=name,
            parent=parent,
            required_by=required_by,
            results=results,
            session=session,
            status=status,
            study=study,
            complete=complete,
            runs=runs,
        )

        _instance.additional_properties = d
        return _instance
