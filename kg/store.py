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

from __future__ import annotations

import base64
import fcntl
import hashlib
import http.client
import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.namespaces import GRAPH_INFERRED, GRAPH_MERGED, GRAPH_STRENGTHS, PREFIXES, sparql_prefixes
from kg.ordering import sort_rows
from kg.sparql_text import bind_with_values, client_order

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

DEFAULT_STORE = "out/store"
LOCK_NAME = ".ictkg.lock"
KEPT_FOLDER = "kept-answers"  # inside the store's folder, which RocksDB shares with files it does not know

Triple = tuple[Node, Node, Node]
Row = dict[str, Node | None]
TextRow = dict[str, str | None]

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


class StoreInUse(OSError):
    """Another process holds the store open for writing."""


def default_store_path() -> str:
    return os.environ.get("ICTKG_STORE", DEFAULT_STORE)


# --------------------------------------------------------------------------- terms


def to_ox(term: Node):
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store {term!r}")


def from_ox(term) -> Node | None:
    """A pyoxigraph term as an rdflib term (xsd:string literals become plain literals)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value if term.datatype else None
        if dt == str(XSD.string):
            dt = None
        return Literal(term.value, datatype=URIRef(dt) if dt else None)
    raise TypeError(f"unknown term {term!r}")


def term_converter():
    """`from_ox` that converts each distinct term of one result once: aggregates repeat the same
    bodies, labels and counts on many rows, and building rdflib terms took 880 ms of CQ7's 33,488
    rows at 1M triples, 110 ms with this cache (rdflib terms are immutable, so rows can share them)."""
    cache: dict = {}

    def convert(term):
        if term is None:
            return None
        node = cache.get(term)
        if node is None:
            node = cache[term] = from_ox(term)
        return node

    return convert


def from_json(value: dict | None) -> Node | None:
    """A SPARQL 1.1 JSON results term as an rdflib term, shaped like `from_ox`."""
    if value is None:
        return None
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if kind in ("literal", "typed-literal"):  # "typed-literal" is Virtuoso's older spelling
        lang = value.get("xml:lang")
        if lang:
            return Literal(value["value"], lang=lang)
        dt = value.get("datatype")
        if dt == str(XSD.string):
            dt = None
        return Literal(value["value"], datatype=URIRef(dt) if dt else None)
    raise ValueError(f"unknown SPARQL JSON term type {kind!r}")


def nquads(graph: URIRef, triples: Iterable[Triple]) -> bytes:
    """The triples of one named graph as N-Quads bytes, written by Oxigraph's serialiser."""
    g = ox.NamedNode(str(graph))
    return ox.serialize([ox.Quad(to_ox(s), to_ox(p), to_ox(o), g) for s, p, o in triples],
                        format=ox.RdfFormat.N_QUADS)


def _nt(triples: Iterable[Triple]) -> str:
    g = Graph()
    for t in triples:
        g.add(t)
    return g.serialize(format="nt")


def n_triples(triples: Iterable) -> str:
    """pyoxigraph Triples as N-Triples text, written by Oxigraph's serialiser (for DELETE/INSERT DATA)."""
    return ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


# ------------------------------------------------------------------ embedded store


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


