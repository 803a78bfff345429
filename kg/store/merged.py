"""The merged graph: every fact of every other named graph once, the default graph queries read.

The embedded store keeps it in step with every write; reasoning rebuilds it after a run. Its
marks say whether it is whole and which graphs reasoning last covered.
"""

from __future__ import annotations

import hashlib
import uuid

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
# Written by a reasoning run, in the merged graph: which graphs of stated facts it reasoned over (a
# digest of their names). A write that changes a graph already there removes it, so reasoning can
# add the links of new graphs only when nothing else changed since (kg/reason_added.py).
REASONED_OVER = ox.NamedNode("https://w3id.org/ictsec/ontology#reasonedOver")
# Written with it: a name of its own for each reasoning run, so that answers kept after one run
# (kg/kept_answers.py) are not taken for those of a later run over the same graph names.
REASONING_RUN = ox.NamedNode("https://w3id.org/ictsec/ontology#reasoningRun")
REASONING_MARKS = (REASONED_OVER, REASONING_RUN)
FORGET_REASONED = " ;\n".join(f"DELETE WHERE {{ GRAPH {MERGED} {{ {MERGED} {mark} ?value }} }}"
                               for mark in REASONING_MARKS)


def fact_graphs(ox_store) -> list:
    """The named graphs of stated facts: all but the merged graph and the graphs reasoning writes."""
    return [g for g in ox_store.named_graphs() if g != MERGED and g not in DERIVED]


def graphs_digest(graphs) -> str:
    return hashlib.sha1("\n".join(sorted(g.value for g in graphs)).encode("utf-8")).hexdigest()


def _reasoned_update(digest: str) -> str:
    run = ox.Literal(uuid.uuid4().hex)
    return (f"{FORGET_REASONED} ;\nINSERT DATA {{ GRAPH {MERGED} {{ {MERGED} {REASONED_OVER} {ox.Literal(digest)} . "
            f"{MERGED} {REASONING_RUN} {run} }} }}")


def reasoned_over(ox_store) -> str | None:
    """The digest a reasoning run left (`REASONED_OVER`), if nothing has changed a graph since."""
    found = next(ox_store.quads_for_pattern(MERGED, REASONED_OVER, None, MERGED), None)
    return found.object.value if found is not None else None


def reasoning_run(ox_store) -> str | None:
    """The name of the reasoning run whose results the store holds now, if it holds nothing newer:
    no graph changed since (which removes the marks) and none was added (the digest still matches)."""
    run = next(ox_store.quads_for_pattern(MERGED, REASONING_RUN, None, MERGED), None)
    if run is None or not merged_ready(ox_store) or reasoned_over(ox_store) != graphs_digest(fact_graphs(ox_store)):
        return None
    return run.object.value


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
