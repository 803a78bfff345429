"""Swaps of the people who chair: other names of the same declension, in the old case.
"""

from __future__ import annotations

import re

from kg.evaluate.metamorphic.forms import Swap, _keep_case, morph
from kg.evaluate.metamorphic.plan import _entities, _Plan
from kg.evaluate.metamorphic.vocabularies import (
    _CONSONANT_SURNAMES,
    _ENGLISH_PEOPLE,
    _FIXED_SURNAMES,
    _RUSSIAN_PEOPLE,
    _RUSSIAN_WOMEN,
    _RUSSIAN_WOMEN_EN,
)
from kg.evaluate.names import _surname_candidates, surname_skeleton

# --------------------------------------------------------------------------- people


_OV = re.compile(r"^(.+?(?:ов|ев|ёв|ин|ын))(а|у|ым|е|ой|ы|)$")


def _surname_forms(text: str, latin_surname: str) -> list[str]:
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