class Store:
    """An embedded Oxigraph store. `path=None` keeps everything in memory (tests)."""

    # Queries may run from several threads at once: Oxigraph evaluates them without holding Python's lock.
    concurrent_reads = True

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
            self._lock()
            try:
                self._ox = ox.Store(str(self.path))
            except OSError as exc:
                self._unlock()
                raise StoreInUse(f"store {self.path} is in use by another program ({exc})") from None

    def _lock(self) -> None:
        fd = os.open(self.path / LOCK_NAME, os.O_CREAT | os.O_RDWR, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise StoreInUse(f"store {self.path} is in use by another ictkg process; wait for it to finish "
                             "or open it read-only") from None
        self._lock_fd = fd

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
            os.close(self._lock_fd)
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
        from disk again for each comparison (see `kg.ordering`)."""
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
            if not new or old != new:
                changes[graph] = GraphChange(new - old, old - new, drop=not new)
        if changes:
            self.change_graphs(changes)

    def change_graphs(self, changes: dict[ox.NamedNode, GraphChange], reasoned: str | None = None) -> None:
        """Apply every graph's change in one transaction. A ready merged graph follows in it too: it
        gains the added triples and loses those no graph states any more; dropping and rebuilding it
        instead took 105 s and 34 s on the uniform benchmark graph at 1M triples, however few facts
        changed. A change to a graph of stated facts forgets which graphs reasoning last covered;
        `reasoned` records a new digest of them (`REASONED_OVER`)."""
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
            if reasoned is not None:
                parts.append(_reasoned_update(reasoned))
            elif any(g not in DERIVED for g in changes):
                parts.append(FORGET_REASONED)
        self._ox.update(" ;\n".join(parts))

    def mark_reasoned(self) -> None:
        """Record that reasoning has covered every graph of stated facts now in the store."""
        self._writable()
        if merged_ready(self._ox):
            self._ox.update(_reasoned_update(graphs_digest(fact_graphs(self._ox))))

    def forget_reasoned(self) -> None:
        self._writable()
        if merged_ready(self._ox):
            self._ox.update(FORGET_REASONED)

    def has_graph(self, graph: URIRef) -> bool:
        return self._ox.contains_named_graph(ox.NamedNode(str(graph)))

    # -- files kept beside the graph (kg/kept_answers.py)

    def reasoning_run(self) -> str | None:
        return reasoning_run(self._ox)

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
        self.forget_reasoned()  # reasoning has not seen these facts: the next run must read every graph
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


# -------------------------------------------------------------------- remote store


class RemoteStore:
    """A SPARQL 1.1 server: query endpoint, optional update endpoint and Graph Store endpoint.

    Queries read the server's default graph, which Virtuoso makes the union of
    all graphs; configure Fuseki with `unionDefaultGraph` for the same result.
    """

    read_only = False
    # Each query is its own HTTP request, and servers answer several at once.
    concurrent_reads = True

    def __init__(self, endpoint: str, *, update_endpoint: str | None = None, graph_store: str | None = None,
                 user: str | None = None, password: str | None = None, timeout: float = 60.0,
                 read_only: bool = False):
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or endpoint
        self.graph_store = graph_store
        self.timeout = timeout
        self.read_only = read_only
        self._auth = None
        if user:
            token = base64.b64encode(f"{user}:{password or ''}".encode()).decode()
            self._auth = f"Basic {token}"
        self._prologue = sparql_prefixes()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _request(self, url: str, body: bytes, content_type: str, accept: str | None = None,
                 method: str = "POST") -> tuple[str, bytes]:
        headers = {"Content-Type": content_type}
        if accept:
            headers["Accept"] = accept
        if self._auth:
            headers["Authorization"] = self._auth
        req = urllib.request.Request(url, data=body, headers=headers, method=method)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.headers.get("Content-Type", ""), resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()
            raise RuntimeError(f"{url} answered {exc.code}: {' '.join(detail)[:300]}") from None
        except urllib.error.URLError as exc:
            raise OSError(f"cannot reach SPARQL endpoint {url}: {exc.reason}") from None
        except (OSError, http.client.HTTPException) as exc:
            # the server went away mid-request (killed, restarted, network cut): one line, not a traceback
            raise OSError(f"SPARQL endpoint {url} stopped answering mid-request ({type(exc).__name__}: "
                          f"{exc or 'no detail'})") from None

    def _post_query(self, sparql: str, bindings: dict[str, Node] | None, accept: str) -> tuple[str, bytes]:
        # The server cannot bind values, so they are joined in as VALUES written by rdflib's n3().
        text = self._prologue + bind_with_values(sparql, bindings)
        # The protocol's form-encoded POST: Virtuoso 7.2 drops `application/sparql-query` bodies,
        # and every SPARQL 1.1 server accepts this one.
        body = urllib.parse.urlencode({"query": text}).encode("ascii")
        return self._request(self.endpoint, body, "application/x-www-form-urlencoded", accept)

    def select(self, sparql: str, bindings: dict[str, Node] | None = None) -> tuple[list[str], list[Row]]:
        _, body = self._post_query(sparql, bindings, "application/sparql-results+json")
        data = json.loads(body)
        names = data["head"].get("vars", [])
        rows = [{n: from_json(b.get(n)) for n in names} for b in data["results"]["bindings"]]
        return names, rows

    def query(self, sparql: str, bindings: dict[str, Node] | None = None) -> list[Row]:
        return self.select(sparql, bindings)[1]

    def text_rows(self, sparql: str, bindings: dict[str, Node] | None = None) -> list[TextRow]:
        _, body = self._post_query(sparql, bindings, "application/sparql-results+json")
        data = json.loads(body)
        names = data["head"].get("vars", [])
        return [{n: (b.get(n) or {}).get("value") for n in names} for b in data["results"]["bindings"]]

    def ask(self, sparql: str, bindings: dict[str, Node] | None = None) -> bool:
        _, body = self._post_query(sparql, bindings, "application/sparql-results+json")
        data = json.loads(body)
        if "boolean" in data:
            return bool(data["boolean"])
        # Virtuoso answers ASK as one row with an integer (1 or 0)
        rows = data.get("results", {}).get("bindings", [])
        return bool(rows) and any(v.get("value") not in ("0", "false") for v in rows[0].values())

    def construct(self, sparql: str, bindings: dict[str, Node] | None = None) -> list[Triple]:
        _, body = self._post_query(sparql, bindings, "application/n-triples")
        g = Graph()
        g.parse(data=body.decode("utf-8"), format="nt")
        return list(g)

    def reasoning_run(self) -> str | None:
        """Never known: other clients can change a server's graphs without removing any mark, so no
        answer is kept for it (kg/kept_answers.py)."""
        return None

    def graphs(self) -> list[URIRef]:
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        # the merged index of an ictkg server only repeats the other graphs
        return sorted(r["g"] for r in rows if isinstance(r["g"], URIRef) and r["g"] != GRAPH_MERGED)

    def triples_in(self, graph: URIRef) -> list[Triple]:
        rows = self.query("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": graph})
        return [(r["s"], r["p"], r["o"]) for r in rows]

    def count_in(self, graph: URIRef) -> int:
        rows = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": graph})
        return int(rows[0]["n"]) if rows else 0

    def __len__(self) -> int:
        rows = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(rows[0]["n"]) if rows else 0

    def dump(self, path: str | os.PathLike | None, fmt: str = "trig", graph: URIRef | None = None):
        """Write the server's graphs (or one) in `fmt`, through rdflib; bytes when `path` is None."""
        from rdflib import Dataset

        ds = Dataset()
        for g in [graph] if graph is not None else self.graphs():
            target = ds.graph(g)
            for t in self.triples_in(g):
                target.add(t)
        fmt_names = {"ttl": "turtle", "nt": "nt", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}
        if fmt not in fmt_names:
            raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(fmt_names)}")
        source = ds if fmt in DATASET_FORMATS else _union_graph(ds)
        data = source.serialize(format=fmt_names[fmt], encoding="utf-8")
        if path is None:
            return data
        Path(path).write_bytes(data)

    def update(self, sparql: str) -> None:
        """Send a SPARQL Update of our own making. Never pass user text here."""
        if self.read_only:
            raise PermissionError(f"{self.endpoint} is open read-only")
        self._request(self.update_endpoint, (self._prologue + sparql).encode("utf-8"),
                      "application/sparql-update")

    def replace_graph(self, graph: URIRef, triples: Iterable[Triple], chunk: int = 2000) -> None:
        """Make `graph` hold exactly `triples`: Graph Store PUT when configured, else DROP + INSERT DATA.

        The PUT, and the update fallback while the graph fits in one chunk, are one
        request each, so the server applies them as one operation; servers limit the
        size of one update, so bigger graphs go in several INSERT DATA requests.
        """
        triples = list(triples)
        if self.graph_store:
            url = self.graph_store + ("&" if "?" in self.graph_store else "?") + urllib.parse.urlencode(
                {"graph": str(graph)})
            self._request(url, _nt(triples).encode("utf-8"), "application/n-triples", method="PUT")
            return
        g = URIRef(graph).n3()
        first, rest = triples[:chunk], triples[chunk:]
        self.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{_nt(first)}}} }}")
        for i in range(0, len(rest), chunk):
            self.update(f"INSERT DATA {{ GRAPH {g} {{\n{_nt(rest[i:i + chunk])}}} }}")

    def add_quads(self, quads: Iterable[tuple[Node, Node, Node, URIRef]], bulk: bool = False) -> None:
        by_graph: dict[URIRef, list[Triple]] = {}
        for s, p, o, g in quads:
            by_graph.setdefault(g, []).append((s, p, o))
        for g, triples in by_graph.items():
            for i in range(0, len(triples), 2000):
                self.update(f"INSERT DATA {{ GRAPH {URIRef(g).n3()} {{\n{_nt(triples[i:i + 2000])}}} }}")

    def load(self, path: str | os.PathLike, graph: URIRef | None = None) -> None:
        from rdflib import Dataset

        ds = Dataset()
        ds.parse(str(path), publicID=str(graph) if graph else None)
        quads = [(s, p, o, graph or c) for s, p, o, c in ds.quads() if isinstance(c, URIRef) or graph]
        self.add_quads(quads)

    def drop_graph(self, graph: URIRef) -> None:
        self.update(f"DROP SILENT GRAPH {URIRef(graph).n3()}")

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


def _union_graph(ds) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads():
        g.add((s, p, o))
    return g


def quads(store, graph: URIRef | None = None) -> Iterator[tuple[Node, Node, Node, URIRef]]:
    """Every quad of the store (or of one graph), as rdflib terms."""
    for g in [graph] if graph is not None else store.graphs():
        for s, p, o in store.triples_in(g):
            yield s, p, o, g


def open_store(path: str | os.PathLike | None = None, *, memory: bool = False, read_only: bool = False,
               endpoint: str | None = None, update_endpoint: str | None = None,
               graph_store: str | None = None, **remote) -> Store | RemoteStore:
    """Open the store: a SPARQL server when `endpoint` is given, else in memory or on disk.

    `read_only=True` opens an on-disk store as a snapshot without taking the
    writer's lock, so queries run while an ingest writes.
    """
    if endpoint:
        return RemoteStore(endpoint, update_endpoint=update_endpoint, graph_store=graph_store,
                           read_only=read_only, **remote)
    if memory:
        return Store(None)
    return Store(path or default_store_path(), read_only=read_only)
