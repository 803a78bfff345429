"""Evaluating a SPARQL query on the raw Oxigraph store and writing its results.

Queries are evaluated inside a query worker (`workers.py`). The results are
collected row by row (so the result-size limit stops at the first row too many)
and then written in the W3C formats: SPARQL 1.1 Query Results JSON, XML, CSV and
TSV for SELECT and ASK; Turtle, N-Triples, JSON-LD or RDF/XML (by Oxigraph's
serialiser) for CONSTRUCT and DESCRIBE. Our own writers are used for the tabular
formats because Oxigraph's can only consume its lazy result iterator, which
cannot leave the worker.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg.store import default_view, query_bound, term_converter
from kg.store.ordering import sorted_positions
from kg.store.sparql_text import client_order

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
RESULTS_NS = "http://www.w3.org/2005/sparql-results#"

# Media types: SELECT/ASK results, then RDF for CONSTRUCT/DESCRIBE (first of each is the default).
TABULAR = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH = {
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
GRAPH_OX = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
            "rdfxml": ox.RdfFormat.RDF_XML}
# Other names clients send for the same formats.
TABULAR_ALIASES = {"application/json": "json", "application/xml": "xml", "text/xml": "xml",
                   "application/sparql-results+json": "json", "application/sparql-results+xml": "xml",
                   "text/csv": "csv", "text/tab-separated-values": "tsv"}
GRAPH_ALIASES = {"text/turtle": "ttl", "application/x-turtle": "ttl", "application/turtle": "ttl",
                 "application/n-triples": "nt", "text/plain": "nt", "application/ld+json": "jsonld",
                 "application/json": "jsonld", "application/rdf+xml": "rdfxml", "application/xml": "rdfxml"}

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass
class Result:
    """One evaluated query: `kind` is "select", "ask" or "graph"."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool = False
    triples: list = field(default_factory=list)


def evaluate(ox_store, text: str, check: Callable[[int], None], prefixes: dict[str, str], *,
             default_graphs: list[str] | None = None, named_graphs: list[str] | None = None,
             own_dataset: bool = False, view: dict | None = None, bindings: dict | None = None) -> Result:
    """Run a query, calling `check(count)` after each row, with `bindings` (rdflib terms) bound as values.

    The dataset, as the SPARQL 1.1 Protocol orders it: `default_graphs` and `named_graphs` (the
    protocol's default-graph-uri and named-graph-uri; either given makes the whole dataset, an empty
    list an empty part) win; else, with `own_dataset`, the query's own FROM and FROM NAMED; else the
    server's default graph (the merged facts, `view`) with every named graph.
    Raises SyntaxError for a malformed query, and whatever `check` raises.
    """
    kwargs: dict = {"prefixes": prefixes}
    if default_graphs is not None or named_graphs is not None:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs or []]
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs or []]
    elif not own_dataset:
        # the merged facts, each once (kg/store.py); `view` is the caller's cached copy of it
        kwargs.update(view if view is not None else default_view(ox_store))

    # A trailing ORDER BY without LIMIT/OFFSET is sorted here, as `kg.store.Store.select` does (see
    # kg/store/ordering.py); with a LIMIT the engine keeps it, since sorting here would need every row and
    # could pass the result-size limit that the limited query stays under.
    order = client_order(text)
    if order and (order.limit is not None or order.offset):
        order = None

    # Oxigraph's result iterators must be freed on the thread that made them ("unsendable"),
    # so the iterator never leaves this function, not even through an exception's traceback.
    found = query_bound(ox_store, order.query if order else text, bindings, **kwargs)
    try:
        result = _collect(found, check)
    finally:
        del found
    if order and result.kind == "select":
        if any(k.var not in result.variables for k in order.keys):  # the engine must sort on it
            found = query_bound(ox_store, text, bindings, **kwargs)
            try:
                return _collect(found, check)
            finally:
                del found
        result.rows = _sorted(result, order.keys)
    return result


