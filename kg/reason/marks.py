"""What a reasoning run leaves in the store, so later runs and kept answers know what it covered.

Two notes (the store's stamps, kg/store/merged.py, which any write of stated facts removes):
- `REASONED_OVER`: a digest of the names of the graphs of stated facts the run read. Reasoning can
  add the links of new graphs only (kg/reason/added.py) when nothing else changed since.
- `REASONING_RUN`: a name of its own for each run, so that answers kept after one run
  (kg/reason/kept_answers.py) are not taken for those of a later run over the same graph names.

A server store keeps no notes (other clients can change its graphs without removing one), so it
is never taken as reasoned over and keeps no answers.
"""

from __future__ import annotations

import hashlib
import uuid

import pyoxigraph as ox

REASONED_OVER = ox.NamedNode("https://w3id.org/ictsec/ontology#reasonedOver")
REASONING_RUN = ox.NamedNode("https://w3id.org/ictsec/ontology#reasoningRun")
REASONING_MARKS = (REASONED_OVER, REASONING_RUN)


def graphs_digest(graphs) -> str:
    """A digest of graph names (pyoxigraph NamedNodes), in any order."""
    return hashlib.sha1("\n".join(sorted(g.value for g in graphs)).encode("utf-8")).hexdigest()


def reasoned_marks(digest: str) -> dict:
    """The notes of a run that read the graphs whose names digest to `digest`."""
    return {REASONED_OVER: ox.Literal(digest), REASONING_RUN: ox.Literal(uuid.uuid4().hex)}


def mark_reasoned(store) -> None:
    """Record that reasoning has covered every graph of stated facts now in the store."""
    store.stamp(reasoned_marks(graphs_digest(store.stated_graphs())))


def forget_reasoned(store) -> None:
    """Until the run under way is done, a later one must not build on the last."""
    store.forget_stamps()


def reasoned_over(store) -> str | None:
    """The digest the last run left, if nothing has changed a graph since."""
    return store.stamp_value(REASONED_OVER)


def reasoning_run(store) -> str | None:
    """The name of the reasoning run whose results the store holds now, if it holds nothing newer:
    no graph changed since (which removes the notes) and none was added (the digest still matches)."""
    run = store.stamp_value(REASONING_RUN)
    if run is None or not store.merged_graph_ready() or reasoned_over(store) != graphs_digest(store.stated_graphs()):
        return None
    return run
