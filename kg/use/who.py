"""`ictkg who`: the analyst's participation check, and name resolution for every command.

A name in any language, case form or acronym ("ФСО России", "Федеральной службы
охраны", "Ministry of Foreign Affairs of Russia") is matched against the labels
of the vocabularies: lower-cased, punctuation dropped, Russian words lemmatised
with pymorphy3, and a trailing state name ("России", "of the Russian
Federation"; state names come from the vocabulary graph) taken off and used to
pick the agency of that state.
"""

from __future__ import annotations

import difflib
import functools
import re
import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from rdflib import URIRef

from kg.namespaces import ICT
from kg.sparql_text import bind_one_of

KIND_CLASSES = {
    "agency": [ICT.GovernmentAgency],
    "state": [ICT.State],
    "org": [ICT.InternationalOrganization],
    "process": [ICT.Process],
    "forum": [ICT.Process],
    "body": [ICT.State, ICT.InternationalOrganization, ICT.GovernmentAgency],
    "entity": [ICT.State, ICT.InternationalOrganization, ICT.GovernmentAgency, ICT.Process],
}

_WORD = re.compile(r"[\w]+", re.UNICODE)
_CYRILLIC = re.compile(r"[а-яё]")
_ENGLISH_FILLERS = {"the"}


class NameNotFound(LookupError):
    """No entity has this name; `suggestions` holds the closest known names."""

    def __init__(self, name: str, suggestions: list[str]):
        self.name, self.suggestions = name, suggestions
        hint = f"; closest known names: {', '.join(suggestions)}" if suggestions else ""
        super().__init__(f"no entity is called {name!r}{hint}")


class AmbiguousName(LookupError):
    """Several entities share this name; `candidates` holds (IRI, label) pairs."""

    def __init__(self, name: str, candidates: list[tuple[URIRef, str]],
                 hint: str = "add the state, e.g. \"... of Russia\" or \"... России\""):
        self.name, self.candidates = name, candidates
        listed = "; ".join(f"{label} <{iri}>" for iri, label in candidates)
        super().__init__(f"{name!r} names {len(candidates)} entities ({listed}); {hint}")


@functools.lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@functools.lru_cache(maxsize=100_000)
def _lemma(word: str) -> str:
    if _CYRILLIC.search(word):
        return _morph().parse(word)[0].normal_form.replace("ё", "е")
    return word


def name_key(text: str) -> tuple[str, ...]:
    """A name as a tuple of lemmas: case, punctuation and Russian inflection do not matter."""
    words = _WORD.findall(text.lower().replace("ё", "е"))
    return tuple(_lemma(w) for w in words if w not in _ENGLISH_FILLERS)


@dataclass
class NameIndex:
    """Every label of every entity, keyed by its lemmas, plus the state names to strip."""

    by_key: dict[tuple[str, ...], set[URIRef]] = field(default_factory=dict)
    kinds: dict[URIRef, set[URIRef]] = field(default_factory=dict)
    state_of: dict[URIRef, URIRef] = field(default_factory=dict)
    display: dict[URIRef, str] = field(default_factory=dict)
    state_keys: dict[tuple[str, ...], URIRef] = field(default_factory=dict)
    labels: dict[str, set[URIRef]] = field(default_factory=dict)

    def add(self, entity: URIRef, label: str) -> None:
        key = name_key(label)
        if key:
            self.by_key.setdefault(key, set()).add(entity)
            self.labels.setdefault(label.lower(), set()).add(entity)

    def label(self, entity: URIRef) -> str:
        text = self.display.get(entity, str(entity))
        state = self.state_of.get(entity)
        return f"{text} ({self.display.get(state, state)})" if state else text


