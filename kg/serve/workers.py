"""Query worker processes: the work of a query stops when its time limit does.

pyoxigraph cannot cancel a query, so each query (and the network and matrix
views) runs in one of `--workers` processes that open the store read-only. The
request waits at most `--time-limit` seconds for a free worker, and a worker
runs its task at most `--time-limit` seconds; past it the worker is killed (its
CPU is free at once), a fresh one is started in its place, and the request gets
503. A client can therefore hold a worker for the time limit at most, and page
requests, which are answered by the server's own threads, never wait behind a
query. Queries that run past LONG_QUERY_S may hold at most half the workers at
once: another long one is stopped then (503, "try again"). When requests wait
for a worker, a freed one goes to the client (by address) that has used the
workers least lately, so clients sending runaway queries wait behind the others. Workers run at a lower CPU priority than the server, so pages keep their
latency while the workers are busy.

Workers are forked from a small server process that has the query code imported
already (multiprocessing's "forkserver"): replacing a killed worker costs
milliseconds instead of a Python start-up, which matters while runaway queries
keep arriving. A worker stops by itself when the server process is gone (it
checks every PARENT_CHECK_S), so a killed server leaves no query running.
"""

from __future__ import annotations

import itertools
import math
import multiprocessing
import os
import pickle
import signal
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.serve.limits import ServerBusy, WorkerLost, timeout_error

WORKER_NICE = 10          # below the server's threads: pages first
PARENT_CHECK_S = 0.5      # how often a worker looks for its server
START_LIMIT_S = 60.0      # a worker that has not opened the store by then is given up
LONG_QUERY_S = 1.0        # a task still running after this is a long one; only `long_slots` may run at once
USAGE_MEMORY_S = 30.0     # a client's past use of the workers counts for about this long


PRELOADED = ["kg.serve.tasks", "kg.store", "kg.use.network", "kg.use.analysis", "kg.use.viz"]


def _server_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _watch_server(server_pid: int) -> None:
    # The forkserver (our parent) ends with the server; the server itself may linger unreaped a while.
    parent = os.getppid()
    while os.getppid() == parent and _server_alive(server_pid):
        time.sleep(PARENT_CHECK_S)
    os._exit(0)


def _portable(exc: BaseException) -> BaseException:
    """The exception as the server can unpickle it; else a RuntimeError with its message."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc.with_traceback(None)
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def worker_main(conn, store_path: str, max_results: int, server_pid: int) -> None:
    """A worker's loop: (task, args) in, ("ok", value) or ("error", exception) out, until the pipe closes."""
    from kg.serve.limits import TaskContext
    from kg.serve.tasks import TASKS
    from kg.store import Store

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C reaches the whole group; the server stops us
    try:
        os.nice(WORKER_NICE)
    except OSError:
        pass
    threading.Thread(target=_watch_server, args=(server_pid,), daemon=True).start()
    try:
        context, failure = TaskContext(Store(store_path, read_only=True), max_results), None
    except Exception as exc:  # answered to every request, so the client reads why
        context, failure = None, OSError(f"the query worker cannot open the store: {exc}")
    conn.send(("ready", None))
    while True:
        try:
            task, args = conn.recv()
        except (EOFError, OSError):
            break
        try:
            if failure is not None:
                raise failure
            answer = ("ok", TASKS[task](context, *args))
        except BaseException as exc:
            answer = ("error", _portable(exc))
        try:
            conn.send(answer)
        except (pickle.PicklingError, TypeError, AttributeError) as exc:
            conn.send(("error", RuntimeError(f"the worker could not send its answer: {exc}")))
        except (BrokenPipeError, OSError):
            break
    os._exit(0)


class Worker:
    """One worker process and the server's end of its pipe."""

    def __init__(self, mp, store_path: Path, max_results: int, generation: int):
        self.conn, child = mp.Pipe()
        self.process = mp.Process(target=worker_main, args=(child, str(store_path), max_results, os.getpid()),
                                  name="ictkg-query-worker", daemon=True)
        self.process.start()
        child.close()
        self.generation = generation
        self.ready = False

    def wait_ready(self) -> None:
        """Wait for the worker to have opened the store: its start-up is not part of any query's time."""
        if self.ready:
            return
        if not self.conn.poll(START_LIMIT_S):
            raise WorkerLost(f"a query worker did not start within {START_LIMIT_S:g} s; the machine may be "
                             "overloaded, try again in a while")
        self.conn.recv()
        self.ready = True

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=2)
        try:
            self.conn.close()
        except OSError:
            pass  # closed already: the pool's shutdown and a request thread may both stop a worker


@dataclass
class _Usage:
    """A client's worker-seconds, decaying with USAGE_MEMORY_S."""

    seconds: float = 0.0
    at: float = field(default_factory=time.monotonic)

    def now(self, t: float) -> float:
        return self.seconds * math.exp(-(t - self.at) / USAGE_MEMORY_S)

    def add(self, seconds: float, t: float) -> None:
        self.seconds, self.at = self.now(t) + seconds, t


