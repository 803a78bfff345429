"""ORDER BY done in Python, for the embedded store.

Oxigraph's on-disk sort compares the strings of two rows by reading them from disk again at every
comparison: ordering CQ2's 184,816 rows at 1M triples took 10.5 s of its 13 s. Here each row is
decoded once and sorted in memory, in SPARQL's order (unbound, blank nodes, IRIs, literals; numbers
by value, other literals by their text; two kinds SPARQL cannot compare, such as a number and a
date, may come in another order than Oxigraph's). `kg.store.sparql_text.client_order` decides which queries can be
sorted here; any other ORDER BY stays with the engine.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from kg.store.sparql_text import SortKey

NUMERIC = {XSD[t] for t in (
    "integer", "decimal", "float", "double", "int", "long", "short", "byte", "nonNegativeInteger",
    "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedLong", "unsignedInt",
    "unsignedShort", "unsignedByte")}


def term_key(term, as_string: bool = False) -> tuple:
    """Where `term` (or `STR(term)`) falls in SPARQL's ORDER BY order."""
    if term is None:
        return (0,)
    if isinstance(term, BNode):
        return (0,) if as_string else (1,)  # STR of a blank node is an error, which sorts as unbound
    if as_string:
        return (3, 1, str(term))
    if isinstance(term, URIRef):
        return (2, str(term))
    if isinstance(term, Literal) and term.datatype in NUMERIC:
        value = term.value
        if isinstance(value, (int, float, Decimal)):
            return (3, 0, value)
    if isinstance(term, Literal) and term.language:
        return (3, 1, str(term), 0, term.language)  # Oxigraph puts "x"@en before "x"
    return (3, 1, str(term), 1)


def sorted_positions(columns: dict[str, list], keys: Sequence[SortKey]) -> list[int]:
    """The row positions in sorted order, given each key variable's column of values; ties keep
    the order they came in.

    Each key's distinct values are ranked once (an aggregate repeats the same labels on many rows),
    so the rows are sorted in one pass on tuples of small integers, descending keys negated."""
    ranked = []
    for key in keys:
        values = columns[key.var]
        # Keyed by object identity: rows of one result share their term objects (kg.store converts
        # each distinct term once), and hashing an rdflib Literal costs more than sorting on it.
        distinct = {id(v): v for v in values}
        rank, previous, r = {}, None, -1
        for position, ident in sorted((term_key(t, key.as_string), i) for i, t in distinct.items()):
            if position != previous:
                r, previous = r + 1, position
            rank[ident] = -r if key.descending else r
        ranked.append([rank[id(v)] for v in values])
    n = len(next(iter(columns.values()), []))
    return sorted(range(n), key=list(zip(*ranked, strict=True)).__getitem__)


def sort_rows(rows: list[dict], keys: Sequence[SortKey]) -> list[dict]:
    """Rows (column name to term) sorted by the keys, first key first."""
    columns = {k.var: [row.get(k.var) for row in rows] for k in keys}
    return [rows[i] for i in sorted_positions(columns, keys)]