_LABELS = """
SELECT ?e ?type ?label ?lang ?pref WHERE {
  VALUES ?type { ict:State ict:GovernmentAgency ict:InternationalOrganization ict:Process }
  ?e a ?type .
  { ?e skos:prefLabel ?label BIND(true AS ?pref) }
  UNION { ?e skos:altLabel|ict:acronym|ict:officialName ?label BIND(false AS ?pref) }
  BIND(LANG(?label) AS ?lang)
}"""
_STATES = """
SELECT ?s ?label WHERE {
  GRAPH <https://w3id.org/ictsec/id/graph/vocab> { ?s a ict:State ; skos:prefLabel|skos:altLabel|ict:officialName ?label }
}"""
_AGENCY_STATES = "SELECT ?a ?s WHERE { ?a a ict:GovernmentAgency ; ict:agencyOf ?s }"

_INDEXES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def name_index(store, refresh: bool = False) -> NameIndex:
    """The store's name index, built once per store object (pass refresh=True after writing)."""
    if not refresh and store in _INDEXES:
        return _INDEXES[store]
    index = NameIndex()
    for row in store.query(_LABELS):
        entity = row["e"]
        index.kinds.setdefault(entity, set()).add(row["type"])
        index.add(entity, str(row["label"]))
        if row["pref"].toPython() and (str(row["lang"]) == "en" or entity not in index.display):
            index.display[entity] = str(row["label"])
    for row in store.query(_STATES):
        key = name_key(str(row["label"]))
        if key:
            index.state_keys[key] = row["s"]
    for row in store.query(_AGENCY_STATES):
        index.state_of[row["a"]] = row["s"]
    _INDEXES[store] = index
    return index


def _readings(key: tuple[str, ...], index: NameIndex):
    """(name without the state, state or None) readings of a name, the whole name first."""
    yield key, None
    for state_key, state in index.state_keys.items():
        n = len(state_key)
        if len(key) > n and key[-n:] == state_key:
            rest = key[:-n]
            if rest and rest[-1] == "of":
                rest = rest[:-1]
            if rest:
                yield rest, state


def find_entities(store, name: str, kind: str = "entity") -> list[URIRef]:
    """Every entity of `kind` that `name` can mean (empty when none)."""
    index = name_index(store)
    wanted = set(KIND_CLASSES[kind])
    key = name_key(name)
    for rest, state in _readings(key, index):
        found = {e for e in index.by_key.get(rest, ()) if index.kinds.get(e, set()) & wanted}
        if state is not None:
            found = {e for e in found if index.state_of.get(e) == state}
        if found:
            return sorted(found)
    if len(key) >= 2:
        # The start of a longer name, in any case form: «Диалог Россия-АСЕАН» for «Диалог Россия-АСЕАН по
        # вопросам безопасности ИКТ». Only when no name matches whole; several such entities are ambiguous.
        n = len(key)
        found = {e for label_key, entities in index.by_key.items() if len(label_key) > n and label_key[:n] == key
                 for e in entities if index.kinds.get(e, set()) & wanted}
        return sorted(found)
    return []


def suggest(store, name: str, kind: str = "entity", n: int = 5) -> list[str]:
    """The known names closest to `name` (difflib), for error messages."""
    index = name_index(store)
    wanted = set(KIND_CLASSES[kind])
    names = [label for label, entities in index.labels.items()
             if any(index.kinds.get(e, set()) & wanted for e in entities)]
    out: list[str] = []
    for close in difflib.get_close_matches(name.lower(), names, n=3 * n, cutoff=0.5):
        for e in sorted(index.labels[close]):
            if index.label(e) not in out:
                out.append(index.label(e))
    return out[:n]


def resolve_name(store, name: str, kind: str = "entity") -> URIRef:
    """The one entity of `kind` that `name` means; raises NameNotFound or AmbiguousName."""
    found = find_entities(store, name, kind)
    if not found:
        raise NameNotFound(name, suggest(store, name, kind))
    if len(found) > 1:
        index = name_index(store)
        # Russian officialese names a Russian body without its state ("Минцифры", "МИД"): a Cyrillic
        # name that fits a Russian agency among others means that one.
        russian = [e for e in found if str(index.state_of.get(e, "")).endswith("/state/RUS")]
        if len(russian) == 1 and re.search("[А-Яа-яЁё]", name) and not _names_a_state(name, index):
            return russian[0]
        raise AmbiguousName(name, [(e, index.label(e)) for e in found])
    return found[0]


