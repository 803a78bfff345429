"""The organisation, process and post-role vocabularies (ontology/vocab/*.ttl).

The linker resolves names in announcements against these labels, so the tests check what a
user relies on: every entity can be named in English and in Russian, a name leads to one
entity only, processes say what kind of meetings they hold, and the names people actually
type resolve to the intended entity.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from kg.namespaces import ICT, ID

VOCAB = Path(__file__).resolve().parent.parent / "ontology" / "vocab"
FILES = {"organizations": ICT.InternationalOrganization, "processes": ICT.Process, "roles": ICT.PostRole}
MINIMUM = {"organizations": 45, "processes": 45, "roles": 30}
XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")
KEY_PREFIX = {"organizations": "org/", "processes": "process/", "roles": "role/"}

PROCESS_KINDS = {
    ICT[name]
    for name in (
        "BilateralDialogue",
        "MultilateralDialogue",
        "Consultations",
        "UNOpenEndedWorkingGroup",
        "UNGroupOfGovernmentalExperts",
        "UNCommittee",
        "UNBody",
        "SpecialisedAgency",
        "ConferenceSeries",
        "Summit",
        "GroupingWorkingGroup",
        "ExpertGroup",
        "Initiative",
        "Convention",
    )
}
# FORMAT.md meeting kinds.
MEETING_KINDS = {
    "dialogue",
    "working-group",
    "committee",
    "conference",
    "summit",
    "consultations",
    "session",
    "other",
}


def fold(label: str) -> str:
    """Compare names as FORMAT.md does: case-folded, punctuation dropped, spaces collapsed."""
    text = label.casefold().replace("ё", "е")
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


@pytest.fixture(scope="module")
def graphs() -> dict[str, Graph]:
    loaded = {}
    for name in FILES:
        graph = Graph()
        graph.parse(VOCAB / f"{name}.ttl", format="turtle")
        loaded[name] = graph
    return loaded


def entities(graph: Graph, cls: URIRef) -> list[URIRef]:
    return sorted(graph.subjects(RDF.type, cls))


def labels(graph: Graph, entity: URIRef) -> list[Literal]:
    return [*graph.objects(entity, SKOS.prefLabel), *graph.objects(entity, SKOS.altLabel)]


@pytest.fixture(scope="module")
def label_index(graphs) -> dict[str, set[URIRef]]:
    """Folded label -> organisations and processes that carry it."""
    index: dict[str, set[URIRef]] = defaultdict(set)
    for name in ("organizations", "processes"):
        graph = graphs[name]
        for entity in entities(graph, FILES[name]):
            for label in labels(graph, entity):
                index[fold(label)].add(entity)
    return index


@pytest.mark.parametrize("name", sorted(FILES))
def test_vocabulary_has_enough_entries(graphs, name):
    found = entities(graphs[name], FILES[name])
    assert len(found) >= MINIMUM[name], f"{name}.ttl has {len(found)} entries"


@pytest.mark.parametrize("name", sorted(FILES))
def test_entity_iris_use_stable_keys(graphs, name):
    pattern = re.compile(rf"^{re.escape(str(ID) + KEY_PREFIX[name])}[a-z0-9]+(-[a-z0-9]+)*$")
    bad = [str(e) for e in entities(graphs[name], FILES[name]) if not pattern.match(str(e))]
    assert not bad


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_entity_has_one_english_and_one_russian_preflabel(graphs, name):
    graph = graphs[name]
    for entity in entities(graph, FILES[name]):
        langs = sorted(label.language for label in graph.objects(entity, SKOS.prefLabel))
        assert langs == ["en", "ru"], f"{entity}: prefLabel languages {langs}"


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_label_is_tagged_english_or_russian(graphs, name):
    graph = graphs[name]
    for entity in entities(graph, FILES[name]):
        for label in labels(graph, entity):
            assert label.language in {"en", "ru"}, f"{entity}: {label!r}"
            assert label.strip() == str(label) and label, f"{entity}: {label!r}"


def test_russian_labels_are_in_cyrillic_or_a_latin_acronym(graphs):
    """A Russian label in Latin script is only acceptable for names Russian texts keep in Latin."""
    for name in FILES:
        graph = graphs[name]
        for entity in entities(graph, FILES[name]):
            for label in labels(graph, entity):
                if label.language == "ru" and not re.search("[а-яё]", label, re.I):
                    assert re.fullmatch(r"[A-Z0-9][A-Za-z0-9-]*", label), f"{entity}: {label!r}"


@pytest.mark.parametrize("name", ["organizations", "processes"])
def test_every_acronym_is_also_a_label(graphs, name):
    graph = graphs[name]
    for entity, acronym in graph.subject_objects(ICT.acronym):
        assert fold(acronym) in {fold(x) for x in labels(graph, entity)}, f"{entity}: {acronym!r}"


def test_every_process_has_one_allowed_kind_and_meeting_kind(graphs):
    graph = graphs["processes"]
    for process in entities(graph, ICT.Process):
        kinds = list(graph.objects(process, ICT.processKind))
        meeting_kinds = [str(k) for k in graph.objects(process, ICT.meetingKind)]
        assert len(kinds) == 1 and kinds[0] in PROCESS_KINDS, f"{process}: {kinds}"
        assert len(meeting_kinds) == 1 and meeting_kinds[0] in MEETING_KINDS, f"{process}: {meeting_kinds}"


def test_no_label_names_two_organisations_or_processes(label_index):
    shared = {label: sorted(map(str, found)) for label, found in label_index.items() if len(found) > 1}
    assert not shared


def test_organisations_and_processes_reuse_no_state_agency_or_place_label(label_index):
    """A name must not be ambiguous between our entities and another vocabulary's."""
    others: dict[str, set[str]] = defaultdict(set)
    for name in ("states", "agencies", "places"):
        path = VOCAB / f"{name}.ttl"
        if not path.exists():
            continue
        graph = Graph()
        graph.parse(path, format="turtle")
        for entity, label in [*graph.subject_objects(SKOS.prefLabel), *graph.subject_objects(SKOS.altLabel)]:
            others[fold(label)].add(str(entity))
    clashes = {label: sorted(others[label]) for label in label_index if label in others}
    assert not clashes


