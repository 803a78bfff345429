"""What each workbench page shows, read from the graph as plain dicts of IRIs and strings.

Values are bound into the queries (never pasted), and the named queries of
`queries/` are reused wherever one answers the question (forum timeline, chairs,
documents, follow-ups, state forums), so the pages and `ictkg query` agree.
"""

from __future__ import annotations

from collections import defaultdict

from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from kg.namespaces import ICT
from kg.queries import run_query

KIND_OF_CLASS = {
    ICT.GovernmentAgency: "agency",
    ICT.State: "state",
    ICT.InternationalOrganization: "organisation",
    ICT.Process: "process",
    ICT.Meeting: "meeting",
    ICT.Person: "person",
    ICT.Announcement: "announcement",
    ICT.Document: "document",
}
KIND_ORDER = list(KIND_OF_CLASS.values())
BODY_TYPES = {str(ICT.State): "state", str(ICT.InternationalOrganization): "organisation",
              str(ICT.GovernmentAgency): "agency"}


def _s(term) -> str:
    return "" if term is None else str(term)


def _short(term) -> str:
    """The local name of an ontology term (ict:CoChair -> CoChair); other values as they are."""
    text = _s(term)
    return text.rsplit("#", 1)[-1] if text.startswith(str(ICT)) else text


def page_kind(store, iri: URIRef) -> str | None:
    """Which page an IRI gets: agency, state, organisation, process, meeting, person, announcement,
    document, "other" for any other node of the graph, None when the graph does not know it."""
    types = {r["t"] for r in store.query("SELECT ?t WHERE { ?e a ?t }", {"e": iri})}
    for cls, kind in KIND_OF_CLASS.items():
        if cls in types:
            return kind
    if types or store.ask("ASK { { ?e ?p ?o } UNION { ?s ?p ?e } }", {"e": iri}):
        return "other"
    return None


# ------------------------------------------------------------------ announcements


def announcements(store) -> dict[str, dict]:
    """Every announcement by IRI: title, source name, URL, date, publisher, language."""
    rows = store.query("""SELECT ?a ?name ?title ?url ?issued ?publisher ?lang WHERE { ?a a ict:Announcement .
        OPTIONAL { ?a ict:sourceName ?name } OPTIONAL { ?a dcterms:title ?title } OPTIONAL { ?a schema:url ?url }
        OPTIONAL { ?a dcterms:issued ?issued } OPTIONAL { ?a dcterms:publisher ?publisher }
        OPTIONAL { ?a dcterms:language ?lang } }""")
    out: dict[str, dict] = {}
    for r in rows:
        a = _s(r["a"])
        if a not in out:
            out[a] = {"iri": a, "name": _s(r["name"]), "title": _s(r["title"]) or _s(r["name"]) or a,
                      "url": _s(r["url"]), "issued": _s(r["issued"]), "publisher": _s(r["publisher"]),
                      "lang": _s(r["lang"])}
    return out


