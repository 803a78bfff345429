"""The review queue: every candidate entity of the store's announcements, with the announcements
and sentences that name it and up to three known entities it may be (string similarity over lemmas,
transliterated, so case forms and scripts do not hide a match)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import URIRef

from kg.curation import GRAPH_ANALYST_VOCAB
from kg.curation.vocabulary import analyst_vocabulary
from kg.ids import translit_simple
from kg.namespaces import ANNOUNCEMENT_GRAPH_PREFIX, ICT
from kg.nlp.text import normal_tokens
from kg.vocab import Vocabulary, entities_from_graph, load_vocab_graph, load_vocabulary

# What a candidate is, by its type; the word the queue shows.
KINDS = {
    str(ICT.Process): "forum",
    str(ICT.GovernmentAgency): "body",
    str(ICT.InternationalOrganization): "organisation",
    str(ICT.Place): "place",
    str(ICT.Person): "person",
    str(ICT.Document): "document",
}
# The vocabulary type (kg.vocab.Entity.type) a suggestion for each kind must have.
VOCAB_TYPE = {"forum": "process", "body": "agency", "organisation": "organization", "place": "place",
              "document": "document"}
SUGGESTIONS = 3
MIN_SCORE = 60.0  # rapidfuzz token_sort_ratio, 0-100: below it a "match" shares little more than its head noun

_IN_ANNOUNCEMENTS = f'FILTER(STRSTARTS(STR(?g), "{ANNOUNCEMENT_GRAPH_PREFIX}"))'
_CANDIDATES = """
SELECT ?g ?c ?type ?label ?state ?a ?source WHERE {
  GRAPH ?g { ?c ict:isCandidate true ; a ?type .
             OPTIONAL { ?c skos:prefLabel|skos:altLabel ?label }
             OPTIONAL { ?c ict:agencyOf|ict:country ?state }
             ?a a ict:Announcement . OPTIONAL { ?a ict:sourceName ?source } }
  FILTER(?type != ict:Candidate) """ + _IN_ANNOUNCEMENTS + "}"
_SENTENCES = """
SELECT ?c ?s WHERE {
  GRAPH ?g { ?c ict:isCandidate true .
             { ?mn ict:mentions ?c ; ict:sentence ?s }
             UNION { ?m ict:location ?c . ?ev ict:evidenceFor ?m ; ict:sentence ?s } }
  """ + _IN_ANNOUNCEMENTS + "}"
_REJECTED = "SELECT ?c WHERE { GRAPH ?v { ?c a ict:RejectedName } }"


@dataclass
class Suggestion:
    iri: str
    name: str
    score: float  # 0-100


@dataclass
class QueueEntry:
    """One candidate entity as the analyst reviews it."""

    iri: str
    kind: str  # forum | body | organisation | place | person | document
    name: str  # its preferred label (the nominative)
    labels: list[str] = field(default_factory=list)  # every name it was given, preferred first
    state: str | None = None  # ISO3 of a body's state or a place's country
    announcements: dict[str, str] = field(default_factory=dict)  # IRI -> source name
    sentences: list[str] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.announcements)

    def as_dict(self) -> dict:
        return {"candidate": self.iri, "kind": self.kind, "name": self.name, "labels": self.labels,
                "state": self.state, "count": self.count,
                "announcements": [{"iri": a, "source": s} for a, s in self.announcements.items()],
                "sentences": self.sentences,
                "suggestions": [{"iri": s.iri, "name": s.name, "score": round(s.score, 1)} for s in self.suggestions]}


def candidate_queue(store, *, suggest: bool = True) -> list[QueueEntry]:
    """Every candidate entity named by a stored announcement and not rejected, most announcements
    first (then by name), each with its sentences and, if `suggest`, its suggested matches."""
    rejected = {str(r["c"]) for r in store.query(_REJECTED, {"v": GRAPH_ANALYST_VOCAB})}
    entries: dict[str, QueueEntry] = {}
    for r in store.query(_CANDIDATES):
        iri = str(r["c"])
        kind = KINDS.get(str(r["type"]))
        if iri in rejected or kind is None:
            continue
        e = entries.setdefault(iri, QueueEntry(iri, kind, ""))
        e.announcements.setdefault(str(r["a"]), str(r["source"] or r["a"]))
        if r["label"] is not None and str(r["label"]) not in e.labels:
            e.labels.append(str(r["label"]))
        if r["state"] is not None and e.state is None:
            e.state = str(r["state"]).rsplit("/", 1)[-1]
    for iri, e in entries.items():
        e.name = _preferred_name(store, iri) or (e.labels[0] if e.labels else iri.rsplit("/", 1)[-1])
        e.labels = [e.name] + sorted(x for x in e.labels if x != e.name)
        e.announcements = dict(sorted(e.announcements.items(), key=lambda kv: (kv[1], kv[0])))
    for r in store.query(_SENTENCES):
        e = entries.get(str(r["c"]))
        text = " ".join(str(r["s"]).split())
        if e is not None and text not in e.sentences:
            e.sentences.append(text)
    queue = sorted(entries.values(), key=lambda e: (-e.count, e.name.casefold(), e.iri))
    if suggest and queue:
        known = KnownNames.build(store)
        for e in queue:
            e.suggestions = known.suggest(e)
    return queue


def _preferred_name(store, iri: str) -> str | None:
    rows = store.query(f"SELECT ?l WHERE {{ GRAPH ?g {{ ?c skos:prefLabel ?l }} {_IN_ANNOUNCEMENTS} }}",
                       {"c": URIRef(iri)})
    names = sorted({str(r["l"]) for r in rows})
    return names[0] if names else None


@lru_cache(maxsize=50_000)
def match_key(name: str) -> str:
    """A name as suggestions compare it: its lemmas, lower case, in Latin letters, so that
    «Министерства связи», «Министерство связи» and "Ministerstvo svyazi" compare equal."""

    return translit_simple(" ".join(normal_tokens(name)) or name.casefold())


@dataclass
class KnownNames:
    """Every name of every known entity (shipped and analyst vocabularies), by vocabulary type."""

    by_type: dict[str, list[tuple[str, str, str, str | None]]]  # type -> (key, iri, display name, state)

    @classmethod
    def build(cls, store) -> KnownNames:

        extra = analyst_vocabulary(store)
        vocab = load_vocabulary() if not len(extra) else Vocabulary(entities_from_graph(load_vocab_graph() + extra))
        by_type: dict[str, list] = {}
        for e in vocab.entities.values():
            for name in e.all_names():
                by_type.setdefault(e.type, []).append((match_key(name), e.iri, e.name_en, e.state))
        return cls(by_type)

    def suggest(self, entry: QueueEntry, limit: int = SUGGESTIONS) -> list[Suggestion]:
        """The best `limit` known entities of the candidate's type (a body: of its state, when known)."""
        from rapidfuzz import fuzz, process

        type_ = VOCAB_TYPE.get(entry.kind)
        names = [n for n in self.by_type.get(type_, [])
                 if not (entry.kind == "body" and entry.state and n[3] and n[3] != entry.state)]
        if not names:
            return []
        best: dict[str, Suggestion] = {}
        keys = [n[0] for n in names]
        for label in entry.labels:
            for _key, score, i in process.extract(match_key(label), keys, scorer=fuzz.token_sort_ratio, limit=limit * 4,
                                                  score_cutoff=MIN_SCORE):
                _k, iri, display, state = names[i]
                shown = f"{display} ({state})" if entry.kind == "body" and state else display
                if iri not in best or score > best[iri].score:
                    best[iri] = Suggestion(iri, shown, float(score))
        return sorted(best.values(), key=lambda s: (-s.score, s.name))[:limit]
