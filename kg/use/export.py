"""Export the graph: RDF (ttl, trig, nq, jsonld) for other triple stores, GraphML/GEXF for Gephi and Cytoscape.

The network formats hold the entity network that the pages and `ictkg analyze`
draw (kg/use/network.py), not the RDF: the bodies, meetings, forums, processes,
people and documents that announcements state facts about, with attributes
`type` (the ontology class), `kind`, `label` (English), `label_ru`, `iri` and,
for meetings, `date`. Each edge has its `relation` (`participant`, `meeting
of`, `linked process`, `chair`, …), its `weight` (the announcements stating
it; a vocabulary link counts once) and its `sources` (their file names, "; "
between them; `source_iris` likewise). A node is `observed` when an
announcement states a fact about it; the others are vocabulary entries one
link from an observed one (an agency's state, a process's organisation).
Vocabulary entries nothing observed links to are left out unless
`with_vocabulary` is set. Node ids are IRIs, never text from announcements.
"""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx
from rdflib import URIRef

from kg.use.network import build_network, node_label

RDF_EXPORTS = ("ttl", "trig", "nq", "jsonld")
NETWORK_EXPORTS = ("graphml", "gexf")
FORMATS = RDF_EXPORTS + NETWORK_EXPORTS

_CLASS_OF_KIND = {"state": "State", "organisation": "InternationalOrganization", "agency": "GovernmentAgency",
                  "forum": "Process", "process": "Process", "meeting": "Meeting", "person": "Person",
                  "document": "Document"}
_VOCABULARY_NODES = """
SELECT ?node ?type ?en ?ru WHERE {
  VALUES ?type { ict:State ict:GovernmentAgency ict:InternationalOrganization ict:Process }
  ?node a ?type .
  OPTIONAL { ?node skos:prefLabel ?en FILTER(LANG(?en) = "en") }
  OPTIONAL { ?node skos:prefLabel ?ru FILTER(LANG(?ru) = "ru") }
}"""
_VOCABULARY_EDGES = "SELECT DISTINCT ?s ?o WHERE { ?s ict:agencyOf ?o }"


def entity_graph(store, with_vocabulary: bool = False) -> nx.DiGraph:
    """The entity network (kg.use.network.build_network) with scalar attributes that GraphML and GEXF
    can hold; every vocabulary body and process too when `with_vocabulary`."""
    net = build_network(store)
    source_names = {s.iri: s.name or s.iri for s in net.sources.values()}
    g = nx.DiGraph()
    for node, d in net.graph.nodes(data=True):
        attrs = {"type": _CLASS_OF_KIND[d["kind"]], "kind": d["kind"], "iri": node, "observed": bool(d["sources"]),
                 "label": node_label(net.graph, node, "en"),
                 "label_ru": node_label(net.graph, node, "ru")}
        if d["kind"] == "meeting" and d.get("date"):
            attrs["date"] = d["date"]
        g.add_node(node, **attrs)
    for a, b, d in net.graph.edges(data=True):
        head, tail = (a, b) if d.get("head", a) == a else (b, a)
        sources = sorted(d["sources"], key=lambda s: source_names.get(s, s))
        g.add_edge(head, tail, relation=d["relation"], weight=d["weight"],
                   sources="; ".join(source_names.get(s, s) for s in sources), source_iris=" ".join(sources))
    if with_vocabulary:
        _add_vocabulary(store, g)
    return g


def _add_vocabulary(store, g: nx.DiGraph) -> None:
    for r in store.query(_VOCABULARY_NODES):
        node = str(r["node"])
        if node in g:
            continue
        g.add_node(node, type=str(r["type"]).rsplit("#", 1)[-1], kind="", iri=node, observed=False,
                   label=str(r["en"] or r["ru"] or node), label_ru=str(r["ru"] or r["en"] or node))
    for r in store.query(_VOCABULARY_EDGES):
        s, o = str(r["s"]), str(r["o"])
        if s in g and o in g and not g.has_edge(s, o) and not g.has_edge(o, s):
            g.add_edge(s, o, relation="agency of", weight=1, sources="", source_iris="")


def export(store, fmt: str, out: str | os.PathLike | None = None, graph: URIRef | None = None,
           with_vocabulary: bool = False) -> bytes | None:
    """Write the store in `fmt` to `out` (bytes returned when `out` is None); `out`'s folder is created.
    `with_vocabulary`: the network formats also hold vocabulary entries no announcement links to."""
    if out is not None:
        # like every other command's --out: the folder the user named is made if missing
        Path(out).parent.mkdir(parents=True, exist_ok=True)
    if fmt in RDF_EXPORTS:
        return store.dump(out, fmt, graph=graph)
    if fmt not in NETWORK_EXPORTS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    g = entity_graph(store, with_vocabulary)
    write = nx.write_graphml if fmt == "graphml" else nx.write_gexf
    if out is not None:
        write(g, str(out))
        return None
    import io

    buf = io.BytesIO()
    write(g, buf)
    return buf.getvalue()
