"""To RDF: an announcement's facts become the triples of its own named graph.

IRIs are deterministic (docs/graph-model.md), so re-ingesting an unchanged
announcement yields the same triples, and the same meeting reported by two
sources is one node with two `prov:wasDerivedFrom`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS, XSD

from kg.ids import slug
from kg.namespaces import ICT, ID, SCHEMA
from kg.nlp.names import name_lemmas, nominative_phrase
from kg.nlp.persons import PersonMention
from kg.nlp.spelling import person_key
from kg.nlp.text import is_cyrillic
from kg.records import Announcement
from kg.relate.candidates import candidate_key
from kg.relate.facts import ChairFact, MeetingFact

FORMATS = {"online": ICT.Online, "in-person": ICT.InPerson, "hybrid": ICT.Hybrid}
DOC_ROLES = {"basis": ICT.Basis, "presented": ICT.Presented, "adopted": ICT.Adopted, "signed": ICT.Signed,
             "referenced": ICT.Referenced}


def announcement_key(ann: Announcement) -> str:
    """A stable key from the announcement's id (file name or JSONL id), readable and collision-safe."""
    stem = Path(ann.id).stem if "/" not in ann.id else ann.id
    return f"{slug(stem, 50)}-{hashlib.sha1(ann.id.encode('utf-8')).hexdigest()[:8]}"


def date_literal(iso: str) -> Literal:
    if iso.startswith("--"):
        return Literal(iso, datatype=XSD.gMonthDay)
    if len(iso) == 10:
        return Literal(iso, datatype=XSD.date)
    if len(iso) == 7:
        return Literal(iso, datatype=XSD.gYearMonth)
    return Literal(iso, datatype=XSD.gYear)


def candidate_forum_key(name: str) -> str:
    """One key for a candidate forum's name in any case form: the lemmas of its words."""

    return slug(name_lemmas(name) or name)


def meeting_iri(m: MeetingFact, ann_key: str, index: int) -> URIRef:
    """The same meeting from two announcements is one node: a forum and a date, a forum and its
    number, or (no forum) a date and the states. A date without its year (`--09-23`) names no
    meeting alone: the forum's number does, else the meeting is the announcement's own, so that
    meetings on 23 September of different years never merge."""
    forum = slug(m.forum.key) if m.forum else (candidate_forum_key(m.forum_candidate) if m.forum_candidate else None)
    start = m.date.split("/")[0] if m.date else None
    if start and start.startswith("--"):
        start = None
    if forum and start:
        return ID[f"meeting/{forum}/{slug(start)}"]
    if forum and m.ordinal:
        return ID[f"meeting/{forum}/n{m.ordinal}"]
    if not forum and start and m.states:
        return ID[f"meeting/adhoc/{slug(start)}-{'-'.join(sorted(m.states)).lower()}"]
    return ID[f"meeting/{forum or 'adhoc'}/{ann_key}-{index}"]


def person_slug(p: PersonMention) -> str:
    """The person's IRI segment: the key of the name however it is spelt (kg.nlp.spelling), so "Sok
    Puthyvuth" of an English announcement and «Сок Пхутхивут» of a Russian one are one person."""
    return slug(person_key(p.latin) or p.latin)


def person_iri(p: PersonMention) -> URIRef:
    return ID[f"person/{person_slug(p)}"]


# The terms of evidence and mentions, looked up once: a long announcement writes thousands of them.
_EVIDENCE, _EVIDENCE_FOR, _MENTION, _MENTIONS, _IN_MEETING, _ROLE = (
    ICT.Evidence, ICT.evidenceFor, ICT.Mention, ICT.mentions, ICT.inMeeting, ICT.role)
_SURFACE, _SENTENCE, _START, _END, _DERIVED, _TYPE = (
    ICT.surfaceForm, ICT.sentence, ICT.startOffset, ICT.endOffset, PROV.wasDerivedFrom, RDF.type)


