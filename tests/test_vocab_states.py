"""The reference vocabulary of states (ontology/vocab/states.ttl): complete, well-coded, unambiguous."""

import importlib.util
import re
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, SKOS

from kg.namespaces import ICT, ID

ROOT = Path(__file__).resolve().parent.parent
STATES_TTL = ROOT / "ontology" / "vocab" / "states.ttl"
BUILDER = ROOT / "ontology" / "tools" / "states_build.py"

NAME_PROPS = (SKOS.prefLabel, SKOS.altLabel)


@pytest.fixture(scope="module")
def graph() -> Graph:
    g = Graph()
    g.parse(STATES_TTL, format="turtle")
    return g


@pytest.fixture(scope="module")
def states(graph):
    return sorted(graph.subjects(RDF.type, ICT.State))


def _iso3(graph, state) -> str:
    return str(graph.value(state, ICT.iso3))


def _index(graph, props) -> dict[str, set[str]]:
    """Case-folded string -> ISO3 codes of the states that carry it under any of props."""
    index = defaultdict(set)
    for state in graph.subjects(RDF.type, ICT.State):
        for prop in props:
            for label in graph.objects(state, prop):
                index[str(label).casefold()].add(_iso3(graph, state))
    return index


@pytest.fixture(scope="module")
def names(graph):
    return _index(graph, NAME_PROPS)


@pytest.fixture(scope="module")
def adjectives(graph):
    return _index(graph, (ICT.adjective,))


def test_vocabulary_holds_the_193_un_members_and_2_observers(states):
    assert len(states) == 195


def test_observer_states_are_included(graph):
    for iso3 in ("VAT", "PSE"):
        assert (ID[f"state/{iso3}"], RDF.type, ICT.State) in graph


def test_every_state_has_one_english_and_one_russian_pref_label(graph, states):
    for state in states:
        langs = sorted(label.language for label in graph.objects(state, SKOS.prefLabel))
        assert langs == ["en", "ru"], state


def test_every_label_is_language_tagged_and_in_its_language_script(graph, states):
    cyrillic = re.compile("[А-Яа-яЁё]")
    for state in states:
        for prop in (*NAME_PROPS, ICT.officialName, ICT.adjective):
            for label in graph.objects(state, prop):
                assert isinstance(label, Literal) and label.language in ("en", "ru"), (state, label)
                assert bool(cyrillic.search(label)) == (label.language == "ru"), (state, label)


def test_iso_codes_are_well_formed_unique_and_name_the_iri(graph, states):
    iso2s, iso3s = [], []
    for state in states:
        iso2, iso3 = graph.value(state, ICT.iso2), graph.value(state, ICT.iso3)
        assert re.fullmatch(r"[A-Z]{2}", str(iso2)), state
        assert re.fullmatch(r"[A-Z]{3}", str(iso3)), state
        assert state == ID[f"state/{iso3}"]
        iso2s.append(str(iso2))
        iso3s.append(str(iso3))
    assert len(set(iso2s)) == len(iso2s) == len(states)
    assert len(set(iso3s)) == len(iso3s) == len(states)


def test_iso2_and_iso3_codes_agree_with_cldr(graph, states):
    babel_core = pytest.importorskip("babel.core")
    alpha3_to_alpha2 = babel_core.get_global("territory_aliases")
    for state in states:
        iso2, iso3 = str(graph.value(state, ICT.iso2)), _iso3(graph, state)
        assert alpha3_to_alpha2.get(iso3) == [iso2], f"{iso3} is not {iso2} in ISO 3166-1"


def test_no_name_or_adjective_belongs_to_two_states(names, adjectives):
    combined = defaultdict(set)
    for index in (names, adjectives):
        for text, codes in index.items():
            combined[text] |= codes
    shared = {text: sorted(codes) for text, codes in combined.items() if len(codes) > 1}
    assert shared == {}


def test_pref_and_alt_labels_do_not_repeat_within_a_state(graph, states):
    for state in states:
        prefs = set(graph.objects(state, SKOS.prefLabel))
        assert prefs.isdisjoint(set(graph.objects(state, SKOS.altLabel))), state


def test_official_names_are_findable_as_labels(graph, states):
    for state in states:
        labels = set(graph.objects(state, SKOS.prefLabel)) | set(graph.objects(state, SKOS.altLabel))
        for official in graph.objects(state, ICT.officialName):
            assert official in labels, (state, official)