def also_named(store, name: str, chosen, kind: str = "entity") -> list[tuple[URIRef, str]]:
    """Other entities of `kind` that `name` could mean besides `chosen`: those it names whole, and those
    whose name starts with it ("OEWG" -> "OEWG 2019-2021"). For the one-line note a command prints when it
    took one reading of a name that has others."""
    index = name_index(store)
    wanted = set(KIND_CLASSES[kind])
    key = name_key(name)
    if not key:
        return []
    n = len(key)
    others = {e for label_key, entities in index.by_key.items() if label_key[:n] == key
              for e in entities if index.kinds.get(e, set()) & wanted}
    others.update(find_entities(store, name, kind))
    others.discard(URIRef(str(chosen)))
    return [(e, index.label(e)) for e in sorted(others)]


def choice_note(name: str, chosen, chosen_label: str, others: list[tuple[URIRef, str]]) -> str:
    """'note: "OEWG" taken as X <iri>; it may also mean: Y <iri> (pass an IRI or a fuller name)', or ''."""
    if not others:
        return ""
    listed = "; ".join(f"{label} <{iri}>" for iri, label in others[:NOTE_LISTS])
    more = f" and {len(others) - NOTE_LISTS} more" if len(others) > NOTE_LISTS else ""
    return (f"note: {name!r} taken as {chosen_label} <{chosen}>; it may also mean: {listed}{more} "
            "(pass an IRI or a fuller name)")


NOTE_LISTS = 5  # other readings a note names before "and N more"


def _names_a_state(name: str, index: NameIndex) -> bool:
    return any(state is not None for _rest, state in _readings(name_key(name), index))


# ------------------------------------------------------------------ the report

# The entity is bound, not returned: returning it would decode its IRI again on every row (a few ms
# of the busiest agency's report at 1M triples). The embedded store then joins it in as a VALUES
# block (Oxigraph substitutes only returned variables); rdflib and servers take it as they take any
# bound value.
_MEETINGS = """
SELECT DISTINCT ?meeting ?date ?endDate ?forum ?format WHERE {
  ?entity ict:tookPartIn ?meeting .
  OPTIONAL { ?meeting ict:date ?date }
  OPTIONAL { ?meeting ict:endDate ?endDate }
  OPTIONAL { ?meeting ict:ofForum ?forum }
  OPTIONAL { ?meeting ict:format ?format }
}"""
_PROCESSES = """
SELECT DISTINCT ?meeting ?process WHERE {
  ?entity ict:tookPartIn ?meeting . ?meeting ict:linkedToProcess ?process .
}"""
_DELEGATIONS = """
SELECT DISTINCT ?meeting ?delegation ?state ?head WHERE {
  ?entity ict:tookPartIn ?meeting .
  ?delegation ict:atMeeting ?meeting ; ict:delegationOf ?state .
  FILTER(?state = ?entity || EXISTS { ?entity ict:agencyOf ?state }
         || EXISTS { ?delegation ict:hasMemberAgency ?entity })
  OPTIONAL { ?delegation ict:headedBy ?head }
}"""
_CHAIRS = """
SELECT DISTINCT ?meeting WHERE {
  ?entity ict:tookPartIn ?meeting .
  ?chairing ict:chairOf ?meeting .
  { ?chairing ict:inPost/ict:postIn ?entity } UNION { ?chairing ict:representsState ?entity }
}"""
# Without the announcement's URL: _REPORTS reads it once per announcement, and a mention's
# announcement reports its meeting, so reading it here too read it twice.
_MENTIONS = """
SELECT DISTINCT ?meeting ?announcement ?sentence ?surface ?role WHERE {
  ?mention ict:mentions ?entity ; ict:inMeeting ?meeting ; prov:wasDerivedFrom ?announcement .
  OPTIONAL { ?mention ict:sentence ?sentence }
  OPTIONAL { ?mention ict:surfaceForm ?surface }
  OPTIONAL { ?mention ict:role ?role }
}"""
_REPORTS = """
SELECT DISTINCT ?meeting ?announcement ?url WHERE {
  ?entity ict:tookPartIn ?meeting .
  ?announcement ict:reports ?meeting .
  OPTIONAL { ?announcement schema:url ?url }
}"""
# An inner join, not an OPTIONAL in _REPORTS: Oxigraph would evaluate the optional
# side over every evidence in the store (half a second at a million triples).
_EVIDENCE = """
SELECT DISTINCT ?meeting ?announcement ?sentence WHERE {
  ?entity ict:tookPartIn ?meeting .
  ?evidence ict:evidenceFor ?meeting ; prov:wasDerivedFrom ?announcement ; ict:sentence ?sentence .
}"""
_URL = """
SELECT ?announcement ?url WHERE { ?announcement schema:url ?url }"""
_LABEL = """
SELECT ?entity ?label (LANG(?label) AS ?lang) WHERE { ?entity skos:prefLabel ?label }"""
_BODY_QUERIES = {"meetings": _MEETINGS, "processes": _PROCESSES, "delegations": _DELEGATIONS, "chairs": _CHAIRS,
                 "mentions": _MENTIONS, "evidence": _EVIDENCE, "reports": _REPORTS}


