"""The entity network drawn from the store (NetworkX), and its filters.

Everything here reads the store, never the extractor's objects, and uses only
asserted triples (`ict:hasParticipant`, `ict:ofForum`, `ict:linkedToProcess`,
`ict:agencyOf`, chairings, delegations, document acts): inferred links may be
absent. The measures (kg.use.analysis), chains (kg.use.chains), pictures
(kg.use.viz), report and exports all start from `build_network`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx
from rdflib import Literal, URIRef

from kg.namespaces import (
    ANNOUNCEMENT_GRAPH_PREFIX,
    GRAPH_INFERRED,
    GRAPH_MERGED,
    GRAPH_STRENGTHS,
    GRAPH_VOCAB,
    ICT,
)
from kg.use.titles import meeting_title, meeting_year

BODY_KINDS = ("state", "organisation", "agency")
PROCESS_KINDS = ("forum", "process")
KINDS = ("state", "organisation", "agency", "forum", "process", "meeting", "person", "document")

_CLASS_KIND = {
    ICT.State: "state",
    ICT.InternationalOrganization: "organisation",
    ICT.GovernmentAgency: "agency",
    ICT.Process: "process",
    ICT.Meeting: "meeting",
    ICT.Person: "person",
    ICT.Document: "document",
}

# Each edge kind: a relation label and a pattern binding ?a ?b (the two ends), ?g (the
# graph that asserts it) and ?fact (the node whose evidence supports it).
_EDGE_PATTERNS: list[tuple[str, str]] = [
    ("participant", "GRAPH ?g { ?a ict:hasParticipant ?b } BIND(?a AS ?fact)"),
    ("participant", "GRAPH ?g { ?fact ict:atMeeting ?a ; ict:hasMemberAgency ?b }"),
    ("participant", "GRAPH ?g { ?fact ict:atMeeting ?a ; ict:delegationOf ?b }"),
    ("delegate", "GRAPH ?g { ?fact ict:atMeeting ?a ; ict:hasMember ?b }"),
    ("chair", "GRAPH ?g { ?fact ict:chairOf ?a ; ict:chairPerson ?b }"),
    ("meeting of", "GRAPH ?g { ?a ict:ofForum ?b } BIND(?a AS ?fact)"),
    ("linked process", "GRAPH ?g { ?a ict:linkedToProcess ?b } BIND(?a AS ?fact)"),
    ("document", "GRAPH ?g { ?fact ict:actMeeting ?a ; ict:actDocument ?b }"),
    ("basis of", "GRAPH ?g { ?a ict:basisOf ?b } BIND(?a AS ?fact)"),
    ("post in", "GRAPH ?g { ?a ict:holdsPost ?fact . ?fact ict:postIn ?b }"),
    ("agency of", "GRAPH ?g { ?a ict:agencyOf ?b } BIND(?a AS ?fact)"),
    ("part of", "GRAPH ?g { ?a ict:subUnitOf ?b } BIND(?a AS ?fact)"),
    ("involves", "GRAPH ?g { ?a ict:involvesState ?b } BIND(?a AS ?fact)"),
    ("counterpart", "GRAPH ?g { ?a ict:counterpartOrganization ?b } BIND(?a AS ?fact)"),
    ("parent organisation", "GRAPH ?g { ?a ict:parentOrganization ?b } BIND(?a AS ?fact)"),
]
# Vocabulary relations only attach to entities that facts already put in the network,
# so a store holding all of the vocabulary does not draw every state on earth.
_VOCAB_RELATIONS = {"agency of", "part of", "involves", "counterpart", "parent organisation"}


@dataclass
class Source:
    """One announcement that supports facts: what a reader needs to find it."""

    iri: str
    name: str = ""
    title: str = ""
    url: str = ""
    issued: str = ""

    def as_dict(self) -> dict:
        return {"iri": self.iri, "name": self.name, "title": self.title, "url": self.url, "issued": self.issued}


@dataclass
class Network:
    """The entity graph plus the announcements its edges cite."""

    graph: nx.Graph
    sources: dict[str, Source] = field(default_factory=dict)  # announcement IRI -> Source

    def label(self, node: str, lang: str = "en") -> str:
        return node_label(self.graph, node, lang)


def node_label(g: nx.Graph, node: str, lang: str = "en") -> str:
    """The node's label in `lang`, falling back to the other language, then to the IRI's tail."""
    data = g.nodes[node]
    other = "ru" if lang == "en" else "en"
    label = data.get(f"label_{lang}") or data.get(f"label_{other}") or node.rstrip("/").rsplit("/", 1)[-1]
    # Agency names are written without their state ("Ministry of Foreign Affairs"): add its code.
    return f"{label} ({data['state_code']})" if data.get("state_code") else label


# ---------------------------------------------------------------- reading the store


def _s(term) -> str:
    return "" if term is None else str(term)


def load_sources(store) -> dict[str, Source]:
    """Announcements by their own named graph IRI.

    Only an announcement graph's own announcement: the merged graph (kg/store.py) holds every
    announcement, and taking it as one more source made its last row the source of every fact
    that graph repeats."""
    rows = store.query(
        """SELECT ?g ?ann ?name ?title ?url ?issued WHERE { GRAPH ?g { ?ann a ict:Announcement .
             OPTIONAL { ?ann ict:sourceName ?name } OPTIONAL { ?ann dcterms:title ?title }
             OPTIONAL { ?ann schema:url ?url } OPTIONAL { ?ann dcterms:issued ?issued } }
             FILTER(STRSTARTS(STR(?g), ?prefix)) }""",
        {"prefix": Literal(ANNOUNCEMENT_GRAPH_PREFIX)},
    )
    out: dict[str, Source] = {}
    for r in rows:
        graph, ann = _s(r["g"]), _s(r["ann"])
        if graph in out and out[graph].iri != ann:
            continue  # a graph reports one announcement; a stray second one is not its source
        out[graph] = Source(ann, _s(r["name"]), _s(r["title"]), _s(r["url"]), _s(r["issued"]))
    return out


# Graphs whose facts are not stated by one source: the merged copy of all of them and what reasoning
# derives. The network is drawn from the stated facts, each edge citing the graphs that state it.
_NOT_STATED = f"FILTER(?g NOT IN (<{GRAPH_MERGED}>, <{GRAPH_INFERRED}>, <{GRAPH_STRENGTHS}>))"


def _node_kinds(store) -> dict[str, tuple[str, bool]]:
    rows = store.query(
        """SELECT ?n ?class ?cand WHERE { ?n a ?class .
             VALUES ?class { ict:State ict:InternationalOrganization ict:GovernmentAgency ict:Process
                             ict:Meeting ict:Person ict:Document }
             OPTIONAL { ?n ict:isCandidate ?cand } }"""
    )
    kinds: dict[str, tuple[str, bool]] = {}
    for r in rows:
        kind = _CLASS_KIND[URIRef(r["class"])]
        node = _s(r["n"])
        # A candidate agency may also be typed as something broader; keep the most specific.
        if node not in kinds or kinds[node][0] == "process":
            kinds[node] = (kind, bool(r["cand"] is not None and r["cand"].toPython() is True))
    return kinds


def _labels(store) -> dict[str, dict[str, set[str]]]:
    """prefLabels (and person name forms) by node and language; also every alias for lookup."""
    rows = store.query(
        """SELECT ?n ?p ?l WHERE { ?n ?p ?l .
             VALUES ?p { skos:prefLabel skos:altLabel ict:acronym ict:nameNative ict:nameLatin ict:iso3 } }"""
    )
    labels: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in rows:
        p = str(r["p"]).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        lang = getattr(r["l"], "language", None) or ""
        labels[_s(r["n"])][f"{p}@{lang}"].add(str(r["l"]))
    return labels


def _pick(names: dict[str, set[str]], *keys: str) -> str:
    for key in keys:
        if names.get(key):
            return sorted(names[key])[0]
    return ""


_MEETING_FACTS = (("date", "ict:date"), ("end_date", "ict:endDate"), ("format", "ict:format"),
                  ("place", "ict:location"), ("meeting_kind", "ict:meetingKind"), ("ordinal", "ict:ordinal"))


def _meeting_details(store) -> dict[str, dict]:
    """Date, format, place, kind and number of every meeting: one DISTINCT query per property, so a
    meeting reported by many announcements costs one row per value, not one per combination."""
    out: dict[str, dict] = {}
    for r in store.query("SELECT DISTINCT ?m WHERE { ?m a ict:Meeting }"):
        out.setdefault(_s(r["m"]), {})
    for name, prop in _MEETING_FACTS:
        for r in store.query(f"SELECT DISTINCT ?m ?v WHERE {{ ?m a ict:Meeting ; {prop} ?v }}"):
            value = r["v"]
            if name == "format":
                text = str(value).rsplit("#", 1)[-1]
            elif name == "place":
                text = _s(value)
            else:
                text = str(value)
            out.setdefault(_s(r["m"]), {}).setdefault(name, text)
    return out


# Entities counted apart: those some announcement names (observed) and those the vocabularies list,
# most of which no announcement names (every state on earth, every agency the vocabulary knows).
COUNTED_KINDS = ("state", "organisation", "agency", "process", "person", "document")
_COUNTED_CLASSES = " ".join(f"ict:{c.rsplit('#', 1)[-1]}" for c, k in _CLASS_KIND.items() if k in COUNTED_KINDS)


def entity_counts(store) -> dict[str, dict[str, int]]:
    """{kind: {"observed": n, "vocabulary": m}}: entities named in at least one announcement's graph, and
    entities listed in the vocabularies (an entity can be both)."""
    observed = store.query(f"""SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {{
        VALUES ?class {{ {_COUNTED_CLASSES} }} ?x a ?class .
        FILTER EXISTS {{ GRAPH ?g {{ ?s ?p ?x }} FILTER(STRSTARTS(STR(?g), ?prefix)) }} }} GROUP BY ?class""",
                           {"prefix": Literal(ANNOUNCEMENT_GRAPH_PREFIX)})
    listed = store.query(f"""SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {{
        VALUES ?class {{ {_COUNTED_CLASSES} }} GRAPH <{GRAPH_VOCAB}> {{ ?x a ?class }} }} GROUP BY ?class""")
    out = {k: {"observed": 0, "vocabulary": 0} for k in COUNTED_KINDS}
    for rows, which in ((observed, "observed"), (listed, "vocabulary")):
        for r in rows:
            out[_CLASS_KIND[URIRef(r["class"])]][which] = int(r["n"])
    return out


def meeting_titles(store) -> dict[str, dict[str, str]]:
    """{meeting IRI: {"en": title, "ru": title}} for every meeting, named as the network names them
    (`meeting_title`: forum's acronym or name, number, date, place; a meeting of no forum by its states).
    For pages that read the store rather than the network (the workbench)."""
    details = _meeting_details(store)
    labels = _labels(store)
    forum_of = {_s(r["m"]): _s(r["f"]) for r in store.query(
        "SELECT ?m (MIN(?f) AS ?f) WHERE { ?m a ict:Meeting ; ict:ofForum ?f } GROUP BY ?m")}
    states: dict[str, set[str]] = defaultdict(set)
    for r in store.query("SELECT DISTINCT ?m ?s WHERE { ?m a ict:Meeting ; ict:hasParticipant ?s . ?s a ict:State }"):
        states[_s(r["m"])].add(_s(r["s"]))

    def name(node: str, lang: str, short: bool = False) -> str:
        names = labels.get(node, {})
        own = _pick(names, f"acronym@{lang}") if short else ""
        if lang == "ru":
            own = own or _pick(names, "prefLabel@ru", "nameNative@ru")
        return own or (_pick(names, "acronym@en") if short else "") or _pick(
            names, "prefLabel@en", "nameLatin@", "prefLabel@") or node.rstrip("/").rsplit("/", 1)[-1]

    out: dict[str, dict[str, str]] = {}
    for meeting, d in details.items():
        forum = forum_of.get(meeting)
        out[meeting] = {lang: meeting_title(
            name(forum, lang, short=True) if forum else "", d.get("ordinal"), d.get("date"),
            name(d["place"], lang) if d.get("place") else "", lang,
            sorted(name(s, lang) for s in states.get(meeting, ())), d.get("meeting_kind"))
            for lang in ("en", "ru")}
    return out


def build_network(store) -> Network:
    """The full entity graph: typed nodes, edges typed and weighted by supporting sources."""
    sources = load_sources(store)
    kinds = _node_kinds(store)
    labels = _labels(store)
    details = _meeting_details(store)
    g = nx.Graph()
    vocab_edges = []
    for relation, pattern in _EDGE_PATTERNS:
        for r in store.query(f"SELECT ?a ?b ?g ?fact WHERE {{ {pattern} {_NOT_STATED} }}"):
            a, b, graph = _s(r["a"]), _s(r["b"]), _s(r["g"])
            if a not in kinds or b not in kinds or a == b:
                continue
            if relation in _VOCAB_RELATIONS:
                vocab_edges.append((relation, a, b, graph, _s(r["fact"])))
                continue
            _add_fact(g, relation, a, b, graph, _s(r["fact"]), sources)
    for relation, a, b, graph, fact in vocab_edges:
        if a in g:
            _add_fact(g, relation, a, b, graph, fact, sources)
    forums = {n for a, b, d in g.edges(data=True) if "meeting of" in d["relations"] for n in (a, b)
              if kinds[n][0] == "process"}
    for node in g.nodes:
        kind, candidate = kinds[node]
        if kind == "process" and node in forums:
            kind = "forum"
        names = labels.get(node, {})
        data = g.nodes[node]
        data.update(kind=kind, candidate=candidate)
        data["label_en"] = _pick(names, "prefLabel@en", "nameLatin@", "prefLabel@")
        data["label_ru"] = _pick(names, "prefLabel@ru", "nameNative@ru")
        data["short_en"] = _pick(names, "acronym@en") or data["label_en"]
        data["short_ru"] = _pick(names, "acronym@ru") or data["label_ru"]
        data["aliases"] = sorted(set().union(*names.values())) if names else []
        if kind == "meeting":
            data.update(details.get(node, {}))
            if "place" in data:
                place = labels.get(data["place"], {})
                data["place_en"] = _pick(place, "prefLabel@en")
                data["place_ru"] = _pick(place, "prefLabel@ru")
    for node in [n for n, d in g.nodes(data=True) if d.get("kind") == "agency"]:
        state = agency_state(g, node)
        if state:
            g.nodes[node]["state_code"] = state
    for node in [n for n, d in g.nodes(data=True) if d.get("kind") == "meeting"]:
        _name_meeting(g, node)
    for a, b, d in g.edges(data=True):
        for s in d["sources"]:
            g.nodes[a]["sources"].add(s)
            g.nodes[b]["sources"].add(s)
    return Network(g, sources)


def _add_fact(g: nx.Graph, relation: str, a: str, b: str, graph: str, fact: str, sources) -> None:
    for n in (a, b):
        if n not in g:
            g.add_node(n, sources=set())
    if not g.has_edge(a, b):
        g.add_edge(a, b, relations=set(), sources=set(), facts=[], head=a)
    d = g.edges[a, b]
    d["relations"].add(relation)
    if graph in sources:
        d["sources"].add(sources[graph].iri)
    d["facts"].append((relation, a, b, fact))
    d["relation"] = ", ".join(sorted(d["relations"]))
    # Vocabulary links have no announcement behind them but still count once.
    d["weight"] = max(1, len(d["sources"]))


def _name_meeting(g: nx.Graph, meeting: str) -> None:
    data = g.nodes[meeting]
    forum = next((n for n in g.neighbors(meeting) if "meeting of" in g.edges[meeting, n]["relations"]
                  and g.nodes[n].get("kind") == "forum"), None)
    data["forum"] = forum
    states = sorted((n for n in g.neighbors(meeting) if g.nodes[n].get("kind") == "state"
                     and "participant" in g.edges[meeting, n]["relations"]), key=lambda n: node_label(g, n))
    for lang in ("en", "ru"):
        head = (g.nodes[forum][f"short_{lang}"] or node_label(g, forum, lang)) if forum else ""
        place = data.get(f"place_{lang}") or data.get("place_en") or ""
        data[f"label_{lang}"] = meeting_title(head, data.get("ordinal"), data.get("date"), place, lang,
                                              [node_label(g, n, lang) for n in states], data.get("meeting_kind"))
        data[f"short_{lang}"] = data[f"label_{lang}"]


# ---------------------------------------------------------------- filters


def filter_network(net: Network, *, forums=(), states=(), since: int | None = None,
                   focus: str | None = None, depth: int = 1) -> nx.Graph:
    """A subgraph: meetings of the forums, with the states (or their agencies), from `since` on.

    Non-meeting nodes stay when they touch a kept meeting; vocabulary links among kept
    nodes stay. `focus` keeps only nodes within `depth` hops of that node.
    """
    g = net.graph
    if forums or states or since is not None:
        keep_meetings = set()
        state_set = set(states)
        for m, d in g.nodes(data=True):
            if d["kind"] != "meeting":
                continue
            if forums and d.get("forum") not in forums and not (set(g.neighbors(m)) & set(forums)):
                continue
            if since is not None and (meeting_year(d.get("date")) or 0) < since:
                continue
            if state_set and not (_meeting_states(g, m) & state_set):
                continue
            keep_meetings.add(m)
        keep = set(keep_meetings)
        for m in keep_meetings:
            keep.update(g.neighbors(m))
        for n in list(keep):  # roll agencies up to their state, keep people's posts
            keep.update(x for x in g.neighbors(n) if g.edges[n, x]["relations"] & {"agency of", "post in"}
                        and g.nodes[n]["kind"] != "meeting")
        g = g.subgraph(keep)
    if focus:
        if focus not in g:
            return g.subgraph([])
        g = nx.ego_graph(g, focus, radius=depth)
    return g.copy()


def _meeting_states(g: nx.Graph, meeting: str) -> set[str]:
    states = set()
    for n in g.neighbors(meeting):
        kind = g.nodes[n]["kind"]
        if kind == "state":
            states.add(n)
        elif kind == "agency":
            states.update(x for x in g.neighbors(n) if g.nodes[x]["kind"] == "state")
    return states


def agency_state(g: nx.Graph, agency: str) -> str:
    return g.nodes[agency].get("state_code") or next(
        (x.rsplit("/", 1)[-1] for x in g.neighbors(agency)
         if g.nodes[x].get("kind") == "state" and "agency of" in g.edges[agency, x]["relations"]), "")


def agency_display(g: nx.Graph, agency: str, lang: str = "en") -> str:
    """An agency's label with its state's code (node_label adds it), since agency names omit the state."""
    return node_label(g, agency, lang)
