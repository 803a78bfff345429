"""Time to build and write the network page for synthetic graphs of 2,000 and 5,000 nodes.

The graphs have the contract's shape (states, agencies, forums, processes, meetings with
participants, one announcement graph per meeting) and go through the real store, so the
times include the SPARQL reads. Run: .venv/bin/python bench/viz_bench.py [SIZES...]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SKOS, XSD

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.namespaces import GRAPH_VOCAB, ICT, ID, announcement_graph  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.use import network, viz  # noqa: E402


def synthetic_graphs(n_nodes: int, seed: int = 7) -> dict[URIRef, list[tuple]]:
    """Named graphs (vocabulary + one per announcement) whose network has about n_nodes nodes."""
    rnd = random.Random(seed)
    n_states = max(3, n_nodes // 40)
    n_forums = max(2, n_nodes // 100)
    n_agencies = n_states * 3
    n_meetings = max(1, n_nodes - n_states - n_forums - n_agencies)
    vocab: list[tuple] = []
    states = [ID[f"state/S{i:03d}"] for i in range(n_states)]
    for i, s in enumerate(states):
        vocab += [(s, RDF.type, ICT.State), (s, SKOS.prefLabel, Literal(f"State {i}", lang="en")),
                  (s, SKOS.prefLabel, Literal(f"Государство {i}", lang="ru"))]
    agencies = []
    for i in range(n_agencies):
        s = states[i % n_states]
        a = ID[f"agency/S{i % n_states:03d}/a{i}"]
        agencies.append(a)
        vocab += [(a, RDF.type, ICT.GovernmentAgency), (a, ICT.agencyOf, s),
                  (a, SKOS.prefLabel, Literal(f"Agency {i}", lang="en"))]
    forums = [ID[f"process/forum-{i}"] for i in range(n_forums)]
    for i, f in enumerate(forums):
        vocab += [(f, RDF.type, ICT.Process), (f, SKOS.prefLabel, Literal(f"Forum {i}", lang="en"))]
    graphs: dict[URIRef, list[tuple]] = {GRAPH_VOCAB: vocab}
    for i in range(n_meetings):
        key = f"bench-{i}"
        ann = ID[f"announcement/{key}"]
        forum = forums[i % n_forums]
        day = f"{2015 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        m = URIRef(f"{ID}meeting/forum-{i % n_forums}/{day}-{i}")
        triples = [(ann, RDF.type, ICT.Announcement), (ann, ICT.sourceName, Literal(f"{key}.txt")),
                   (ann, ICT.reports, m), (m, RDF.type, ICT.Meeting), (m, ICT.ofForum, forum),
                   (m, ICT.date, Literal(day, datatype=XSD.date))]
        for a in rnd.sample(agencies, k=min(len(agencies), rnd.randint(2, 5))):
            triples.append((m, ICT.hasParticipant, a))
        graphs[announcement_graph(key)] = triples
    return graphs


def load_store(n_nodes: int):
    store = open_store(memory=True)
    for graph, triples in synthetic_graphs(n_nodes).items():
        store.replace_graph(graph, triples)
    return store


def main(sizes: list[int]) -> None:
    print(f"{'nodes':>6} {'edges':>7} {'read s':>7} {'page s':>7} {'total s':>8} {'MB':>6}  physics")
    for n in sizes:
        store = load_store(n)
        t0 = time.perf_counter()
        net = network.build_network(store)
        t1 = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            page = viz.write_graph_page(store, Path(tmp) / "graph.html", network=net)
            t2 = time.perf_counter()
            size = page.stat().st_size / 1e6
        g = net.graph
        mode = "on, settles" if len(g) <= viz.PHYSICS_NODE_LIMIT else "off, precomputed"
        print(f"{len(g):>6} {g.number_of_edges():>7} {t1 - t0:>7.2f} {t2 - t1:>7.2f} {t2 - t0:>8.2f} "
              f"{size:>6.1f}  {mode}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [2000, 5000])
