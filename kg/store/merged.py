"""The merged graph: every fact of every other named graph once, the default graph queries read.

The embedded store keeps it in step with every write; reasoning rebuilds it after a run. It also
holds the store's notes about the graphs (`stamp_update`): whether it is whole, and what reasoning
last covered.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.namespaces import GRAPH_INFERRED, GRAPH_MERGED, GRAPH_STRENGTHS

MERGED = ox.NamedNode(str(GRAPH_MERGED))
# Written last by a rebuild: a merged graph without it (a rebuild that was killed) is not read. Its value
# names what the graph holds: one built before it held every graph (it held the announcements' facts
# only, marked `true`) is not read either, so a store made by an older version answers from the plain
# union until `ictkg reason` rebuilds it, instead of missing vocabulary and inferred facts.
MERGED_COMPLETE = ox.Quad(MERGED, ox.NamedNode("https://w3id.org/ictsec/ontology#complete"),
                          ox.Literal("every graph"), MERGED)


def merged_ready(ox_store) -> bool:
    return MERGED_COMPLETE in ox_store


# The graphs `ictkg reason` writes; every other named graph (but the merged one) holds stated facts.
DERIVED = (ox.NamedNode(str(GRAPH_INFERRED)), ox.NamedNode(str(GRAPH_STRENGTHS)))
# Notes about the graphs of stated facts, kept in the merged graph as `<merged> <p> value`. Every write
# that changes a graph of stated facts removes them all in its own transaction, so a note is true of
# the graphs as they are, or absent. The store does not read them; reasoning writes which graphs it
# covered and which run it was (kg/reason/marks.py).
FORGET_STAMPS = (f"DELETE {{ GRAPH {MERGED} {{ {MERGED} ?p ?value }} }} WHERE {{ GRAPH {MERGED} "
                 f"{{ {MERGED} ?p ?value FILTER(?p != {MERGED_COMPLETE.predicate}) }} }}")


def stamp_update(stamps: dict) -> str:
    """A SPARQL Update that replaces every note with `stamps` ({pyoxigraph predicate: Literal})."""
    notes = " ".join(f"{MERGED} {p} {value} ." for p, value in stamps.items())
    return f"{FORGET_STAMPS} ;\nINSERT DATA {{ GRAPH {MERGED} {{ {notes} }} }}"


def stated_graphs(ox_store) -> list:
    """The named graphs of stated facts: all but the merged graph and the graphs reasoning writes."""
    return [g for g in ox_store.named_graphs() if g != MERGED and g not in DERIVED]


def stamp_value(ox_store, predicate) -> str | None:
    found = next(ox_store.quads_for_pattern(MERGED, predicate, None, MERGED), None)
    return found.object.value if found is not None else None


def default_view(ox_store) -> dict:
    """The default graph queries read: the merged graph, which holds every fact of every other graph
    once (announcements, vocabularies, inferred links, ontology). One graph, not a list of them:
    Oxigraph answers a pattern over a list of default graphs with one index lookup per graph and
    repeats a fact stated in several, which made per-entity questions 4-5 times slower on disk.
    Before the merged graph is first built (`ictkg reason`), or right after a graph was replaced or
    removed, it is the plain union of all graphs."""
    if not merged_ready(ox_store):
        return {"use_default_graph_as_union": True}
    return {"default_graph": [MERGED]}


def with_merged_copies(nquads: bytes) -> bytes:
    """N-Quads of new graphs, each quad repeated in the merged graph (same transaction)."""
    out = [nquads]
    merged = f"<{GRAPH_MERGED}> ."
    for line in nquads.decode("utf-8").splitlines():
        if line.strip():
            head, _graph, _dot = line.rsplit(" ", 2)  # Oxigraph writes one quad a line, graph last
            out.append(f"{head} {merged}\n".encode())
    return b"".join(out)
