"""Running the named queries of `queries/*.rq` (catalogued by kg/named_queries.py) with parameters.

Each file starts with a comment header:

    # title: Forum timeline
    # answers: When did a forum meet ...
    # param forum (forum, required): the forum, by IRI or name
    # columns: forum, meeting, ...

A parameter's kind says how a value given on the command line becomes an RDF
term: `agency`, `state`, `org`, `process`, `forum`, `body`, `entity` name an
entity (an IRI, a CURIE such as `id:state/RUS`, or a name resolved through
`kg.use.names.resolve_name`); `iri` takes an IRI or CURIE; `string`, `int` and `year`
make literals. Values are always bound, never pasted into the query text.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.named_queries import (
    QUERIES_DIR,
    NamedQuery,
    Param,
    QueryError,
    list_queries,
    load_query,
    parse_header,
)
from kg.namespaces import PREFIXES
from kg.reason.kept_answers import kept_answer
from kg.store.sparql_text import _blank_literals
from kg.use.names import KIND_CLASSES, also_named, choice_note, name_index, resolve_name

# the catalogue's names, importable from here as before
__all__ = ["QUERIES_DIR", "NamedQuery", "Param", "QueryError", "bind_params", "choice_notes", "expand_iri",
           "expand_shorthand", "list_queries", "load_query", "param_value", "parse_header", "run_query"]

_CURIE = re.compile(r"^([A-Za-z][\w-]*):(\S*)$")


# Characters an IRI cannot hold (RFC 3987); a value that has them is refused, not passed on.
_NOT_IN_IRI = re.compile(r'[\s<>"{}|\\^`]')


def expand_iri(value: str) -> URIRef | None:
    """`value` as an IRI when it is one (`https://...`, `<...>`, or a CURIE with a known prefix).

    Raises QueryError for something that starts like an IRI but cannot be one (`http://x> y`)."""
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    if re.match(r"^(https?|urn|file):", value):
        if _NOT_IN_IRI.search(value):
            raise QueryError(f"{value!r} is not a valid IRI (it contains a space or one of <>\"{{}}|\\^`)")
        return URIRef(value)
    m = _CURIE.match(value)
    if m and m.group(1) in PREFIXES:
        return URIRef(str(PREFIXES[m.group(1)]) + m.group(2))
    return None


# `id:state/RUS`: the shorthand docs/graph-model.md and our outputs write. It is not a SPARQL prefixed
# name (a local name cannot hold "/"), so it is written out as the full IRI before the query is parsed.
_SHORTHAND = re.compile(r"(?<![\w?$:<\-])([A-Za-z][\w-]*):((?:[\w\-.%]*/)+[\w\-%]+(?:\.[\w\-%]+)*)")


def expand_shorthand(sparql: str) -> str:
    """`sparql` with every `prefix:path/with/slashes` of a known prefix written as its full `<IRI>`;
    comments, strings and IRIs are left as they are."""

    blank = _blank_literals(sparql)  # same length; literals, IRIs and comments are spaces
    out, last = [], 0
    for m in _SHORTHAND.finditer(blank):
        prefix, local = m.group(1), m.group(2)
        if prefix not in PREFIXES:
            continue
        out += [sparql[last:m.start()], f"<{PREFIXES[prefix]}{local}>"]
        last = m.end()
    return "".join(out) + sparql[last:]


def param_value(store, param: Param, value: str) -> Node:
    """The RDF term for a command-line value of `param`."""
    if param.kind in KIND_CLASSES:
        return expand_iri(value) or resolve_name(store, value, param.kind)
    if param.kind == "iri":
        iri = expand_iri(value)
        if iri is None:
            return resolve_name(store, value, "entity")
        return iri
    if param.kind in ("int", "year"):
        try:
            return Literal(int(value), datatype=XSD.integer)
        except ValueError:
            raise QueryError(f"--param {param.name} needs a whole number, not {value!r}") from None
    return Literal(value)


def bind_params(store, query: NamedQuery, given: dict[str, str]) -> dict[str, Node]:
    """Check the given values against the query's parameters and turn them into terms."""
    known = {p.name: p for p in query.params}
    unknown = sorted(set(given) - set(known))
    if unknown:
        names = ", ".join(known) or "none"
        raise QueryError(f"{query.name} has no parameter {', '.join(unknown)}; its parameters: {names}")
    for p in query.params:
        if p.required and p.name not in given:
            raise QueryError(f"{query.name} needs --param {p.name}=VALUE ({p.help})")
    return {name: param_value(store, known[name], value) for name, value in given.items()}


def choice_notes(store, query: NamedQuery, given: dict[str, str], bindings: dict[str, Node]) -> list[str]:
    """One note per parameter given as a name that others could be meant by ("OEWG": the 2021-2025
    group, not "OEWG 2019-2021"), saying which was taken and listing the others."""
    kinds = {p.name: p.kind for p in query.params}
    notes = []
    for name, value in given.items():
        kind = "entity" if kinds.get(name) == "iri" else kinds.get(name)
        if kind not in KIND_CLASSES or expand_iri(value) is not None or name not in bindings:
            continue
        chosen = bindings[name]
        note = choice_note(value, chosen, name_index(store).label(chosen), also_named(store, value, chosen, kind))
        if note:
            notes.append(f"--param {name}: {note}")
    return notes


def run_query(store, name: str, params: dict[str, str] | None = None) -> tuple[list[str], list[dict]]:
    """Run the named query with parameters given as strings: (columns, rows of rdflib terms).
    Without parameters, a query whose answer is kept beside the store is answered from it while the
    store still holds what it was computed from (kg/reason/kept_answers.py)."""

    query = load_query(name)
    bindings = bind_params(store, query, params or {})
    if not bindings and (kept := kept_answer(store, query)) is not None:
        return kept.columns, kept.dict_rows()
    return store.select(query.text, bindings)
