"""The reference vocabularies (ontology/vocab/*.ttl) as plain entity records.

Loaded once per process and passed to the stages that need them; nothing
after this module touches rdflib for vocabulary look-ups.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

from kg import ontology_files
from kg.namespaces import ICT

TYPES = {
    ICT.State: "state",
    ICT.InternationalOrganization: "organization",
    ICT.Process: "process",
    ICT.GovernmentAgency: "agency",
    ICT.PostRole: "role",
    ICT.Place: "place",
    ICT.Document: "document",
}


@dataclass
class Entity:
    iri: str
    type: str  # state | organization | process | agency | role | place | document
    pref: dict[str, str] = field(default_factory=dict)  # lang -> preferred label
    labels: list[tuple[str, str]] = field(default_factory=list)  # (text, lang), all names
    acronyms: list[tuple[str, str]] = field(default_factory=list)
    adjectives: list[tuple[str, str]] = field(default_factory=list)
    state: str | None = None  # ISO3: agency's state, place's country, a state's own code
    parent_org: str | None = None
    counterpart_org: str | None = None
    involves_states: list[str] = field(default_factory=list)
    meeting_kind: str | None = None
    process_kind: str | None = None
    part_of: str | None = None
    seat: str | None = None  # an international organisation's headquarters city (a place IRI)
    sub_unit_of: str | None = None
    holds_sessions: bool = False  # a deliberative organ whose sessions are meetings (UNGA, UNSC)
    notations: list[str] = field(default_factory=list)  # a document's official symbols ("A/RES/73/27")
    year: int | None = None  # a document's year
    basis_of: list[str] = field(default_factory=list)  # the processes a document set up
    creators: list[str] = field(default_factory=list)  # the group that wrote a report
    years: tuple[int | None, int | None] = (None, None)  # a process's first and last year
    candidate: bool = False  # found by its shape or in a registry (GeoNames), not in the vocabularies
    iso2: str | None = None  # a state's ISO 3166-1 alpha-2 code (its country-code internet domain, mostly)

    @property
    def name_en(self) -> str:
        return self.pref.get("en") or self.pref.get("ru") or self.iri.rsplit("/", 1)[-1]

    @property
    def key(self) -> str:
        return self.iri.rsplit("/", 1)[-1]

    def all_names(self) -> list[str]:
        seen: dict[str, None] = {}
        for text, _ in [*self.labels, *self.acronyms]:
            seen.setdefault(text, None)
        return list(seen)


class Vocabulary:
    def __init__(self, entities: list[Entity]):
        self.entities = {e.iri: e for e in entities}
        self._by_type: dict[str, list[Entity]] = {}
        self.by_iso3 = {e.state: e for e in entities if e.type == "state" and e.state}
        self.by_iso2 = {e.iso2.lower(): e for e in entities if e.type == "state" and e.iso2}
        self.by_notation = {n.casefold(): e for e in entities for n in e.notations}

    def get(self, iri: str | None) -> Entity | None:
        return self.entities.get(iri) if iri else None

    def of_type(self, type_: str) -> list[Entity]:
        """The entities of one type; built once, since the rules ask for them per sentence."""
        if type_ not in self._by_type:
            self._by_type[type_] = [e for e in self.entities.values() if e.type == type_]
        return self._by_type[type_]

    def document_by_notation(self, symbol: str) -> Entity | None:
        return self.by_notation.get(symbol.casefold())

    def state_iri(self, iso3: str) -> str | None:
        e = self.by_iso3.get(iso3)
        return e.iri if e else None


def _text(o) -> tuple[str, str]:
    return (str(o), o.language or "") if isinstance(o, Literal) else (str(o), "")


def _iso3_of(iri) -> str | None:
    s = str(iri)
    return s.rsplit("/", 1)[-1] if "/state/" in s else None


def entities_from_graph(g: Graph) -> list[Entity]:
    out = []
    for cls, type_ in TYPES.items():
        for s in g.subjects(RDF.type, cls):
            if not isinstance(s, URIRef):
                continue
            e = Entity(str(s), type_)
            for o in g.objects(s, SKOS.prefLabel):
                t, lang = _text(o)
                e.pref.setdefault(lang, t)
                e.labels.append((t, lang))
            for p in (SKOS.altLabel, ICT.officialName, SKOS.hiddenLabel):
                e.labels.extend(_text(o) for o in g.objects(s, p))
            e.acronyms = [_text(o) for o in g.objects(s, ICT.acronym)]
            e.adjectives = [_text(o) for o in g.objects(s, ICT.adjective)]
            if type_ == "state":
                e.state = str(g.value(s, ICT.iso3) or "") or _iso3_of(s)
                e.iso2 = str(g.value(s, ICT.iso2) or "") or None
            else:
                e.state = _iso3_of(g.value(s, ICT.agencyOf) or g.value(s, ICT.country) or "")
            e.parent_org = str(g.value(s, ICT.parentOrganization) or "") or None
            e.counterpart_org = str(g.value(s, ICT.counterpartOrganization) or "") or None
            e.involves_states = sorted(filter(None, (_iso3_of(o) for o in g.objects(s, ICT.involvesState))))
            mk = g.value(s, ICT.meetingKind)
            e.meeting_kind = str(mk) if mk else None
            pk = g.value(s, ICT.processKind)
            e.process_kind = str(pk).rsplit("#", 1)[-1] if pk else None
            po = g.value(s, ICT.partOf)
            e.part_of = str(po) if po else None
            seat = g.value(s, ICT.seat)
            e.seat = str(seat) if seat else None
            e.holds_sessions = bool(g.value(s, ICT.holdsSessions))
            su = g.value(s, ICT.subUnitOf)
            e.sub_unit_of = str(su) if su else None
            e.notations = sorted(str(o) for o in g.objects(s, SKOS.notation))
            yr = g.value(s, ICT.year)
            e.year = int(yr) if yr is not None else None
            e.basis_of = sorted(str(o) for o in g.objects(s, ICT.basisOf))
            e.creators = sorted(str(o) for o in g.objects(s, DCTERMS.creator))
            sy, ey = g.value(s, ICT.startYear), g.value(s, ICT.endYear)
            e.years = (int(sy) if sy is not None else None, int(ey) if ey is not None else None)
            out.append(e)
    return out


def vocab_files(directory: Path | None = None) -> list[Path]:
    """The vocabulary files of `directory`; by default the installed ones, of which there must be one."""
    if directory is None:
        return ontology_files.vocab_paths(at_least_one=True)
    return sorted(Path(directory).glob("*.ttl"))


def load_vocab_graph(directory: Path | None = None) -> Graph:
    g = Graph()
    for path in vocab_files(directory):
        g.parse(path, format="turtle")
    return g


@lru_cache(maxsize=4)
def load_vocabulary(directory: str | None = None) -> Vocabulary:
    return Vocabulary(entities_from_graph(load_vocab_graph(Path(directory) if directory else None)))
