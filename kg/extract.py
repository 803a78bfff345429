"""Facts JSON (../shared/corpus/FORMAT.md) read back from an announcement's RDF graph.

The JSON is built from the triples the ingester stored, never from the
extractor's objects, so it shows exactly what the graph holds.
"""

from __future__ import annotations

from collections.abc import Callable

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

from kg.ids import slug
from kg.ingest import Processed, default_resources, process
from kg.namespaces import ICT
from kg.read import read_paths
from kg.records import ReadProblem
from kg.understand import Resources
from kg.vocab import Vocabulary

FORMAT_NAMES = {ICT.Online: "online", ICT.InPerson: "in-person", ICT.Hybrid: "hybrid"}
ROLE_NAMES = {ICT.Basis: "basis", ICT.Presented: "presented", ICT.Adopted: "adopted", ICT.Signed: "signed",
              ICT.Referenced: "referenced"}


def _iso3(iri) -> str | None:
    s = str(iri)
    return s.rsplit("/", 1)[-1] if "/state/" in s else None


def surfaces_by_meeting(g: Graph) -> dict[tuple, list[str]]:
    """{(entity, meeting): the surface forms of its mentions there}, read in one pass over the mentions.

    Asking, for every entity of every meeting, for all the entity's mentions and keeping those of the
    meeting made extraction quadratic in a long text: a state named in each of 300 meetings was read
    300 times over (19 of 67 s of a 2.4 MB announcement)."""
    out: dict[tuple, list[str]] = {}
    for mention, _, entity in g.triples((None, ICT.mentions, None)):
        meeting = g.value(mention, ICT.inMeeting)
        out.setdefault((entity, meeting), []).append(str(g.value(mention, ICT.surfaceForm)))
    return out


def _entity_json(g: Graph, vocab: Vocabulary, iri: URIRef, meeting: URIRef,
                 surfaces_at: dict[tuple, list[str]]) -> dict:
    e = vocab.get(str(iri))
    surfaces = surfaces_at.get((iri, meeting), [])
    if e:
        name = e.name_en
        aliases = [n for n in e.all_names() if n != name]
    else:
        english = [str(x) for x in g.objects(iri, SKOS.altLabel) if getattr(x, "language", None) == "en"]
        # a candidate's English name where it has one, as known entities give theirs
        name = _label(g, iri, "en") if not english or any(
            x.language == "en" for x in g.objects(iri, SKOS.prefLabel)) else english[0]
        aliases = sorted({str(x) for x in g.objects(iri, SKOS.prefLabel) if str(x) != name}
                         | {str(x) for x in g.objects(iri, SKOS.altLabel)})
    aliases += [s for s in surfaces if s not in aliases and s != name]
    return {"name": name, "aliases": aliases}


def _label(g: Graph, iri, lang: str) -> str:
    """The entity's preferred label in `lang` from the graph (candidates carry their own), else the IRI."""
    labels = {x.language: str(x) for x in g.objects(iri, SKOS.prefLabel)}
    return labels.get(lang) or next(iter(labels.values()), str(iri))


def _person_name(g: Graph, person) -> str:
    """The name in Latin script as this announcement writes it: a Russian text's transliteration, an
    English text's own spelling (its English label)."""
    latin = g.value(person, ICT.nameLatin)
    if latin is not None:
        return str(latin)
    return min((str(x) for x in g.objects(person, SKOS.prefLabel) if x.language == "en"), default="")


def facts_from_graph(g: Graph, ann: URIRef, vocab: Vocabulary) -> dict:
    """The facts of one announcement graph in the FORMAT.md shape."""
    published = g.value(ann, DCTERMS.issued)
    lang = g.value(ann, DCTERMS.language)
    meetings = sorted(g.objects(ann, ICT.reports), key=lambda m: int(g.value(m, ICT.meetingIndex) or 0))
    surfaces = surfaces_by_meeting(g)
    return {
        "document": str(g.value(ann, ICT.sourceName)),
        "lang": str(lang) if lang else None,
        "published": str(published) if published else None,
        "meetings": [_meeting_json(g, m, vocab, surfaces) for m in meetings],
    }


