"""Reasoning after an ingest into a large store: over the new announcements only, against a full run.

    .venv/bin/python bench/reason_added_bench.py [--size 1000000]

Builds a generated membership-shaped graph (bench/store_bench.py) in an on-disk
store, reasons over it, and ingests one example announcement (which also loads
the project's vocabularies). The store is then copied, and each batch below is
added to both copies: one reasons over the new graphs only
(`materialise(store, added=...)`, as `ictkg ingest` does), the other runs every
rule again (`ictkg reason`). Only reasoning is timed; afterwards the inferred,
link-strength and merged graphs of the two copies are compared.

Batches: one example announcement; 300 example announcements replicated under
new ids (they restate meetings the store has); 300 generated announcements of
meetings the store does not have (a different seed of the same generator).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import pyoxigraph as ox  # noqa: E402
from ingest_bench import make_bundle  # noqa: E402
from store_bench import TRIPLES_PER_ANNOUNCEMENT, synthetic_nquads  # noqa: E402

from kg.ingest import ingest  # noqa: E402
from kg.namespaces import GRAPH_INFERRED, GRAPH_STRENGTHS  # noqa: E402
from kg.read import read_paths  # noqa: E402
from kg.reason import materialise  # noqa: E402
from kg.reason.marks import REASONING_RUN  # noqa: E402
from kg.store import MERGED, open_store  # noqa: E402

EXAMPLES = ROOT / "examples" / "announcements"
VOCAB_TRIPLES = 8_250  # what the generator writes before the announcements


def graphs_of(store) -> dict:
    """The graphs reasoning writes, and the merged one, without blank nodes (the ontology's get new
    ones each time it is loaded), nor the name of the reasoning run, new each time."""
    return {name: {q.triple for q in store.match(graph=g)
                   if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)
                   and q.predicate != REASONING_RUN}
            for name, g in (("inferred", ox.NamedNode(str(GRAPH_INFERRED))),
                            ("strengths", ox.NamedNode(str(GRAPH_STRENGTHS))), ("merged", MERGED))}


def new_meetings(n: int) -> bytes:
    """N-Quads of about `n` generated announcements under keys the store does not have, drawn with
    another seed: their meetings fall on other days, so they are new."""
    nquads, _ = synthetic_nquads(VOCAB_TRIPLES + n * TRIPLES_PER_ANNOUNCEMENT, seed=8)
    return "".join(re.sub(r"announcement/a(\d+)", r"announcement/new\1", line) + "\n"
                   for line in nquads.splitlines() if "/graph/announcement/" in line).encode()


def add_batch(store, batch) -> list:
    """Store a batch as `ictkg ingest` would; the names of the graphs it added."""
    kind, items = batch
    if kind == "nquads":
        names = sorted({line.rsplit(" ", 2)[-2][1:-1] for line in items.decode().splitlines() if line})
        store.add_new_graphs(items)
        return names
    return ingest(read_paths([str(p) for p in items]), store).new_graphs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1_000_000)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="ictkg-bench-"))
    try:
        nquads, _ = synthetic_nquads(args.size)
        # the generated vocabulary in a graph of its own, so that loading the project's does not replace it
        nquads = nquads.replace("/graph/vocab>", "/graph/generated-vocab>")
        (tmp / "graph.nq").write_text(nquads, encoding="utf-8")
        store = open_store(tmp / "added")
        store.load(tmp / "graph.nq")
        materialise(store)
        ingest(read_paths([str(EXAMPLES / "en-amcc-singapore-2018.txt")]), store)
        materialise(store)
        triples = len(store)
        store.close()
        shutil.copytree(tmp / "added", tmp / "full")
        batches = {
            "1 example announcement": ("files", [EXAMPLES / "en-budapest-second-protocol-2022.txt"]),
            "300 example announcements, new ids": ("files", [make_bundle(300, tmp)]),
            "300 generated announcements, new meetings": ("nquads", new_meetings(300)),
        }
        rows = []
        for label, batch in batches.items():
            seconds = {}
            for mode in ("added", "full"):
                with open_store(tmp / mode) as s:
                    names = add_batch(s, batch)
                    t = time.perf_counter()
                    materialise(s, added=names if mode == "added" else None)
                    seconds[mode] = round(time.perf_counter() - t, 2)
            with open_store(tmp / "added") as a, open_store(tmp / "full") as f:
                same = graphs_of(a) == graphs_of(f)
            rows.append({"batch": label, "graphs": len(names), "added_s": seconds["added"],
                         "full_s": seconds["full"], "same_graphs": same})
            print(f"… {label}: {seconds}, same graphs: {same}", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    out = ROOT / "bench" / "results" / "reason-added.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"triples": triples, "rows": rows}, indent=2), encoding="utf-8")
    print(f"store of {triples:,} triples (membership shape, reasoned), one run each:\n")
    print("| batch | new graphs | reasoning over the new graphs | full reasoning | same graphs |")
    print("|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['batch']} | {r['graphs']} | {r['added_s']} s | {r['full_s']} s | {r['same_graphs']} |")
    sys.exit(0 if all(r["same_graphs"] for r in rows) else 1)


if __name__ == "__main__":
    main()