@pytest.mark.parametrize(
    "generic",
    [
        "Security Council",
        "Совет Безопасности",
        "Совет безопасности",
        "Ministry of Foreign Affairs",
        "Министерство иностранных дел",
        "Government",
        "Правительство",
        "Secretariat",
        "Секретариат",
    ],
)
def test_no_organisation_or_process_takes_a_generic_national_body_name(label_index, generic):
    assert fold(generic) not in label_index


def test_references_point_to_defined_organisations(graphs):
    orgs = set(entities(graphs["organizations"], ICT.InternationalOrganization))
    both = graphs["organizations"] + graphs["processes"]
    for prop in (ICT.partOf, ICT.parentOrganization, ICT.counterpartOrganization):
        for subject, target in both.subject_objects(prop):
            assert target in orgs, f"{subject} {prop} {target} is not in organizations.ttl"


def test_part_of_has_no_cycles(graphs):
    graph = graphs["organizations"]
    for org in entities(graph, ICT.InternationalOrganization):
        seen, current = {org}, org
        while (parent := graph.value(current, ICT.partOf)) is not None:
            assert parent not in seen, f"partOf cycle through {org}"
            seen.add(parent)
            current = parent


def test_involved_states_are_state_iris(graphs):
    state_iri = re.compile(rf"^{re.escape(str(ID))}state/[A-Z]{{3}}$")
    for process, state in graphs["processes"].subject_objects(ICT.involvesState):
        assert state_iri.match(str(state)), f"{process}: {state}"


def test_years_are_integers_in_order(graphs):
    graph = graphs["processes"]
    for process in entities(graph, ICT.Process):
        start, end = graph.value(process, ICT.startYear), graph.value(process, ICT.endYear)
        for year in (start, end):
            if year is not None:
                assert year.datatype == XSD_INTEGER and 1940 <= year.toPython() <= 2100, (
                    f"{process}: {year!r}"
                )
        if start is not None and end is not None:
            assert start.toPython() <= end.toPython(), process


