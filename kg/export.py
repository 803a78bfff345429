"""Export the graph: RDF (ttl, trig, nq, jsonld) for other triple stores, GraphML/GEXF for Gephi and Cytoscape.

The network formats hold the entity graph, not the RDF: bodies, meetings and
processes as nodes (attributes `type`, `label` in English, `label_ru`, `iri`),
and typed edges (`took part in`, `of forum`, `linked to process`, `agency of`).
Node ids are IRIs, never text from announcements.
"""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx
from rdflib import URIRef

RDF_EXPORTS = ("ttl", "trig", "nq", "jsonld")
NETWORK_EXPORTS = ("graphml", "gexf")
FORMATS = RDF_EXPORTS + NETWORK_EXPORTS

_NODES = """
SELECT ?node ?type ?en ?ru WHERE {
  VALUES ?type { ict:State ict:GovernmentAgency ict:InternationalOrganization ict:Process ict:Meeting }
  ?node a ?type .
  OPTIONAL { ?node skos:prefLabel ?en FILTER(LANG(?en) = "en") }
  OPTIONAL { ?node skos:prefLabel ?ru FILTER(LANG(?ru) = "ru") }
}"""
_MEETING_DATES = "SELECT ?node ?date WHERE { ?node a ict:Meeting ; ict:date ?date }"
_EDGES = """
SELECT DISTINCT ?s ?kind ?o WHERE {
  { ?s ict:tookPartIn ?o . BIND("took part in" AS ?kind) }
  UNION { ?s ict:ofForum ?o . BIND("of forum" AS ?kind) }
  UNION { ?s ict:linkedToProcess ?o . BIND("linked to process" AS ?kind) }
  UNION { ?s ict:agencyOf ?o . BIND("agency of" AS ?kind) }
}"""


def entity_graph(store) -> nx.DiGraph:
    """Bodies, meetings and processes with typed edges between them, as a NetworkX graph."""
    g = nx.DiGraph()
    for r in store.query(_NODES):
        node = str(r["node"])
        kind = str(r["type"]).rsplit("#", 1)[-1]
        attrs = g.nodes[node] if node in g else {}
        en = str(r["en"]) if r["en"] is not None else attrs.get("label")
        ru = str(r["ru"]) if r["ru"] is not None else attrs.get("label_ru", "")
        g.add_node(node, type=kind, iri=node, label=en or node.rsplit("/", 2)[-2] + "/" + node.rsplit("/", 1)[-1],
                   label_ru=ru or "")
    for r in store.query(_MEETING_DATES):
        node = str(r["node"])
        if node in g:
            g.nodes[node]["date"] = str(r["date"])
            if g.nodes[node]["label"] == node.rsplit("/", 2)[-2] + "/" + node.rsplit("/", 1)[-1]:
                g.nodes[node]["label"] = f"{node.rsplit('/', 2)[-2]} {r['date']}"
    for r in store.query(_EDGES):
        s, o = str(r["s"]), str(r["o"])
        if s in g and o in g and not g.has_edge(s, o):
            g.add_edge(s, o, type=str(r["kind"]))
    return g


def export(store, fmt: str, out: str | os.PathLike | None = None, graph: URIRef | None = None) -> bytes | None:
    """Write the store in `fmt` to `out` (bytes returned when `out` is None); `out`'s folder is created."""
    if out is not None:
        # like every other command's --out: the folder the user named is made if missing
        Path(out).parent.mkdir(parents=True, exist_ok=True)
    if fmt in RDF_EXPORTS:
        return store.dump(out, fmt, graph=graph)
    if fmt not in NETWORK_EXPORTS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    g = entity_graph(store)
    write = nx.write_graphml if fmt == "graphml" else nx.write_gexf
    if out is not None:
        write(g, str(out))
        return None
    import io

    buf = io.BytesIO()
    write(g, buf)
    return buf.getvalue()