class GraphBuilder:
    def __init__(self, ann: Announcement):
        self.ann = ann
        self.key = announcement_key(ann)
        self.ann_iri = ID[f"announcement/{self.key}"]
        self.triples: list[tuple] = []
        self._n = 0
        self._literals: dict[object, Literal] = {}  # one Literal per sentence, role or offset written

    def add(self, s, p, o) -> None:
        self.triples.append((s, p, o))

    def _literal(self, value) -> Literal:
        lit = self._literals.get((type(value), value))
        if lit is None:
            lit = self._literals[(type(value), value)] = Literal(value)
        return lit

    def evidence(self, subject: URIRef, sentence, start: int | None = None, end: int | None = None) -> None:
        self._n += 1
        ev = URIRef(f"{self.ann_iri}/evidence/{self._n}")
        self.add(ev, _TYPE, _EVIDENCE)
        self.add(ev, _EVIDENCE_FOR, subject)
        self.add(ev, _SENTENCE, self._literal(sentence.text))
        self.add(ev, _START, self._literal(start if start is not None else sentence.start))
        self.add(ev, _END, self._literal(end if end is not None else sentence.end))
        self.add(ev, _DERIVED, self.ann_iri)

    def mention(self, entity: URIRef, meeting: URIRef, role: str, surface: str, sentence, start: int, end: int):
        self._n += 1
        mn = URIRef(f"{self.ann_iri}/mention/{self._n}")
        self.add(mn, _TYPE, _MENTION)
        self.add(mn, _MENTIONS, entity)
        self.add(mn, _IN_MEETING, meeting)
        self.add(mn, _ROLE, self._literal(role))
        self.add(mn, _SURFACE, self._literal(surface))
        self.add(mn, _SENTENCE, self._literal(sentence.text))
        self.add(mn, _START, self._literal(start))
        self.add(mn, _END, self._literal(end))
        self.add(mn, _DERIVED, self.ann_iri)


def announcement_triples(ann: Announcement, meetings: list[MeetingFact], content_hash: str) -> GraphBuilder:
    b = GraphBuilder(ann)
    a = b.ann_iri
    b.add(a, RDF.type, ICT.Announcement)
    b.add(a, ICT.sourceName, Literal(ann.id))
    b.add(a, ICT.contentHash, Literal(content_hash))
    if ann.title:
        b.add(a, DCTERMS.title, Literal(ann.title))
    if ann.publisher:
        b.add(a, DCTERMS.publisher, Literal(ann.publisher))
    if ann.url:
        b.add(a, SCHEMA.url, Literal(ann.url, datatype=XSD.anyURI))
    if ann.published:
        b.add(a, DCTERMS.issued, date_literal(ann.published))
    if ann.lang:
        b.add(a, DCTERMS.language, Literal(ann.lang))
    for i, m in enumerate(meetings):
        _meeting(b, m, i)
    return b


def _meeting(b: GraphBuilder, m: MeetingFact, index: int) -> None:
    mi = meeting_iri(m, b.key, index)
    b.add(b.ann_iri, ICT.reports, mi)
    b.add(mi, RDF.type, ICT.Meeting)
    b.add(mi, PROV.wasDerivedFrom, b.ann_iri)
    b.add(mi, ICT.meetingKind, Literal(m.kind))
    b.add(mi, ICT.meetingIndex, Literal(index))
    b.evidence(mi, m.trigger.sentence)
    if m.forum:
        forum = URIRef(m.forum.iri)
        b.add(mi, ICT.ofForum, forum)
        if m.forum_mention:
            fm = m.forum_mention
            b.mention(forum, mi, "forum", fm.surface, _sent_of(m, fm.start), fm.start, fm.end)
    elif m.forum_candidate:
        forum = ID[f"candidate/process/{candidate_forum_key(m.forum_candidate)}"]
        b.add(mi, ICT.ofForum, forum)
        b.add(forum, RDF.type, ICT.Process)
        b.add(forum, RDF.type, ICT.Candidate)
        b.add(forum, ICT.isCandidate, Literal(True))
        name_lang = "ru" if is_cyrillic(m.forum_candidate) else "en"
        b.add(forum, SKOS.prefLabel, Literal(m.forum_candidate, lang=name_lang))
        for alias in m.forum_aliases:
            if alias != m.forum_candidate:
                alias_lang = "ru" if is_cyrillic(alias) else "en"
                b.add(forum, SKOS.altLabel, Literal(alias, lang=alias_lang))
        if m.forum_surface:
            surface, start, end = m.forum_surface
            b.mention(forum, mi, "forum", surface, m.trigger.sentence, start, end)
    if m.date:
        start, _, end = m.date.partition("/")
        b.add(mi, ICT.date, date_literal(start))
        if end:
            b.add(mi, ICT.endDate, date_literal(end))
    if m.format:
        b.add(mi, ICT["format"], FORMATS[m.format])
    if m.location:
        b.add(mi, ICT.location, URIRef(m.location.iri))
        if m.location.candidate:
            _candidate_place(b, m.location)
    if m.ordinal:
        b.add(mi, ICT.ordinal, Literal(m.ordinal))
    for iso3 in sorted(m.states):
        b.add(mi, ICT.hasParticipant, ID[f"state/{iso3}"])
    for mt, role, si in m.mentions:
        if mt.entity is None:
            continue
        b.mention(URIRef(mt.entity.iri), mi, role, mt.surface, si.sentence, mt.start, mt.end)
    for iri in sorted(m.agencies):
        b.add(mi, ICT.hasParticipant, URIRef(iri))
    for iri in sorted(m.organizations):
        b.add(mi, ICT.hasParticipant, URIRef(iri))
        mt = m.organizations[iri]
        if mt.via == "forum":
            b.mention(URIRef(iri), mi, "organization", mt.surface, m.trigger.sentence,
                      m.trigger.sentence.start, m.trigger.sentence.start)
    for iri in sorted(m.processes):
        b.add(mi, ICT.linkedToProcess, URIRef(iri))
    for name, surface, start, end, si in m.candidate_processes:
        _candidate_process(b, mi, name, surface, si.sentence, start, end)
    for c in m.candidates:
        _candidate(b, c, mi)
    _delegations(b, m, mi)
    for c in m.chairs:
        _chair(b, c, mi)
    for d in m.documents:
        _document(b, d, mi, m)
    if m.follow_up:
        fu = URIRef(f"{mi}/follow-up")
        b.add(fu, RDF.type, ICT.FollowUp)
        b.add(fu, ICT.agreedAt, mi)
        if m.follow_up.when:
            b.add(fu, ICT.followUpWhen, Literal(m.follow_up.when))
        if m.follow_up.format:
            b.add(fu, ICT.followUpFormat, FORMATS[m.follow_up.format])
        b.evidence(fu, m.follow_up.sentence.sentence)


