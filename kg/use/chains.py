"""Shortest chains between two entities of the network, each hop with its evidence sentence and source."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
from rdflib import URIRef

from kg.errors import Errors
from kg.use.names import node_choice_note, resolve_node
from kg.use.network import Network, Source, build_network


def _s(term) -> str:
    return "" if term is None else str(term)


def shortest_chains(store, net: Network, a: str, b: str, limit: int = 3, lang: str = "en") -> list[list[dict]]:
    """Up to `limit` shortest chains from a to b; each hop with its relation, evidence sentence and source."""
    g = net.graph
    if a not in g or b not in g:
        return []
    try:
        paths = []
        for p in nx.all_shortest_paths(g, a, b):
            paths.append(p)
            if len(paths) >= limit:
                break
    except nx.NetworkXNoPath:
        return []
    return [[_hop(store, net, x, y, lang) for x, y in zip(p, p[1:], strict=False)] for p in paths]


def _hop(store, net: Network, x: str, y: str, lang: str) -> dict:
    d = net.graph.edges[x, y]
    sentence, source = "", None
    for relation, a, b, fact in d["facts"]:
        sentence, source = _evidence(store, relation, a, b, fact)
        if sentence:
            break
    src = net.sources.get(source) if source else None
    if source and not src:
        src = next((s for s in net.sources.values() if s.iri == source), None)
    return {"from": x, "from_label": net.label(x, lang), "to": y, "to_label": net.label(y, lang),
            "relation": d["relation"], "sentence": sentence,
            "source": src.as_dict() if src else ({"iri": "vocabulary"} if not d["sources"] else None)}


def _evidence(store, relation: str, a: str, b: str, fact: str) -> tuple[str, str | None]:
    """The sentence that supports one fact: a mention of the entity in that meeting, else the
    evidence of the fact node (meeting, chairing, delegation, act)."""
    bind = {"a": URIRef(a), "b": URIRef(b), "fact": URIRef(fact)}
    rows = store.query(
        """SELECT ?sentence ?ann ?pri ?a ?b ?fact WHERE {
             { ?x ict:mentions ?b ; ict:inMeeting ?a ; ict:sentence ?sentence ; prov:wasDerivedFrom ?ann .
               BIND(1 AS ?pri) }
             UNION
             { ?x ict:evidenceFor ?fact ; ict:sentence ?sentence ; prov:wasDerivedFrom ?ann . BIND(2 AS ?pri) }
           } ORDER BY ?pri ?ann LIMIT 1""",
        bind,
    )
    if not rows:
        return "", None
    ann = _s(rows[0]["ann"])
    return _s(rows[0]["sentence"]), ann


def source_by_announcement(net: Network) -> dict[str, Source]:
    return {s.iri: s for s in net.sources.values()}


class NotInNetwork(LookupError):
    """No node of the network is called so."""

    def __init__(self, name: str):
        self.name = name
        super().__init__(Errors.E103.format(name=name))


@dataclass
class Chains:
    """The shortest chains between two named entities, with the notes on names that could mean others."""

    ends: tuple[str, str]
    labels: tuple[str, str]
    chains: list[list[dict]]
    notes: list[str]


def chains_between(store, a: str, b: str, limit: int = 3, lang: str = "en") -> Chains:
    """Up to `limit` shortest chains between the entities named `a` and `b` (names, acronyms, ISO3 codes or
    IRIs). Raises NotInNetwork for a name no node has, AmbiguousName for one several share."""
    net = build_network(store)
    ends, notes = [], []
    for name in (a, b):
        iri = resolve_node(net, name, store)
        if not iri:
            raise NotInNetwork(name)
        note = node_choice_note(net, store, name, iri) if iri != name else ""
        if note:
            notes.append(note)
        ends.append(iri)
    return Chains((ends[0], ends[1]), (net.label(ends[0], lang), net.label(ends[1], lang)),
                  shortest_chains(store, net, ends[0], ends[1], limit=limit, lang=lang), notes)
