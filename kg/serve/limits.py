"""Running user queries under a time limit and a result-size limit.

pyoxigraph 0.5 offers no way to cancel a query: `Store.query` has no timeout or
cancellation argument, and a query that sorts or aggregates does all of its work
inside that one call. It does release the GIL while it works and it evaluates
plain SELECT and CONSTRUCT results lazily, row by row. So each query runs in its
own daemon thread: the request waits at most the time limit and then answers 503;
the thread is told to stop and does so at its next row, but a query still inside
a sort, a GROUP BY or the first row of a large join goes on in the background
until Oxigraph finishes it. Threads left running that way are counted, and while
`max_abandoned` of them are still busy new queries are refused at once with 503
rather than piling more work on the CPU.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class QueryLimitError(RuntimeError):
    """A limit of the server stopped the query; `status` is the HTTP status to answer with."""

    status = 503


class QueryTimeout(QueryLimitError):
    status = 503


class ServerBusy(QueryLimitError):
    status = 503


class ResultTooLarge(QueryLimitError):
    status = 422


class Cancelled(Exception):
    """Raised inside a query thread once the request has given up on it."""


class QueryRunner:
    """Runs query jobs in threads, waiting at most `time_limit` seconds for each."""

    def __init__(self, time_limit: float, max_results: int, max_abandoned: int = 4):
        self.time_limit = time_limit
        self.max_results = max_results
        self.max_abandoned = max_abandoned
        self._lock = threading.Lock()
        self._abandoned = 0

    @property
    def abandoned(self) -> int:
        """Threads still working on queries that ran over the limit."""
        with self._lock:
            return self._abandoned

    def run(self, job: Callable[[threading.Event], T]) -> T:
        """Run `job(cancelled)` and return its result; raise QueryTimeout when it takes too long.

        The job should check `cancelled.is_set()` (or call `check`) between rows.
        """
        if self.abandoned >= self.max_abandoned:
            raise ServerBusy(f"the server is still finishing {self.abandoned} earlier queries that ran over "
                             f"its {self.time_limit:g} s time limit; try again in a while")
        box: dict = {}
        done = threading.Event()
        cancelled = threading.Event()

        def work():
            try:
                box["value"] = job(cancelled)
            except BaseException as exc:  # handed to the waiting request, never lost
                # Without its traceback: the frames (and any Oxigraph iterator in them) die on this thread.
                box["error"] = exc.with_traceback(None)
            finally:
                with self._lock:  # `done` and `cancelled` change together, under the lock
                    if cancelled.is_set():
                        self._abandoned -= 1
                    done.set()

        thread = threading.Thread(target=work, name="ictkg-query", daemon=True)
        thread.start()
        if not done.wait(self.time_limit):
            with self._lock:
                if not done.is_set():
                    cancelled.set()
                    self._abandoned += 1
            if cancelled.is_set():
                raise QueryTimeout(
                    f"the query ran longer than the server's time limit of {self.time_limit:g} s (--time-limit) "
                    "and was abandoned (Oxigraph may finish it in the background); narrow it or add a LIMIT")
        if "error" in box:
            raise box["error"]
        return box["value"]

    def check(self, cancelled: threading.Event, count: int) -> None:
        """Stop a job whose request gave up, or whose result has grown past the size limit."""
        if cancelled.is_set():
            raise Cancelled()
        if count > self.max_results:
            raise ResultTooLarge(
                f"the result has more than {self.max_results:,} rows or triples, the server's limit "
                "(--max-results); add a LIMIT or narrow the query")
