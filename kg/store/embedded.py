"""The embedded store: Oxigraph on disk or in memory.

On disk a writer holds an exclusive lock (`PATH/.ictkg.lock`, kg/store/locking.py) so a second
writer fails at once with "store in use"; readers open a read-only snapshot
(`pyoxigraph.Store.read_only`) and take no lock, so `ictkg who` answers while an ingest runs.

Values are bound, never pasted. Oxigraph's native `substitutions=` refuses a variable that the
SELECT does not project; the bound values then go in as a `VALUES` block at the start of the
query's WHERE group, each term written by rdflib's `n3()` (which escapes literals and refuses
malformed IRIs). The query text itself is never built from a value.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Node

from kg.namespaces import PREFIXES
from kg.store.locking import StoreInUse, lock_writer, unlock_writer
from kg.store.merged import (
    DERIVED,
    FORGET_STAMPS,
    MERGED,
    MERGED_COMPLETE,
    default_view,
    merged_ready,
    stamp_update,
    stamp_value,
    stated_graphs,
    with_merged_copies,
)
from kg.store.ordering import sort_rows
from kg.store.sparql_text import bind_with_values, client_order
from kg.store.terms import Row, TextRow, Triple, from_ox, n_triples, term_converter, to_ox

KEPT_FOLDER = "kept-answers"  # inside the store's folder, which RocksDB shares with files it does not know

RDF_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
DATASET_FORMATS = {"trig", "nq", "jsonld"}


@dataclass
class GraphChange:
    """Triples (pyoxigraph) a graph gains and loses; `drop`: the graph goes, name and all."""

    added: set = field(default_factory=set)
    removed: set = field(default_factory=set)
    drop: bool = False


def query_bound(ox_store, sparql: str, bindings: dict[str, Node] | None, **kwargs):
    """`ox_store.query` with values bound: as Oxigraph substitutions when the query returns the
    bound variables (they then reach into sub-selects too, so an aggregate built from sub-selects
    stays a per-entity lookup), else joined in as a VALUES block."""
    if not bindings:
        return ox_store.query(sparql, **kwargs)
    subs = {ox.Variable(k): to_ox(v) for k, v in bindings.items()}
    try:
        return ox_store.query(sparql, substitutions=subs, **kwargs)
    except RuntimeError as exc:
        # Oxigraph substitutes only projected variables; join the rest in as VALUES instead.
        if "projection" not in str(exc):
            raise
        return ox_store.query(bind_with_values(sparql, bindings), **kwargs)


# A snapshot opened while a writer creates the store or rotates its files can fail ("Column family
# not found", a file compacted away): such a race clears within moments, so try again a few times.
READ_ONLY_ATTEMPTS = 8


def _open_read_only(path: Path):
    """`pyoxigraph.Store.read_only`, retried over about two seconds; OSError with one line if it never opens."""
    for attempt in range(READ_ONLY_ATTEMPTS):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:
            if attempt == READ_ONLY_ATTEMPTS - 1:
                raise OSError(f"cannot open the store read-only ({exc}); if an ingest is creating it, "
                              "try again in a moment") from None
            time.sleep(0.02 * 2 ** attempt)


def _with_blank_nodes(triples: set) -> bool:
    return any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples)


class Store:
    """An embedded Oxigraph store. `path=None` keeps everything in memory (tests)."""

    # Queries may run from several threads at once: Oxigraph evaluates them without holding Python's lock.
    concurrent_reads = True
    read_only = False  # set per store when it is opened

    def __init__(self, path: str | os.PathLike | None = None, *, read_only: bool = False):
        self.path = Path(path) if path else None
        self.read_only = bool(read_only and self.path)
        self._lock_fd: int | None = None
        self._prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
        self._kept_files: dict[str, bytes] = {}
        if self.path is None:
            self._ox = ox.Store()
        elif self.read_only:
            if not (self.path / "CURRENT").exists():
                raise FileNotFoundError(f"no store at {self.path}; build one with `ictkg ingest` first")
            self._ox = _open_read_only(self.path)
        else:
            self.path.mkdir(parents=True, exist_ok=True)
            self._lock_fd = lock_writer(self.path)
            try:
                self._ox = ox.Store(str(self.path))
            except OSError as exc:
                self._unlock()
                raise StoreInUse(f"store {self.path} is in use by another program ({exc})") from None

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            unlock_writer(self._lock_fd)
            self._lock_fd = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- reading

    def _view(self) -> dict:
        return default_view(self._ox)

    def _retrying(self, read):
        """Call `read()` (which runs a query and consumes its results), again on a fresh snapshot if
        the read-only one lost a file."""
        for attempt in range(3):
            try:
                return read()
            except OSError as exc:
                # A read-only snapshot can lose a file the writer compacts away while an ingest runs:
                # open a fresh snapshot and ask again.
                if not self.read_only or self.path is None or attempt == 2 or "No such file" not in str(exc):
                    raise
                self._ox = _open_read_only(self.path)

    def _run(self, sparql: str, bindings: dict[str, Node] | None):
        return query_bound(self._ox, sparql, bindings, prefixes=self._prefixes, **self._view())

    def select(self, sparql: str, bindings: dict[str, Node] | None = None) -> tuple[list[str], list[Row]]:
        """Run a SELECT over the union of all graphs: (column names, rows). A trailing ORDER BY on
        returned variables is done here rather than by Oxigraph, whose on-disk sort reads strings
        from disk again for each comparison (see `kg.store.ordering`)."""
        order = client_order(sparql)

        def read():
            res = self._run(order.query if order else sparql, bindings)
            names = [v.value for v in res.variables]
            sort_here = order and all(k.var in names for k in order.keys)
            if order and not sort_here:  # it sorts on a variable it does not return: the engine must
                res = self._run(sparql, bindings)
            convert = term_converter()
            rows = [dict(zip(names, map(convert, sol), strict=True)) for sol in res]
            if not sort_here:
                return names, rows
            rows = sort_rows(rows, order.keys)[order.offset:]
            return names, rows if order.limit is None else rows[:order.limit]

        return self._retrying(read)

    def query(self, sparql: str, bindings: dict[str, Node] | None = None) -> list[Row]:
        """Run a SELECT over the union of all graphs; values are bound, never pasted."""
        return self.select(sparql, bindings)[1]

    def text_rows(self, sparql: str, bindings: dict[str, Node] | None = None) -> list[TextRow]:
        """`query` for reports that only show text: each value is an IRI's string or a literal's
        lexical form. Making rdflib terms cost as much as the query itself for `who`'s sources."""
        def read():
            res = self._run(sparql, bindings)
            names = [v.value for v in res.variables]
            return [{n: None if t is None else t.value for n, t in zip(names, sol, strict=True)} for sol in res]

        return self._retrying(read)

    def ask(self, sparql: str, bindings: dict[str, Node] | None = None) -> bool:
        return self._retrying(lambda: bool(self._run(sparql, bindings)))

    def construct(self, sparql: str, bindings: dict[str, Node] | None = None) -> list[Triple]:
        """Run a CONSTRUCT or DESCRIBE over the union of all graphs."""
        def read():
            convert = term_converter()
            return [(convert(t.subject), convert(t.predicate), convert(t.object)) for t in self._run(sparql, bindings)]

        return self._retrying(read)

    def graphs(self) -> list[URIRef]:
        """The named graphs, without the merged index (which only repeats the other graphs)."""
        return sorted(URIRef(g.value) for g in self._ox.named_graphs() if g != MERGED)

    def triples_in(self, graph: URIRef) -> list[Triple]:
        g = ox.NamedNode(str(graph))
        return [(from_ox(q.subject), from_ox(q.predicate), from_ox(q.object))
                for q in self._ox.quads_for_pattern(None, None, None, g)]

    def count_in(self, graph: URIRef) -> int:
        # Counted by the engine: iterating the quads in Python took 1.3 s for the 257k inferred
        # triples of the 1M benchmark graph, the COUNT 0.06 s.
        g = ox.NamedNode(str(graph))
        rows = self._ox.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}")
        return int(next(iter(rows))["n"].value)

    def __len__(self) -> int:
        """Quads stored, not counting the merged index."""
        def read():
            if not self._ox.contains_named_graph(MERGED):
                return len(self._ox)  # (a merged graph left half-built still counts: it is dropped on rebuild)
            rows = self._ox.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {MERGED} {{ ?s ?p ?o }} }}")
            return len(self._ox) - int(next(iter(rows))["n"].value)

        # counting reads every file of the store, so a writer's compaction can take one away meanwhile
        return self._retrying(read)

    def drop_merged(self) -> None:
        """Forget the merged graph: queries read the plain union until `rebuild_merged` (after a write
        the index cannot follow, such as a SPARQL update from the workbench)."""
        self._writable()
        self._ox.update(f"DROP SILENT GRAPH {MERGED}")

    def rebuild_merged(self) -> None:
        """(Re)build the merged graph from every other named graph.

        Streamed with the bulk loader (one transaction would hold every quad in memory); the
        completion mark is written last, so a rebuild that is killed half-way is never read."""
        self.drop_merged()
        quads = (ox.Quad(q.subject, q.predicate, q.object, MERGED)
                 for q in self._ox.quads_for_pattern(None, None, None, None)
                 if isinstance(q.graph_name, ox.NamedNode) and q.graph_name != MERGED)
        self._ox.bulk_extend(quads)
        self._ox.extend([MERGED_COMPLETE])
        # Compact once the graph is whole: reads then search fewer files. At 1M triples this took 4 s
        # and made `who` for the busiest agency 155 -> 100 ms and CQ2 1.19 -> 1.03 s.
        self._ox.optimize()

    def dump(self, path: str | os.PathLike | None, fmt: str = "trig", graph: URIRef | None = None):
        """Write the store (or one graph) as ttl, nt, trig, nq or jsonld; bytes when `path` is None.

        Triple formats without `graph` get the union of all graphs.
        """
        if fmt not in RDF_FORMATS:
            raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(RDF_FORMATS)}")
        out = str(path) if path is not None else None
        prefixes = self._prefixes if fmt in ("ttl", "trig") else None
        if graph is not None:
            quads = self._ox.quads_for_pattern(None, None, None, ox.NamedNode(str(graph)))
            if fmt in DATASET_FORMATS:
                return ox.serialize(quads, out, RDF_FORMATS[fmt], prefixes=prefixes)
            return ox.serialize((q.triple for q in quads), out, RDF_FORMATS[fmt], prefixes=prefixes)
        if fmt in DATASET_FORMATS:
            if not self._ox.contains_named_graph(MERGED):
                return self._ox.dump(out, RDF_FORMATS[fmt], prefixes=prefixes)
            quads = (q for q in self._ox.quads_for_pattern(None, None, None, None) if q.graph_name != MERGED)
            return ox.serialize(quads, out, RDF_FORMATS[fmt], prefixes=prefixes)
        triples = self._ox.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", **self._view())
        return ox.serialize(triples, out, RDF_FORMATS[fmt], prefixes=prefixes)

    # -- writing

    def _writable(self) -> None:
        if self.read_only:
            raise PermissionError(f"store {self.path} is open read-only")

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update of our own making (one transaction). Never pass user text here."""
        self._writable()
        self._ox.update(sparql, prefixes=self._prefixes)

    def replace_graph(self, graph: URIRef, triples: Iterable[Triple]) -> None:
        """Make `graph` hold exactly `triples`, all or nothing.

        One SPARQL Update request (`rewrite_graphs`) is one Oxigraph transaction,
        so a reader sees either the old graph or the new one, and the merged graph
        changes with it. The data is N-Triples written by Oxigraph's serialiser,
        never text pasted by hand.
        """
        self._writable()
        g = ox.NamedNode(str(graph))
        triples = list(triples)
        if not self._ox.contains_named_graph(g):
            # a new graph: one transactional insert, without serialising and parsing the data again
            targets = [g, MERGED] if merged_ready(self._ox) else [g]
            self._ox.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), t) for s, p, o in triples for t in targets)
            return
        self.rewrite_graphs({g: {ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples}})

    def rewrite_graphs(self, contents: dict) -> None:
        """Make each graph (a pyoxigraph NamedNode) hold exactly the given pyoxigraph Triples, writing
        only the difference (no triples: the graph is removed), in one transaction (`change_graphs`)."""
        changes = {}
        for graph, new in contents.items():
            old = {q.triple for q in self._ox.quads_for_pattern(None, None, None, graph)}
            if new and old != new and (_with_blank_nodes(old) or _with_blank_nodes(new)):
                self._reload_graph(graph, new)  # the ontology's OWL lists: DELETE DATA cannot name blank nodes
            elif not new or old != new:
                changes[graph] = GraphChange(new - old, old - new, drop=not new)
        if changes:
            self.change_graphs(changes)

    def _reload_graph(self, graph: ox.NamedNode, new: set) -> None:
        """Replace a graph that holds blank nodes whole. Its old blank nodes cannot be named in an update,
        so the merged graph, which copies them, is dropped as well: queries read the plain union until
        the next reasoning run (every ingest ends with one) rebuilds it."""
        self._writable()
        self._ox.update(f"DROP SILENT GRAPH {graph} ;\nDROP SILENT GRAPH {MERGED}")
        self._ox.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in new)

    def change_graphs(self, changes: dict[ox.NamedNode, GraphChange], stamps: dict | None = None) -> None:
        """Apply every graph's change in one transaction. A ready merged graph follows in it too: it
        gains the added triples and loses those no graph states any more; dropping and rebuilding it
        instead took 105 s and 34 s on the uniform benchmark graph at 1M triples, however few facts
        changed. A change to a graph of stated facts removes the store's notes (`stamp`); `stamps`
        writes new ones in the same transaction (reasoning's, kg/reason/marks.py)."""
        self._writable()
        in_step = merged_ready(self._ox)
        parts, added, gone = [], set(), set()
        for graph, change in changes.items():
            if change.drop:
                parts.append(f"DROP SILENT GRAPH {graph}")
            else:
                parts.append(f"DELETE DATA {{ GRAPH {graph} {{\n{n_triples(change.removed)}}} }} ;\n"
                             f"INSERT DATA {{ GRAPH {graph} {{\n{n_triples(change.added)}}} }}")
            added |= change.added
            gone |= change.removed
        if not parts:
            return
        if in_step:
            def stated_elsewhere(t) -> bool:
                return any(t in change.added for change in changes.values()) or any(
                    isinstance(q.graph_name, ox.NamedNode) and q.graph_name not in (MERGED, *changes)
                    for q in self._ox.quads_for_pattern(t.subject, t.predicate, t.object, None))

            unstated = [t for t in gone if not stated_elsewhere(t)]
            parts.append(f"DELETE DATA {{ GRAPH {MERGED} {{\n{n_triples(unstated)}}} }} ;\n"
                         f"INSERT DATA {{ GRAPH {MERGED} {{\n{n_triples(added)}}} }}")
            if stamps:
                parts.append(stamp_update(stamps))
            elif any(g not in DERIVED for g in changes):
                parts.append(FORGET_STAMPS)
        self._ox.update(" ;\n".join(parts))

    def change_triples(self, changes: dict[URIRef, tuple[set, set]]) -> None:
        """Apply (added, removed) rdflib triples per graph in one transaction (`change_graphs`, which
        the merged graph follows); a graph left empty is dropped."""
        def native(triples):
            return {ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples}

        out = {}
        for graph, (added, removed) in changes.items():
            left = self.count_in(graph) - len(removed) if removed else 1
            out[ox.NamedNode(str(graph))] = GraphChange(native(added), native(removed), drop=not added and left <= 0)
        self.change_graphs(out)

    # -- the store's notes about its graphs of stated facts (kg/store/merged.py), and what reasoning needs

    # It keeps the merged graph and notes about its graphs: reasoning rebuilds the one and writes the other.
    keeps_merged_graph = True

    def merged_graph_ready(self) -> bool:
        return merged_ready(self._ox)

    def stated_graphs(self) -> list:
        """The named graphs of stated facts (pyoxigraph NamedNodes): all but the merged and derived ones."""
        return stated_graphs(self._ox)

    def stamp(self, stamps: dict) -> None:
        """Replace the notes with `stamps` ({pyoxigraph predicate: Literal}); kept only while the
        merged graph is (a store without it cannot follow which graphs a write changes)."""
        self._writable()
        if merged_ready(self._ox):
            self._ox.update(stamp_update(stamps))

    def stamp_value(self, predicate) -> str | None:
        return stamp_value(self._ox, predicate)

    def forget_stamps(self) -> None:
        self._writable()
        if merged_ready(self._ox):
            self._ox.update(FORGET_STAMPS)

    def is_empty(self, graph) -> bool:
        g = ox.NamedNode(str(graph.value if isinstance(graph, ox.NamedNode) else graph))
        return next(self._ox.quads_for_pattern(None, None, None, g), None) is None

    def match(self, subject=None, predicate=None, obj=None, graph=None) -> Iterator:
        """The quads (pyoxigraph terms) that match; None matches anything."""
        return self._ox.quads_for_pattern(subject, predicate, obj, graph)

    def holds(self, quad) -> bool:
        """Whether the store holds the pyoxigraph Quad."""
        return quad in self._ox

    def native_triples(self, graph) -> set:
        """The triples of one graph (a pyoxigraph NamedNode), as pyoxigraph Triples."""
        return {q.triple for q in self._ox.quads_for_pattern(None, None, None, graph)}

    def bulk_add(self, quads) -> None:
        """Add pyoxigraph Quads with the bulk loader: fast, not one transaction, the merged graph does not follow."""
        self._writable()
        self._ox.bulk_extend(quads)

    def scratch_copy(self, predicates, into) -> Store:
        """A store in memory holding the facts with `predicates` (pyoxigraph NamedNodes) of every graph
        of stated facts, all in graph `into`: reasoning runs there ten times faster than on disk."""
        scratch = Store(None)
        # Graph by graph, so the merged graph's copies are never read: skipping them as they came took
        # 7.6 s instead of 1.9 s on the uniform benchmark graph at 1M triples.
        for graph in [ox.DefaultGraph(), *stated_graphs(self._ox)]:
            scratch._ox.extend(ox.Quad(q.subject, q.predicate, q.object, into)
                               for pred in predicates for q in self._ox.quads_for_pattern(None, pred, None, graph))
        return scratch

    @property
    def native(self):
        """The pyoxigraph.Store itself, for the workbench's SPARQL endpoint (lazy results, Oxigraph's
        own serialisers, the protocol's dataset arguments), which the API above does not give."""
        return self._ox

    def has_graph(self, graph: URIRef) -> bool:
        return self._ox.contains_named_graph(ox.NamedNode(str(graph)))

    # -- files kept beside the graph (kg/reason/kept_answers.py)

    def keep_file(self, name: str, data: bytes) -> None:
        """Keep `data` as `name` in the store's folder (in memory for a store in memory). Written to a
        temporary file and renamed, so a reader finds the old file or the new one, never half of one."""
        self._writable()
        if self.path is None:
            self._kept_files[name] = data
            return
        folder = self.path / KEPT_FOLDER
        folder.mkdir(exist_ok=True)
        partial = folder / f".{name}.{os.getpid()}.partial"
        partial.write_bytes(data)
        os.replace(partial, folder / name)

    def kept_file(self, name: str) -> bytes | None:
        if self.path is None:
            return self._kept_files.get(name)
        try:
            return (self.path / KEPT_FOLDER / name).read_bytes()
        except FileNotFoundError:
            return None

    def add_new_graphs(self, nquads: bytes) -> None:
        """Add several graphs that are not in the store yet, in one transaction: each is then wholly
        in or wholly out, and the commit cost is paid once per batch."""
        self._writable()
        if merged_ready(self._ox):
            nquads = with_merged_copies(nquads)
        self._ox.load(input=nquads, format=ox.RdfFormat.N_QUADS)

    def add_quads(self, quads: Iterable[tuple[Node, Node, Node, URIRef]], bulk: bool = False) -> None:
        """Add quads in one transaction (`bulk=True`: Oxigraph's bulk loader, for big loads)."""
        self._writable()
        # added facts go into the merged graph too (the same transaction), so queries see them at once
        graphs = [None, MERGED] if merged_ready(self._ox) else [None]
        self.forget_stamps()  # reasoning has not seen these facts: the next run must read every graph
        ox_quads = (ox.Quad(to_ox(s), to_ox(p), to_ox(o), t or ox.NamedNode(str(g)))
                    for s, p, o, g in quads for t in graphs)
        (self._ox.bulk_extend if bulk else self._ox.extend)(ox_quads)

    def load(self, path: str | os.PathLike, graph: URIRef | None = None) -> None:
        """Load an RDF file (format from its extension) into `graph`, or its own graphs for TriG/N-Quads."""
        self._writable()
        if merged_ready(self._ox):  # the bulk loader cannot copy into the merged graph as it goes
            self.drop_merged()
        kwargs = {"to_graph": ox.NamedNode(str(graph))} if graph is not None else {}
        self._ox.bulk_load(path=str(path), **kwargs)

    def drop_graph(self, graph: URIRef) -> None:
        """Remove a graph; the merged graph loses what no other graph states (one transaction)."""
        self.rewrite_graphs({ox.NamedNode(str(graph)): set()})

    def flush(self) -> None:
        if self.path and not self.read_only:
            self._ox.flush()

    def close(self) -> None:
        if getattr(self, "_ox", None) is None:
            return
        self.flush()
        self._ox = None
        self._unlock()