# A person takes part by chairing, by being in a delegation or by being named at the meeting (persons have
# no ict:tookPartIn); the report's queries are the bodies' ones with that pattern in its place.
_PERSON_TOOK_PART = """{ ?personChair ict:chairOf ?meeting ; ict:chairPerson ?entity }
  UNION { ?personDelegation ict:atMeeting ?meeting . ?personDelegation ict:hasMember|ict:headedBy ?entity }
  UNION { ?personMention ict:mentions ?entity ; ict:inMeeting ?meeting }"""


@functools.cache
def _person_queries() -> dict[str, str]:
    took_part = "?entity ict:tookPartIn ?meeting ."
    out = {}
    for name, text in _BODY_QUERIES.items():
        text = text.replace(took_part, _PERSON_TOOK_PART)
        text = text.replace("FILTER(?state = ?entity ||",
                            "FILTER(EXISTS { ?delegation ict:hasMember|ict:headedBy ?entity } || ?state = ?entity ||")
        text = text.replace("{ ?chairing ict:inPost/ict:postIn ?entity } UNION { ?chairing ict:representsState ?entity }",
                            "?chairing ict:chairPerson ?entity .")
        out[name] = text
    return out


_PERSON_NAMES = """
SELECT ?e ?label WHERE { ?e a ict:Person ; skos:prefLabel|skos:altLabel|ict:nameNative|ict:nameLatin ?label }"""
_PERSON_INDEXES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _person_index(store) -> dict[URIRef, set[tuple[str, ...]]]:
    if store not in _PERSON_INDEXES:
        index: dict[URIRef, set[tuple[str, ...]]] = {}
        for row in store.query(_PERSON_NAMES):
            key = name_key(str(row["label"]))
            if key:
                index.setdefault(row["e"], set()).add(key)
        _PERSON_INDEXES[store] = index
    return _PERSON_INDEXES[store]


def _surnames_nominative(name: str) -> str:
    from kg.nlp.morph import surname_nominative

    return " ".join(surname_nominative(w) if w[:1].isupper() and _CYRILLIC.search(w.lower()) else w
                    for w in name.split())


def find_persons(store, name: str) -> list[URIRef]:
    """Persons `name` can mean: a name of theirs in any case form («Сыромолотова», «Сеитовой»), with or
    without the initials, in any order ("Syromolotov", "О.В. Сыромолотов")."""
    keys = {k for k in (name_key(name), name_key(_surnames_nominative(name))) if k}
    index = _person_index(store)
    exact = sorted(e for e, names in index.items() if names & keys)
    if exact:
        return exact
    return sorted(e for e, names in index.items() if any(set(k) <= set(n) for k in keys for n in names))


