"""Network views of the graph (NetworkX) and the measures analysts ask for.

Everything here reads the store, never the extractor's objects, and uses only
asserted triples (`ict:hasParticipant`, `ict:ofForum`, `ict:linkedToProcess`,
`ict:agencyOf`, chairings, delegations, document acts): inferred links may be
absent. Functions return plain data (lists of dicts) so the CLI, the pages and
the tests share them.

Sizes: betweenness is exact up to `BETWEENNESS_EXACT_LIMIT` nodes and sampled
with k=200 pivots (seeded) above it; exact betweenness on 2,000 nodes and 54k
edges takes minutes, the sample keeps the same top ranks (DESIGN.md).
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from networkx.algorithms import bipartite
from rdflib import Literal, URIRef

from kg.namespaces import (
    ANNOUNCEMENT_GRAPH_PREFIX,
    GRAPH_INFERRED,
    GRAPH_MERGED,
    GRAPH_STRENGTHS,
    GRAPH_VOCAB,
    ICT,
)

SEED = 42
BETWEENNESS_EXACT_LIMIT = 500
BETWEENNESS_SAMPLE = 200

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


def meeting_year(date: str | None) -> int | None:
    """The year of an xsd date-ish literal, or None when the year is unknown (`--09-23`)."""
    if not date or date.startswith("--") or len(date) < 4 or not date[:4].isdigit():
        return None
    return int(date[:4])


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
        state = _agency_state(g, node)
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


_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"),
}


def readable_date(iso: str | None, lang: str = "en") -> str:
    """An xsd date, gYearMonth, gYear or gMonthDay as a reader writes it; a date without its year
    says so ("23 Sep, year unknown"), so it is never read as the earliest."""
    if not iso:
        return "date unknown" if lang == "en" else "дата неизвестна"
    months = _MONTHS[lang]
    unknown = ", year unknown" if lang == "en" else ", год неизвестен"
    try:
        if iso.startswith("--"):  # --MM-DD
            return f"{int(iso[5:7])} {months[int(iso[2:4]) - 1]}{unknown}"
        if len(iso) == 4:
            return iso
        if len(iso) == 7:
            return f"{months[int(iso[5:7]) - 1]} {iso[:4]}" if lang == "en" else f"{iso[5:7]}.{iso[:4]}"
        return f"{int(iso[8:10])} {months[int(iso[5:7]) - 1]} {iso[:4]}"
    except (ValueError, IndexError):
        return iso


def ordinal_words(n: int | str | None, lang: str = "en", kind: str | None = None) -> str:
    """'10th meeting' / '10-е заседание' ('8th session' / '8-я сессия' for a session); empty when
    there is no number."""
    try:
        n = int(n)
    except (TypeError, ValueError):
        return ""
    if lang == "ru":
        return f"{n}-я сессия" if kind == "session" else f"{n}-е заседание"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} {'session' if kind == 'session' else 'meeting'}"


def meeting_title(forum: str, ordinal, date: str | None, place: str, lang: str = "en",
                  states: list[str] = (), kind: str | None = None) -> str:
    """A meeting's readable title: forum, number, date and place ("OEWG · 8th meeting · 8 Jul 2024 ·
    New York"); a meeting of no known forum is named by its states. Never an IRI's slug. The
    workbench's pages can call it with the labels they read."""
    if not forum:
        shown = ", ".join(states[:3]) + (f" +{len(states) - 3}" if len(states) > 3 else "")
        word = "Meeting" if lang == "en" else "Встреча"
        forum = f"{word} ({shown})" if shown else word
    parts = [forum, ordinal_words(ordinal, lang, kind), readable_date(date, lang), place]
    return " · ".join(p for p in parts if p)


# ---------------------------------------------------------------- filters


