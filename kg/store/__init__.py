"""Where the graph lives: an embedded Oxigraph store (on disk or in memory) or a SPARQL 1.1 server.

Every store speaks rdflib terms in and out, so the stages never see pyoxigraph
or JSON result types. The same API is served by:

- `Store`: embedded Oxigraph. On disk a writer holds an exclusive lock
  (`PATH/.ictkg.lock`) so a second writer fails at once with "store in use";
  readers open a read-only snapshot (`pyoxigraph.Store.read_only`) and take no
  lock, so `ictkg who` answers while an ingest runs.
- `RemoteStore`: any SPARQL 1.1 server (Virtuoso, Fuseki, ...) through the
  SPARQL 1.1 Protocol and, when given, the Graph Store Protocol.

Values are bound, never pasted. Oxigraph's native `substitutions=` refuses a
variable that the SELECT does not project, and a remote server has no
substitution API at all; in both cases the bound values go in as a `VALUES`
block at the start of the query's WHERE group, each term written by rdflib's
`n3()` (which escapes literals and refuses malformed IRIs). The query text
itself is never built from a value.
"""

from kg.store.embedded import DATASET_FORMATS, KEPT_FOLDER, RDF_FORMATS, GraphChange, Store, query_bound
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
    "DATASET_FORMATS", "DEFAULT_STORE", "DERIVED", "KEPT_FOLDER", "LOCK_NAME", "MERGED", "MERGED_COMPLETE",
    "RDF_FORMATS", "GraphChange", "RemoteStore", "Row", "Store", "StoreInUse", "TextRow", "Triple",
    "default_store_path", "default_view", "from_json", "from_ox", "merged_ready", "n_triples", "nquads",
    "open_store", "query_bound", "quads", "term_converter", "to_ox", "with_merged_copies",
]
