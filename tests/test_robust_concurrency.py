"""Concurrent use: `ictkg who`, `query` and `sparql` keep answering while `ictkg ingest` runs in another
process; a second writer is refused at once with one "store in use" line; nothing is corrupted."""

import json
import time

import pytest
from click.testing import CliRunner
from hostile.generate import write_announcements_jsonl
from hostile.stores import announcement_graphs, expected_graphs, start_ingest, wait_for

from kg.cli import cli
from kg.ingest import BATCH, default_resources, ingest
from kg.read import read_paths
from kg.reason import materialise
from kg.store import open_store

FIRST, MORE = 60, 1200
IN_USE = "is in use by another ictkg process; wait for it to finish or open it read-only"
COUNT = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a ict:Announcement }"


def _base_store(tmp_path):
    """A store that already answers `who` (ingested and reasoned), and a second bundle to add to it."""
    first = write_announcements_jsonl(tmp_path / "first.jsonl", FIRST)
    more = write_announcements_jsonl(tmp_path / "more.jsonl", MORE, start=FIRST)
    store_dir = tmp_path / "store"
    with open_store(store_dir) as store:
        ingest(read_paths([str(first)]), store, res=default_resources())
        materialise(store)
    return first, more, store_dir


def _ask(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.slow
def test_readers_answer_and_a_second_writer_is_refused_while_an_ingest_runs(tmp_path):
    first, more, store_dir = _base_store(tmp_path)
    store = ["--store", store_dir]
    proc = start_ingest(more, store_dir)
    seen, refused, slowest = [], [], 0.0
    try:
        wait_for(proc, store_dir, FIRST + BATCH)
        while proc.poll() is None:
            started = time.monotonic()
            announcements = int(_ask("sparql", COUNT, "--format", "json", *store)[0]["n"])
            who = _ask("who", "МИД России", "--format", "json", *store)
            rows = _ask("query", "cq1", "--param", "agency=МИД России", "--format", "json", *store)
            seen.append((announcements, len(who["meetings"]), len(rows)))
            slowest = max(slowest, time.monotonic() - started)
            if len(refused) < 2:
                command = ["ingest", first, "--no-reason"] if not refused else ["reason"]
                result = CliRunner().invoke(cli, [str(a) for a in command + store])
                refused.append((result.exit_code, result.output.strip()))
        out, err = proc.communicate(timeout=300)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == 0, err[-2000:]
    assert len(seen) >= 3, "the ingest ended before the readers could overlap it"
    counts = [n for n, _, _ in seen]
    assert counts == sorted(counts) and FIRST < counts[-1] <= FIRST + MORE  # each answer a consistent snapshot
    assert all(who > 0 and rows > 0 for _, who, rows in seen)
    # A snapshot replays the writer's unflushed log: ingest flushes it every FLUSH_EVERY announcements,
    # so answers stay quick (without, they took a minute and more here by 3,000 announcements).
    assert slowest < 15, f"three read-only commands took {slowest:.1f} s during the ingest"
    assert [code for code, _ in refused] == [1, 1]
    for _, line in refused:
        assert "\n" not in line and line.startswith("Error: [E002] store ") and line.endswith(IN_USE)

    expected = expected_graphs(first) | expected_graphs(more)
    with open_store(store_dir, read_only=True) as done:
        graphs = announcement_graphs(done)
        assert sorted(graphs) == sorted(expected)
        for g in graphs[::25]:
            assert set(done.triples_in(g)) == expected[g]


def test_a_second_writer_fails_at_once_and_the_first_keeps_writing(tmp_path):
    first, _, store_dir = _base_store(tmp_path)
    with open_store(store_dir) as writer:
        result = CliRunner().invoke(cli, ["ingest", str(first), "--store", str(store_dir), "--no-reason"])
        assert result.exit_code == 1 and result.output.strip().endswith(IN_USE)
        writer.drop_graph(announcement_graphs(writer)[0])  # the first writer is unaffected
    with open_store(store_dir, read_only=True) as store:
        assert len(announcement_graphs(store)) == FIRST - 1


@pytest.mark.parametrize("command", [["viz", "--out", "{tmp}/g.html"], ["analyze", "--out", "{tmp}/analysis"],
                                     ["report", "--out", "{tmp}/report"], ["path", "RUS", "CHN"]])
def test_pictures_and_analysis_answer_while_an_ingest_holds_the_store(tmp_path, command):
    _, _, store_dir = _base_store(tmp_path)
    with open_store(store_dir):  # what a running ingest holds
        args = [a.format(tmp=tmp_path) for a in command] + ["--store", str(store_dir)]
        result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
