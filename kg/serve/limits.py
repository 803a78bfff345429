"""The limits a user's query runs under, the errors they raise, and the in-process runner.

`ictkg serve` runs queries in worker processes (`workers.py`), which it kills when
a query passes its time limit: pyoxigraph 0.5 cannot cancel a query (`Store.query`
has no timeout or cancellation argument, and a sort or a GROUP BY does all its
work inside that one call), so stopping the process is the only way to free the
CPU. A store kept in memory cannot be opened by another process; for it (tests,
`create_app` on an in-memory store) `ThreadRunner` runs the same tasks in a thread
and can only abandon one that runs over, as the server did before workers.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from kg.serve.oxigraph import raw_oxigraph


class QueryLimitError(RuntimeError):
    """A limit of the server stopped the query; `status` is the HTTP status to answer with."""

    status = 503


class QueryTimeout(QueryLimitError):
    status = 503


class ServerBusy(QueryLimitError):
    status = 503


class WorkerLost(QueryLimitError):
    status = 503


class ResultTooLarge(QueryLimitError):
    status = 422


class Cancelled(Exception):
    """Raised inside a query thread once the request has given up on it."""


def timeout_error(time_limit: float) -> QueryTimeout:
    return QueryTimeout(f"the query ran longer than the server's time limit of {time_limit:g} s (--time-limit) "
                        "and was stopped; narrow it or add a LIMIT")


def too_large(max_results: int) -> ResultTooLarge:
    return ResultTooLarge(f"the result has more than {max_results:,} rows or triples, the server's limit "
                          "(--max-results); add a LIMIT or narrow the query")


class TaskContext:
    """What a task sees: the store, the result-size limit, a cancel flag and a cache that lives as long
    as the process (or runner) that runs it."""

    def __init__(self, store, max_results: int, cancelled: threading.Event | None = None,
                 cache: dict | None = None):
        self.store = store
        self.ox = raw_oxigraph(store)
        self.max_results = max_results
        self.cancelled = cancelled or threading.Event()
        self.cache = {} if cache is None else cache

    def check(self, count: int) -> None:
        """Stop a task whose request gave up, or whose result has grown past the size limit."""
        if self.cancelled.is_set():
            raise Cancelled()
        if count > self.max_results:
            raise too_large(self.max_results)

    def cached(self, name: str, build: Callable[[], Any]) -> Any:
        if name not in self.cache:
            self.cache[name] = build()
        return self.cache[name]


class ThreadRunner:
    """Runs tasks in threads of this process, waiting at most `time_limit` seconds for each.

    A task past its limit is abandoned: it stops at its next result row, or goes on until Oxigraph
    finishes; while `max_abandoned` are still busy, new tasks are refused with 503.
    """

    def __init__(self, store, tasks: dict[str, Callable], time_limit: float, max_results: int,
                 max_abandoned: int = 4):
        self.store = store
        self.tasks = tasks  # kg.serve.tasks.TASKS, passed in: the tasks module imports this one
        self.time_limit = time_limit
        self.max_results = max_results
        self.max_abandoned = max_abandoned
        self._lock = threading.Lock()
        self._abandoned = 0
        self._cache: dict = {}

    @property
    def abandoned(self) -> int:
        """Threads still working on tasks that ran over the limit."""
        with self._lock:
            return self._abandoned

    def restart(self) -> None:
        """Forget what the tasks cached (the store changed)."""
        self._cache = {}

    def close(self) -> None:
        pass

    def call(self, task: str, *args, client: str = "") -> Any:
        """Run the task named `task` (tasks.TASKS) and return its result; QueryTimeout past the limit."""
        if self.abandoned >= self.max_abandoned:
            raise ServerBusy(f"the server is still finishing {self.abandoned} earlier queries that ran over "
                             f"its {self.time_limit:g} s time limit; try again in a while")
        box: dict = {}
        done = threading.Event()
        cancelled = threading.Event()
        context = TaskContext(self.store, self.max_results, cancelled, self._cache)

        def work():
            try:
                box["value"] = self.tasks[task](context, *args)
            except BaseException as exc:  # handed to the waiting request, never lost
                # Without its traceback: the frames (and any Oxigraph iterator in them) die on this thread.
                box["error"] = exc.with_traceback(None)
            finally:
                with self._lock:  # `done` and `cancelled` change together, under the lock
                    if cancelled.is_set():
                        self._abandoned -= 1
                    done.set()

        threading.Thread(target=work, name="ictkg-query", daemon=True).start()
        if not done.wait(self.time_limit):
            with self._lock:
                if not done.is_set():
                    cancelled.set()
                    self._abandoned += 1
            if cancelled.is_set():
                raise timeout_error(self.time_limit)
        if "error" in box:
            raise box["error"]
        return box["value"]
