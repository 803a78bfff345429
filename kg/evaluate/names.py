"""When two names are one entity's: case, punctuation and a trailing state phrase folded away;
people by surname in any script.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

from rdflib import Graph, Namespace
from rdflib.namespace import RDF, SKOS

from kg.evaluate.results import STATES_TTL

# --------------------------------------------------------------------------- names


def fold(text: str) -> str:
    """Case-fold, drop the diacritics of Latin letters (FORMAT.md: Lomé = Lome), turn punctuation and
    symbols into spaces, squeeze spaces. Cyrillic keeps its marks («й» is not «и»), but «ё» is «е»."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    text = "".join(_latin_base(ch) for ch in text)
    chars = [" " if unicodedata.category(ch)[0] in "PSZC" else ch for ch in text]
    return " ".join("".join(chars).split())


def _latin_base(ch: str) -> str:
    base = unicodedata.normalize("NFKD", ch)[0]
    return base if base != ch and "a" <= base <= "z" else ch


@functools.cache
def state_names() -> frozenset[tuple[str, ...]]:
    """Folded word sequences of every state name in ontology/vocab/states.ttl.

    The vocabulary is the only source: a list of the corpus's own states would make
    the score depend on which states the answer keys happen to name.
    """
    try:
        names = _names_from_vocab(STATES_TTL)
    except Exception as exc:
        raise RuntimeError(f"{STATES_TTL}: cannot read the state names the scorer needs ({exc}); "
                           "restore the file (ontology/tools/states_build.py writes it)") from None
    return frozenset(tuple(fold(n).split()) for n in names if fold(n))


def _names_from_vocab(path: Path) -> set[str]:
    ict = Namespace("https://w3id.org/ictsec/ontology#")
    graph = Graph()
    graph.parse(path, format="turtle")
    found: set[str] = set()
    for state in graph.subjects(RDF.type, ict.State):
        for prop in (SKOS.prefLabel, SKOS.altLabel, ict.officialName):
            found.update(str(label) for label in graph.objects(state, prop))
    return found


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


def _same_word(text_word: str, state_word: str) -> bool:
    """Equal, or, for Russian, the same word in another case (Федерации ~ Федерация, Китая ~ Китай)."""
    if text_word == state_word:
        return True
    if not (_is_cyrillic(text_word) and _is_cyrillic(state_word)):
        return False
    if min(len(text_word), len(state_word)) < 4:
        return False
    common = len(_common_prefix(text_word, state_word))
    return common >= max(3, min(len(text_word), len(state_word)) - 2)


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def strip_state_phrase(words: list[str]) -> list[str]:
    """Drop a trailing "of (the) <State>" or Russian "<State in the genitive>" from folded words."""
    for state in sorted(state_names(), key=len, reverse=True):
        n = len(state)
        if len(words) <= n:
            continue
        tail = words[-n:]
        if not all(_same_word(w, s) for w, s in zip(tail, state, strict=True)):
            continue
        head = words[:-n]
        if _is_cyrillic(state[0]):
            return head
        if head and head[-1] == "the":
            head = head[:-1]
        if len(head) >= 2 and head[-1] == "of":
            return head[:-1]
    return words


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> tuple[str, ...]:
    """The comparable form of a name: folded words, no leading "the", no trailing state phrase."""
    words = fold(name).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return tuple(strip_state_phrase(words))


def _names(entity, *keys: str) -> list[str]:
    if isinstance(entity, str):
        return [entity]
    if not isinstance(entity, dict):
        return []
    found = []
    for key in keys:
        value = entity.get(key)
        if isinstance(value, str):
            found.append(value)
    aliases = entity.get("aliases")
    if isinstance(aliases, list):
        found.extend(a for a in aliases if isinstance(a, str))
    return [n for n in found if n.strip()]


def names_match(a, b, *, keys: tuple[str, ...] = ("name",), prefix_rule: bool = False) -> bool:
    """True when any name/alias of `a` equals any of `b` (compared as `name_key`)."""
    left = {name_key(n) for n in _names(a, *keys)} - {()}
    right = {name_key(n) for n in _names(b, *keys)} - {()}
    if left & right:
        return True
    if prefix_rule:
        for x in left:
            for y in right:
                short, long_ = (x, y) if len(x) <= len(y) else (y, x)
                if len(short) >= 2 and long_[: len(short)] == short:
                    return True
    return False


# --------------------------------------------------------------------------- people


_LATIN_RULES = (("shch", "s"), ("sch", "s"), ("kh", "h"), ("zh", "z"), ("ck", "k"), ("ch", "c"), ("sh", "s"),
                ("ts", "c"), ("tz", "c"), ("ph", "f"), ("q", "k"), ("x", "ks"),
                ("w", "v"), ("g", "k"), ("j", "i"))


def _latin(word: str) -> str:
    if _is_cyrillic(word):
        import iuliia

        word = iuliia.WIKIPEDIA.translate(word)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if "a" <= ch.lower() <= "z").lower()


def surname_skeleton(word: str) -> str:
    """A spelling-tolerant key of a surname in any script.

    Cyrillic is transliterated (iuliia, Wikipedia scheme); then digraphs that
    transliteration schemes spell differently are merged (kh/h, ts/tz/c, g/k,
    w/v ...), and vowels, h and doubled letters are dropped. So Крутских,
    Krutskikh and Kroutskikh agree, as do Шойгу/Shoigu/Shoygu and
    Дехкани/Dehghani; case endings of Russian surnames (Патрушева) fall away with
    the vowels.
    """
    latin = _latin(word)
    key = latin
    for old, new in _LATIN_RULES:
        key = key.replace(old, new)
    key = re.sub(r"[aeiouyh]", "", key)
    key = re.sub(r"(.)\1+", r"\1", key)
    return key or latin


def _surname_candidates(name: str) -> list[str]:
    tokens = [t for t in re.split(r"[\s.]+", name) if t]
    words = [t for t in tokens if len(fold(t).replace(" ", "")) > 1]
    if len(words) < len(tokens):  # initials present: the other words are the surname
        return words
    # "Mahfud MD": a short all-capitals suffix is not the surname.
    while len(words) > 2 and words[-1].isupper() and len(words[-1]) <= 3:
        words = words[:-1]
    return words[-1:]


def surname_keys(person) -> set[str]:
    """Keys of the surname in `name` and `name_native`; two people match when their keys meet."""
    keys: set[str] = set()
    for name in _names(person, "name", "name_native"):
        keys.update(surname_skeleton(w) for w in _surname_candidates(name))
    return keys - {""}
