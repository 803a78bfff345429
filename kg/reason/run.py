"""Inferred links: the ontology's inverse, sub-property and chain axioms as SPARQL rules.

`materialise(store)` rebuilds graph `id:graph/inferred` (docs/graph-model.md,
"Inferred links"). HermiT derives the same links from ontology/ictsec.ttl, but
an OWL reasoner does not scale to the whole graph; these rules are plain
SPARQL, so they run inside Oxigraph or any SPARQL 1.1 server, and a test checks
them against HermiT on a sample.

On disk the rules run on an in-memory copy of the facts they read and the
store receives the difference in one transaction, merged graph included, or a
bulk load when the graph is made for the first time (see `_materialise_on_disk`).
Elsewhere, why it is atomic: the first pass is a single update request (DROP the inferred
graph, then every rule in order), which Oxigraph applies as one transaction.
The rules are ordered so that each one reads only links made by earlier ones
(inverse and roll-ups first, then chains, then super-properties), so one pass
reaches the fixpoint; further passes only run if a pass still added something
(a safety net should a rule be added out of order).

After the rules, `id:graph/link-strengths` is rebuilt from the links they made:
one `ict:LinkStrength` per `ict:engagedIn` and `ict:associatedWith` link, with
the number of distinct meetings behind it and of announcements reporting them.

Rules read every graph through `GRAPH ?g` rather than the default graph, because
an update's default graph is the store's own default graph, not the union.

`ictkg ingest` passes the graphs it added: when nothing else changed since the
last run, the embedded store runs the same rules from their facts only
(kg/reason/added.py).
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import URIRef

from kg.namespaces import GRAPH_INFERRED, GRAPH_STRENGTHS, ICT
from kg.reason.added import reason_added
from kg.reason.marks import forget_reasoned, mark_reasoned
from kg.reason.rules import MAX_PASSES, READ_PREDICATES, RULES, STRENGTHS
from kg.store import DERIVED


def _pass(target: str) -> str:
    return " ;\n".join(f"INSERT {{ GRAPH {target} {{ {head} }} }} WHERE {{ {body} }}" for _, head, body in RULES)


def _fixpoint(store, target: str, first: str = "") -> int:
    store.update(first + _pass(target))
    count = store.count_in(URIRef(target[1:-1]))
    for _ in range(MAX_PASSES):
        store.update(_pass(target))
        again = store.count_in(URIRef(target[1:-1]))
        if again == count:
            break
        count = again
    return count


def materialise(store, added: list | None = None) -> int:
    """Rebuild `id:graph/inferred` and `id:graph/link-strengths` from the other graphs, then the
    merged graph that queries read (every graph's facts once, kg/store/merged.py); returns the number
    of inferred triples.

    `added`: graphs that are new since the last run. When nothing else changed, a store that keeps
    the merged graph only adds what they bring (kg/reason/added.py); the result is the same."""
    target = f"<{GRAPH_INFERRED}>"
    strengths = f"DROP SILENT GRAPH <{GRAPH_STRENGTHS}> ;\n{STRENGTHS}"
    if not store.keeps_merged_graph:
        # A server: run the rules where the data is; the first pass is one request
        # (DROP + every rule), so readers never see a half graph; the strengths are another.
        count = _fixpoint(store, target, first=f"DROP SILENT GRAPH {target} ;\n")
        store.update(strengths)
        store.flush()
        return count
    if added is not None:
        count = reason_added(store, added)
        if count is not None:
            store.flush()
            return count
    forget_reasoned(store)  # until this run is done, a later one must not build on it
    if store.path is not None:
        count = _materialise_on_disk(store, target)
    else:
        # The merged graph repeats the inferred one: rules must not read last run's links back from
        # it, and it is rebuilt with the new links once they are made.
        store.drop_merged()
        count = _fixpoint(store, target, first=f"DROP SILENT GRAPH {target} ;\n")
        store.update(strengths)
        store.rebuild_merged()
    mark_reasoned(store)
    store.flush()
    return count


def _materialise_on_disk(store, target: str) -> int:
    """Rules on an in-memory copy of the facts they read, then the difference written to disk.

    Oxigraph on disk evaluates INSERT ... WHERE about ten times slower than in
    memory, so the facts the rules read are copied to memory (index scans; the
    copy leaves out the merged graph and last run's links), the rules and the
    strengths run there, and the store receives only the difference from its
    current inferred and strengths graphs, in one transaction that also keeps
    the merged graph in step (`rewrite_graphs`).

    A graph that is not on disk yet (a first run) is bulk-loaded instead, and the
    merged graph rebuilt after: as one transaction, the 1.76M quads of the
    uniform benchmark graph at 1M triples took 69 s. A bulk load is not atomic:
    while it runs, or after a run killed half-way, queries see part of the new
    graph (before a first run they see none of it), and the next run completes
    it by adding the difference.
    """
    first = [g for g in DERIVED if store.is_empty(g)]
    in_step = store.merged_graph_ready() and not first
    if not in_step:
        store.drop_merged()
    predicates = [ox.NamedNode(str(ICT[name])) for name in READ_PREDICATES]
    scratch = store.scratch_copy(predicates, into=ox.NamedNode(str(GRAPH_INFERRED) + "/facts"))
    count = _fixpoint(scratch, target)
    scratch.update(STRENGTHS)
    for graph in first:
        store.bulk_add(scratch.match(graph=graph))
    store.rewrite_graphs({g: scratch.native_triples(g) for g in DERIVED if g not in first})
    if not in_step:
        store.rebuild_merged()
    return count