def resolve_name(net: Network, name: str, store=None) -> str | None:
    """An entity IRI for a name: the IRI itself, or a label, alias, acronym or ISO3 code (case-folded).

    When nothing matches exactly and a store is given, kg.use.who's resolver (which knows
    inflected Russian forms) is asked; an ambiguous name raises ValueError listing the choices.
    """
    g = net.graph
    if name in g:
        return name
    wanted = name.casefold().strip()
    hits = sorted(n for n, d in g.nodes(data=True)
                  if wanted in {a.casefold() for a in d.get("aliases", [])}
                  or wanted in {d.get("label_en", "").casefold(), d.get("label_ru", "").casefold()})
    # Prefer bodies and forums over meetings that share a forum's short name.
    hits.sort(key=lambda n: (KINDS.index(g.nodes[n]["kind"]), n))
    best = [n for n in hits if g.nodes[n]["kind"] == g.nodes[hits[0]]["kind"]] if hits else []
    if len(best) > 1:
        listed = "; ".join(f"{node_label(g, n)} <{n}>" for n in best)
        raise ValueError(f"{name!r} names {len(best)} entities ({listed}); pass one of the IRIs or a fuller name")
    if hits:
        return hits[0]
    if store is None:
        return None
    try:
        from kg.use import who
    except ImportError:
        return None
    try:
        found = str(who.resolve_name(store, name))
    except who.AmbiguousName as exc:
        raise ValueError(str(exc)) from None
    except LookupError:
        return None
    return found if found in g else None


def choice_note_for(net: Network, store, name: str, chosen: str) -> str:
    """kg.use.who.choice_note for a name resolved in the network: which entity was taken, and the others it
    could mean (by the store's names), or '' when it means only that one."""
    from kg.use import who

    others = [(iri, who.name_index(store).label(iri)) for iri, _ in who.also_named(store, name, chosen)]
    return who.choice_note(name, chosen, node_label(net.graph, chosen), others)


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


# ---------------------------------------------------------------- derived graphs


def _meeting_bodies(g: nx.Graph, meeting: str) -> set[str]:
    """Bodies that took part, with agencies rolled up to their states."""
    bodies = {n for n in g.neighbors(meeting) if g.nodes[n]["kind"] in BODY_KINDS
              and g.edges[meeting, n]["relations"] & {"participant"}}
    for n in list(bodies):
        if g.nodes[n]["kind"] == "agency":
            bodies.update(x for x in g.neighbors(n) if g.nodes[x]["kind"] == "state")
    return bodies


def _meeting_processes(g: nx.Graph, meeting: str) -> set[str]:
    return {n for n in g.neighbors(meeting) if g.nodes[n]["kind"] in PROCESS_KINDS}


def body_process_graph(g: nx.Graph) -> nx.Graph:
    """Bipartite bodies (bipartite=0) and processes/forums (bipartite=1), weighted by shared meetings."""
    b = nx.Graph()
    for m, d in g.nodes(data=True):
        if d["kind"] != "meeting":
            continue
        for body in _meeting_bodies(g, m):
            for proc in _meeting_processes(g, m):
                b.add_node(body, bipartite=0, kind=g.nodes[body]["kind"])
                b.add_node(proc, bipartite=1, kind=g.nodes[proc]["kind"])
                if not b.has_edge(body, proc):
                    b.add_edge(body, proc, weight=0, sources=set())
                b.edges[body, proc]["weight"] += 1
                # cited: the announcements that link this meeting to the process
                b.edges[body, proc]["sources"] |= g.edges[m, proc]["sources"]
    return b


def body_projection(b: nx.Graph) -> nx.Graph:
    """Bodies linked when they share a process; weight = number of shared processes."""
    return bipartite.weighted_projected_graph(b, [n for n, d in b.nodes(data=True) if d["bipartite"] == 0])


def process_projection(b: nx.Graph) -> nx.Graph:
    """Processes linked when a body takes part in both; weight = number of shared bodies."""
    return bipartite.weighted_projected_graph(b, [n for n, d in b.nodes(data=True) if d["bipartite"] == 1])


