"""The one name resolver (kg.use.names): names of the store's entities in any language, case form or
acronym, and names among a drawn network's nodes."""

from pathlib import Path

import pytest
from helpers import reasoned_store, store_from_trig

from kg.namespaces import ID
from kg.use import names, network
from kg.use.names import AmbiguousName, NameNotFound, resolve_name

FIXTURE = Path(__file__).parent / "fixtures" / "graph_small.trig"
NETWORK_FIXTURE = Path(__file__).parent / "fixtures" / "viz_graph.trig"


@pytest.fixture(scope="module")
def store():
    return reasoned_store(FIXTURE)


@pytest.fixture(scope="module")
def net():
    return network.build_network(store_from_trig(NETWORK_FIXTURE)[0])


@pytest.mark.parametrize("name, key", [
    ("ФСО", "agency/RUS/fso"),
    ("ФСО России", "agency/RUS/fso"),
    ("Федеральной службы охраны", "agency/RUS/fso"),
    ("Federal Protective Service", "agency/RUS/fso"),
    ("federal protective service of the Russian Federation", "agency/RUS/fso"),
    ("Минцифры", "agency/RUS/mincifry"),
    ("Минобороны России", "agency/RUS/mod"),
    ("Ministry of Foreign Affairs of Russia", "agency/RUS/mfa"),
    ("МИД Российской Федерации", "agency/RUS/mfa"),
    ("МИД КНР", "agency/CHN/mfa"),
    ("Министерства иностранных дел Китая", "agency/CHN/mfa"),
    ("Камбоджа", "state/KHM"),
])
def test_names_resolve_in_any_language_case_or_acronym(store, name, key):
    assert resolve_name(store, name, "body") == ID[key]


def test_name_shared_by_several_agencies_asks_for_the_state(store):
    with pytest.raises(AmbiguousName) as err:
        resolve_name(store, "Ministry of Foreign Affairs", "agency")
    assert {iri for iri, _ in err.value.candidates} == {ID["agency/RUS/mfa"], ID["agency/CHN/mfa"]}
    assert "add the state" in str(err.value)


@pytest.mark.parametrize("name", ["Диалог Россия-АСЕАН", "Диалога Россия – АСЕАН", "диалогом россия асеан"])
def test_the_start_of_a_forums_name_in_any_case_form_finds_it(store, name):
    assert resolve_name(store, name, "forum") == ID["process/russia-asean-ict-dialogue"]


def test_the_start_shared_by_two_names_is_ambiguous_and_lists_both(store):
    with pytest.raises(AmbiguousName) as err:
        resolve_name(store, "Рабочая группа", "forum")
    assert "brics-wg-ict-security" in str(err.value) and "un-oewg-2021-2025" in str(err.value)


def test_unknown_name_suggests_the_closest_known_names(store):
    with pytest.raises(NameNotFound) as err:
        resolve_name(store, "Federal Protection Servise", "agency")
    assert err.value.suggestions[0].startswith("Federal Protective Service")


def test_state_name_limits_the_agency_to_that_state(store):
    with pytest.raises(NameNotFound):
        resolve_name(store, "Минобороны Индии", "agency")


def test_resolve_name_matches_labels_acronyms_and_codes_case_folded(net):
    assert names.resolve_node(net, "rus") == str(ID["state/RUS"])
    assert names.resolve_node(net, "асеан") == str(ID["org/asean"])
    assert names.resolve_node(net, "no such body") is None


def test_resolve_name_refuses_to_guess_between_namesakes(net):
    with pytest.raises(ValueError, match="names 2 entities"):
        names.resolve_node(net, "Ministry of Foreign Affairs")
