"""SPARQL query text, read without a parser: the query form, where its WHERE group opens, values
joined in as a VALUES block, and a trailing ORDER BY that the embedded store can do itself.

The text is scanned with comments, strings and IRIs blanked out, so a brace or keyword inside a
literal taken from an announcement is never mistaken for the query's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_VARNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b(?![\w:])", re.IGNORECASE)


def _blank_literals(sparql: str) -> str:
    """The query with comments, strings and IRIs replaced by spaces (same length).

    Lets us find keywords and braces without being fooled by a `{` inside a
    string or an IRI.
    """
    out = list(sparql)
    i, n = 0, len(sparql)
    while i < n:
        c = sparql[i]
        if c == "#":
            j = sparql.find("\n", i)
            j = n if j < 0 else j
        elif c in "\"'":
            quote = c * 3 if sparql.startswith(c * 3, i) else c
            j = i + len(quote)
            while j < n and not sparql.startswith(quote, j):
                j += 2 if sparql[j] == "\\" else 1
            j = min(n, j + len(quote))
        elif c == "<" and (m := _IRIREF.match(sparql, i)):
            j = m.end()
        else:
            i += 1
            continue
        for k in range(i, j):
            if out[k] != "\n":
                out[k] = " "
        i = j
    return "".join(out)


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE; UPDATE for anything else (an update request)."""
    m = _FORM.search(_blank_literals(sparql))
    return m.group(1).upper() if m else "UPDATE"


def _where_brace(sparql: str) -> int:
    """Index just after the `{` that opens the query's WHERE group."""
    text = _blank_literals(sparql)
    m = _FORM.search(text)
    if not m:
        raise ValueError("bindings need a SELECT, ASK, CONSTRUCT or DESCRIBE query")
    i = m.end()
    if m.group(1).upper() == "CONSTRUCT":
        rest = text[i:].lstrip()
        if rest.startswith("{"):  # skip the template; `CONSTRUCT WHERE {` has none
            depth, i = 0, text.index("{", i)
            for j in range(i, len(text)):
                depth += {"{": 1, "}": -1}.get(text[j], 0)
                if depth == 0:
                    i = j + 1
                    break
    brace = text.find("{", i)
    if brace < 0:
        raise ValueError("cannot find the query's WHERE group to bind values in")
    return brace + 1


def _term(name: str, term: Node) -> str:
    """One bound value, written by rdflib's `n3()` (which escapes literals and raises on an IRI that
    is not one)."""
    if not _VARNAME.match(name):
        raise ValueError(f"not a SPARQL variable name: {name!r}")
    if isinstance(term, BNode) or not isinstance(term, (URIRef, Literal)):
        raise ValueError(f"?{name} can only be bound to an IRI or a literal, not {term!r}")
    return term.n3()


def values_block(bindings: dict[str, Node]) -> str:
    """`VALUES (?a ?b) { (t1 t2) }` with each term serialised and escaped by rdflib's `n3()`."""
    terms = [_term(name, term) for name, term in bindings.items()]
    return f" VALUES ({' '.join('?' + name for name in bindings)}) {{ ({' '.join(terms)}) }} "


def bind_with_values(sparql: str, bindings: dict[str, Node] | None) -> str:
    """The query with its bindings joined in as a VALUES block at the start of its WHERE group."""
    if not bindings:
        return sparql
    at = _where_brace(sparql)
    return sparql[:at] + values_block(bindings) + sparql[at:]


def bind_one_of(sparql: str, name: str, terms) -> str:
    """The query with ?name bound to each of `terms` in turn (`VALUES ?name { t1 t2 … }`), so one
    query answers for many entities."""
    block = f" VALUES ?{name} {{ {' '.join(_term(name, t) for t in terms)} }} "
    at = _where_brace(sparql)
    return sparql[:at] + block + sparql[at:]


# ------------------------------------------------------------------ a trailing ORDER BY

_ORDER_BY = re.compile(r"\bORDER\s+BY\b", re.IGNORECASE)
_SORT_KEY = re.compile(r"\s*(?:(?P<dir>ASC|DESC)\s*\(\s*(?P<inner>[^()]*(?:\([^()]*\))?[^()]*)\)|(?P<bare>STR\s*\([^()]*\)|[?$]\w+))",
                       re.IGNORECASE)
_KEY_TERM = re.compile(r"^\s*(?:(?P<str>STR)\s*\(\s*[?$](?P<svar>\w+)\s*\)|[?$](?P<var>\w+))\s*$", re.IGNORECASE)
_SLICE = re.compile(r"^\s*(?:(?:LIMIT|OFFSET)\s+\d+\s*)*$", re.IGNORECASE)
_SLICE_PART = re.compile(r"(LIMIT|OFFSET)\s+(\d+)", re.IGNORECASE)


@dataclass(frozen=True)
class SortKey:
    """One ORDER BY condition: a variable, compared as itself or as `STR(?var)`."""

    var: str
    as_string: bool = False
    descending: bool = False


@dataclass(frozen=True)
class ClientOrder:
    """A query's trailing ORDER BY (and LIMIT/OFFSET), split off to be done by the caller."""

    query: str  # the query without them
    keys: tuple[SortKey, ...]
    limit: int | None = None
    offset: int = 0


def client_order(sparql: str) -> ClientOrder | None:
    """Split off the outer query's ORDER BY when every condition is `?v`, `STR(?v)`, `ASC(…)` or
    `DESC(…)` of those, followed by nothing but LIMIT/OFFSET; None for any other query."""
    text = _blank_literals(sparql)
    form = _FORM.search(text)
    if not form or form.group(1).upper() != "SELECT":
        return None
    close = text.rfind("}")
    if close < 0:
        return None
    tail_at = close + 1
    m = _ORDER_BY.search(text, tail_at)
    if not m:
        return None
    keys, i = [], m.end()
    while True:
        k = _SORT_KEY.match(text, i)
        if not k:
            break
        term = _KEY_TERM.match(k.group("inner") if k.group("dir") else k.group("bare"))
        if not term:
            return None
        keys.append(SortKey(var=term.group("svar") or term.group("var"), as_string=bool(term.group("str")),
                            descending=(k.group("dir") or "").upper() == "DESC"))
        i = k.end()
    rest = text[i:]
    if not keys or not _SLICE.match(rest):
        return None
    limit, offset = None, 0
    for word, number in _SLICE_PART.findall(rest):
        if word.upper() == "LIMIT":
            limit = int(number)
        else:
            offset = int(number)
    return ClientOrder(query=sparql[:m.start()], keys=tuple(keys), limit=limit, offset=offset)