def _sorted(result: Result, keys) -> list[tuple]:
    convert, at = term_converter(), {name: i for i, name in enumerate(result.variables)}
    columns = {key.var: [convert(row[at[key.var]]) for row in result.rows] for key in keys}
    return [result.rows[i] for i in sorted_positions(columns, keys)]


def _collect(found, check: Callable[[int], None]) -> Result:
    if isinstance(found, ox.QueryBoolean):
        return Result("ask", boolean=bool(found))
    if isinstance(found, ox.QuerySolutions):
        names = [v.value for v in found.variables]
        rows = []
        for solution in found:
            rows.append(tuple(solution[i] for i in range(len(names))))
            check(len(rows))
        return Result("select", variables=names, rows=rows)
    triples = []
    for triple in found:
        triples.append(triple)
        check(len(triples))
    return Result("graph", triples=triples)


# ------------------------------------------------------------------ SELECT / ASK writers


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    raise TypeError(f"cannot write {term!r}")


def to_json(result: Result) -> bytes:
    if result.kind == "ask":
        data = {"head": {}, "boolean": result.boolean}
    else:
        bindings = [{name: _json_term(t) for name, t in zip(result.variables, row, strict=True) if t is not None}
                    for row in result.rows]
        data = {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _xml_text(text: str) -> str:
    # XML 1.0 cannot carry most control characters; an announcement might.
    return escape(_XML_BAD.sub("\ufffd", text))


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{_xml_text(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{_xml_text(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{_xml_text(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{_xml_text(term.value)}</literal>"
        return f"<literal>{_xml_text(term.value)}</literal>"
    if isinstance(term, ox.Triple):
        return (f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>{_xml_term(term.predicate)}"
                f"</predicate><object>{_xml_term(term.object)}</object></triple>")
    raise TypeError(f"cannot write {term!r}")


def to_xml(result: Result) -> bytes:
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n', f'<sparql xmlns="{RESULTS_NS}">', "<head>"]
    out += [f"<variable name={quoteattr(v)}/>" for v in result.variables]
    out.append("</head>")
    if result.kind == "ask":
        out.append(f"<boolean>{'true' if result.boolean else 'false'}</boolean>")
    else:
        out.append("<results>")
        for row in result.rows:
            out.append("<result>")
            out += [f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                    for v, t in zip(result.variables, row, strict=True) if t is not None]
            out.append("</result>")
        out.append("</results>")
    out.append("</sparql>\n")
    return "".join(out).encode("utf-8")


def _csv_value(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


def to_csv(result: Result) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")  # the W3C CSV results format uses CRLF
    if result.kind == "ask":
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
    else:
        writer.writerow(result.variables)
        writer.writerows([_csv_value(t) for t in row] for row in result.rows)
    return buf.getvalue().encode("utf-8")


def to_tsv(result: Result) -> bytes:
    # TSV cells are terms in SPARQL/N-Triples syntax, which Oxigraph's str() writes (tabs and newlines escaped).
    if result.kind == "ask":
        return b"?boolean\n" + (b"true\n" if result.boolean else b"false\n")
    lines = ["\t".join("?" + v for v in result.variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


TABULAR_WRITERS = {"json": to_json, "xml": to_xml, "csv": to_csv, "tsv": to_tsv}


def write_tabular(result: Result, fmt: str) -> bytes:
    """SELECT or ASK results in `fmt` (json, xml, csv, tsv)."""
    return TABULAR_WRITERS[fmt](result)


def write_graph(triples, fmt: str, prefixes: dict[str, str]) -> bytes:
    """Triples in `fmt` (ttl, nt, jsonld, rdfxml), written by Oxigraph."""
    kwargs = {"prefixes": prefixes} if fmt == "ttl" else {}
    return ox.serialize(triples, format=GRAPH_OX[fmt], **kwargs) or b""
