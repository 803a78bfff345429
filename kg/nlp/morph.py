"""Russian morphology through pymorphy3, built once and cached per word.

The analyser is expensive to build (about a second) and cheap to call; a
word-level cache makes repeated words free, which is most of officialese.
"""

from __future__ import annotations

from functools import lru_cache

import pymorphy3

_ANALYZER: pymorphy3.MorphAnalyzer | None = None


def analyzer() -> pymorphy3.MorphAnalyzer:
    global _ANALYZER
    if _ANALYZER is None:
        _ANALYZER = pymorphy3.MorphAnalyzer()
    return _ANALYZER


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple:
    """pymorphy3's parses of a word, best first; cached, since the rules ask about the same words often."""
    return tuple(analyzer().parse(word))


@lru_cache(maxsize=200_000)
def lemma_ru(word: str) -> str:
    """The most likely dictionary form of a Russian word, lower-case, ё as е."""
    return analyzer().parse(word.lower())[0].normal_form.replace("ё", "е")


@lru_cache(maxsize=50_000)
def surname_nominative(word: str) -> str:
    """A surname in the nominative, keeping its capitalisation ("Патрушева" -> "Патрушев").

    Only words pymorphy knows as surnames (or that inflect like one) change;
    foreign names ("Шойгу", "Дехкани") stay as written.
    """
    if "-" in word or word.lower().endswith(("ских", "цких", "ых", "аго", "яго")):
        return word  # indeclinable surnames (Крутских, Черных, Живаго)
    for p in analyzer().parse(word):
        if "Surn" in p.tag and ("masc" in p.tag or "ms-f" in p.tag):
            nf = p.normal_form if "ё" in word.lower() else p.normal_form.replace("ё", "е")  # as the text spells it
            return nf[:1].upper() + nf[1:] if word[:1].isupper() else nf
        if "Surn" in p.tag and "femn" in p.tag:  # «Сеитовой» -> «Сеитова»: she keeps the feminine form
            form = p.inflect({"nomn", "femn", "sing"})
            if form:
                return form.word[:1].upper() + form.word[1:] if word[:1].isupper() else form.word
    m = _FEMININE_OBLIQUE.match(word)
    if m:  # a surname pymorphy does not know, in a feminine oblique case: «Сеитовой», «Ивашиной»
        return m[1] + "а"
    return word


_FEMININE_OBLIQUE = __import__("re").compile(r"^([А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын))ой$")


@lru_cache(maxsize=50_000)
def name_nominative(word: str) -> str:
    """A given name in the nominative when pymorphy knows it as one ("Николая" -> "Николай")."""
    if word[-1:].lower() not in "аяуюеиыо" and not word.lower().endswith(("ом", "ем", "ым")):
        return word  # ends in a consonant: a nominative (Николай, Херардо's surname Пеньяльвер)
    for p in analyzer().parse(word):
        if "Name" in p.tag:
            nf = p.normal_form
            return nf[:1].upper() + nf[1:]
    return word


@lru_cache(maxsize=50_000)
def phrase_nominative(phrase: str) -> str:
    """A Russian noun phrase with its head in the nominative ("Национального агентства по ..." ->
    "Национальное агентство по ..."): leading adjectives and the first noun change, the rest stays."""
    words = phrase.split(" ")
    parses = [analyzer().parse(w)[0] if any("а" <= c <= "я" for c in w.lower()) else None for w in words]
    head = next((i for i, p in enumerate(parses) if p is not None and p.tag.POS == "NOUN"), None)
    if head is None:
        return phrase
    noun = parses[head]
    number = "plur" if "plur" in noun.tag and "Pltm" not in noun.tag else "sing"
    out = list(words)
    form = noun.inflect({"nomn", number})
    if form:
        out[head] = _same_case(words[head], form.word)
    gender = noun.tag.gender
    for i in range(head):
        p = parses[i]
        if p is None or p.tag.POS not in ("ADJF", "PRTF"):
            continue
        wanted = {"nomn", number} | ({gender} if gender and number == "sing" else set())
        f = p.inflect(wanted)
        if f:
            out[i] = _same_case(words[i], f.word)
    return " ".join(out)


def _same_case(original: str, word: str) -> str:
    return word[:1].upper() + word[1:] if original[:1].isupper() else word
