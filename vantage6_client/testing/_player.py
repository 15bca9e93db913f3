"""What every played node shares, whatever its server's line: answering its
open runs once, or from a background thread until told to stop.

:class:`~vantage6_client.testing.node.NodePlayer` (4.x) and
:class:`~vantage6_client.testing.hq_node.HQNodePlayer` (5.x) differ in how
they log in, find their runs and process one; the thread's life (start, stop
after the run in hand, close the connections only once the thread has ended)
is written here once.
"""

from __future__ import annotations

import logging
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterable
from types import TracebackType
from typing import Generic, Protocol, Self, TypeVar

log = logging.getLogger("vantage6_client.testing.node")


class _Run(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def status(self) -> str | None: ...


RunT = TypeVar("RunT", bound=_Run)

# A run in these states has not been picked up by a node yet.
WAITING = ("pending", "initializing")


class RunPlayer(ABC, Generic[RunT]):
    """Answers a node's runs; subclasses say how to log in, list and process.

    Attributes
    ----------
    handled : list[int]
        The ids of the runs processed so far (not those skipped).
    """

    def __init__(self) -> None:
        # The poller's thread and the event that tells it to stop (a new one
        # per start(): each thread keeps its own, which nothing clears).
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        # Whether the thread runs (until its very end), and whether close()
        # came while it did: then the thread closes the connections last.
        self._lock = threading.Lock()
        self._serving = False
        self._close_when_stopped = False
        self.handled: list[int] = []

    # -- what a line's player says ---------------------------------------------
    @abstractmethod
    def login(self) -> Self:
        """Log in as the node, and get ready for its collaboration.

        Returns
        -------
        Self
            This player, logged in.
        """

    @property
    @abstractmethod
    def logged_in(self) -> bool:
        """Whether :meth:`login` has run."""

    @abstractmethod
    def _open_runs(self) -> Iterable[RunT]:
        """This node's runs that have not finished."""

    @abstractmethod
    def _process(self, run: RunT) -> bool:
        """Run one run and report it; False when the server had finished it."""

    @abstractmethod
    def _close_connections(self) -> None: ...

    # -- work ------------------------------------------------------------------
    def handle_open_runs(self) -> list[int]:
        """Process every open run of this node once.

        Runs the server has already finished (failed because a sibling run
        failed, or killed) are skipped and logged at INFO.

        Returns
        -------
        list[int]
            The ids of the runs processed (not those skipped).
        """
        return self._handle_open_runs(None)

    def _handle_open_runs(self, stop: threading.Event | None) -> list[int]:
        if not self.logged_in:
            self.login()
        done = []
        for run in self._open_runs():
            if stop is not None and stop.is_set():
                break  # the poller is stopping: no new work
            if run.status in WAITING and self._process(run):
                done.append(run.id)
        self.handled.extend(done)
        return done

    # -- background ------------------------------------------------------------
    def start(self, poll_interval: float = 0.1) -> Self:
        """Answer runs in a background thread until :meth:`stop`.

        Parameters
        ----------
        poll_interval : float
            Seconds between two looks for open runs.

        Returns
        -------
        Self
            This player. Starting a player that runs changes nothing.

        Raises
        ------
        RuntimeError
            The previous thread, told to stop, is still in a run after 10 s.
        """
        previous = self._thread
        if previous is not None and previous.is_alive():
            if not self._stop.is_set():
                return self  # a second poller would go unstopped
            previous.join(10.0)  # finishing a run after stop() gave up waiting
            if previous.is_alive():
                raise RuntimeError("the node player is still finishing a run")
        if not self.logged_in:
            self.login()
        self._stop = stop = threading.Event()
        with self._lock:
            self._serving = True
            self._close_when_stopped = False
        self._thread = threading.Thread(
            target=self._serve,
            args=(poll_interval, stop),
            daemon=True,
            name="node-player",
        )
        self._thread.start()
        return self

    @property
    def running(self) -> bool:
        """Whether the background thread answers runs (and is not stopping)."""
        thread = self._thread
        return thread is not None and thread.is_alive() and not self._stop.is_set()

    def _serve(self, poll_interval: float, stop: threading.Event) -> None:
        try:
            while not stop.is_set():
                try:
                    self._handle_open_runs(stop)
                except Exception:
                    if stop.is_set():
                        # told to stop meanwhile (the server may be gone
                        # already): nobody waits for what this would bring
                        log.debug("polling ended by stop()", exc_info=True)
                        break
                    log.exception("polling for runs failed")  # and keep serving
                stop.wait(poll_interval)
        finally:
            with self._lock:
                self._serving = False
                close = self._close_when_stopped
            if close:  # close() came while this thread was busy
                self._close_connections()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop answering runs: finish the run in hand, then end the thread.

        Parameters
        ----------
        timeout : float
            Seconds to wait for the thread. A run that takes longer is still
            reported, by the thread, which then ends; a warning says so.
        """
        self._stop.set()
        thread = self._thread
        if thread is None or thread is threading.current_thread():
            return
        thread.join(timeout)
        if thread.is_alive():
            log.warning(
                "the node player is still busy after %g s; it stops after this run",
                timeout,
            )
        else:
            self._thread = None

    def close(self, timeout: float = 10.0) -> None:
        """Stop (see :meth:`stop`), then close the connections.

        The connections close only once the thread has ended: closed under a
        request on its way, they would fail it ("Bad file descriptor").

        Parameters
        ----------
        timeout : float
            Seconds to wait for the thread; should it still be busy then, it
            closes the connections itself when it ends.
        """
        self.stop(timeout)
        with self._lock:
            if self._serving:
                self._close_when_stopped = True
                return
        self._close_connections()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
