"""Swaps of the states taking part and of the meeting's city.
"""

from __future__ import annotations

import functools

from kg.evaluate.metamorphic.forms import (
    CASES,
    Swap,
    _add_forms,
    adjective_forms,
    combining_form,
    name_paradigm,
    noun_class,
    noun_forms,
    paradigm_swap,
)
from kg.evaluate.metamorphic.plan import _meetings, _mentions, _Plan
from kg.evaluate.metamorphic.vocabularies import (
    _ACRONYM,
    _RU_WORD,
    State,
    gazetteer,
    states,
    vocab_places,
    world_cities,
)
from kg.nlp.text import is_cyrillic


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
        return [label for label in vocab_places()[english][2] if is_cyrillic(label)]
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
                                     if not is_cyrillic(label)] + _latin_spellings(english)
        for name in english_names:
            forms.setdefault(name, new.en)
            forms.setdefault(name.upper(), new.en.upper())
        label = f"city {english} → {new.en}" + (" (in places.ttl)" if new.known else " (not in places.ttl)")
        if ok and plan.used(Swap(label, forms), f"city {english}"):
            plan.city[english] = new.en
        elif not ok:
            plan.skip(f"city {english}: a form of it stands for cases «{new.ru}» tells apart")
