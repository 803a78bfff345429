"""Running `ictkg ingest` as a separate process, and checking what it left in the store."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from rdflib import URIRef

from kg.ingest import Processed, default_resources, process
from kg.read import read_paths
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[2]
ANNOUNCEMENT_GRAPH = "https://w3id.org/ictsec/id/graph/announcement/"


def start_ingest(source: Path, store_dir: Path, *extra: str) -> subprocess.Popen:
    """`ictkg ingest SOURCE --store STORE_DIR --no-reason` in its own process (as a user runs it)."""
    return subprocess.Popen([sys.executable, "-m", "kg.cli", "ingest", str(source), "--store", str(store_dir),
                             "--no-reason", *extra], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def announcement_graphs(store) -> list[URIRef]:
    return [g for g in store.graphs() if str(g).startswith(ANNOUNCEMENT_GRAPH)]


def stored_count(store_dir: Path) -> int:
    """Announcement graphs in the store, read from a read-only snapshot (0 while there is no store yet)."""
    try:
        with open_store(store_dir, read_only=True) as store:
            return len(announcement_graphs(store))
    except FileNotFoundError:
        return 0


def wait_for(proc: subprocess.Popen, store_dir: Path, graphs: int, timeout: float = 120.0) -> int:
    """Poll until at least `graphs` announcement graphs are stored; the count seen then."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        n = stored_count(store_dir)
        if n >= graphs:
            return n
        if proc.poll() is not None:
            raise AssertionError(f"ingest ended early ({proc.returncode}): {proc.stderr.read()[-2000:]}")
        time.sleep(0.05)
    raise AssertionError(f"fewer than {graphs} graphs after {timeout} s")


def expected_graphs(source: Path) -> dict[URIRef, set]:
    """What a clean ingest writes for each announcement of `source`: graph IRI -> its triples."""
    res = default_resources()
    out = {}
    for item in read_paths([str(source)]):
        result = process(item, res)
        assert isinstance(result, Processed), result
        out[result.graph] = set(result.triples)
    return out
