"""Every operation of this API, by name: :class:`Operations`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .blob.blob_download import _get_kwargs as _blob_download_request
    from .blob.blob_download import sync_detailed as _blob_download
    from .blob.blob_upload import _get_kwargs as _blob_upload_request
    from .blob.blob_upload import sync_detailed as _blob_upload
    from .collaboration.collaboration_add_node import (
        _get_kwargs as _collaboration_add_node_request,
    )
    from .collaboration.collaboration_add_node import (
        sync_detailed as _collaboration_add_node,
    )
    from .collaboration.collaboration_add_organization import (
        _get_kwargs as _collaboration_add_organization_request,
    )
    from .collaboration.collaboration_add_organization import (
        sync_detailed as _collaboration_add_organization,
    )
    from .collaboration.collaboration_create import (
        _get_kwargs as _collaboration_create_request,
    )
    from .collaboration.collaboration_create import (
        sync_detailed as _collaboration_create,
    )
    from .collaboration.collaboration_delete import (
        _get_kwargs as _collaboration_delete_request,
    )
    from .collaboration.collaboration_delete import (
        sync_detailed as _collaboration_delete,
    )
    from .collaboration.collaboration_get import (
        _get_kwargs as _collaboration_get_request,
    )
    from .collaboration.collaboration_get import sync_detailed as _collaboration_get
    from .collaboration.collaboration_list import (
        _get_kwargs as _collaboration_list_request,
    )
    from .collaboration.collaboration_list import sync_detailed as _collaboration_list
    from .collaboration.collaboration_remove_node import (
        _get_kwargs as _collaboration_remove_node_request,
    )
    from .collaboration.collaboration_remove_node import (
        sync_detailed as _collaboration_remove_node,
    )
    from .collaboration.collaboration_remove_organization import (
        _get_kwargs as _collaboration_remove_organization_request,
    )
    from .collaboration.collaboration_remove_organization import (
        sync_detailed as _collaboration_remove_organization,
    )
    from .collaboration.collaboration_update import (
        _get_kwargs as _collaboration_update_request,
    )
    from .collaboration.collaboration_update import (
        sync_detailed as _collaboration_update,
    )
    from .dataframe.dataframe_create import _get_kwargs as _dataframe_create_request
    from .dataframe.dataframe_create import sync_detailed as _dataframe_create
    from .dataframe.dataframe_delete import _get_kwargs as _dataframe_delete_request
    from .dataframe.dataframe_delete import sync_detailed as _dataframe_delete
    from .dataframe.dataframe_get import _get_kwargs as _dataframe_get_request
    from .dataframe.dataframe_get import sync_detailed as _dataframe_get
    from .dataframe.dataframe_list import _get_kwargs as _dataframe_list_request
    from .dataframe.dataframe_list import sync_detailed as _dataframe_list
    from .dataframe.dataframe_preprocess import (
        _get_kwargs as _dataframe_preprocess_request,
    )
    from .dataframe.dataframe_preprocess import sync_detailed as _dataframe_preprocess
    from .dataframe.dataframe_update_columns import (
        _get_kwargs as _dataframe_update_columns_request,
    )
    from .dataframe.dataframe_update_columns import (
        sync_detailed as _dataframe_update_columns,
    )
    from .node.authenticate_container import (
        _get_kwargs as _authenticate_container_request,
    )
    from .node.authenticate_container import sync_detailed as _authenticate_container
    from .node.node_create import _get_kwargs as _node_create_request
    from .node.node_create import sync_detailed as _node_create
    from .node.node_delete import _get_kwargs as _node_delete_request
    from .node.node_delete import sync_detailed as _node_delete
    from .node.node_get import _get_kwargs as _node_get_request
    from .node.node_get import sync_detailed as _node_get
    from .node.node_kill_tasks import _get_kwargs as _node_kill_tasks_request
    from .node.node_kill_tasks import sync_detailed as _node_kill_tasks
    from .node.node_list import _get_kwargs as _node_list_request
    from .node.node_list import sync_detailed as _node_list
    from .node.node_me import _get_kwargs as _node_me_request
    from .node.node_me import sync_detailed as _node_me
    from .node.node_reset_api_key import _get_kwargs as _node_reset_api_key_request
    from .node.node_reset_api_key import sync_detailed as _node_reset_api_key
    from .node.node_update import _get_kwargs as _node_update_request
    from .node.node_update import sync_detailed as _node_update
    from .organization.organization_create import (
        _get_kwargs as _organization_create_request,
    )
    from .organization.organization_create import sync_detailed as _organization_create
    from .organization.organization_delete import (
        _get_kwargs as _organization_delete_request,
    )
    from .organization.organization_delete import sync_detailed as _organization_delete
    from .organization.organization_get import _get_kwargs as _organization_get_request
    from .organization.organization_get import sync_detailed as _organization_get
    from .organization.organization_list import (
        _get_kwargs as _organization_list_request,
    )
    from .organization.organization_list import sync_detailed as _organization_list
    from .organization.organization_update import (
        _get_kwargs as _organization_update_request,
    )
    from .organization.organization_update import sync_detailed as _organization_update
    from .result.result_get import _get_kwargs as _result_get_request
    from .result.result_get import sync_detailed as _result_get
    from .result.result_list import _get_kwargs as _result_list_request
    from .result.result_list import sync_detailed as _result_list
    from .role.role_create import _get_kwargs as _role_create_request
    from .role.role_create import sync_detailed as _role_create
    from .role.role_delete import _get_kwargs as _role_delete_request
    from .role.role_delete import sync_detailed as _role_delete
    from .role.role_get import _get_kwargs as _role_get_request
    from .role.role_get import sync_detailed as _role_get
    from .role.role_list import _get_kwargs as _role_list_request
    from .role.role_list import sync_detailed as _role_list
    from .role.role_update import _get_kwargs as _role_update_request
    from .role.role_update import sync_detailed as _role_update
    from .rule.rule_get import _get_kwargs as _rule_get_request
    from .rule.rule_get import sync_detailed as _rule_get
    from .rule.rule_list import _get_kwargs as _rule_list_request
    from .rule.rule_list import sync_detailed as _rule_list
    from .run.run_get import _get_kwargs as _run_get_request
    from .run.run_get import sync_detailed as _run_get
    from .run.run_list import _get_kwargs as _run_list_request
    from .run.run_list import sync_detailed as _run_list
    from .run.run_update import _get_kwargs as _run_update_request
    from .run.run_update import sync_detailed as _run_update
    from .session.session_create import _get_kwargs as _session_create_request
    from .session.session_create import sync_detailed as _session_create
    from .session.session_delete import _get_kwargs as _session_delete_request
    from .session.session_delete import sync_detailed as _session_delete
    from .session.session_get import _get_kwargs as _session_get_request
    from .session.session_get import sync_detailed as _session_get
    from .session.session_list import _get_kwargs as _session_list_request
    from .session.session_list import sync_detailed as _session_list
    from .session.session_update import _get_kwargs as _session_update_request
    from .session.session_update import sync_detailed as _session_update
    from .store.store_create import _get_kwargs as _store_create_request
    from .store.store_create import sync_detailed as _store_create
    from .store.store_delete import _get_kwargs as _store_delete_request
    from .store.store_delete import sync_detailed as _store_delete
    from .store.store_get import _get_kwargs as _store_get_request
    from .store.store_get import sync_detailed as _store_get
    from .store.store_list import _get_kwargs as _store_list_request
    from .store.store_list import sync_detailed as _store_list
    from .store.store_update import _get_kwargs as _store_update_request
    from .store.store_update import sync_detailed as _store_update
    from .study.study_add_organization import (
        _get_kwargs as _study_add_organization_request,
    )
    from .study.study_add_organization import sync_detailed as _study_add_organization
    from .study.study_create import _get_kwargs as _study_create_request
    from .study.study_create import sync_detailed as _study_create
    from .study.study_delete import _get_kwargs as _study_delete_request
    from .study.study_delete import sync_detailed as _study_delete
    from .study.study_get import _get_kwargs as _study_get_request
    from .study.study_get import sync_detailed as _study_get
    from .study.study_list import _get_kwargs as _study_list_request
    from .study.study_list import sync_detailed as _study_list
    from .study.study_remove_organization import (
        _get_kwargs as _study_remove_organization_request,
    )
    from .study.study_remove_organization import (
        sync_detailed as _study_remove_organization,
    )
    from .study.study_update import _get_kwargs as _study_update_request
    from .study.study_update import sync_detailed as _study_update
    from .task.task_create import _get_kwargs as _task_create_request
    from .task.task_create import sync_detailed as _task_create
    from .task.task_delete import _get_kwargs as _task_delete_request
    from .task.task_delete import sync_detailed as _task_delete
    from .task.task_get import _get_kwargs as _task_get_request
    from .task.task_get import sync_detailed as _task_get
    from .task.task_get_status import _get_kwargs as _task_get_status_request
    from .task.task_get_status import sync_detailed as _task_get_status
    from .task.task_kill import _get_kwargs as _task_kill_request
    from .task.task_kill import sync_detailed as _task_kill
    from .task.task_list import _get_kwargs as _task_list_request
    from .task.task_list import sync_detailed as _task_list
    from .user.user_create import _get_kwargs as _user_create_request
    from .user.user_create import sync_detailed as _user_create
    from .user.user_delete import _get_kwargs as _user_delete_request
    from .user.user_delete import sync_detailed as _user_delete
    from .user.user_get import _get_kwargs as _user_get_request
    from .user.user_get import sync_detailed as _user_get
    from .user.user_list import _get_kwargs as _user_list_request
    from .user.user_list import sync_detailed as _user_list
    from .user.user_me import _get_kwargs as _user_me_request
    from .user.user_me import sync_detailed as _user_me
    from .user.user_update import _get_kwargs as _user_update_request
    from .user.user_update import sync_detailed as _user_update
    from .util.util_get_blob_store_status import (
        _get_kwargs as _util_get_blob_store_status_request,
    )
    from .util.util_get_blob_store_status import (
        sync_detailed as _util_get_blob_store_status,
    )
    from .util.util_get_server_health import (
        _get_kwargs as _util_get_server_health_request,
    )
    from .util.util_get_server_health import sync_detailed as _util_get_server_health
    from .util.util_get_server_version import (
        _get_kwargs as _util_get_server_version_request,
    )
    from .util.util_get_server_version import sync_detailed as _util_get_server_version


def _operation_module(name: str) -> Any:
    tag = _TAGS.get(name)
    if tag is None:
        raise AttributeError(f"this API has no operation {name!r}")
    return importlib.import_module(f"{__name__}.{tag}.{name}")


class Requests:
    """Each operation's request (method, URL, query, body) without sending it,
    for the responses that are read as a stream."""

    if TYPE_CHECKING:
        blob_download = staticmethod(_blob_download_request)
        blob_upload = staticmethod(_blob_upload_request)
        collaboration_add_node = staticmethod(_collaboration_add_node_request)
        collaboration_add_organization = staticmethod(
            _collaboration_add_organization_request
        )
        collaboration_create = staticmethod(_collaboration_create_request)
        collaboration_delete = staticmethod(_collaboration_delete_request)
        collaboration_get = staticmethod(_collaboration_get_request)
        collaboration_list = staticmethod(_collaboration_list_request)
        collaboration_remove_node = staticmethod(_collaboration_remove_node_request)
        collaboration_remove_organization = staticmethod(
            _collaboration_remove_organization_request
        )
        collaboration_update = staticmethod(_collaboration_update_request)
        dataframe_create = staticmethod(_dataframe_create_request)
        dataframe_delete = staticmethod(_dataframe_delete_request)
        dataframe_get = staticmethod(_dataframe_get_request)
        dataframe_list = staticmethod(_dataframe_list_request)
        dataframe_preprocess = staticmethod(_dataframe_preprocess_request)
        dataframe_update_columns = staticmethod(_dataframe_update_columns_request)
        authenticate_container = staticmethod(_authenticate_container_request)
        node_create = staticmethod(_node_create_request)
        node_delete = staticmethod(_node_delete_request)
        node_get = staticmethod(_node_get_request)
        node_kill_tasks = staticmethod(_node_kill_tasks_request)
        node_list = staticmethod(_node_list_request)
        node_me = staticmethod(_node_me_request)
        node_reset_api_key = staticmethod(_node_reset_api_key_request)
        node_update = staticmethod(_node_update_request)
        organization_create = staticmethod(_organization_create_request)
        organization_delete = staticmethod(_organization_delete_request)
        organization_get = staticmethod(_organization_get_request)
        organization_list = staticmethod(_organization_list_request)
        organization_update = staticmethod(_organization_update_request)
        result_get = staticmethod(_result_get_request)
        result_list = staticmethod(_result_list_request)
        role_create = staticmethod(_role_create_request)
        role_delete = staticmethod(_role_delete_request)
        role_get = staticmethod(_role_get_request)
        role_list = staticmethod(_role_list_request)
        role_update = staticmethod(_role_update_request)
        rule_get = staticmethod(_rule_get_request)
        rule_list = staticmethod(_rule_list_request)
        run_get = staticmethod(_run_get_request)
        run_list = staticmethod(_run_list_request)
        run_update = staticmethod(_run_update_request)
        session_create = staticmethod(_session_create_request)
        session_delete = staticmethod(_session_delete_request)
        session_get = staticmethod(_session_get_request)
        session_list = staticmethod(_session_list_request)
        session_update = staticmethod(_session_update_request)
        store_create = staticmethod(_store_create_request)
        store_delete = staticmethod(_store_delete_request)
        store_get = staticmethod(_store_get_request)
        store_list = staticmethod(_store_list_request)
        store_update = staticmethod(_store_update_request)
        study_add_organization = staticmethod(_study_add_organization_request)
        study_create = staticmethod(_study_create_request)
        study_delete = staticmethod(_study_delete_request)
        study_get = staticmethod(_study_get_request)
        study_list = staticmethod(_study_list_request)
        study_remove_organization = staticmethod(_study_remove_organization_request)
        study_update = staticmethod(_study_update_request)
        task_create = staticmethod(_task_create_request)
        task_delete = staticmethod(_task_delete_request)
        task_get = staticmethod(_task_get_request)
        task_get_status = staticmethod(_task_get_status_request)
        task_kill = staticmethod(_task_kill_request)
        task_list = staticmethod(_task_list_request)
        user_create = staticmethod(_user_create_request)
        user_delete = staticmethod(_user_delete_request)
        user_get = staticmethod(_user_get_request)
        user_list = staticmethod(_user_list_request)
        user_me = staticmethod(_user_me_request)
        user_update = staticmethod(_user_update_request)
        util_get_blob_store_status = staticmethod(_util_get_blob_store_status_request)
        util_get_server_health = staticmethod(_util_get_server_health_request)
        util_get_server_version = staticmethod(_util_get_server_version_request)
    else:

        def __getattr__(self, name: str) -> Any:
            request = _operation_module(name)._get_kwargs
            setattr(self, name, request)
            return request


class Operations:
    """The operations of this API: each ``sync_detailed(http, ...)``, which
    sends the request with the ``httpx.Client`` given and parses the answer."""

    requests = Requests()

    if TYPE_CHECKING:
        blob_download = staticmethod(_blob_download)
        blob_upload = staticmethod(_blob_upload)
        collaboration_add_node = staticmethod(_collaboration_add_node)
        collaboration_add_organization = staticmethod(_collaboration_add_organization)
        collaboration_create = staticmethod(_collaboration_create)
        collaboration_delete = staticmethod(_collaboration_delete)
        collaboration_get = staticmethod(_collaboration_get)
        collaboration_list = staticmethod(_collaboration_list)
        collaboration_remove_node = staticmethod(_collaboration_remove_node)
        collaboration_remove_organization = staticmethod(
            _collaboration_remove_organization
        )
        collaboration_update = staticmethod(_collaboration_update)
        dataframe_create = staticmethod(_dataframe_create)
        dataframe_delete = staticmethod(_dataframe_delete)
        dataframe_get = staticmethod(_dataframe_get)
        dataframe_list = staticmethod(_dataframe_list)
        dataframe_preprocess = staticmethod(_dataframe_preprocess)
        dataframe_update_columns = staticmethod(_dataframe_update_columns)
        authenticate_container = staticmethod(_authenticate_container)
        node_create = staticmethod(_node_create)
        node_delete = staticmethod(_node_delete)
        node_get = staticmethod(_node_get)
        node_kill_tasks = staticmethod(_node_kill_tasks)
        node_list = staticmethod(_node_list)
        node_me = staticmethod(_node_me)
        node_reset_api_key = staticmethod(_node_reset_api_key)
        node_update = staticmethod(_node_update)
        organization_create = staticmethod(_organization_create)
        organization_delete = staticmethod(_organization_delete)
        organization_get = staticmethod(_organization_get)
        organization_list = staticmethod(_organization_list)
        organization_update = staticmethod(_organization_update)
        result_get = staticmethod(_result_get)
        result_list = staticmethod(_result_list)
        role_create = staticmethod(_role_create)
        role_delete = staticmethod(_role_delete)
        role_get = staticmethod(_role_get)
        role_list = staticmethod(_role_list)
        role_update = staticmethod(_role_update)
        rule_get = staticmethod(_rule_get)
        rule_list = staticmethod(_rule_list)
        run_get = staticmethod(_run_get)
        run_list = staticmethod(_run_list)
        run_update = staticmethod(_run_update)
        session_create = staticmethod(_session_create)
        session_delete = staticmethod(_session_delete)
        session_get = staticmethod(_session_get)
        session_list = staticmethod(_session_list)
        session_update = staticmethod(_session_update)
        store_create = staticmethod(_store_create)
        store_delete = staticmethod(_store_delete)
        store_get = staticmethod(_store_get)
        store_list = staticmethod(_store_list)
        store_update = staticmethod(_store_update)
        study_add_organization = staticmethod(_study_add_organization)
        study_create = staticmethod(_study_create)
        study_delete = staticmethod(_study_delete)
        study_get = staticmethod(_study_get)
        study_list = staticmethod(_study_list)
        study_remove_organization = staticmethod(_study_remove_organization)
        study_update = staticmethod(_study_update)
        task_create = staticmethod(_task_create)
        task_delete = staticmethod(_task_delete)
        task_get = staticmethod(_task_get)
        task_get_status = staticmethod(_task_get_status)
        task_kill = staticmethod(_task_kill)
        task_list = staticmethod(_task_list)
        user_create = staticmethod(_user_create)
        user_delete = staticmethod(_user_delete)
        user_get = staticmethod(_user_get)
        user_list = staticmethod(_user_list)
        user_me = staticmethod(_user_me)
        user_update = staticmethod(_user_update)
        util_get_blob_store_status = staticmethod(_util_get_blob_store_status)
        util_get_server_health = staticmethod(_util_get_server_health)
        util_get_server_version = staticmethod(_util_get_server_version)
    else:

        def __getattr__(self, name: str) -> Any:
            send = _operation_module(name).sync_detailed
            setattr(self, name, send)
            return send


_TAGS = {
    "blob_download": "blob",
    "blob_upload": "blob",
    "collaboration_add_node": "collaboration",
    "collaboration_add_organization": "collaboration",
    "collaboration_create": "collaboration",
    "collaboration_delete": "collaboration",
    "collaboration_get": "collaboration",
    "collaboration_list": "collaboration",
    "collaboration_remove_node": "collaboration",
    "collaboration_remove_organization": "collaboration",
    "collaboration_update": "collaboration",
    "dataframe_create": "dataframe",
    "dataframe_delete": "dataframe",
    "dataframe_get": "dataframe",
    "dataframe_list": "dataframe",
    "dataframe_preprocess": "dataframe",
    "dataframe_update_columns": "dataframe",
    "authenticate_container": "node",
    "node_create": "node",
    "node_delete": "node",
    "node_get": "node",
    "node_kill_tasks": "node",
    "node_list": "node",
    "node_me": "node",
    "node_reset_api_key": "node",
    "node_update": "node",
    "organization_create": "organization",
    "organization_delete": "organization",
    "organization_get": "organization",
    "organization_list": "organization",
    "organization_update": "organization",
    "result_get": "result",
    "result_list": "result",
    "role_create": "role",
    "role_delete": "role",
    "role_get": "role",
    "role_list": "role",
    "role_update": "role",
    "rule_get": "rule",
    "rule_list": "rule",
    "run_get": "run",
    "run_list": "run",
    "run_update": "run",
    "session_create": "session",
    "session_delete": "session",
    "session_get": "session",
    "session_list": "session",
    "session_update": "session",
    "store_create": "store",
    "store_delete": "store",
    "store_get": "store",
    "store_list": "store",
    "store_update": "store",
    "study_add_organization": "study",
    "study_create": "study",
    "study_delete": "study",
    "study_get": "study",
    "study_list": "study",
    "study_remove_organization": "study",
    "study_update": "study",
    "task_create": "task",
    "task_delete": "task",
    "task_get": "task",
    "task_get_status": "task",
    "task_kill": "task",
    "task_list": "task",
    "user_create": "user",
    "user_delete": "user",
    "user_get": "user",
    "user_list": "user",
    "user_me": "user",
    "user_update": "user",
    "util_get_blob_store_status": "util",
    "util_get_server_health": "util",
    "util_get_server_version": "util",
}
