"""The government-agency vocabulary (ontology/vocab/agencies.ttl): what the linker and analysts rely on."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pymorphy3
import pyoxigraph
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from kg.ids import slug
from kg.namespaces import ICT, ID

ROOT = Path(__file__).resolve().parent.parent
AGENCIES = ROOT / "ontology" / "vocab" / "agencies.ttl"
STATES = ROOT / "ontology" / "vocab" / "states.ttl"
IRI_PATTERN = re.compile(re.escape(str(ID)) + r"agency/([A-Z]{3})/([a-z0-9-]+)$")
STATE_PATTERN = re.compile(re.escape(str(ID)) + r"state/([A-Z]{3})$")


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(AGENCIES, format="turtle")


@pytest.fixture(scope="module")
def agencies(graph) -> list[URIRef]:
    return sorted(graph.subjects(RDF.type, ICT.GovernmentAgency))


def _state_code(graph: Graph, agency: URIRef) -> str:
    match = STATE_PATTERN.match(str(graph.value(agency, ICT.agencyOf)))
    assert match, f"{agency} has no id:state/ISO3 in ict:agencyOf"
    return match.group(1)


def _names(graph: Graph, agency: URIRef) -> list[Literal]:
    return [o for p in (SKOS.prefLabel, SKOS.altLabel, ICT.acronym) for o in graph.objects(agency, p)]


def _find(graph: Graph, agencies: list[URIRef], form: str, iso3: str) -> list[str]:
    """Keys of the agencies of `iso3` that carry `form` (case-folded) as a name: the linker's look-up."""
    wanted = form.casefold()
    return [
        str(a).rsplit("/", 1)[-1]
        for a in agencies
        if _state_code(graph, a) == iso3 and any(str(n).casefold() == wanted for n in _names(graph, a))
    ]


