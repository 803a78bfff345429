"""Decisions on candidates: accept, merge, reject, and undo, each kept with PROV-O.

A decision rewrites, in one store transaction, every announcement graph that names the candidate
(its node becomes the decided entity, or goes) and the analyst vocabulary graph, and records what it
changed in the decisions graph so `undo` can put back exactly what was there. The inferred links and
kept answers are then made again, as `ictkg forget` does, so `who`, the queries and the pages show
the decision at once.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, SKOS, XSD

from kg.curation import GRAPH_ANALYST_VOCAB, GRAPH_DECISIONS, CurationError
from kg.ids import slug
from kg.namespaces import ANNOUNCEMENT_GRAPH_PREFIX, ICT, ID, PREFIXES
from kg.reason import materialise
from kg.reason.kept_answers import keep_answers
from kg.store import from_ox

KIND_CLASS = {"accept": ICT.Acceptance, "merge": ICT.Merge, "reject": ICT.Rejection}
CLASS_KIND = {str(v): k for k, v in KIND_CLASS.items()}
# What the announcement graphs say about a candidate node itself; a decided entity's description
# lives in a vocabulary graph instead, as a known entity's does.
_DESCRIBING = (RDF.type, ICT.isCandidate, SKOS.prefLabel, SKOS.altLabel, ICT.agencyOf, ICT.country)
# Types that the shapes want named in English and Russian (a vocabulary entity, not a candidate).
_NAMED_IN_BOTH = (ICT.Process, ICT.GovernmentAgency, ICT.InternationalOrganization)


@dataclass
class Decision:
    """One decision as the log lists it."""

    id: int
    kind: str  # accept | merge | reject
    candidate: str
    entity: str | None  # the entity accepted or merged into
    by: str
    at: str  # ISO 8601, UTC
    names: list[str] = field(default_factory=list)  # the candidate's names when decided
    sentences: list[str] = field(default_factory=list)
    undone_at: str | None = None
    undone_by: str | None = None

    @property
    def iri(self) -> URIRef:
        return decision_iri(self.id)

    def as_dict(self) -> dict:
        return {"decision": self.id, "kind": self.kind, "candidate": self.candidate, "entity": self.entity,
                "by": self.by, "at": self.at, "names": self.names, "sentences": self.sentences,
                "undone_at": self.undone_at, "undone_by": self.undone_by}


def decision_iri(n: int) -> URIRef:
    return ID[f"decision/{n}"]


def default_analyst() -> str:
    """Who decides when `--by` is not given: the user running the command."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for the uid (a container): the uid still says who
        return f"uid-{os.getuid()}"


def expand(iri: str) -> str:
    """`id:candidate/...` or a full IRI -> the full IRI."""
    prefix, _, rest = iri.partition(":")
    if prefix in PREFIXES and not rest.startswith("//"):
        return str(PREFIXES[prefix]) + rest
    return iri


# ------------------------------------------------------------------ reading the candidate


@dataclass
class _Candidate:
    iri: URIRef
    graphs: dict[URIRef, set]  # announcement graph -> its triples
    types: set
    labels: list[Literal]
    state: URIRef | None
    sentences: list[str]
    announcements: list[URIRef]


def _read_candidate(store, iri: str) -> _Candidate:
    c = URIRef(expand(iri))
    rows = store.query(f"""SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?c ict:isCandidate true }}
                           FILTER(STRSTARTS(STR(?g), "{ANNOUNCEMENT_GRAPH_PREFIX}")) }}""", {"c": c})
    if not rows:
        raise CurationError(f"{iri}: no stored announcement names this candidate; `ictkg candidates` lists "
                            "the candidates by IRI (a decided one is no longer a candidate: see "
                            "`ictkg candidates decisions`)")
    graphs = {r["g"]: set(store.triples_in(r["g"])) for r in rows}
    types, labels, state, sentences, anns = set(), [], None, [], []
    for triples in graphs.values():
        for s, p, o in triples:
            if s == c and p == RDF.type and o != ICT.Candidate:
                types.add(o)
            elif s == c and p in (SKOS.prefLabel, SKOS.altLabel) and o not in labels:
                labels.append(o)
            elif s == c and p in (ICT.agencyOf, ICT.country):
                state = state or o
            elif p == RDF.type and o == ICT.Announcement:
                anns.append(s)
        mentions = {s for s, p, o in triples if p == ICT.mentions and o == c}
        meetings = {s for s, p, o in triples if p == ICT.location and o == c}  # a place has no mention
        evidence = {s for s, p, o in triples if p == ICT.evidenceFor and o in meetings}
        for s, p, o in sorted(triples):
            if p == ICT.sentence and s in mentions | evidence:
                text = " ".join(str(o).split())
                if text not in sentences:
                    sentences.append(text)
    prefs = [lb for lb in labels if any((c, SKOS.prefLabel, lb) in t for t in graphs.values())]
    labels = prefs + [lb for lb in labels if lb not in prefs]
    return _Candidate(c, graphs, types, labels, state, sentences, sorted(anns))


