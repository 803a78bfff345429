"""Where the graph lives: an embedded Oxigraph store (on disk or in memory).

Minimal first version; the remote SPARQL 1.1 mode, locking and atomic
replacement arrive with the store issue. The API is what the other stages use:
rdflib terms in, rdflib terms out.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.namespaces import PREFIXES

DEFAULT_STORE = "out/store"


def default_store_path() -> str:
    return os.environ.get("ICTKG_STORE", DEFAULT_STORE)


def to_ox(term: Node):
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
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            dt = None
        return Literal(term.value, datatype=URIRef(dt) if dt else None)
    raise TypeError(f"unknown term {term!r}")


class Store:
    """An Oxigraph store. `path=None` keeps everything in memory (tests)."""

    def __init__(self, path: str | os.PathLike | None = None):
        self.path = Path(path) if path else None
        if self.path:
            self.path.mkdir(parents=True, exist_ok=True)
        self._ox = ox.Store(str(self.path)) if self.path else ox.Store()
        self._prefixes = {p: str(ns) for p, ns in PREFIXES.items()}

    def query(self, sparql: str, bindings: dict[str, Node] | None = None) -> list[dict[str, Node]]:
        """Run a SELECT over the union of all graphs; values are bound, never pasted."""
        subs = {ox.Variable(k): to_ox(v) for k, v in (bindings or {}).items()}
        res = self._ox.query(
            sparql, prefixes=self._prefixes, use_default_graph_as_union=True, substitutions=subs or None
        )
        names = [v.value for v in res.variables]
        return [{n: from_ox(sol[n]) for n in names} for sol in res]

    def ask(self, sparql: str, bindings: dict[str, Node] | None = None) -> bool:
        subs = {ox.Variable(k): to_ox(v) for k, v in (bindings or {}).items()}
        return bool(self._ox.query(sparql, prefixes=self._prefixes, use_default_graph_as_union=True,
                                   substitutions=subs or None))

    def replace_graph(self, graph: URIRef, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        g = ox.NamedNode(str(graph))
        quads = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), g) for s, p, o in triples]
        self._ox.remove_graph(g) if self._ox.contains_named_graph(g) else None
        self._ox.extend(quads)

    def drop_graph(self, graph: URIRef) -> None:
        g = ox.NamedNode(str(graph))
        if self._ox.contains_named_graph(g):
            self._ox.remove_graph(g)

    def graphs(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self._ox.named_graphs())

    def triples_in(self, graph: URIRef) -> list[tuple[Node, Node, Node]]:
        g = ox.NamedNode(str(graph))
        return [(from_ox(q.subject), from_ox(q.predicate), from_ox(q.object))
                for q in self._ox.quads_for_pattern(None, None, None, g)]

    def __len__(self) -> int:
        return len(self._ox)

    def dump(self, path: str | os.PathLike, fmt: str = "trig") -> None:
        formats = {"trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS}
        self._ox.dump(str(path), formats[fmt])

    def flush(self) -> None:
        if self.path:
            self._ox.flush()

    def close(self) -> None:
        self.flush()
        del self._ox


def open_store(path: str | os.PathLike | None = None, *, memory: bool = False) -> Store:
    return Store(None if memory else (path or default_store_path()))