def coparticipation_graph(g: nx.Graph) -> nx.Graph:
    """Agencies linked by the meetings they attended together; weight = shared meetings."""
    co = nx.Graph()
    for m, d in g.nodes(data=True):
        if d["kind"] != "meeting":
            continue
        agencies = sorted(n for n in g.neighbors(m) if g.nodes[n]["kind"] == "agency")
        co.add_nodes_from(agencies)
        for i, a in enumerate(agencies):
            for b in agencies[i + 1:]:
                if not co.has_edge(a, b):
                    co.add_edge(a, b, weight=0, sources=set())
                co.edges[a, b]["weight"] += 1
                co.edges[a, b]["sources"] |= d.get("sources", set())
    return co


# ---------------------------------------------------------------- measures


def betweenness(g: nx.Graph) -> dict[str, float]:
    """Exact below BETWEENNESS_EXACT_LIMIT nodes, else sampled with k=200 seeded pivots."""
    if len(g) > BETWEENNESS_EXACT_LIMIT:
        return nx.betweenness_centrality(g, k=BETWEENNESS_SAMPLE, seed=SEED)
    return nx.betweenness_centrality(g)


def eigenvector(g: nx.Graph) -> dict[str, float]:
    """Eigenvector centrality per connected component scaled by its size (power iteration)."""
    out: dict[str, float] = {}
    for comp in nx.connected_components(g):
        if len(comp) < 3:
            out.update({n: 0.0 for n in comp})
            continue
        sub = g.subgraph(comp)
        try:
            ev = nx.eigenvector_centrality(sub, max_iter=1000, tol=1e-6, weight="weight")
        except nx.PowerIterationFailedConvergence:
            ev = {n: 0.0 for n in comp}
        scale = len(comp) / len(g)
        out.update({n: v * scale for n, v in ev.items()})
    return out


def centrality_table(g: nx.Graph, lang: str = "en") -> list[dict]:
    """Degree, betweenness and eigenvector centrality of every node, grouped by type, best first."""
    if len(g) == 0:
        return []
    deg = nx.degree_centrality(g)
    btw = betweenness(g)
    eig = eigenvector(g)
    rows = [{"type": d["kind"], "iri": n, "label": node_label(g, n, lang), "degree": round(deg[n], 6),
             "betweenness": round(btw[n], 6), "eigenvector": round(eig[n], 6)} for n, d in g.nodes(data=True)]
    rows.sort(key=lambda r: (KINDS.index(r["type"]), -r["degree"], -r["betweenness"], r["iri"]))
    return rows


def cited(sources, names: dict[str, str] | None = None) -> str:
    """Announcements as a table cell: their file names (IRIs when no name is known), "; " between."""
    names = names or {}
    return "; ".join(sorted(names.get(s, s) for s in sources))


def top_bodies_per_process(g: nx.Graph, top: int = 5, lang: str = "en",
                           source_names: dict[str, str] | None = None) -> list[dict]:
    """For each forum/process, the bodies in most of its meetings, with the announcements reporting them."""
    b = body_process_graph(g)
    rows = []
    for proc in sorted(n for n, d in b.nodes(data=True) if d["bipartite"] == 1):
        ranked = sorted(b.neighbors(proc), key=lambda x: (-b.edges[proc, x]["weight"], x))[:top]
        for rank, body in enumerate(ranked, 1):
            rows.append({"process": proc, "process_label": node_label(g, proc, lang), "rank": rank,
                         "body": body, "body_label": node_label(g, body, lang), "body_type": g.nodes[body]["kind"],
                         "meetings": b.edges[proc, body]["weight"],
                         "sources": cited(b.edges[proc, body]["sources"], source_names)})
    return rows


def communities(g: nx.Graph, lang: str = "en") -> list[dict]:
    """Louvain communities (seeded, so repeatable); community 1 is the largest."""
    if len(g) == 0:
        return []
    found = nx.community.louvain_communities(g, weight="weight", seed=SEED)
    found = sorted(found, key=lambda c: (-len(c), min(c)))
    return [{"community": i, "iri": n, "label": node_label(g, n, lang), "type": g.nodes[n]["kind"]}
            for i, comm in enumerate(found, 1) for n in sorted(comm)]


