"""Inferred links: the ontology's inverse, sub-property and chain axioms as SPARQL rules.

`materialise(store)` rebuilds graph `id:graph/inferred` (docs/graph-model.md,
"Inferred links"). HermiT derives the same links from ontology/ictsec.ttl, but
an OWL reasoner does not scale to the whole graph; these rules are plain
SPARQL, so they run inside Oxigraph or any SPARQL 1.1 server, and a test checks
them against HermiT on a sample.

On disk the rules run on an in-memory copy of the facts they read and the
store receives the difference in one transaction (see `_materialise_on_disk`).
Elsewhere, why it is atomic: the first pass is a single update request (DROP the inferred
graph, then every rule in order), which Oxigraph applies as one transaction.
The rules are ordered so that each one reads only links made by earlier ones
(inverse and roll-ups first, then chains, then super-properties), so one pass
reaches the fixpoint; further passes only run if a pass still added something
(a safety net should a rule be added out of order).

Rules read every graph through `GRAPH ?g` rather than the default graph, because
an update's default graph is the store's own default graph, not the union.
"""

from __future__ import annotations

import re

import pyoxigraph as ox
from rdflib import URIRef

from kg.namespaces import GRAPH_INFERRED, ICT
from kg.store import MERGED, Store

# (name, what it derives, its WHERE body). Each rule inserts `?s <p> ?o` into the inferred graph.
RULES: list[tuple[str, str, str]] = [
    ("hasAgency", "?s ict:hasAgency ?o", "GRAPH ?g { ?o ict:agencyOf ?s }"),
    ("agencyOf", "?s ict:agencyOf ?o", "GRAPH ?g { ?o ict:hasAgency ?s }"),
    ("hasMeeting", "?s ict:hasMeeting ?o", "GRAPH ?g { ?o ict:ofForum ?s }"),
    ("ofForum", "?s ict:ofForum ?o", "GRAPH ?g { ?o ict:hasMeeting ?s }"),
    ("chairs", "?s ict:chairs ?o", "GRAPH ?g { ?o ict:chairPerson ?s }"),
    ("memberAgencyOf", "?s ict:memberAgencyOf ?o", "GRAPH ?g { ?o ict:hasMemberAgency ?s }"),
    # participation: stated, through a delegation, then rolled up from agencies to their state
    ("tookPartIn (inverse)", "?s ict:tookPartIn ?o", "GRAPH ?g { ?o ict:hasParticipant ?s }"),
    ("tookPartIn (delegation)", "?s ict:tookPartIn ?o",
     "GRAPH ?g1 { ?d ict:hasMemberAgency ?s } GRAPH ?g2 { ?d ict:atMeeting ?o }"),
    ("tookPartIn (agency roll-up)", "?s ict:tookPartIn ?o",
     "GRAPH ?g1 { ?a ict:agencyOf ?s } GRAPH ?g2 { ?a ict:tookPartIn ?o }"),
    ("hasParticipant (inverse)", "?s ict:hasParticipant ?o", "GRAPH ?g { ?o ict:tookPartIn ?s }"),
    # chains through the meeting
    ("engagedIn", "?s ict:engagedIn ?o",
     "GRAPH ?g1 { ?s ict:tookPartIn ?m } GRAPH ?g2 { ?m ict:ofForum ?o }"),
    ("associatedWith", "?s ict:associatedWith ?o",
     "GRAPH ?g1 { ?s ict:tookPartIn ?m } GRAPH ?g2 { ?m ict:linkedToProcess ?o }"),
    ("linkedWith (engagedIn)", "?s ict:linkedWith ?o", "GRAPH ?g { ?s ict:engagedIn ?o }"),
    ("linkedWith (associatedWith)", "?s ict:linkedWith ?o", "GRAPH ?g { ?s ict:associatedWith ?o }"),
    ("linkedWith (agency roll-up)", "?s ict:linkedWith ?o",
     "GRAPH ?g1 { ?a ict:agencyOf ?s } GRAPH ?g2 { ?a ict:linkedWith ?o }"),
    ("chaired", "?s ict:chaired ?o",
     "GRAPH ?g1 { ?c ict:chairPerson ?s } GRAPH ?g2 { ?c ict:chairOf ?o }"),
]

MAX_PASSES = 5

# Every predicate a rule reads: the embedded store copies just these into memory.
READ_PREDICATES = sorted({m for _, _, body in RULES for m in re.findall(r"ict:(\w+)", body)})


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


def materialise(store) -> int:
    """Rebuild `id:graph/inferred` from the other graphs, then the merged graph that queries read
    (every graph's facts once, kg/store.py); returns the number of inferred triples."""
    target = f"<{GRAPH_INFERRED}>"
    if not isinstance(store, Store):
        # A server: run the rules where the data is; the first pass is one request
        # (DROP + every rule), so readers never see a half graph.
        count = _fixpoint(store, target, first=f"DROP SILENT GRAPH {target} ;\n")
        store.flush()
        return count
    # The merged graph repeats the inferred one: rules must not read last run's links back from it,
    # and it is rebuilt with the new links once they are made.
    store.drop_merged()
    if store.path is None:
        count = _fixpoint(store, target, first=f"DROP SILENT GRAPH {target} ;\n")
    else:
        count = _materialise_on_disk(store, target)
    store.rebuild_merged()
    store.flush()
    return count


def _materialise_on_disk(store: Store, target: str) -> int:
    """Rules on an in-memory copy of the facts they read, then one transaction on disk.

    Oxigraph on disk evaluates INSERT ... WHERE about ten times slower than in
    memory, so the facts the rules read are copied to memory (index scans), the
    rules run there, and the disk store receives only the difference from its
    current inferred graph, as one DELETE DATA + INSERT DATA request; a first
    run (no inferred graph yet) adds everything with one transactional extend.
    """
    inferred = ox.NamedNode(str(GRAPH_INFERRED))
    scratch = ox.Store()
    facts = ox.NamedNode(str(GRAPH_INFERRED) + "/facts")
    for name in READ_PREDICATES:
        pred = ox.NamedNode(str(ICT[name]))
        scratch.extend(ox.Quad(q.subject, q.predicate, q.object, facts)
                       for q in store._ox.quads_for_pattern(None, pred, None, None)
                       if q.graph_name not in (inferred, MERGED))
    memory = Store(None)
    memory._ox = scratch
    count = _fixpoint(memory, target)
    new = {q.triple for q in scratch.quads_for_pattern(None, None, None, inferred)}
    old = {q.triple for q in store._ox.quads_for_pattern(None, None, None, inferred)}
    if not old:
        store._ox.extend(ox.Quad(t.subject, t.predicate, t.object, inferred) for t in new)
    elif old != new:
        def data(triples):
            return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")

        store.update(f"DELETE DATA {{ GRAPH {target} {{\n{data(old - new)}}} }} ;\n"
                     f"INSERT DATA {{ GRAPH {target} {{\n{data(new - old)}}} }}")
    store.flush()
    return count
