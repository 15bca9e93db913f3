from typing import Literal

CollaborationListEncrypted = Literal[0, 1]

COLLABORATION_LIST_ENCRYPTED_VALUES: set[CollaborationListEncrypted] = {
    0,
    1,
}


def check_collaboration_list_encrypted(value: int) -> CollaborationListEncrypted:
    if value in COLLABORATION_LIST_ENCRYPTED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COLLABORATION_LIST_ENCRYPTED_VALUES!r}"
    )