def _candidate(b: GraphBuilder, c, mi: URIRef) -> None:
    """An unknown body: typed and flagged as a candidate, with its mention and, when its state is known,
    as a participant."""

    if c.kind == "organisation":  # an international organisation no vocabulary lists, taking part
        ci = ID[f"candidate/organization/{slug(candidate_key(c))}"]
        b.add(ci, RDF.type, ICT.InternationalOrganization)
    else:
        ci = ID[f"candidate/agency/{slug(candidate_key(c))}"]
        b.add(ci, RDF.type, ICT.GovernmentAgency)
    b.add(ci, RDF.type, ICT.Candidate)
    b.add(ci, ICT.isCandidate, Literal(True))
    lang = "ru" if is_cyrillic(c.surface) else "en"

    b.add(ci, SKOS.prefLabel, Literal(nominative_phrase(c.label) if lang == "ru" else c.label, lang=lang))
    if c.english and c.english != c.label:  # «Министерство иностранных дел» of a state the vocabulary lacks it for
        b.add(ci, SKOS.altLabel, Literal(c.english, lang="en"))
    if c.state:
        b.add(ci, ICT.agencyOf, ID[f"state/{c.state}"])
    b.mention(ci, mi, "candidate", c.surface, c.sentence.sentence, c.start, c.end)
    if c.state or c.kind == "organisation":  # a body of a known state takes part, as a known body does
        b.add(mi, ICT.hasParticipant, ci)


def _candidate_process(b: GraphBuilder, mi: URIRef, name: str, surface: str, sentence, start: int, end: int):
    """A forum, group or centre no vocabulary lists that the meeting links to: a candidate process."""
    pi = ID[f"candidate/process/{candidate_forum_key(name)}"]
    lang = "ru" if is_cyrillic(name) else "en"
    b.add(pi, RDF.type, ICT.Process)
    b.add(pi, RDF.type, ICT.Candidate)
    b.add(pi, ICT.isCandidate, Literal(True))
    b.add(pi, SKOS.prefLabel, Literal(name, lang=lang))
    if surface != name:
        b.add(pi, SKOS.altLabel, Literal(surface, lang=lang))
    b.add(mi, ICT.linkedToProcess, pi)
    b.mention(pi, mi, "process", surface, sentence, start, end)


def _candidate_place(b: GraphBuilder, place) -> None:
    """A city from GeoNames that the vocabulary lacks: typed, labelled, in its country, flagged."""
    pi = URIRef(place.iri)
    b.add(pi, RDF.type, ICT.Place)
    b.add(pi, RDF.type, ICT.Candidate)
    b.add(pi, ICT.isCandidate, Literal(True))
    for lang, label in place.pref.items():
        b.add(pi, SKOS.prefLabel, Literal(label, lang=lang))
    if place.state:
        b.add(pi, ICT.country, ID[f"state/{place.state}"])


def _sent_of(m: MeetingFact, offset: int):
    for si in m.sentences:
        if si.sentence.start <= offset < si.sentence.end:
            return si.sentence
    return m.trigger.sentence


