"""A server down during a wait, for as long as it takes the wait to notice.

A fixed outage races the wait: a restart that fits between two polls (or
inside one request's retries) is never seen, and the test would prove
nothing. Here the server stays down until the wait has logged that it lost
the server and goes on waiting, so the test is the same on every run.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

NOTICED = "still waiting"  # what the wait logs when a read fails


class _Notices(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen = threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if NOTICED in record.getMessage():
            self.seen.set()


@contextmanager
def outage(
    stop: Callable[[], object],
    start: Callable[[], object],
    then: Callable[[], object],
    *,
    after: float = 0.5,
    longest: float = 60.0,
) -> Iterator[threading.Event]:
    """Inside the block, ``after`` seconds in: ``stop()`` the server, keep it
    down until the client's wait logged that a read failed (at most
    ``longest`` seconds), ``start()`` it, then ``then()`` (e.g. the node
    player answers). Yields the event set when the wait noticed; on leaving,
    waits for the server to be back."""
    logger = logging.getLogger("vantage6_client")
    notices = _Notices()
    level = logger.level
    logger.addHandler(notices)
    logger.setLevel(logging.WARNING)

    def down_until_noticed() -> None:
        stop()
        try:
            notices.seen.wait(longest)
        finally:
            start()
        then()

    meanwhile = threading.Timer(after, down_until_noticed)
    meanwhile.start()
    try:
        yield notices.seen
    finally:
        meanwhile.join()
        logger.removeHandler(notices)
        logger.setLevel(level)