def resolve_participant(store, name: str) -> URIRef:
    """The body `name` means, else the person; NameNotFound suggests close names of both."""
    try:
        return resolve_name(store, name, "body")
    except NameNotFound as exc:
        persons = find_persons(store, name)
        if len(persons) == 1:
            return persons[0]
        if persons:
            raise AmbiguousName(name, [(e, label_of(store, e)) for e in persons],
                                "pass one of the IRIs, or add the given name or initials") from None
        close = difflib.get_close_matches(name.lower(), {" ".join(k) for ks in _person_index(store).values()
                                                         for k in ks}, n=3, cutoff=0.6)
        people = [label_of(store, e) for k in close for e, ks in _person_index(store).items()
                  if tuple(k.split()) in ks]
        raise NameNotFound(name, list(dict.fromkeys(people + exc.suggestions))[:5]) from None


READER_THREADS = 4


@functools.cache
def _readers() -> ThreadPoolExecutor:
    """The threads `_ask_together` runs queries on: made on first use, shared by every report."""
    return ThreadPoolExecutor(READER_THREADS, thread_name_prefix="ictkg-who")


def _ask_together(store, queries: dict[str, str], bindings: dict) -> dict[str, Callable[[], list]]:
    """Start every query at once; each name maps to a call that waits for its text rows.

    The report's queries do not depend on one another. Oxigraph answers without holding Python's
    lock and a server answers requests in parallel, so on two cores the seven queries for a typical
    agency at 1M triples take 11 ms together rather than 17 ms one after another. A store that does
    not say it reads concurrently (`concurrent_reads`; rdflib's SPARQL parser is not thread-safe)
    is asked one query at a time."""
    if not getattr(store, "concurrent_reads", False):
        done = {name: store.text_rows(q, bindings) for name, q in queries.items()}
        return {name: (lambda rows=rows: rows) for name, rows in done.items()}
    futures = {name: _readers().submit(store.text_rows, q, bindings) for name, q in queries.items()}
    return {name: future.result for name, future in futures.items()}


@dataclass
class Source:
    announcement: str
    url: str | None
    sentence: str | None
    surface: str | None = None


@dataclass
class Participation:
    meeting: str
    date: str | None
    end_date: str | None
    forum: str | None
    forum_label: str | None
    format: str | None
    roles: list[str]
    delegation: str | None
    processes: list[str]
    sources: list[Source]


def grouped_sources(p: Participation) -> list[tuple[str, str | None, list[str]]]:
    """(announcement, url, its sentences) once per announcement, in the order of `p.sources`: an
    announcement naming the entity in four sentences is one source with four sentences."""
    grouped: dict[str, tuple[str, str | None, list[str]]] = {}
    for s in p.sources:
        entry = grouped.setdefault(s.announcement, (s.announcement, s.url, []))
        if s.sentence and s.sentence not in entry[2]:
            entry[2].append(s.sentence)
    return list(grouped.values())


@dataclass
class WhoReport:
    entity: str
    label: str
    meetings: list[Participation]


def label_of(store, entity: URIRef, prefer: str = "en") -> str:
    """The entity's preferred label, English first, else Russian, else any language, else its IRI."""
    return labels_of(store, [entity], prefer)[str(entity)]


def labels_of(store, entities, prefer: str = "en") -> dict[str, str]:
    """`label_of` for many entities (IRIs, as terms or strings) in one query, by IRI string."""
    iris = sorted({str(e) for e in entities})
    found: dict[str, dict] = {iri: {} for iri in iris}
    if iris:
        for r in store.text_rows(bind_one_of(_LABEL, "entity", [URIRef(i) for i in iris])):
            found[r["entity"]].setdefault(r["lang"] or None, r["label"])
    return {iri: by_lang.get(prefer) or by_lang.get("ru") or next(iter(by_lang.values()), iri)
            for iri, by_lang in found.items()}


def _fill_urls(sources: list[Source], store) -> None:
    """The URLs of sources whose announcement does not say it reports the meeting (rare: the
    report's other queries read URLs through `ict:reports`)."""
    if not sources:
        return
    found = {r["announcement"]: r["url"] for r in store.text_rows(
        bind_one_of(_URL, "announcement", sorted({URIRef(s.announcement) for s in sources})))}
    for s in sources:
        s.url = found.get(s.announcement)


