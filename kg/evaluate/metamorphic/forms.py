"""Russian forms of names: paradigms from pymorphy3 or a suffix rule, and swaps that replace every
form of an old name with the same form of a new one.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")




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