# ------------------------------------------------------------------ the decisions


def accept(store, candidate: str, *, name_en: str | None = None, name_ru: str | None = None,
           state: str | None = None, by: str | None = None, reason: bool = True) -> Decision:
    """Make the candidate an entity of the analyst vocabulary. Its IRI keeps the candidate's key
    (`id:candidate/process/K` -> `id:process/K`, a body `id:agency/ISO3/K`), so meeting IRIs made
    from it stay the same and a later ingest naming it links the same node."""
    c = _read_candidate(store, candidate)
    iso3 = state.upper() if state else (str(c.state).rsplit("/", 1)[-1] if c.state else None)
    if state and not _is_state(store, iso3):
        raise CurationError(f"--state {state}: not a state of the vocabulary; give its ISO 3166 alpha-3 code "
                            "(RUS, KAZ, ...)")
    entity = _accepted_iri(c, iso3)
    if store.ask("ASK { ?e ?p ?o }", {"e": entity}) and not _is_candidate_only(store, entity):
        raise CurationError(f"{candidate}: {entity} already exists; merge the candidate into it instead "
                            f"(`ictkg candidates merge {candidate} {entity}`)")
    names = _names(c, name_en, name_ru)
    if any(t in _NAMED_IN_BOTH for t in c.types):
        missing = [f"--name-{lang}" for lang in ("en", "ru") if lang not in names]
        if missing:
            raise CurationError(f"{candidate}: a vocabulary entity has an English and a Russian name; give "
                                f"{' and '.join(missing)} (its name now: {c.labels[0] if c.labels else '-'})")
    if ICT.GovernmentAgency in c.types and not iso3:
        raise CurationError(f"{candidate}: a body belongs to a state; give --state ISO3")
    vocab = {(entity, RDF.type, t) for t in c.types}
    vocab |= {(entity, SKOS.prefLabel, lb) for lb in names.values()}
    vocab |= {(entity, SKOS.altLabel, lb) for lb in c.labels if lb not in names.values()}
    if iso3:
        vocab.add((entity, ICT.country if ICT.Place in c.types else ICT.agencyOf, ID[f"state/{iso3}"]))
    return _decide(store, "accept", c, entity, vocab, by, reason, participant_state=iso3)


def merge(store, candidate: str, into: str, *, by: str | None = None, reason: bool = True) -> Decision:
    """Say the candidate is a known entity: its mentions link to it and its names become its aliases."""
    c = _read_candidate(store, candidate)
    target = URIRef(expand(into))
    known = store.query("SELECT ?t ?state WHERE { ?e a ?t . OPTIONAL { ?e ict:agencyOf|ict:country ?state } "
                        "FILTER NOT EXISTS { ?e ict:isCandidate true } }", {"e": target})
    if not known:
        raise CurationError(f"{into}: not a known entity; merge into an entity of the vocabularies or one "
                            f"accepted before (the queue suggests some: `ictkg candidates`)")
    if not c.types & {r["t"] for r in known}:
        kinds = ", ".join(sorted(str(t).rsplit("#", 1)[-1] for t in c.types))
        raise CurationError(f"{into}: not of the candidate's type ({kinds}); merge it into an entity of that type")
    have = {str(r["l"]) for r in store.query("SELECT ?l WHERE { ?e skos:prefLabel|skos:altLabel ?l }",
                                             {"e": target})}
    vocab = {(target, SKOS.altLabel, lb) for lb in c.labels if str(lb) not in have}
    state = next((r["state"] for r in known if r["state"] is not None), None)
    iso3 = str(state).rsplit("/", 1)[-1] if state is not None and "/state/" in str(state) else None
    return _decide(store, "merge", c, target, vocab, by, reason, participant_state=iso3)


def reject(store, candidate: str, *, by: str | None = None, reason: bool = True) -> Decision:
    """Say the candidate is not an entity: it leaves the announcements' graphs (with its mentions and
    the links to it) and is not proposed again."""
    c = _read_candidate(store, candidate)
    vocab = {(c.iri, RDF.type, ICT.RejectedName)} | {(c.iri, SKOS.hiddenLabel, lb) for lb in c.labels}
    return _decide(store, "reject", c, None, vocab, by, reason)