def test_wikidata_ids_are_well_formed_and_unique(graphs):
    ids = [str(q) for q in graphs["organizations"].objects(None, ICT.wikidata)]
    assert all(re.fullmatch(r"Q[1-9][0-9]*", q) for q in ids)
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("РГОС", "process/un-oewg-2021-2025"),
        ("OEWG", "process/un-oewg-2021-2025"),
        ("OEWG 2021–2025", "process/un-oewg-2021-2025"),
        (
            "Рабочая группа ООН открытого состава по вопросам безопасности в сфере использования ИКТ и самих ИКТ",
            "process/un-oewg-2021-2025",
        ),
        ("OEWG 2019-2021", "process/un-oewg-2019-2021"),
        ("Global Mechanism", "process/un-global-mechanism-ict"),
        ("PoA", "process/un-poa-ict"),
        ("UN GGE", "process/un-gge-information-security"),
        ("ГПЭ ООН 2014-2015", "process/un-gge-2014-2015"),
        ("Спецкомитет ООН", "process/un-ahc-cybercrime"),
        ("Ad Hoc Committee on Cybercrime", "process/un-ahc-cybercrime"),
        ("UN Convention against Cybercrime", "process/un-convention-against-cybercrime"),
        ("Budapest Convention", "process/budapest-convention"),
        ("T-CY", "process/t-cy"),
        ("First Committee", "process/unga-first-committee"),
        ("ARF", "org/arf"),
        ("ARF ISM on ICTs", "process/arf-ism-ict"),
        ("ADMM-Plus", "process/admm-plus"),
        ("Диалог Россия-АСЕАН по вопросам безопасности ИКТ", "process/russia-asean-ict-dialogue"),
        ("Рабочая группа БРИКС по безопасности в сфере использования ИКТ", "process/brics-ict-wg"),
        ("Группа экспертов ШОС по международной информационной безопасности", "process/sco-iis-experts"),
        (
            "совещание секретарей советов безопасности государств-членов ШОС",
            "process/sco-security-council-secretaries",
        ),
        ("Совет глав государств – членов ШОС", "process/sco-heads-of-state-council"),
        ("BRICS Summit", "process/brics-summit"),
        ("ITU Council", "process/itu-council"),
        ("IGF", "process/igf"),
        ("WSIS", "process/wsis"),
        ("Paris Call", "process/paris-call"),
        ("Counter Ransomware Initiative", "process/counter-ransomware-initiative"),
        (
            "Russia-Iran interagency consultations on international information security",
            "process/russia-iran-iis-consultations",
        ),
        ("ШОС", "org/sco"),
        ("РАТС ШОС", "org/sco-rats"),
        ("ООН", "org/un"),
        ("UNGA", "org/un-general-assembly"),
        ("СБ ООН", "org/un-security-council"),
        ("UN Security Council", "org/un-security-council"),
        ("ЮНИДИР", "org/unidir"),
        ("УНП ООН", "org/unodc"),
        ("МСЭ", "org/itu"),
        ("АСЕАН", "org/asean"),
        ("ОДКБ", "org/csto"),
        ("СНГ", "org/cis"),
        ("ЕАЭС", "org/eaeu"),
        ("EEAS", "org/eeas"),
        ("NATO CCDCOE", "org/nato-ccdcoe"),
        ("Лига арабских государств", "org/arab-league"),
        ("G20", "org/g20"),
        ("БРИКС", "org/brics"),
    ],
)
def test_label_a_user_types_finds_the_intended_entity(label_index, typed, expected):
    assert label_index.get(fold(typed)) == {ID[expected]}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("заместитель министра", "role/deputy-minister"),
        ("посол по особым поручениям", "role/ambassador-at-large"),
        ("Secretary of the Security Council", "role/secretary-of-security-council"),
        (
            "специальный представитель Президента Российской Федерации по вопросам международного "
            "сотрудничества в области информационной безопасности",
            "role/special-presidential-representative-iis",
        ),
        ("Co-Chair", "role/co-chair"),
        ("директор департамента", "role/director-of-department"),
        ("Under-Secretary-General", "role/under-secretary-general"),
        ("National Security Adviser", "role/national-security-adviser"),
    ],
)
def test_role_label_finds_the_intended_role(graphs, typed, expected):
    graph = graphs["roles"]
    found = {
        role
        for role in entities(graph, ICT.PostRole)
        if fold(typed) in {fold(x) for x in labels(graph, role)}
    }
    assert found == {ID[expected]}