def _delegations(b: GraphBuilder, m: MeetingFact, mi: URIRef) -> None:
    by_state: dict[str, list[str]] = {}
    for iri, mt in m.agencies.items():
        if mt.entity and mt.entity.state:
            by_state.setdefault(mt.entity.state, []).append(iri)
    people: dict[str, list] = {}
    for p, state, _si in m.persons:
        if state:
            people.setdefault(state, []).append(p)
    for iso3 in sorted(set(by_state) | set(people)):
        d = URIRef(f"{mi}/delegation/{iso3}")
        b.add(d, RDF.type, ICT.Delegation)
        b.add(d, ICT.atMeeting, mi)
        b.add(d, ICT.delegationOf, ID[f"state/{iso3}"])
        for iri in sorted(by_state.get(iso3, [])):
            b.add(d, ICT.hasMemberAgency, URIRef(iri))
        for p in people.get(iso3, []):
            b.add(d, ICT.hasMember, _person(b, p))
        for c in m.chairs:
            if c.state == iso3:
                b.add(d, ICT.headedBy, person_iri(c.person))
        b.evidence(d, m.trigger.sentence)


def _person(b: GraphBuilder, p: PersonMention) -> URIRef:
    """A person's names as this announcement gives them. An English text gives the English label, the
    spelling of the person's own language ("Sok Puthyvuth"); a Russian one gives the Russian label and
    the native form, and its transliteration ("Sok Pkhutkhivut") only as the Latin name: the same person
    named by an English announcement too keeps that one's spelling as its only English label."""
    pi = person_iri(p)
    b.add(pi, RDF.type, ICT.Person)
    if p.lang == "ru" and is_cyrillic(p.native):
        b.add(pi, SKOS.prefLabel, Literal(p.native, lang="ru"))
        b.add(pi, ICT.nameNative, Literal(p.native, lang="ru"))
        b.add(pi, ICT.nameLatin, Literal(p.latin))
        b.add(pi, ICT.surname, Literal(p.surname, lang="ru"))
    else:
        b.add(pi, SKOS.prefLabel, Literal(p.latin, lang="en"))
        b.add(pi, ICT.surname, Literal(p.surname_latin, lang="en"))
    return pi


def _chair(b: GraphBuilder, c: ChairFact, mi: URIRef) -> None:
    pi = _person(b, c.person)
    ch = URIRef(f"{mi}/chair/{person_slug(c.person)}")
    b.add(ch, RDF.type, ICT.Chairing)
    b.add(ch, ICT.chairOf, mi)
    b.add(ch, ICT.chairPerson, pi)
    b.add(ch, ICT.chairRole, ICT.CoChair if c.role == "co-chair" else ICT.Chair)
    b.add(ch, ICT.surfaceForm, Literal(c.person.surface))
    if c.state:
        b.add(ch, ICT.representsState, ID[f"state/{c.state}"])
    if c.post:
        owner = c.agency or c.organization
        post = ID[f"post/{slug((owner.key if owner else '') + ' ' + c.post)}"]
        b.add(post, RDF.type, ICT.Post)
        b.add(post, SKOS.prefLabel, Literal(c.post, lang="ru" if c.person.lang == "ru" else "en"))
        if owner:
            b.add(post, ICT.postIn, URIRef(owner.iri))
        b.add(ch, ICT.inPost, post)
        b.add(pi, ICT.holdsPost, post)
    b.evidence(ch, c.sentence.sentence, c.person.start, c.person.end)


def document_iri(d) -> URIRef:
    """The vocabulary's IRI for a known document; a General Assembly resolution by its number (the
    vocabulary names its resolutions the same way); otherwise one made from the title."""
    if d.entity is not None:
        return URIRef(d.entity.iri)
    if d.symbol and d.symbol.startswith("A/RES/"):
        return ID["document/unga-resolution-" + "-".join(d.symbol.split("/")[2:])]
    return ID[f"document/{slug(d.title)}"]


def _document(b: GraphBuilder, d, mi: URIRef, m: MeetingFact) -> None:
    di = document_iri(d)
    b.add(di, RDF.type, ICT.Document)
    lang = "ru" if is_cyrillic(d.title) else "en"
    if d.entity is None:  # a known document's labels and year live in the vocabulary graph
        b.add(di, SKOS.prefLabel, Literal(d.title, lang=lang))
        if d.symbol:
            b.add(di, SKOS.notation, Literal(d.symbol))
        if d.year:
            b.add(di, ICT.year, Literal(d.year))
        for alias in d.aliases:
            b.add(di, SKOS.altLabel, Literal(alias, lang=lang))
    act = URIRef(f"{mi}/act/{slug(d.title)}/{d.role}")
    b.add(act, RDF.type, ICT.DocumentAct)
    b.add(act, ICT.actMeeting, mi)
    b.add(act, ICT.actDocument, di)
    b.add(act, ICT.documentRole, DOC_ROLES[d.role])
    b.add(act, ICT.surfaceForm, Literal(d.surface))
    if d.by:
        b.add(act, ICT.actBy, ID[f"state/{d.by}"])
    if d.role == "basis" and m.forum:
        b.add(di, ICT.basisOf, URIRef(m.forum.iri))
    b.evidence(act, d.sentence.sentence, d.start, d.end)
