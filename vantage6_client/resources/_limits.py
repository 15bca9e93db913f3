"""How long the servers let text fields be, checked before anything is sent.

The servers validate request bodies against their schemas: a username of
two characters, a reset token past 1024 characters or an e-mail address
without an ``@`` were sent, and refused only by the server (issue 16: the
facade, fuzzed against the committed specs, found them). Each limit here is
the committed spec's ``maxLength`` or ``minLength`` of that field (on both
lines where both have it); ``tests/contract/test_facade_fuzz.py`` checks
that they agree.
"""

from __future__ import annotations

from vantage6_client._exceptions import InvalidArgumentError

# a user's username, names and (4.x) passwords and the like; account fields
SHORT_TEXT = 128
# a username's least length (4.x and HQ's UserInput, UserUpdate)
USERNAME_MIN = 3
# a task's description; the reset tokens the server e-mails
LONG_TEXT = 1024


def require_length(
    what: str, value: str | None, *, at_most: int, at_least: int = 0
) -> None:
    """``value`` (when given) within the length a server's schema allows, or
    an error naming the argument and the limit."""
    if not isinstance(value, str):
        return  # None: not given; other types are refused by their own checks
    if len(value) > at_most:
        raise InvalidArgumentError(
            f"{what} must be at most {at_most} characters, not {len(value)}"
        )
    if len(value) < at_least:
        raise InvalidArgumentError(
            f"{what} must be at least {at_least} characters, not {len(value)}"
        )


def require_email(what: str, value: str | None) -> None:
    """``value`` (when given) shaped like an e-mail address: text, an ``@``,
    text. The server checks more (a domain it can mail); this is what its
    schema's ``format: email`` asks of every value."""
    if value is None:
        return
    name, at, domain = value.partition("@") if isinstance(value, str) else ("", "", "")
    if not (name and at and domain):
        raise InvalidArgumentError(
            f"{what} must be an e-mail address (name@domain), not {value!r}"
        )
