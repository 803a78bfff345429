"""The same inputs give the same graphs: examples/announcements ingested and reasoned over, compared
with a snapshot committed before the store and reasoning moved into their packages (issue #18).

A reorganisation of the code must not change what the graph holds. The snapshot is every
announcement's named graph, the inferred links and the link strengths, as sorted N-Quads
(`tests/fixtures/examples-graphs.nq`), so the comparison is canonical, not byte order of a
serialiser. Left out: the vocabulary and ontology graphs (copies of files under ontology/) and
the merged graph (a copy of the others).

Normalised, and only this: each announcement's `ict:contentHash` value. It hashes the extractor's
fingerprint, which is a digest of the extraction code's own files (`Resources.fingerprint`), so it
changes when any line of that code moves although no fact does. The graphs hold no blank nodes
and no timestamps (a test below keeps it so; were either added, compare graphs by isomorphism).

A change that is meant to change the facts regenerates the snapshot, and its diff shows what
changed: `ICTKG_UPDATE_SNAPSHOT=1 .venv/bin/python -m pytest tests/test_examples_graphs.py`.
"""

import os
import re
from pathlib import Path

import pytest
from rdflib import BNode, Graph, URIRef

from kg.ingest import ingest
from kg.namespaces import GRAPH_INFERRED, GRAPH_ONTOLOGY, GRAPH_STRENGTHS, GRAPH_VOCAB, ICT
from kg.read import read_paths
from kg.reason import materialise
from kg.store import open_store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "announcements"
SNAPSHOT = Path(__file__).parent / "fixtures" / "examples-graphs.nq"
CONTENT_HASH = re.compile(rf'^(\S+ <{re.escape(str(ICT.contentHash))}> )"[0-9a-f]+"( \S+ \.)$')
LEFT_OUT = {GRAPH_VOCAB, GRAPH_ONTOLOGY}


def _normalised(line: str) -> str:
    return CONTENT_HASH.sub(r'\1"(content hash)"\2', line)


@pytest.fixture(scope="module")
def example_quads() -> list[str]:
    store = open_store(memory=True)
    report = ingest(read_paths([str(EXAMPLES)]), store)
    assert report.ok, report.problems
    materialise(store)
    lines = []
    for graph in store.graphs():
        if graph in LEFT_OUT:
            continue
        g = Graph()
        for triple in store.triples_in(graph):
            assert not any(isinstance(t, BNode) for t in triple), (graph, triple)
            g.add(triple)
        # N-Triples rows (one line each, escaped as the format says), the graph's name put before the dot
        lines += [_normalised(f"{row[:-2]} {URIRef(graph).n3()} .")
                  for row in g.serialize(format="nt").splitlines() if row.strip()]
    return sorted(lines)


def test_examples_give_the_graphs_of_the_snapshot(example_quads):
    if os.environ.get("ICTKG_UPDATE_SNAPSHOT"):
        SNAPSHOT.write_text("".join(line + "\n" for line in example_quads), encoding="utf-8")
    expected = SNAPSHOT.read_text(encoding="utf-8").splitlines()
    missing = sorted(set(expected) - set(example_quads))
    extra = sorted(set(example_quads) - set(expected))
    assert not missing and not extra, (
        f"{len(missing)} quads missing, {len(extra)} new; first missing: {missing[:5]}; first new: {extra[:5]}")
    assert example_quads == expected  # duplicates too


def test_snapshot_covers_announcements_and_reasoning(example_quads):
    graphs = {line.rsplit(" ", 2)[1] for line in example_quads}
    assert URIRef(GRAPH_INFERRED).n3() in graphs and URIRef(GRAPH_STRENGTHS).n3() in graphs
    announcements = [g for g in graphs if "/graph/announcement/" in g]
    assert len(announcements) == len([p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html")])


def test_graphs_hold_no_timestamps(example_quads):
    # A time of extraction would differ run to run and the snapshot would need normalising for it.
    assert not [line for line in example_quads if "dateTime>" in line or "generatedAtTime" in line]