def test_russian_adjectives_are_masculine_nominative_singular(graph, states):
    for state in states:
        for adjective in graph.objects(state, ICT.adjective):
            if adjective.language == "ru":
                assert re.fullmatch(r"[а-яё-]+(ий|ый|ой)", str(adjective)), (state, adjective)


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Королевство Камбоджа", "KHM"),
        ("Iran (Islamic Republic of)", "IRN"),
        ("Islamic Republic of Iran", "IRN"),
        ("Исламская Республика Иран", "IRN"),
        ("Вьетнам", "VNM"),
        ("Viet Nam", "VNM"),
        ("Социалистическая Республика Вьетнам", "VNM"),
        ("Russian Federation", "RUS"),
        ("РФ", "RUS"),
        ("Российская Федерация", "RUS"),
        ("PRC", "CHN"),
        ("Китайская Народная Республика", "CHN"),
        ("КНР", "CHN"),
        ("USA", "USA"),
        ("США", "USA"),
        ("Соединенные Штаты Америки", "USA"),
        ("Соединённые Штаты", "USA"),
        ("ЮАР", "ZAF"),
        ("Южно-Африканская Республика", "ZAF"),
        ("Федеративная Республика Бразилия", "BRA"),
        ("Республика Индонезия", "IDN"),
        ("Lao People's Democratic Republic", "LAO"),
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("ОАЭ", "ARE"),
        ("UAE", "ARE"),
        ("КНДР", "PRK"),
        ("DPRK", "PRK"),
        ("Republic of Korea", "KOR"),
        ("UK", "GBR"),
        ("Кыргызстан", "KGZ"),
        ("Киргизия", "KGZ"),
        ("Белоруссия", "BLR"),
        ("Арабская Республика Египет", "EGY"),
        ("Федеративная Демократическая Республика Эфиопия", "ETH"),
        ("Королевство Саудовская Аравия", "SAU"),
        ("Республика Союз Мьянма", "MMR"),
        ("ДРК", "COD"),
        ("Республика Конго", "COG"),
        ("Guinea", "GIN"),
        ("Holy See", "VAT"),
        ("State of Palestine", "PSE"),
    ],
)
def test_name_links_to_its_state(names, name, iso3):
    assert names.get(name.casefold()) == {iso3}


@pytest.mark.parametrize(
    ("adjective", "iso3"),
    [
        ("российский", "RUS"),
        ("Russian", "RUS"),
        ("Chinese", "CHN"),
        ("китайский", "CHN"),
        ("американский", "USA"),
        ("индийский", "IND"),
        ("камбоджийский", "KHM"),
        ("белорусский", "BLR"),
        ("узбекистанский", "UZB"),
        ("узбекский", "UZB"),
        ("вьетнамский", "VNM"),
        ("иранский", "IRN"),
        ("южноафриканский", "ZAF"),
        ("Emirati", "ARE"),
    ],
)
def test_adjective_links_to_its_state(adjectives, adjective, iso3):
    assert adjectives.get(adjective.casefold()) == {iso3}


@pytest.mark.parametrize(
    "ambiguous",
    ["Congo", "Конго", "Korea", "Корея", "Korean", "корейский", "Congolese", "Dominican", "Macedonia"],
)
def test_ambiguous_names_link_to_no_state(names, adjectives, ambiguous):
    assert ambiguous.casefold() not in names
    assert ambiguous.casefold() not in adjectives


@pytest.mark.parametrize(("iso3", "qid"), [("RUS", "Q159"), ("CHN", "Q148"), ("USA", "Q30"), ("KHM", "Q424")])
def test_wikidata_ids_where_given(graph, iso3, qid):
    assert str(graph.value(ID[f"state/{iso3}"], ICT.wikidata)) == qid


def test_wikidata_ids_are_well_formed_and_unique(graph, states):
    qids = [str(q) for s in states for q in graph.objects(s, ICT.wikidata)]
    assert all(re.fullmatch(r"Q[1-9][0-9]*", q) for q in qids)
    assert len(set(qids)) == len(qids)


def test_committed_file_is_what_the_builder_writes(monkeypatch):
    spec = importlib.util.spec_from_file_location("states_build", BUILDER)
    builder = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules while the module runs
    monkeypatch.setitem(sys.modules, "states_build", builder)
    spec.loader.exec_module(builder)
    assert STATES_TTL.read_text(encoding="utf-8") == builder.build(), "run ontology/tools/states_build.py"