def _sources_by(rows, key: str, value: str = "ann") -> dict[str, list[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r[value] is not None:
            out[_s(r[key])].add(_s(r[value]))
    return {k: sorted(v) for k, v in out.items()}


# Why the pages read facts one property at a time: a query over the union of the announcement graphs
# meets a fact once per announcement that states it (Oxigraph's union default graph keeps duplicates),
# so a pattern joining k OPTIONAL facts of a meeting reported n times yields n^k rows. Named queries and
# `kg.use.who` shaped that way take minutes once a meeting has dozens of sources; reading (subject,
# property, value) rows for a list of subjects stays linear in the number of sources.

CHUNK = 400


def _values(var: str, iris) -> str:
    # Terms written by rdflib's n3() (which refuses a malformed IRI), as kg.store.sparql_text.values_block does.
    return f"VALUES ?{var} {{ {' '.join(URIRef(i).n3() for i in iris)} }}"


def rows_for(store, sparql: str, var: str, iris) -> list[dict]:
    """Run `sparql` with `{values}` replaced by a VALUES block of `iris` for ?var (in chunks)."""
    iris = sorted({str(i) for i in iris if i})
    out: list[dict] = []
    for i in range(0, len(iris), CHUNK):
        out += store.query(sparql.replace("{values}", _values(var, iris[i:i + CHUNK])))
    return out


def facts(store, subjects, predicates) -> dict[str, dict[str, list]]:
    """{subject: {property local name: sorted distinct values}} for the given subjects and properties."""
    preds = " ".join(URIRef(p).n3() for p in predicates)
    rows = rows_for(store, f"SELECT DISTINCT ?s ?p ?o WHERE {{ {{values}} VALUES ?p {{ {preds} }} ?s ?p ?o }}",
                    "s", subjects)
    out: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for r in rows:
        out[_s(r["s"])][str(r["p"]).rsplit("#", 1)[-1].rsplit("/", 1)[-1]].add(r["o"])
    return {s: {p: sorted(v, key=str) for p, v in props.items()} for s, props in out.items()}


def first(props: dict, name: str) -> str:
    values = props.get(name) or []
    return _s(values[0]) if values else ""


def linked(store, predicate, obj: URIRef) -> list[str]:
    """Distinct subjects of `?s predicate obj`."""
    rows = store.query(f"SELECT DISTINCT ?s WHERE {{ ?s {URIRef(predicate).n3()} ?e }}", {"e": obj})
    return sorted(_s(r["s"]) for r in rows)


def reporting(store, meetings) -> dict[str, list[str]]:
    """Announcements reporting each meeting."""
    rows = rows_for(store, "SELECT DISTINCT ?m ?ann WHERE { {values} ?ann ict:reports ?m }", "m", meetings)
    return _sources_by(rows, "m")


def meeting_rows(store, meetings) -> list[dict]:
    """Date, end date, forum, format, place, ordinal and sources of each meeting, by date."""
    props = facts(store, meetings, [ICT.ofForum, ICT.date, ICT.endDate, ICT["format"], ICT.location, ICT.ordinal])
    sources = reporting(store, meetings)
    rows = []
    for m in meetings:
        p = props.get(m, {})
        rows.append({"iri": m, "date": first(p, "date"), "end_date": first(p, "endDate"), "forum": first(p, "ofForum"),
                     "format": _short(first(p, "format")), "location": first(p, "location"),
                     "ordinal": first(p, "ordinal"), "sources": sources.get(m, [])})
    rows.sort(key=lambda r: (r["date"] == "", r["date"].lstrip("-"), r["iri"]))
    return rows


def labels_of(store, iri: URIRef) -> dict[str, list[str]]:
    """Names by kind (prefLabel, altLabel, acronym, officialName, nameNative, nameLatin), each with its language."""
    rows = store.query("""SELECT DISTINCT ?p ?l WHERE { ?e ?p ?l . VALUES ?p { skos:prefLabel skos:altLabel
        ict:acronym ict:officialName ict:nameNative ict:nameLatin } }""", {"e": iri})
    out: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        lang = getattr(r["l"], "language", None)
        out[str(r["p"]).rsplit("#", 1)[-1].rsplit("/", 1)[-1]].add(f"{r['l']}" + (f" @{lang}" if lang else ""))
    return {k: sorted(v) for k, v in out.items()}


def fact_sources(store, iri: URIRef, limit: int = 200) -> list[dict]:
    """Announcements and sentences behind facts about `iri` (named query cq9), at most `limit` rows."""
    _, rows = run_query(store, "cq9_fact_sources", {"subject": str(iri)})
    return [{"announcement": _s(r["announcement"]), "kind": _s(r["kind"]), "sentence": _s(r["sentence"])}
            for r in rows[:limit]]


def body_types(store, bodies) -> dict[str, str]:
    props = facts(store, bodies, [RDF.type])
    out = {}
    for b, p in props.items():
        kinds = [BODY_TYPES[str(t)] for t in p.get("type", []) if str(t) in BODY_TYPES]
        if kinds:
            out[b] = "agency" if "agency" in kinds else kinds[0]
    return out


# ------------------------------------------------------------------ bodies (agency, organisation)


def body_page(store, iri: URIRef) -> dict:
    """An agency or organisation: its meetings (date, forum, delegation, role, linked processes, sources and
    evidence sentences, what `ictkg who` reports), its state, posts and co-participants."""
    meetings = linked(store, ICT.hasParticipant, iri)
    rows = meeting_rows(store, meetings)
    processes = facts(store, meetings, [ICT.linkedToProcess])
    info = facts(store, [iri], [ICT.agencyOf, ICT.subUnitOf, ICT.partOf, ICT.isCandidate]).get(str(iri), {})
    state = first(info, "agencyOf")
    # Delegations: of this body (a state), of its state, or naming it as a member agency.
    dels = rows_for(store, "SELECT DISTINCT ?m ?d WHERE { {values} ?d ict:atMeeting ?m }", "m", meetings)
    dprops = facts(store, [r["d"] for r in dels], [ICT.delegationOf, ICT.headedBy, ICT.hasMemberAgency])
    delegation: dict[str, str] = {}
    for r in dels:
        p = dprops.get(_s(r["d"]), {})
        of = first(p, "delegationOf")
        if of in (str(iri), state) or str(iri) in {_s(a) for a in p.get("hasMemberAgency", [])}:
            delegation[_s(r["m"])] = of + "|" + first(p, "headedBy")
    chairs = rows_for(store, "SELECT DISTINCT ?m ?c WHERE { {values} ?c ict:chairOf ?m }", "m", meetings)
    cprops = facts(store, [r["c"] for r in chairs], [ICT.inPost, ICT.representsState])
    posts_in = facts(store, {first(p, "inPost") for p in cprops.values()} - {""}, [ICT.postIn])
    chaired = {_s(r["m"]) for r in chairs
               if first(cprops.get(_s(r["c"]), {}), "representsState") == str(iri)
               or first(posts_in.get(first(cprops.get(_s(r["c"]), {}), "inPost"), {}), "postIn") == str(iri)}
    mentions = store.query("""SELECT DISTINCT ?men ?m ?ann ?sentence ?surface ?role WHERE {
        ?men ict:mentions ?e ; ict:inMeeting ?m ; prov:wasDerivedFrom ?ann .
        OPTIONAL { ?men ict:sentence ?sentence } OPTIONAL { ?men ict:surfaceForm ?surface }
        OPTIONAL { ?men ict:role ?role } }""", {"e": iri})
    evidence = rows_for(store, """SELECT DISTINCT ?m ?ann ?sentence WHERE { {values}
        ?ev ict:evidenceFor ?m ; prov:wasDerivedFrom ?ann ; ict:sentence ?sentence }""", "m", meetings)
    said: dict[str, list[dict]] = defaultdict(list)
    roles: dict[str, set[str]] = defaultdict(set)
    for r in sorted(mentions, key=lambda r: (_s(r["ann"]), _s(r["men"]))):
        said[_s(r["m"])].append({"announcement": _s(r["ann"]), "sentence": _s(r["sentence"]),
                                 "surface": _s(r["surface"])})
        if r["role"] is not None:
            roles[_s(r["m"])].add(_s(r["role"]))
    for r in sorted(evidence, key=lambda r: _s(r["ann"])):
        if not any(x["announcement"] == _s(r["ann"]) for x in said[_s(r["m"])]):
            said[_s(r["m"])].append({"announcement": _s(r["ann"]), "sentence": _s(r["sentence"]), "surface": ""})
    for row in rows:
        m = row["iri"]
        of, _, head = delegation.get(m, "|").partition("|")
        row.update(processes=[_s(x) for x in processes.get(m, {}).get("linkedToProcess", [])],
                   delegation=of, head=head,
                   roles=sorted(roles.get(m, set()) | ({"chair"} if m in chaired else set())) or ["participant"],
                   evidence=said.get(m, []))
        known = {x["announcement"] for x in row["evidence"]}
        row["evidence"] += [{"announcement": a, "sentence": "", "surface": ""} for a in row["sources"]
                            if a not in known]
    co = rows_for(store, "SELECT DISTINCT ?m ?other WHERE { {values} ?m ict:hasParticipant ?other }", "m", meetings)
    kinds = body_types(store, [r["other"] for r in co])
    shared: dict[str, set[str]] = defaultdict(set)
    for r in co:
        if _s(r["other"]) != str(iri) and _s(r["other"]) in kinds:
            shared[_s(r["other"])].add(_s(r["m"]))
    posts = store.query("""SELECT DISTINCT ?post ?person WHERE { ?post ict:postIn ?e .
        OPTIONAL { ?person ict:holdsPost ?post } }""", {"e": iri})
    return {
        "names": labels_of(store, iri),
        "state": state,
        "parent": first(info, "subUnitOf") or first(info, "partOf"),
        "candidate": any(v.toPython() is True for v in info.get("isCandidate", [])),
        "meetings": rows,
        "coparticipants": sorted(({"iri": o, "kind": kinds[o], "meetings": len(ms)} for o, ms in shared.items()),
                                 key=lambda c: (-c["meetings"], c["iri"])),
        "posts": [{"post": _s(r["post"]), "person": _s(r["person"])} for r in posts],
    }


# ------------------------------------------------------------------ state


def state_page(store, iri: URIRef) -> dict:
    """A state: its agencies (with meetings attended), its forums and its meetings."""
    agencies = linked(store, ICT.agencyOf, iri)
    attended = rows_for(store, "SELECT DISTINCT ?a ?m WHERE { {values} ?m ict:hasParticipant ?a }", "a", agencies)
    count: dict[str, int] = defaultdict(int)
    for r in attended:
        count[_s(r["a"])] += 1
    meetings = sorted(_s(r["m"]) for r in store.query("SELECT DISTINCT ?m WHERE { ?m ict:hasParticipant ?e }",
                                                      {"e": iri}))
    rows = meeting_rows(store, meetings)
    forums: dict[str, dict] = {}
    for r in rows:
        if not r["forum"]:
            continue
        f = forums.setdefault(r["forum"], {"iri": r["forum"], "meetings": 0, "dates": [], "sources": set()})
        f["meetings"] += 1
        f["sources"].update(r["sources"])
        if r["date"]:
            f["dates"].append(r["date"])
    info = facts(store, [iri], [ICT.iso3, ICT.wikidata]).get(str(iri), {})
    return {
        "names": labels_of(store, iri),
        "iso3": first(info, "iso3"), "wikidata": first(info, "wikidata"),
        "agencies": sorted(({"iri": a, "meetings": count.get(a, 0)} for a in agencies),
                           key=lambda a: (-a["meetings"], a["iri"])),
        "forums": sorted(({"iri": f["iri"], "meetings": f["meetings"], "first": min(f["dates"], default=""),
                           "last": max(f["dates"], default=""), "sources": sorted(f["sources"])}
                          for f in forums.values()), key=lambda f: (-f["meetings"], f["iri"])),
        "meetings": rows,
    }


# ------------------------------------------------------------------ process / forum


def _took_place(agreed: dict, timeline: list[dict]) -> tuple[bool, str]:
    """Whether a later meeting of the same forum is known (a later dated meeting, or a higher ordinal),
    the rule of named query cq6, and the date of the next one."""
    later = []
    for m in timeline:
        if m["iri"] == agreed["iri"]:
            continue
        dated = agreed["date"] and m["date"] and not agreed["date"].startswith("--") \
            and not m["date"].startswith("--") and m["date"] > agreed["date"]
        numbered = agreed["ordinal"] and m["ordinal"] and int(m["ordinal"]) > int(agreed["ordinal"])
        if dated or numbered:
            later.append(m["date"])
    return bool(later), min((d for d in later if d), default="")


def follow_ups(store, meetings: list[dict]) -> list[dict]:
    """Follow-ups agreed at these meetings, with whether a later meeting of the forum took place."""
    by_iri = {m["iri"]: m for m in meetings}
    agreed = rows_for(store, "SELECT DISTINCT ?m ?f WHERE { {values} ?f ict:agreedAt ?m }", "m", by_iri)
    props = facts(store, [r["f"] for r in agreed], [ICT.followUpWhen, ICT.followUpFormat])
    out = []
    for r in agreed:
        m = by_iri[_s(r["m"])]
        p = props.get(_s(r["f"]), {})
        took, next_date = _took_place(m, meetings) if m["forum"] else (None, "")
        out.append({"meeting": m["iri"], "date": m["date"], "when": first(p, "followUpWhen"),
                    "format": _short(first(p, "followUpFormat")), "took_place": took, "next_date": next_date,
                    "sources": m["sources"]})
    return sorted(out, key=lambda f: (f["date"], f["meeting"]))


def process_page(store, iri: URIRef) -> dict:
    """A forum or process: timeline, participants, chairs, documents, follow-ups (and whether they took
    place), and meetings of other forums linked to it."""
    info = facts(store, [iri], [ICT.processKind, ICT.parentOrganization, ICT.startYear, ICT.endYear,
                                ICT.involvesState, ICT.counterpartOrganization]).get(str(iri), {})
    meetings = linked(store, ICT.ofForum, iri)
    timeline = meeting_rows(store, meetings)
    by_iri = {m["iri"]: m for m in timeline}
    attended = rows_for(store, "SELECT DISTINCT ?m ?b WHERE { {values} ?m ict:hasParticipant ?b }", "m", meetings)
    kinds = body_types(store, [r["b"] for r in attended])
    per_body: dict[str, set[str]] = defaultdict(set)
    for r in attended:
        per_body[_s(r["b"])].add(_s(r["m"]))
    for m in timeline:
        m["participants"] = sum(1 for ms in per_body.values() if m["iri"] in ms)
    participants: dict[str, list[dict]] = defaultdict(list)
    for b, ms in sorted(per_body.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if b in kinds:
            participants[kinds[b]].append({"iri": b, "meetings": len(ms)})
    chairings = rows_for(store, "SELECT DISTINCT ?m ?c WHERE { {values} ?c ict:chairOf ?m }", "m", meetings)
    cprops = facts(store, [r["c"] for r in chairings], [ICT.chairPerson, ICT.chairRole, ICT.inPost,
                                                        ICT.representsState])
    chairs = sorted(({"meeting": _s(r["m"]), "date": by_iri[_s(r["m"])]["date"],
                      "person": first(cprops.get(_s(r["c"]), {}), "chairPerson"),
                      "role": _short(first(cprops.get(_s(r["c"]), {}), "chairRole")),
                      "post": first(cprops.get(_s(r["c"]), {}), "inPost"),
                      "state": first(cprops.get(_s(r["c"]), {}), "representsState"),
                      "sources": by_iri[_s(r["m"])]["sources"]} for r in chairings),
                    key=lambda c: (c["date"], c["meeting"], c["person"]))
    acts = rows_for(store, "SELECT DISTINCT ?m ?act WHERE { {values} ?act ict:actMeeting ?m }", "m", meetings)
    aprops = facts(store, [r["act"] for r in acts], [ICT.actDocument, ICT.documentRole, ICT.actBy])
    docs = facts(store, {first(p, "actDocument") for p in aprops.values()} - {""}, [ICT.documentKind, ICT.year])
    documents = []
    for r in acts:
        p = aprops.get(_s(r["act"]), {})
        doc = first(p, "actDocument")
        documents.append({"document": doc, "kind": _short(first(docs.get(doc, {}), "documentKind")),
                          "year": first(docs.get(doc, {}), "year"), "role": _short(first(p, "documentRole")),
                          "meeting": _s(r["m"]), "date": by_iri[_s(r["m"])]["date"], "by": first(p, "actBy"),
                          "sources": by_iri[_s(r["m"])]["sources"]})
    documents.sort(key=lambda d: (d["document"], d["date"], d["role"]))
    linked_meetings = meeting_rows(store, linked(store, ICT.linkedToProcess, iri))
    return {
        "names": labels_of(store, iri),
        "kind": [_short(k) for k in info.get("processKind", [])],
        "parent": [_s(x) for x in info.get("parentOrganization", [])],
        "years": first(info, "startYear") + ("–" + first(info, "endYear") if first(info, "endYear") else ""),
        "involves": [_s(x) for x in info.get("involvesState", [])],
        "counterpart": [_s(x) for x in info.get("counterpartOrganization", [])],
        "basis": linked(store, ICT.basisOf, iri),
        "timeline": timeline, "participants": dict(participants), "chairs": chairs, "documents": documents,
        "follow_ups": follow_ups(store, timeline), "linked_meetings": linked_meetings,
    }


# ------------------------------------------------------------------ meeting


def meeting_page(store, iri: URIRef) -> dict:
    """Everything known about one meeting, and each announcement that reports it with what it says."""
    props = facts(store, [iri], [ICT.ofForum, ICT.date, ICT.endDate, ICT["format"], ICT.location, ICT.meetingKind,
                                 ICT.ordinal, ICT.linkedToProcess]).get(str(iri), {})
    detail = {k: [_short(v) if k == "format" else _s(v) for v in vs] for k, vs in props.items()}
    bodies = [_s(r["b"]) for r in store.query("SELECT DISTINCT ?b WHERE { ?e ict:hasParticipant ?b }", {"e": iri})]
    kinds = body_types(store, bodies)
    by_kind: dict[str, list[str]] = defaultdict(list)
    for b in sorted(bodies):
        if b in kinds:
            by_kind[kinds[b]].append(b)
    dels = linked(store, ICT.atMeeting, iri)
    dprops = facts(store, dels, [ICT.delegationOf, ICT.hasMemberAgency, ICT.hasMember, ICT.headedBy])
    chairings = linked(store, ICT.chairOf, iri)
    cprops = facts(store, chairings, [ICT.chairPerson, ICT.chairRole, ICT.inPost, ICT.representsState])
    acts = linked(store, ICT.actMeeting, iri)
    aprops = facts(store, acts, [ICT.actDocument, ICT.documentRole, ICT.actBy])
    forum = first(props, "ofForum")
    row = meeting_rows(store, [str(iri)])[0]
    timeline = meeting_rows(store, linked(store, ICT.ofForum, URIRef(forum))) if forum else [row]
    return {
        "detail": detail, "participants": dict(by_kind), "processes": detail.get("linkedToProcess", []),
        "delegations": [{"iri": d, "of": first(dprops.get(d, {}), "delegationOf"),
                         "agencies": [_s(x) for x in dprops.get(d, {}).get("hasMemberAgency", [])],
                         "members": [_s(x) for x in dprops.get(d, {}).get("hasMember", [])],
                         "head": first(dprops.get(d, {}), "headedBy")} for d in dels],
        "chairs": [{"person": first(cprops.get(c, {}), "chairPerson"),
                    "role": _short(first(cprops.get(c, {}), "chairRole")),
                    "post": first(cprops.get(c, {}), "inPost"),
                    "state": first(cprops.get(c, {}), "representsState")} for c in chairings],
        "acts": sorted(({"document": first(aprops.get(a, {}), "actDocument"),
                         "role": _short(first(aprops.get(a, {}), "documentRole")),
                         "by": first(aprops.get(a, {}), "actBy")} for a in acts),
                       key=lambda a: (a["document"], a["role"])),
        "follow_ups": [f for f in follow_ups(store, timeline) if f["meeting"] == str(iri)],
        "sources": meeting_sources(store, iri),
    }


def meeting_sources(store, iri: URIRef) -> list[dict]:
    """Per announcement reporting the meeting: its evidence sentences (for the meeting and its chairings,
    delegations, acts, follow-ups) and its mentions of entities, in the order of the text."""
    evidence = store.query("""SELECT DISTINCT ?ann ?fact ?sentence ?start WHERE {
        { ?ev ict:evidenceFor ?e . BIND(?e AS ?fact) }
        UNION { ?fact ict:chairOf|ict:atMeeting|ict:actMeeting|ict:agreedAt ?e . ?ev ict:evidenceFor ?fact }
        ?ev prov:wasDerivedFrom ?ann ; ict:sentence ?sentence .
        OPTIONAL { ?ev ict:startOffset ?start } }""", {"e": iri})
    mentions = store.query("""SELECT DISTINCT ?ann ?entity ?surface ?role ?start WHERE {
        ?men ict:inMeeting ?e ; ict:mentions ?entity ; prov:wasDerivedFrom ?ann .
        OPTIONAL { ?men ict:surfaceForm ?surface } OPTIONAL { ?men ict:role ?role }
        OPTIONAL { ?men ict:startOffset ?start } }""", {"e": iri})
    out: dict[str, dict] = {}
    for a in reporting(store, [iri]).get(str(iri), []):
        out.setdefault(a, {"announcement": a, "evidence": [], "mentions": []})

    def offset(r) -> int:
        return int(r["start"]) if r["start"] is not None else 0

    for r in sorted(evidence, key=offset):
        item = out.setdefault(_s(r["ann"]), {"announcement": _s(r["ann"]), "evidence": [], "mentions": []})
        fact = _s(r["fact"])
        kind = "meeting" if fact == str(iri) else fact[len(str(iri)) + 1:].split("/", 1)[0] or "fact"
        if not any(e["sentence"] == _s(r["sentence"]) and e["fact"] == kind for e in item["evidence"]):
            item["evidence"].append({"fact": kind, "sentence": _s(r["sentence"])})
    for r in sorted(mentions, key=offset):
        item = out.setdefault(_s(r["ann"]), {"announcement": _s(r["ann"]), "evidence": [], "mentions": []})
        item["mentions"].append({"entity": _s(r["entity"]), "surface": _s(r["surface"]), "role": _s(r["role"])})
    return [out[k] for k in sorted(out)]


# ------------------------------------------------------------------ person


def person_page(store, iri: URIRef) -> dict:
    """A person: names, posts (and where), meetings chaired, delegations headed or joined."""
    posts = [_s(r["p"]) for r in store.query("SELECT DISTINCT ?p WHERE { ?e ict:holdsPost ?p }", {"e": iri})]
    pprops = facts(store, posts, [ICT.postIn, ICT.postRole])
    chairings = linked(store, ICT.chairPerson, iri)
    cprops = facts(store, chairings, [ICT.chairOf, ICT.chairRole, ICT.representsState])
    meetings = {first(p, "chairOf") for p in cprops.values()} - {""}
    rows = {m["iri"]: m for m in meeting_rows(store, meetings)}
    chaired = []
    for c in chairings:
        p = cprops.get(c, {})
        m = rows.get(first(p, "chairOf"))
        if m:
            chaired.append({"meeting": m["iri"], "role": _short(first(p, "chairRole")),
                            "state": first(p, "representsState"), "date": m["date"], "forum": m["forum"],
                            "sources": m["sources"]})
    chaired.sort(key=lambda c: (c["date"], c["meeting"]))
    member = {_s(r["d"]): "member" for r in store.query("SELECT DISTINCT ?d WHERE { ?d ict:hasMember ?e }", {"e": iri})}
    member.update({d: "head" for d in linked(store, ICT.headedBy, iri)})
    dprops = facts(store, member, [ICT.atMeeting, ICT.delegationOf])
    return {
        "names": labels_of(store, iri),
        "posts": [{"post": p, "in": first(pprops.get(p, {}), "postIn"), "role": first(pprops.get(p, {}), "postRole")}
                  for p in posts],
        "chaired": chaired,
        "delegations": sorted(({"meeting": first(dprops.get(d, {}), "atMeeting"),
                                "of": first(dprops.get(d, {}), "delegationOf"), "head": how == "head"}
                               for d, how in member.items()), key=lambda x: x["meeting"]),
    }


# ------------------------------------------------------------------ announcement


def announcement_page(store, iri: URIRef) -> dict:
    """One announcement: the meetings it reports, its evidence sentences and its mentions."""
    meetings = [_s(r["m"]) for r in store.query("SELECT ?m WHERE { ?e ict:reports ?m } ORDER BY STR(?m)",
                                                {"e": iri})]
    evidence = store.query("""SELECT ?fact ?sentence ?start WHERE { ?ev prov:wasDerivedFrom ?e ;
        ict:evidenceFor ?fact ; ict:sentence ?sentence . OPTIONAL { ?ev ict:startOffset ?start } }""", {"e": iri})
    mentions = store.query("""SELECT ?entity ?surface ?role ?meeting ?start WHERE { ?men prov:wasDerivedFrom ?e ;
        ict:mentions ?entity . OPTIONAL { ?men ict:surfaceForm ?surface } OPTIONAL { ?men ict:role ?role }
        OPTIONAL { ?men ict:inMeeting ?meeting } OPTIONAL { ?men ict:startOffset ?start } }""", {"e": iri})
    graph = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?e a ict:Announcement } }", {"e": iri})

    def offset(r) -> int:
        return int(r["start"]) if r["start"] is not None else 0

    return {
        "meetings": meetings,
        "evidence": [{"fact": _s(r["fact"]), "sentence": _s(r["sentence"])} for r in sorted(evidence, key=offset)],
        "mentions": [{"entity": _s(r["entity"]), "surface": _s(r["surface"]), "role": _s(r["role"]),
                      "meeting": _s(r["meeting"])} for r in sorted(mentions, key=offset)],
        "graph": _s(graph[0]["g"]) if graph else "",
    }


# ------------------------------------------------------------------ anything else


def node_page(store, iri: URIRef, limit: int = 300) -> dict:
    """Any node: its statements both ways (at most `limit` each) and the announcements behind it."""
    out_rows = store.query(f"SELECT ?p ?o WHERE {{ ?e ?p ?o }} ORDER BY STR(?p) STR(?o) LIMIT {limit}", {"e": iri})
    in_rows = store.query(f"SELECT ?s ?p WHERE {{ ?s ?p ?e }} ORDER BY STR(?p) STR(?s) LIMIT {limit}", {"e": iri})

    def cell(term):
        return {"iri": _s(term)} if isinstance(term, URIRef) else {
            "text": _s(term), "lang": getattr(term, "language", None) or "",
            "datatype": _short(term.datatype) if isinstance(term, Literal) and term.datatype else ""}

    return {
        "names": labels_of(store, iri),
        "outgoing": [{"p": _s(r["p"]), "o": cell(r["o"])} for r in out_rows],
        "incoming": [{"s": _s(r["s"]), "p": _s(r["p"])} for r in in_rows],
        "sources": fact_sources(store, iri),
    }
