"""`ictkg who`: every meeting a body (or person) took part in, with the sources that say so.

The name is resolved by kg.use.names (the resolver every command shares); the report's
queries then run together over the store.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from rdflib import URIRef

from kg.store.sparql_text import bind_one_of
from kg.use.names import also_named, choice_note, label_of, labels_of, name_index, resolve_participant

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



def who_named(store, name: str) -> tuple[WhoReport, str]:
    """The report of the body (or person) `name` means, and a one-line note saying which entity was taken
    when the name could mean others ('' when it means one). Raises NameNotFound or AmbiguousName."""
    chosen = resolve_participant(store, name)
    note = choice_note(name, chosen, name_index(store).label(chosen), also_named(store, name, chosen, "body"))
    return who(store, chosen), note
