"""Where the graph lives: an embedded Oxigraph store (on disk or in memory) or a SPARQL 1.1 server,
behind one interface (interface.py) that speaks rdflib terms in and out, so the stages never see
pyoxigraph or JSON result types.

- embedded.py: `Store`, Oxigraph. On disk a writer holds an exclusive lock (locking.py) so a second
  writer fails at once with "store in use"; readers open a read-only snapshot and take no lock, so
  `ictkg who` answers while an ingest runs. It keeps the merged graph that queries read (merged.py).
- remote.py: `RemoteStore`, any SPARQL 1.1 server (Virtuoso, Fuseki, ...) through the SPARQL 1.1
  Protocol and, when given, the Graph Store Protocol.
- opening.py: `open_store`, one or the other from the command line's options.
- terms.py: rdflib <-> pyoxigraph and SPARQL JSON terms; sparql_text.py: values bound as Oxigraph
  substitutions or a VALUES block, never pasted into the query text; ordering.py: a trailing ORDER
  BY sorted in Python (Oxigraph's on-disk sort reads strings from disk again at each comparison).
"""

from kg.store.embedded import DATASET_FORMATS, KEPT_FOLDER, RDF_FORMATS, GraphChange, Store, query_bound
from kg.store.interface import GraphStore, MergedGraphStore
from kg.store.locking import LOCK_NAME, StoreInUse
from kg.store.merged import (
    DERIVED,
    MERGED,
    MERGED_COMPLETE,
    default_view,
    merged_ready,
    with_merged_copies,
)
from kg.store.opening import DEFAULT_STORE, default_store_path, open_store, quads
from kg.store.remote import RemoteStore
from kg.store.terms import (
    Row,
    TextRow,
    Triple,
    from_json,
    from_ox,
    n_triples,
    nquads,
    term_converter,
    to_ox,
)

__all__ = [
    "DATASET_FORMATS", "DEFAULT_STORE", "GraphStore", "MergedGraphStore", "DERIVED", "KEPT_FOLDER", "LOCK_NAME", "MERGED", "MERGED_COMPLETE",
    "RDF_FORMATS", "GraphChange", "RemoteStore", "Row", "Store", "StoreInUse", "TextRow", "Triple",
    "default_store_path", "default_view", "from_json", "from_ox", "merged_ready", "n_triples", "nquads",
    "open_store", "query_bound", "quads", "term_converter", "to_ox", "with_merged_copies",
]
