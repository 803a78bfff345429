"""Places: cities in any case form, hyphenated, from GeoNames when the vocabulary lacks them, and
capitals named through their state ("в зимбабвийской столице")."""

import pytest

from kg.link import link_mentions, link_places
from kg.nlp.text import tokenize
from kg.understand import Resources


@pytest.fixture(scope="module")
def res():
    return Resources.load()


def places_in(text, res):
    toks = tokenize(text)
    mentions = link_places(text, toks, link_mentions(text, toks, res.gazetteer), res.places)
    return [(m.entity.name_en, m.entity.state) for m in mentions if m.type == "place"]


@pytest.mark.parametrize("text, expected", [
    ("Второе заседание прошло в Аддис-Абебе.", [("Addis Ababa", "ETH")]),
    ("14 марта в Эр-Рияде состоялись консультации.", [("Riyadh", "SAU")]),
    ("Встреча состоялась в Хараре.", [("Harare", "ZWE")]),
    ("Переговоры прошли в Гаване и продолжились в Каракасе.", [("Havana", "CUB"), ("Caracas", "VEN")]),
    ("Заседание прошло в Нью-Йорке.", [("New York", "USA")]),
    ("The dialogue was held in Riyadh in March.", [("Riyadh", "SAU")]),
    ("На следующий день в зимбабвийской столице прошло заседание.", [("Harare", "ZWE")]),
    ("The meeting took place in the Ghanaian capital.", [("Accra", "GHA")]),
    ("Experts met in the capital of Togo.", [("Lomé", "TGO")]),
])
def test_city_is_found_in_any_form(text, expected, res):
    assert places_in(text, res) == expected


@pytest.mark.parametrize("text", [
    "Обсуждались вопросы в Советском районе.",  # an ordinary adjective that is also a town's name
    "The centre at North Bridge Road opens in March.",  # streets and months are not cities
    "Москва",  # a name with no word placing something there is not taken from GeoNames
])
def test_ordinary_words_are_not_cities(text, res):
    assert [p for p in places_in(text, res) if p[0] != "Moscow"] == []


def test_a_city_the_vocabulary_lacks_is_a_candidate_place_of_its_country(res):
    text = "Встреча прошла в Хараре."
    toks = tokenize(text)
    [m] = [m for m in link_places(text, toks, link_mentions(text, toks, res.gazetteer), res.places)
           if m.type == "place"]
    assert m.entity.candidate and m.entity.state == "ZWE"
    assert m.entity.iri.endswith("/place/harare")
    assert m.entity.pref["ru"] == "Хараре"


def test_a_city_in_the_vocabulary_keeps_its_vocabulary_entity(res):
    text = "Консультации прошли в Москве."
    toks = tokenize(text)
    [m] = [m for m in link_places(text, toks, link_mentions(text, toks, res.gazetteer), res.places)
           if m.type == "place"]
    assert not m.entity.candidate and m.entity.iri.endswith("/place/moscow")


@pytest.mark.parametrize("text, name", [
    ("Совещание прошло в Гродно.", "Grodno"),  # GeoNames calls it Hrodna; English texts write Grodno
    ("Встреча состоялась в Туркестане.", "Turkestan"),
    ("The conference opened in Plymouth.", "Plymouth"),  # no Russian-made name outside the former USSR
])
def test_a_city_is_named_as_english_texts_name_it(text, name, res):
    assert [n for n, _ in places_in(text, res)] == [name]
