"""Reasoning over the stored graph: inferred links and link strengths from SPARQL rules (a full run,
or from new graphs only), and the answers of the named queries kept after each run.

`materialise(store)` is the entry point; `kg.reason.rules` holds the rules themselves.
"""

from kg.reason.rules import MAX_PASSES, READ_PREDICATES, RULES, STRENGTH_IRI_BASE, STRENGTHS
from kg.reason.run import materialise

__all__ = ["MAX_PASSES", "READ_PREDICATES", "RULES", "STRENGTHS", "STRENGTH_IRI_BASE", "materialise"]