def participation_by_year(g: nx.Graph, lang: str = "en") -> list[dict]:
    """Per forum and year: meetings, distinct bodies, states (agencies rolled up) and agencies."""
    acc: dict[tuple[str, int], dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for m, d in g.nodes(data=True):
        year = meeting_year(d.get("date")) if d["kind"] == "meeting" else None
        if year is None or not d.get("forum"):
            continue
        slot = acc[(d["forum"], year)]
        slot["meetings"].add(m)
        for body in _meeting_bodies(g, m):
            slot["bodies"].add(body)
            slot[g.nodes[body]["kind"]].add(body)
    return [{"forum": f, "forum_label": node_label(g, f, lang), "year": y, "meetings": len(s["meetings"]),
             "bodies": len(s["bodies"]), "states": len(s["state"]), "agencies": len(s["agency"])}
            for (f, y), s in sorted(acc.items())]


def agency_process_matrix(g: nx.Graph, lang: str = "en") -> tuple[list[str], list[str], dict]:
    """Agencies (rows), processes (columns) and the meetings linking each pair."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for m, d in g.nodes(data=True):
        if d["kind"] != "meeting":
            continue
        agencies = [n for n in g.neighbors(m) if g.nodes[n]["kind"] == "agency"]
        for a in agencies:
            for p in _meeting_processes(g, m):
                counts[(a, p)] += 1
    rows = sorted({a for a, _ in counts}, key=lambda a: (_agency_state(g, a), node_label(g, a, lang)))
    cols = sorted({p for _, p in counts}, key=lambda p: node_label(g, p, lang))
    return rows, cols, dict(counts)


def _agency_state(g: nx.Graph, agency: str) -> str:
    return g.nodes[agency].get("state_code") or next(
        (x.rsplit("/", 1)[-1] for x in g.neighbors(agency)
         if g.nodes[x].get("kind") == "state" and "agency of" in g.edges[agency, x]["relations"]), "")


def agency_display(g: nx.Graph, agency: str, lang: str = "en") -> str:
    """An agency's label with its state's code (node_label adds it), since agency names omit the state."""
    return node_label(g, agency, lang)


# ---------------------------------------------------------------- shortest chains


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


# ---------------------------------------------------------------- writing


def write_table(rows: list[dict], out_dir: Path, name: str) -> tuple[Path, Path]:
    """Write rows as NAME.csv and NAME.json; returns both paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    csv_path, json_path = out_dir / f"{name}.csv", out_dir / f"{name}.json"
    with csv_path.open("w", newline="", encoding="utf-8") as fh:
        if rows:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
    json_path.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return csv_path, json_path


def analyze(store, out_dir: Path, top: int = 5, lang: str = "en") -> dict[str, list[dict]]:
    """Compute every table of `ictkg analyze` and write each as CSV and JSON under out_dir."""
    net = build_network(store)
    g = net.graph
    names = {s.iri: s.name or s.iri for s in net.sources.values()}
    co = coparticipation_graph(g)
    tables = {
        "centrality": centrality_table(g, lang),
        "top_bodies": top_bodies_per_process(g, top, lang, names),
        "communities": communities(g, lang),
        "participation_by_year": participation_by_year(g, lang),
        "agency_coparticipation": [
            {"agency_a": a, "label_a": agency_display(g, a, lang), "agency_b": b,
             "label_b": agency_display(g, b, lang), "shared_meetings": d["weight"],
             "sources": cited(d["sources"], names)}
            for a, b, d in sorted(co.edges(data=True), key=lambda e: (-e[2]["weight"], e[0], e[1]))],
    }
    for name, rows in tables.items():
        write_table(rows, Path(out_dir), name)
    return tables