def undo(store, decision: int, *, by: str | None = None, reason: bool = True) -> Decision:
    """Put back exactly what the decision changed; refused when a later decision changed the same
    triples (undo that one first)."""
    found = {d.id: d for d in list_decisions(store)}
    d = found.get(int(decision))
    if d is None:
        raise CurationError(f"decision {decision}: no such decision; `ictkg candidates decisions` lists them")
    if d.undone_at:
        raise CurationError(f"decision {decision}: already undone on {d.undone_at} by {d.undone_by}")
    rows = store.query("SELECT ?added ?removed WHERE { GRAPH ?g { ?d ict:addedQuads ?added ; "
                       "ict:removedQuads ?removed } }", {"d": d.iri, "g": GRAPH_DECISIONS})
    added, removed = _read_quads(str(rows[0]["added"])), _read_quads(str(rows[0]["removed"]))
    for graph, triples in added.items():
        gone = triples - set(store.triples_in(graph))
        if gone:
            later = [x.id for x in found.values() if x.id > d.id and not x.undone_at]
            raise CurationError(f"decision {decision}: what it added to {graph} has changed since "
                                f"(by decision {', '.join(map(str, later)) or 'an ingest'}); undo that first")
    now, who = _now(), by or default_analyst()
    changes = {g: (set(), t) for g, t in added.items()}  # what it added goes, what it removed comes back
    for g, t in removed.items():
        back, gone_again = changes.get(g, (set(), set()))
        changes[g] = (back | t, gone_again)
    changes[GRAPH_DECISIONS] = ({(d.iri, ICT.undoneAt, Literal(now, datatype=XSD.dateTime)),
                                 (d.iri, ICT.undoneBy, Literal(who))}, set())
    apply_changes(store, changes)
    if reason:
        refresh_answers(store)
    d.undone_at, d.undone_by = now, who
    return d


def list_decisions(store) -> list[Decision]:
    """Every decision kept in the store, oldest first, undone ones included (marked)."""
    rows = store.query("""SELECT ?d ?type ?c ?e ?by ?at ?name ?s ?undoneAt ?undoneBy WHERE { GRAPH ?g {
        ?d a ?type ; ict:onCandidate ?c ; prov:endedAtTime ?at ; prov:wasAssociatedWith ?agent .
        ?agent skos:prefLabel ?by .
        OPTIONAL { ?d ict:decidedEntity ?e } OPTIONAL { ?d ict:candidateName ?name }
        OPTIONAL { ?d ict:decisionSentence ?s }
        OPTIONAL { ?d ict:undoneAt ?undoneAt ; ict:undoneBy ?undoneBy } } }""", {"g": GRAPH_DECISIONS})
    out: dict[int, Decision] = {}
    for r in rows:
        kind = CLASS_KIND.get(str(r["type"]))
        if kind is None:
            continue
        n = int(str(r["d"]).rsplit("/", 1)[-1])
        d = out.setdefault(n, Decision(n, kind, str(r["c"]), str(r["e"]) if r["e"] else None, str(r["by"]),
                                       str(r["at"]), undone_at=str(r["undoneAt"]) if r["undoneAt"] else None,
                                       undone_by=str(r["undoneBy"]) if r["undoneBy"] else None))
        if r["name"] is not None and str(r["name"]) not in d.names:
            d.names.append(str(r["name"]))
        if r["s"] is not None and str(r["s"]) not in d.sentences:
            d.sentences.append(str(r["s"]))
    return [out[n] for n in sorted(out)]


# ------------------------------------------------------------------ how a decision is made


def _decide(store, kind: str, c: _Candidate, entity: URIRef | None, vocab: set, by: str | None, reason: bool,
            participant_state: str | None = None) -> Decision:
    changes: dict[URIRef, tuple[set, set]] = {}
    for graph, triples in c.graphs.items():
        new = _rewrite(triples, c.iri, entity, participant=bool(participant_state) and ICT.GovernmentAgency in c.types)
        if new != triples:
            changes[graph] = (new - triples, triples - new)
    current_vocab = set(store.triples_in(GRAPH_ANALYST_VOCAB))
    vocab_added = vocab - current_vocab
    if vocab_added:
        changes[GRAPH_ANALYST_VOCAB] = (vocab_added, set())
    n = 1 + max((d.id for d in list_decisions(store)), default=0)
    who, now = by or default_analyst(), _now()
    d = Decision(n, kind, str(c.iri), str(entity) if entity is not None else None, who, now,
                 [str(lb) for lb in c.labels], c.sentences)
    record = _record(d, c, changes)
    changes[GRAPH_DECISIONS] = (record, set())
    apply_changes(store, changes)
    if reason:
        refresh_answers(store)
    return d