def who(store, name_or_iri: str | URIRef) -> WhoReport:
    """Every meeting the named body (or person) took part in, with forum, delegation, role, processes and
    sources."""
    if isinstance(name_or_iri, URIRef):
        entity = name_or_iri
    else:
        entity = resolve_participant(store, name_or_iri)
    person = bool(store.query("SELECT ?e WHERE { ?e a ict:Person } LIMIT 1", {"e": entity}))
    # Text rows, not rdflib terms: the report shows text, and building terms for every source's
    # IRI, URL and sentence cost about as much as the queries.
    queries = _person_queries() if person else _BODY_QUERIES
    asked = _ask_together(store, queries, {"entity": entity})
    found = {name: asked[name]() for name in ("meetings", "processes", "delegations")}
    # every label the report shows, in one query rather than one per forum, process, state and head
    labels = labels_of(store, {r["forum"] for r in found["meetings"] if r["forum"] is not None}
                       | {r["process"] for r in found["processes"]}
                       | {r[k] for r in found["delegations"] for k in ("state", "head") if r[k] is not None})

    def label(iri: str | None) -> str | None:
        return None if iri is None else labels[iri]

    meetings: dict[str, Participation] = {}
    for r in found["meetings"]:
        m = r["meeting"]
        if m in meetings:  # a meeting stated with two forms of a date keeps the first
            continue
        meetings[m] = Participation(
            meeting=m, date=r["date"], end_date=r["endDate"], forum=r["forum"],
            forum_label=label(r["forum"]), format=r["format"].rsplit("#", 1)[-1] if r["format"] else None,
            roles=[], delegation=None, processes=[], sources=[])
    for r in found["processes"]:
        p = meetings[r["meeting"]]
        p.processes.append(label(r["process"]))
    for r in found["delegations"]:
        head = label(r["head"])
        p = meetings[r["meeting"]]
        p.delegation = label(r["state"]) + (f" (head: {head})" if head else "")
    for r in asked["chairs"]():
        meetings[r["meeting"]].roles.append("chair")
    reports = asked["reports"]()
    urls = {r["announcement"]: r["url"] for r in reports}
    listed: set[tuple[str, str]] = set()  # (meeting, announcement) pairs already among the sources
    for r in asked["mentions"]():
        p = meetings.get(r["meeting"])
        if p is None:  # a mention whose participation fact was not made: not a meeting it took part in
            continue
        listed.add((r["meeting"], r["announcement"]))
        p.sources.append(Source(r["announcement"], urls.get(r["announcement"]), r["sentence"], r["surface"]))
        if r["role"] is not None:
            p.roles.append(r["role"])
    _fill_urls([s for p in meetings.values() for s in p.sources if s.announcement not in urls], store)
    # Announcements that report the meeting but have no mention of the entity: the meeting's evidence.
    sentences: dict[tuple[str, str], str] = {}
    for r in asked["evidence"]():
        sentences.setdefault((r["meeting"], r["announcement"]), r["sentence"])
    for r in reports:
        if (r["meeting"], r["announcement"]) not in listed:
            listed.add((r["meeting"], r["announcement"]))
            sentence = sentences.get((r["meeting"], r["announcement"]))
            meetings[r["meeting"]].sources.append(Source(r["announcement"], r["url"], sentence))
    for p in meetings.values():
        p.roles = sorted(set(p.roles)) or ["participant"]
        p.processes = sorted(set(p.processes))
        p.sources.sort(key=lambda s: (s.url or s.announcement, s.sentence or ""))
    # dated meetings first; "--08-19" (year unknown) sorts before every year as text, so those and
    # the undated ones go last
    ordered = sorted(meetings.values(), key=lambda p: (not p.date or p.date.startswith("--"), p.date or "", p.meeting))
    index = name_index(store)
    return WhoReport(entity=str(entity), label=index.label(entity) if entity in index.display else label_of(store, entity),
                     meetings=ordered)
