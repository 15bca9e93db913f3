"""Every operation of this API, by name: :class:`Operations`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .algorithm.algorithm_create import _get_kwargs as _algorithm_create_request
    from .algorithm.algorithm_create import sync_detailed as _algorithm_create
    from .algorithm.algorithm_delete import _get_kwargs as _algorithm_delete_request
    from .algorithm.algorithm_delete import sync_detailed as _algorithm_delete
    from .algorithm.algorithm_get import _get_kwargs as _algorithm_get_request
    from .algorithm.algorithm_get import sync_detailed as _algorithm_get
    from .algorithm.algorithm_invalidate import (
        _get_kwargs as _algorithm_invalidate_request,
    )
    from .algorithm.algorithm_invalidate import sync_detailed as _algorithm_invalidate
    from .algorithm.algorithm_list import _get_kwargs as _algorithm_list_request
    from .algorithm.algorithm_list import sync_detailed as _algorithm_list
    from .algorithm.algorithm_update import _get_kwargs as _algorithm_update_request
    from .algorithm.algorithm_update import sync_detailed as _algorithm_update
    from .policy.policy_get import _get_kwargs as _policy_get_request
    from .policy.policy_get import sync_detailed as _policy_get
    from .policy.policy_get_public import _get_kwargs as _policy_get_public_request
    from .policy.policy_get_public import sync_detailed as _policy_get_public
    from .review.review_approve import _get_kwargs as _review_approve_request
    from .review.review_approve import sync_detailed as _review_approve
    from .review.review_create import _get_kwargs as _review_create_request
    from .review.review_create import sync_detailed as _review_create
    from .review.review_delete import _get_kwargs as _review_delete_request
    from .review.review_delete import sync_detailed as _review_delete
    from .review.review_get import _get_kwargs as _review_get_request
    from .review.review_get import sync_detailed as _review_get
    from .review.review_list import _get_kwargs as _review_list_request
    from .review.review_list import sync_detailed as _review_list
    from .review.review_reject import _get_kwargs as _review_reject_request
    from .review.review_reject import sync_detailed as _review_reject
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
    from .rule.rule_list import _get_kwargs as _rule_list_request
    from .rule.rule_list import sync_detailed as _rule_list
    from .user.user_delete import _get_kwargs as _user_delete_request
    from .user.user_delete import sync_detailed as _user_delete
    from .user.user_get import _get_kwargs as _user_get_request
    from .user.user_get import sync_detailed as _user_get
    from .user.user_list import _get_kwargs as _user_list_request
    from .user.user_list import sync_detailed as _user_list
    from .user.user_register import _get_kwargs as _user_register_request
    from .user.user_register import sync_detailed as _user_register
    from .user.user_update import _get_kwargs as _user_update_request
    from .user.user_update import sync_detailed as _user_update
    from .version.get_version import _get_kwargs as _get_version_request
    from .version.get_version import sync_detailed as _get_version


def _operation_module(name: str) -> Any:
    tag = _TAGS.get(name)
    if tag is None:
        raise AttributeError(f"this API has no operation {name!r}")
    return importlib.import_module(f"{__name__}.{tag}.{name}")


class Requests:
    """Each operation's request (method, URL, query, body) without sending it,
    for the responses that are read as a stream."""

    if TYPE_CHECKING:
        algorithm_create = staticmethod(_algorithm_create_request)
        algorithm_delete = staticmethod(_algorithm_delete_request)
        algorithm_get = staticmethod(_algorithm_get_request)
        algorithm_invalidate = staticmethod(_algorithm_invalidate_request)
        algorithm_list = staticmethod(_algorithm_list_request)
        algorithm_update = staticmethod(_algorithm_update_request)
        policy_get = staticmethod(_policy_get_request)
        policy_get_public = staticmethod(_policy_get_public_request)
        review_approve = staticmethod(_review_approve_request)
        review_create = staticmethod(_review_create_request)
        review_delete = staticmethod(_review_delete_request)
        review_get = staticmethod(_review_get_request)
        review_list = staticmethod(_review_list_request)
        review_reject = staticmethod(_review_reject_request)
        role_create = staticmethod(_role_create_request)
        role_delete = staticmethod(_role_delete_request)
        role_get = staticmethod(_role_get_request)
        role_list = staticmethod(_role_list_request)
        role_update = staticmethod(_role_update_request)
        rule_list = staticmethod(_rule_list_request)
        user_delete = staticmethod(_user_delete_request)
        user_get = staticmethod(_user_get_request)
        user_list = staticmethod(_user_list_request)
        user_register = staticmethod(_user_register_request)
        user_update = staticmethod(_user_update_request)
        get_version = staticmethod(_get_version_request)
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
        algorithm_create = staticmethod(_algorithm_create)
        algorithm_delete = staticmethod(_algorithm_delete)
        algorithm_get = staticmethod(_algorithm_get)
        algorithm_invalidate = staticmethod(_algorithm_invalidate)
        algorithm_list = staticmethod(_algorithm_list)
        algorithm_update = staticmethod(_algorithm_update)
        policy_get = staticmethod(_policy_get)
        policy_get_public = staticmethod(_policy_get_public)
        review_approve = staticmethod(_review_approve)
        review_create = staticmethod(_review_create)
        review_delete = staticmethod(_review_delete)
        review_get = staticmethod(_review_get)
        review_list = staticmethod(_review_list)
        review_reject = staticmethod(_review_reject)
        role_create = staticmethod(_role_create)
        role_delete = staticmethod(_role_delete)
        role_get = staticmethod(_role_get)
        role_list = staticmethod(_role_list)
        role_update = staticmethod(_role_update)
        rule_list = staticmethod(_rule_list)
        user_delete = staticmethod(_user_delete)
        user_get = staticmethod(_user_get)
        user_list = staticmethod(_user_list)
        user_register = staticmethod(_user_register)
        user_update = staticmethod(_user_update)
        get_version = staticmethod(_get_version)
    else:

        def __getattr__(self, name: str) -> Any:
            send = _operation_module(name).sync_detailed
            setattr(self, name, send)
            return send


_TAGS = {
    "algorithm_create": "algorithm",
    "algorithm_delete": "algorithm",
    "algorithm_get": "algorithm",
    "algorithm_invalidate": "algorithm",
    "algorithm_list": "algorithm",
    "algorithm_update": "algorithm",
    "policy_get": "policy",
    "policy_get_public": "policy",
    "review_approve": "review",
    "review_create": "review",
    "review_delete": "review",
    "review_get": "review",
    "review_list": "review",
    "review_reject": "review",
    "role_create": "role",
    "role_delete": "role",
    "role_get": "role",
    "role_list": "role",
    "role_update": "role",
    "rule_list": "rule",
    "user_delete": "user",
    "user_get": "user",
    "user_list": "user",
    "user_register": "user",
    "user_update": "user",
    "get_version": "version",
}
