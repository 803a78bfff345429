"""Crash safety: an ingest killed with SIGKILL mid-way leaves every stored announcement whole, the
store opens at once (a dead process holds no lock), and rerunning the same ingest completes with
nothing duplicated."""

import fcntl
import os
import signal

import pytest
from hostile.generate import write_announcements_jsonl
from hostile.stores import announcement_graphs, expected_graphs, start_ingest, wait_for

from kg.ingest import BATCH, default_resources, ingest
from kg.read import read_paths
from kg.store import LOCK_NAME, open_store

TOTAL = 1000


@pytest.mark.slow
def test_an_ingest_killed_mid_way_loses_nothing_it_stored_and_reruns_cleanly(tmp_path):
    source = write_announcements_jsonl(tmp_path / "many.jsonl", TOTAL)
    store_dir = tmp_path / "store"
    proc = start_ingest(source, store_dir)
    try:
        wait_for(proc, store_dir, 2 * BATCH)
        assert proc.poll() is None, "the ingest finished before it could be killed; give it more input"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL

    # The lock file is still there, but an flock dies with its process: nothing holds it.
    lock = store_dir / LOCK_NAME
    assert lock.exists()
    fd = os.open(lock, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # raises BlockingIOError if "in use"
        fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)

    expected = expected_graphs(source)
    with open_store(store_dir) as store:  # the writer's open: no "store in use"
        stored = announcement_graphs(store)
        assert 2 * BATCH <= len(stored) < TOTAL
        assert len(stored) % BATCH == 0  # whole transactions of BATCH announcements, never part of one
        for g in stored:
            assert set(store.triples_in(g)) == expected[g], f"{g} is not whole"
        assert store.ask("ASK { ?m a ict:Meeting }")  # and it answers queries

    rerun = start_ingest(source, store_dir)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err[-2000:]
    assert f"read {TOTAL} announcements: {TOTAL - len(stored)} stored, {len(stored)} unchanged" in out

    clean = open_store(memory=True)
    ingest(read_paths([str(source)]), clean, res=default_resources())
    with open_store(store_dir, read_only=True) as store:
        assert len(store) == len(clean)
        assert sorted(announcement_graphs(store)) == sorted(expected)
        for g in stored[:: max(1, len(stored) // 20)]:  # a sample of the graphs that survived the kill
            assert set(store.triples_in(g)) == expected[g]
