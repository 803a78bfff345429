"""A SPARQL 1.1 server as the store (Virtuoso, Fuseki, ...): the SPARQL 1.1 Protocol and, when
given, the Graph Store Protocol.

A server has no substitution API: bound values go in as a `VALUES` block at the start of the
query's WHERE group, each term written by rdflib's `n3()`; the query text is never built from a value.
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.term import Node

from kg.namespaces import GRAPH_MERGED, sparql_prefixes
from kg.store.sparql_text import bind_with_values
from kg.store.terms import Row, TextRow, Triple, from_json, nt_text

DATASET_FORMATS = {"trig", "nq", "jsonld"}


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

    # Other clients can change a server's graphs without removing any note, so it keeps none: it is
    # never taken as reasoned over (kg/reason/marks.py), no answer is kept for it
    # (kg/reason/kept_answers.py), and reasoning runs its rules where the data is.
    keeps_merged_graph = False

    def stamp_value(self, predicate) -> str | None:
        return None

    def kept_file(self, name: str) -> bytes | None:
        return None

    def has_graph(self, graph: URIRef) -> bool:
        return self.ask("ASK { GRAPH ?g { ?s ?p ?o } }", {"g": URIRef(graph)})

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
            self._request(url, nt_text(triples).encode("utf-8"), "application/n-triples", method="PUT")
            return
        g = URIRef(graph).n3()
        first, rest = triples[:chunk], triples[chunk:]
        self.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{nt_text(first)}}} }}")
        for i in range(0, len(rest), chunk):
            self.update(f"INSERT DATA {{ GRAPH {g} {{\n{nt_text(rest[i:i + chunk])}}} }}")

    def add_quads(self, quads: Iterable[tuple[Node, Node, Node, URIRef]], bulk: bool = False) -> None:
        by_graph: dict[URIRef, list[Triple]] = {}
        for s, p, o, g in quads:
            by_graph.setdefault(g, []).append((s, p, o))
        for g, triples in by_graph.items():
            for i in range(0, len(triples), 2000):
                self.update(f"INSERT DATA {{ GRAPH {URIRef(g).n3()} {{\n{nt_text(triples[i:i + 2000])}}} }}")

    def load(self, path: str | os.PathLike, graph: URIRef | None = None) -> None:
        ds = Dataset()
        ds.parse(str(path), publicID=str(graph) if graph else None)
        quads = [(s, p, o, graph or c) for s, p, o, c in ds.quads() if isinstance(c, URIRef) or graph]
        self.add_quads(quads)

    def add_new_graphs(self, nquads: bytes) -> None:
        """Add graphs that are not on the server yet, each with `replace_graph` (a Graph Store PUT
        when configured): a server has no transaction over several requests to batch them in."""
        ds = Dataset()
        ds.parse(data=nquads.decode("utf-8"), format="nquads")
        by_graph: dict[URIRef, list[Triple]] = {}
        for s, p, o, g in ds.quads():
            by_graph.setdefault(g, []).append((s, p, o))
        for g, triples in by_graph.items():
            self.replace_graph(g, triples)

    def change_triples(self, changes: dict[URIRef, tuple[set, set]]) -> None:
        """Apply (added, removed) rdflib triples per graph in one SPARQL Update, terms written by
        rdflib (escaped, never pasted); a graph left empty is dropped by the server."""
        parts = []
        for graph, (added, removed) in changes.items():
            g = URIRef(graph).n3()
            if removed:
                parts.append(f"DELETE DATA {{ GRAPH {g} {{\n{nt_text(removed)}}} }}")
            if added:
                parts.append(f"INSERT DATA {{ GRAPH {g} {{\n{nt_text(added)}}} }}")
        if parts:
            self.update(" ;\n".join(parts))

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