def _rewrite(triples: set, c: URIRef, entity: URIRef | None, participant: bool) -> set:
    """An announcement graph with the candidate node replaced by `entity` (its own description
    dropped: the entity's lives in a vocabulary graph), or, for a rejection, without it, its
    mentions and every link to it. A body with a state takes part in the meetings that name it."""
    mentions = {s for s, p, o in triples if p == ICT.mentions and o == c}
    out = set()
    for s, p, o in triples:
        if s == c and p in _DESCRIBING:
            continue
        if entity is None and (s == c or o == c or s in mentions):
            continue
        out.add((entity if s == c else s, p, entity if o == c else o))
    if participant and entity is not None:
        out |= {(o, ICT.hasParticipant, entity) for s, p, o in triples if p == ICT.inMeeting and s in mentions}
    return out


def _record(d: Decision, c: _Candidate, changes: dict) -> set:
    """The decision as PROV-O: an activity of its kind, when, by whom, on which candidate, named how
    and in which sentences and announcements, and what it changed (to undo it)."""
    di, agent = d.iri, ID[f"analyst/{slug(d.by)}"]
    out = {(di, RDF.type, KIND_CLASS[d.kind]), (di, RDF.type, PROV.Activity),
           (di, ICT.onCandidate, c.iri), (di, PROV.endedAtTime, Literal(d.at, datatype=XSD.dateTime)),
           (di, PROV.wasAssociatedWith, agent), (agent, RDF.type, PROV.Agent), (agent, SKOS.prefLabel, Literal(d.by)),
           (di, ICT.addedQuads, Literal(_write_quads({g: a for g, (a, _r) in changes.items()}))),
           (di, ICT.removedQuads, Literal(_write_quads({g: r for g, (_a, r) in changes.items()})))}
    if d.entity:
        out.add((di, ICT.decidedEntity, URIRef(d.entity)))
    out |= {(di, ICT.candidateName, lb) for lb in c.labels}
    out |= {(di, ICT.decisionSentence, Literal(s)) for s in c.sentences}
    out |= {(di, PROV.used, a) for a in c.announcements}
    return out


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _names(c: _Candidate, name_en: str | None, name_ru: str | None) -> dict[str, Literal]:
    names = {}
    for lb in c.labels[:1]:
        if getattr(lb, "language", None) in ("en", "ru"):
            names[lb.language] = lb
    if name_en:
        names["en"] = Literal(name_en.strip(), lang="en")
    if name_ru:
        names["ru"] = Literal(name_ru.strip(), lang="ru")
    return names


def _accepted_iri(c: _Candidate, iso3: str | None) -> URIRef:
    key = str(c.iri).rsplit("/", 1)[-1]
    if ICT.GovernmentAgency in c.types:
        old = str(c.state).rsplit("/", 1)[-1].lower() + "-" if c.state else ""
        body = key[len(old):] if old and key.startswith(old) else key
        return ID[f"agency/{iso3}/{body}"]
    if "/candidate/process/" in str(c.iri):
        return ID[f"process/{key}"]
    if "/candidate/" in str(c.iri):
        return ID[str(c.iri).split("/candidate/", 1)[1]]
    return c.iri  # a GeoNames city keeps its place IRI


def _is_state(store, iso3: str | None) -> bool:
    return bool(iso3) and store.ask("ASK { ?s a ict:State }", {"s": ID[f"state/{iso3}"]})


def _is_candidate_only(store, entity: URIRef) -> bool:
    """True when `entity` exists only as the candidate itself (a GeoNames city keeps its IRI)."""
    return store.ask("ASK { ?e ict:isCandidate true }", {"e": entity}) and not store.ask(
        "ASK { GRAPH ?g { ?e a ?t } FILTER(?g = ?v) }", {"e": entity, "v": GRAPH_ANALYST_VOCAB})


# ------------------------------------------------------------------ writing


def _write_quads(by_graph: dict[URIRef, set]) -> str:
    """N-Quads, each term written by rdflib (escaped), in a stable order."""
    return "".join(sorted(f"{_nt(t)[:-1]}{URIRef(g).n3()} .\n" for g, triples in by_graph.items() for t in triples))


def _read_quads(text: str) -> dict[URIRef, set]:
    import pyoxigraph as ox


    out: dict[URIRef, set] = {}
    for q in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS):
        out.setdefault(URIRef(q.graph_name.value), set()).add(
            (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    return out


def apply_changes(store, changes: dict[URIRef, tuple[set, set]]) -> None:
    """Apply (added, removed) triples per graph in one transaction; a graph left empty is dropped
    (`change_triples` of either store: the merged graph follows on the embedded one)."""
    store.change_triples(changes)


def _nt(t) -> str:
    return " ".join(term.n3() for term in t) + " ."


def refresh_answers(store) -> None:
    """Reason again over everything and keep the answers, as `ictkg forget` does: a decision can
    remove links, which reasoning over added graphs alone never does."""

    materialise(store)
    keep_answers(store)
    store.flush()