def _meeting_json(g: Graph, m: URIRef, vocab: Vocabulary, surfaces: dict[tuple, list[str]]) -> dict:
    forum = g.value(m, ICT.ofForum)
    date = g.value(m, ICT.date)
    end = g.value(m, ICT.endDate)
    loc = g.value(m, ICT.location)
    loc_e = vocab.get(str(loc)) if loc else None
    ordinal = g.value(m, ICT.ordinal)
    fmt = g.value(m, ICT["format"])
    participants = list(g.objects(m, ICT.hasParticipant))
    states = sorted({_iso3(p) for p in participants if _iso3(p)})
    orgs, agencies = [], []
    for p in sorted(participants):
        e = vocab.get(str(p))
        if (e and e.type == "organization") or (e is None and (p, RDF.type, ICT.InternationalOrganization) in g):
            orgs.append(_entity_json(g, vocab, p, m, surfaces))
        elif (e and e.type == "agency") or (p, RDF.type, ICT.GovernmentAgency) in g:
            j = _entity_json(g, vocab, p, m, surfaces)
            state = e.state if e else _iso3(g.value(p, ICT.agencyOf) or "")  # a candidate's own state
            agencies.append({"state": state, **j})
    processes = [_entity_json(g, vocab, p, m, surfaces) for p in sorted(g.objects(m, ICT.linkedToProcess))]
    chairs = []
    for ch in sorted(g.subjects(ICT.chairOf, m)):
        person = g.value(ch, ICT.chairPerson)
        native = g.value(person, ICT.nameNative)
        post = g.value(ch, ICT.inPost)
        chairs.append({
            "name": _person_name(g, person),
            "name_native": str(native) if native else None,
            "post": str(g.value(post, SKOS.prefLabel)) if post else None,
            "state": _iso3(g.value(ch, ICT.representsState)) if g.value(ch, ICT.representsState) else None,
        })
    documents = []
    for act in sorted(g.subjects(ICT.actMeeting, m)):
        d = g.value(act, ICT.actDocument)
        known = vocab.get(str(d))
        year = g.value(d, ICT.year) if known is None else known.year
        by = g.value(act, ICT.actBy)
        names = (known.all_names() + known.notations) if known else \
            sorted(str(x) for x in [*g.objects(d, SKOS.altLabel), *g.objects(d, SKOS.notation)])
        title = known.name_en if known else str(g.value(d, SKOS.prefLabel))
        surface = str(g.value(act, ICT.surfaceForm))
        documents.append({
            "title": title,
            "aliases": [n for n in dict.fromkeys([surface, *names]) if n != title],
            "year": int(year) if year is not None else None,
            "role": ROLE_NAMES.get(g.value(act, ICT.documentRole), "referenced"),
            "by": _iso3(by) if by else None,
        })
    next_meeting = None
    for fu in g.subjects(ICT.agreedAt, m):
        when = g.value(fu, ICT.followUpWhen)
        ff = g.value(fu, ICT.followUpFormat)
        next_meeting = {"when": str(when) if when else None, "format": FORMAT_NAMES.get(ff)}
    return {
        "forum": _entity_json(g, vocab, forum, m, surfaces) if forum else None,
        "kind": str(g.value(m, ICT.meetingKind) or "other"),
        "date": (f"{date}/{end}" if end else str(date)) if date else None,
        "format": FORMAT_NAMES.get(fmt),
        "location": (loc_e.name_en if loc_e else _label(g, loc, "en")) if loc else None,
        "ordinal": int(ordinal) if ordinal is not None else None,
        # by the name as written (the order of the chairing IRIs before they were keyed by kg.nlp.spelling)
        "chairs": sorted(chairs, key=lambda c: slug(c["name"])),
        "states": states,
        "organizations": orgs,
        "agencies": agencies,
        "processes": processes,
        "documents": documents,
        "next_meeting": next_meeting,
    }


def facts_json(p: Processed, res: Resources) -> dict:
    """The facts of one processed announcement, read back from the triples of its graph."""
    g = Graph()
    for t in p.triples:
        g.add(t)
    return facts_from_graph(g, p.ann_iri, res.vocab)


def facts_for_file(path: str, res: Resources | None = None,
                   on_progress: Callable[[str], None] | None = None) -> dict:
    """The facts JSON of the first announcement in `path` (used by `ictkg extract` and `ictkg eval`),
    through the whole ingest pipeline; ValueError with one line when it cannot be read."""
    res = res or default_resources()
    for item in read_paths([str(path)]):
        if isinstance(item, ReadProblem):
            raise ValueError(str(item))
        p = process(item, res, on_progress)
        if isinstance(p, ReadProblem):
            raise ValueError(str(p))
        return facts_json(p, res)
    raise ValueError(f"{path}: no announcement found")
