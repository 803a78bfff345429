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
from kg.reason.rules import MAX_PASSES, READ_PREDICATES, RULES, STRENGTHS
from kg.store import DERIVED, MERGED, Store, merged_ready


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
    merged graph that queries read (every graph's facts once, kg/store.py); returns the number of
    inferred triples.

    `added`: graphs that are new since the last run. When nothing else changed, the embedded store
    only adds what they bring (kg/reason/added.py); the result is the same."""
    if added is not None and isinstance(store, Store):
        count = reason_added(store, added)
        if count is not None:
            store.flush()
            return count
    target = f"<{GRAPH_INFERRED}>"
    strengths = f"DROP SILENT GRAPH <{GRAPH_STRENGTHS}> ;\n{STRENGTHS}"
    if not isinstance(store, Store):
        # A server: run the rules where the data is; the first pass is one request
        # (DROP + every rule), so readers never see a half graph; the strengths are another.
        count = _fixpoint(store, target, first=f"DROP SILENT GRAPH {target} ;\n")
        store.update(strengths)
        store.flush()
        return count
    store.forget_reasoned()  # until this run is done, a later one must not build on it
    if store.path is not None:
        count = _materialise_on_disk(store, target)
    else:
        # The merged graph repeats the inferred one: rules must not read last run's links back from
        # it, and it is rebuilt with the new links once they are made.
        store.drop_merged()
        count = _fixpoint(store, target, first=f"DROP SILENT GRAPH {target} ;\n")
        store.update(strengths)
        store.rebuild_merged()
    store.mark_reasoned()
    store.flush()
    return count


def _materialise_on_disk(store: Store, target: str) -> int:
    """Rules on an in-memory copy of the facts they read, then the difference written to disk.

    Oxigraph on disk evaluates INSERT ... WHERE about ten times slower than in
    memory, so the facts the rules read are copied to memory (index scans; the
    copy leaves out the merged graph and last run's links), the rules and the
    strengths run there, and the store receives only the difference from its
    current inferred and strengths graphs, in one transaction that also keeps
    the merged graph in step (`Store.rewrite_graphs`).

    A graph that is not on disk yet (a first run) is bulk-loaded instead, and the
    merged graph rebuilt after: as one transaction, the 1.76M quads of the
    uniform benchmark graph at 1M triples took 69 s. A bulk load is not atomic:
    while it runs, or after a run killed half-way, queries see part of the new
    graph (before a first run they see none of it), and the next run completes
    it by adding the difference.
    """
    first = [g for g in DERIVED if next(store._ox.quads_for_pattern(None, None, None, g), None) is None]
    in_step = merged_ready(store._ox) and not first
    if not in_step:
        store.drop_merged()
    scratch = ox.Store()
    facts = ox.NamedNode(str(GRAPH_INFERRED) + "/facts")
    # Graph by graph, so the merged graph's copies are never read: skipping them as they came took
    # 7.6 s instead of 1.9 s on the uniform benchmark graph at 1M triples.
    predicates = [ox.NamedNode(str(ICT[name])) for name in READ_PREDICATES]
    for graph in [ox.DefaultGraph(), *store._ox.named_graphs()]:
        if graph not in (*DERIVED, MERGED):
            scratch.extend(ox.Quad(q.subject, q.predicate, q.object, facts)
                           for pred in predicates for q in store._ox.quads_for_pattern(None, pred, None, graph))
    memory = Store(None)
    memory._ox = scratch
    count = _fixpoint(memory, target)
    memory.update(STRENGTHS)
    for graph in first:
        store._ox.bulk_extend(scratch.quads_for_pattern(None, None, None, graph))
    store.rewrite_graphs({g: {q.triple for q in scratch.quads_for_pattern(None, None, None, g)}
                          for g in DERIVED if g not in first})
    if not in_step:
        store.rebuild_merged()
    return count