class WorkerPool:
    """`size` worker processes over the store at `store_path`, started when first needed."""

    def __init__(self, store_path: Path, size: int, time_limit: float, max_results: int):
        self.store_path = store_path
        self.size = size
        self.time_limit = time_limit
        self.max_results = max_results
        self.generation = 0
        self.long_slots = max(1, size // 2)
        self._long = 0
        # Forked from a clean forkserver, never from this server, which has threads.
        self._mp = multiprocessing.get_context("forkserver")
        self._mp.set_forkserver_preload(PRELOADED)
        self._cond = threading.Condition()
        self._idle: list[Worker] = []
        self._all: set[Worker] = set()
        self._closed = False
        self._waiting: list[tuple[str, int]] = []  # (client, ticket) of requests waiting for a worker
        self._tickets = itertools.count()
        self._usage: dict[str, _Usage] = {}

    @property
    def busy(self) -> int:
        """Workers running a task now."""
        with self._cond:
            return len(self._all) - len(self._idle)

    def pids(self) -> list[int]:
        with self._cond:
            return [w.process.pid for w in self._all if w.process.pid]

    def _start(self) -> Worker:
        worker = Worker(self._mp, self.store_path, self.max_results, self.generation)
        self._all.add(worker)
        return worker

    def _next_in_line(self) -> tuple[str, int]:
        t = time.monotonic()
        return min(self._waiting, key=lambda w: (self._usage[w[0]].now(t) if w[0] in self._usage else 0.0, w[1]))

    def _acquire(self, deadline: float, client: str) -> Worker:
        with self._cond:
            me = (client, next(self._tickets))
            self._waiting.append(me)
            try:
                while True:
                    if self._closed:
                        raise ServerBusy("the server is stopping")
                    if self._next_in_line() == me:
                        while self._idle:
                            worker = self._idle.pop()
                            if worker.generation == self.generation and worker.process.is_alive():
                                return worker
                            self._discard(worker)
                        if len(self._all) < self.size:
                            return self._start()
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise ServerBusy(f"all {self.size} query workers (--workers) stayed busy for the server's "
                                         f"time limit of {self.time_limit:g} s (--time-limit); try again in a while")
                    self._cond.wait(remaining)
            finally:
                self._waiting.remove(me)
                self._cond.notify_all()  # the next in line may be another waiter now

    def _charge(self, client: str, seconds: float) -> None:
        t = time.monotonic()
        with self._cond:
            self._usage.setdefault(client, _Usage(at=t)).add(seconds, t)
            if len(self._usage) > 10_000:  # forget the clients whose use has faded
                self._usage = {c: u for c, u in self._usage.items() if u.now(t) > 0.01}

    def _discard(self, worker: Worker) -> None:
        worker.stop()
        self._all.discard(worker)

    def _release(self, worker: Worker, healthy: bool) -> None:
        with self._cond:
            if healthy and worker.generation == self.generation and not self._closed:
                self._idle.append(worker)
            else:
                self._discard(worker)
                if not self._closed and len(self._all) < self.size:
                    # started now, so the next query finds it ready instead of waiting for its start-up
                    self._idle.append(self._start())
            self._cond.notify_all()

    def call(self, task: str, *args, client: str = "") -> Any:
        """Run the task named `task` (tasks.TASKS) for `client` (an address) in a worker and return its value.

        It waits at most the time limit for a free worker (ServerBusy past it) and runs at most the
        time limit (QueryTimeout, and the worker is killed); both are 503.
        """
        worker = self._acquire(time.monotonic() + self.time_limit, client)
        healthy = long = False
        started = time.monotonic()
        try:
            worker.wait_ready()
            deadline = time.monotonic() + self.time_limit
            worker.conn.send((task, args))
            if not worker.conn.poll(min(LONG_QUERY_S, self.time_limit)):
                if self.time_limit > LONG_QUERY_S:
                    long = self._enter_long()
                if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                    raise timeout_error(self.time_limit)
            status, value = worker.conn.recv()
            healthy = True
        except (EOFError, OSError):
            if self._closed:
                raise ServerBusy("the server is stopping") from None
            raise WorkerLost("the query worker stopped before it answered (out of memory?); narrow the "
                             "query or add a LIMIT") from None
        finally:
            if long:
                with self._cond:
                    self._long -= 1
            self._charge(client, time.monotonic() - started)
            self._release(worker, healthy)
        if status == "error":
            raise value
        return value

    def _enter_long(self) -> bool:
        """Take a place for a long query, or ServerBusy (and the worker is stopped) when none is free."""
        with self._cond:
            if self._long < self.long_slots:
                self._long += 1
                return True
        raise ServerBusy(f"the query ran over {LONG_QUERY_S:g} s while {self.long_slots} long queries were "
                         "running, the most this server runs at once, and was stopped; try again in a while, "
                         "or narrow it")

    def restart(self) -> None:
        """Replace every worker (the store changed): idle ones now, busy ones when they finish."""
        with self._cond:
            self.generation += 1
            for worker in self._idle:
                self._discard(worker)
            self._idle.clear()

    def close(self) -> None:
        """Kill every worker, busy or not; requests still waiting get 503."""
        with self._cond:
            self._closed = True
            workers = list(self._all)
            self._idle.clear()
            self._cond.notify_all()
        for worker in workers:
            worker.stop()
