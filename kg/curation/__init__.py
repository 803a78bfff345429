"""Analysts curate what the extractor does not know: the candidate queue, decisions on it, and the
analyst's vocabulary that travels with the store (docs/curation.md).

- `queue`: every candidate entity with its announcements, sentences and suggested known matches;
- `decisions`: accept, merge, reject and undo, each kept with PROV-O; the graph follows at once;
- `vocabulary`: the store's analyst vocabulary graph, read for ingest, exported and imported.
"""

from kg.namespaces import ID

# The analyst's own entities and aliases: read by every later ingest into the store, exported and
# imported as Turtle (`ictkg vocab`).
GRAPH_ANALYST_VOCAB = ID["graph/analyst-vocab"]
# Every decision (PROV-O activities) with what it changed, so that it can be listed and undone.
GRAPH_DECISIONS = ID["graph/analyst-decisions"]


class CurationError(ValueError):
    """A decision that cannot be made as asked; the message says what to do instead."""