def test_file_parses_in_the_store_engine_too():
    quads = list(pyoxigraph.parse(path=str(AGENCIES), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(Graph().parse(AGENCIES, format="turtle"))


def test_vocabulary_is_large_enough(graph, agencies):
    russian = [a for a in agencies if _state_code(graph, a) == "RUS"]
    assert len(russian) >= 25
    assert len(agencies) >= 100


def test_every_agency_belongs_to_exactly_one_state(graph, agencies):
    for agency in agencies:
        states = list(graph.objects(agency, ICT.agencyOf))
        assert len(states) == 1, f"{agency}: ict:agencyOf {states}"


def test_iri_follows_agency_pattern_with_its_own_state(graph, agencies):
    for agency in agencies:
        match = IRI_PATTERN.match(str(agency))
        assert match, f"{agency} is not id:agency/{{ISO3}}/{{key}}"
        iso3, key = match.groups()
        assert iso3 == _state_code(graph, agency), f"{agency} belongs to another state"
        assert slug(key) == key, f"{agency}: key is not a slug"


def test_every_agency_has_one_english_and_one_russian_preferred_label(graph, agencies):
    for agency in agencies:
        langs = sorted(o.language for o in graph.objects(agency, SKOS.prefLabel))
        assert langs == ["en", "ru"], f"{agency}: prefLabel languages {langs}"


def test_labels_are_tagged_english_or_russian_and_not_padded(graph, agencies):
    for agency in agencies:
        for name in _names(graph, agency):
            assert isinstance(name, Literal) and name.language in ("en", "ru"), f"{agency}: {name!r}"
            assert str(name) == " ".join(str(name).split()) and str(name), f"{agency}: {name!r}"


def test_acronyms_are_also_alternative_labels(graph, agencies):
    for agency in agencies:
        alts = set(graph.objects(agency, SKOS.altLabel))
        for acronym in graph.objects(agency, ICT.acronym):
            assert acronym in alts, f"{agency}: acronym {acronym!r} is not an altLabel"


def test_no_two_agencies_of_one_state_share_a_name(graph, agencies):
    owners: dict[tuple[str, str], set[URIRef]] = defaultdict(set)
    for agency in agencies:
        for name in _names(graph, agency):
            owners[(_state_code(graph, agency), str(name).casefold())].add(agency)
    clashes = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert not clashes, f"names shared within a state: {clashes}"


def test_sub_units_point_to_agencies_of_the_same_state_without_cycles(graph, agencies):
    known = set(agencies)
    for agency in agencies:
        seen = {agency}
        node = agency
        while (parent := graph.value(node, ICT.subUnitOf)) is not None:
            assert parent in known, f"{node}: ict:subUnitOf {parent} is not in the vocabulary"
            assert _state_code(graph, parent) == _state_code(graph, agency), f"{node} -> {parent}"
            assert parent not in seen, f"ict:subUnitOf cycle through {parent}"
            seen.add(parent)
            node = parent


def test_russian_agencies_are_named_without_the_state(graph, agencies):
    # The linker joins "России"/"Российской Федерации" itself; a label carrying it would never match
    # the bare name, and a generic name ("МИД") must be disambiguated by the state in context.
    state_words = re.compile(r"Росси|Российск|Russia|Russian Federation|\bРФ\b", re.IGNORECASE)
    for agency in agencies:
        if _state_code(graph, agency) == "RUS":
            bad = [str(n) for n in _names(graph, agency) if state_words.search(str(n))]
            assert not bad, f"{agency}: labels name the state: {bad}"


def test_russian_preferred_labels_are_in_the_nominative(graph, agencies):
    morph = pymorphy3.MorphAnalyzer()
    for agency in agencies:
        label = next(str(o) for o in graph.objects(agency, SKOS.prefLabel) if o.language == "ru")
        first = re.match(r"[А-Яа-яЁё-]+", label)
        assert first, f"{agency}: Russian prefLabel {label!r} does not start with a Russian word"
        parses = morph.parse(first.group(0))
        assert any({"nomn", "sing"} <= p.tag.grammemes or "Fixd" in p.tag.grammemes for p in parses), (
            f"{agency}: {label!r} does not start in the nominative singular"
        )


def test_every_state_referenced_is_in_the_states_vocabulary(graph, agencies):
    if not STATES.is_file():
        pytest.skip(f"{STATES} not present")
    states = set(Graph().parse(STATES, format="turtle").subjects(RDF.type, ICT.State))
    missing = sorted({str(graph.value(a, ICT.agencyOf)) for a in agencies} - {str(s) for s in states})
    assert not missing, f"states not in {STATES.name}: {missing}"


@pytest.mark.parametrize(
    ("form", "iso3", "key"),
    [
        ("ФСО", "RUS", "fso"),
        ("Federal Protective Service", "RUS", "fso"),
        ("Минцифры", "RUS", "mintsifry"),
        ("Ministry of Digital Development", "RUS", "mintsifry"),
        ("МИД", "RUS", "mfa"),
        ("ДМИБ", "RUS", "mfa-dmib"),
        ("Минобороны", "RUS", "mod"),
        ("МВД", "RUS", "mvd"),
        ("СК", "RUS", "investigative-committee"),
        ("Генпрокуратура", "RUS", "prosecutor-general"),
        ("Совет Безопасности", "RUS", "security-council"),
        ("аппарат Совбеза", "RUS", "security-council-office"),
        ("Security Council Staff", "RUS", "security-council-office"),
        ("НКЦКИ", "RUS", "nkcki"),
        ("ФСТЭК", "RUS", "fstec"),
        ("Росфинмониторинг", "RUS", "rosfinmonitoring"),
        ("Госкорпорация «Росатом»", "RUS", "rosatom"),
        ("CISA", "USA", "cisa"),
        ("State Department", "USA", "mfa"),
        ("Минобороны", "USA", "mod"),
        ("Ministry of Public Security", "CHN", "mps"),
        ("Ministry of Public Security", "VNM", "mps"),
        ("Политбюро ЦК КПК", "CHN", "politburo"),
        ("Политико-юридическая комиссия ЦК КПК", "CHN", "cplac"),
        ("МИД", "IND", "mfa"),
        ("Ministry of External Affairs", "IND", "mfa"),
        ("CERT-In", "IND", "cert-in"),
        ("Itamaraty", "BRA", "mfa"),
        ("Gabinete de Segurança Institucional", "BRA", "gsi"),
        ("DIRCO", "ZAF", "mfa"),
        ("Supreme National Security Council", "IRN", "snsc"),
        ("Kemenko Polhukam", "IDN", "polhukam"),
        ("BSSN", "IDN", "bssn"),
        ("MPTC", "KHM", "mptc"),
        ("CSA", "SGP", "csa"),
        ("NACSA", "MYS", "nacsa"),
        ("DICT", "PHL", "dict"),
        ("Security Council", "KAZ", "security-council"),
        ("Security Council", "UZB", "security-council"),
        ("ОАЦ", "BLR", "oac"),
        ("ANSSI", "FRA", "anssi"),
        ("NCSC", "GBR", "ncsc"),
    ],
)
def test_analyst_form_resolves_to_one_agency(graph, agencies, form, iso3, key):
    assert _find(graph, agencies, form, iso3) == [key]


@pytest.mark.parametrize(
    ("generic", "key"),
    [
        ("Ministry of Foreign Affairs", "mfa"),
        ("МИД", "mfa"),
        ("Ministry of Defence", "mod"),
        ("Минобороны", "mod"),
    ],
)
def test_generic_ministry_name_resolves_to_the_same_key_in_every_state(graph, agencies, generic, key):
    # "МИД Индии", "Ministry of Defence of Brazil": the linker only has the state to tell them apart,
    # and queries may name id:agency/{ISO3}/mfa directly.
    states = sorted({_state_code(graph, a) for a in agencies})
    owners = {iso3: _find(graph, agencies, generic, iso3) for iso3 in states}
    owners = {iso3: keys for iso3, keys in owners.items() if keys}
    assert len(owners) >= 10
    assert all(keys == [key] for keys in owners.values()), owners
