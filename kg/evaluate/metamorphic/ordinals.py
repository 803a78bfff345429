"""Ordinals of meetings shifted in words, digits and Roman numerals, in their case.
"""

from __future__ import annotations

import re

from kg.evaluate.metamorphic.forms import _keep_case, _keep_case_part, morph
from kg.evaluate.metamorphic.plan import _map_key, _meetings, _Plan

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
