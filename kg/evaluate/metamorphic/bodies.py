"""Swaps of forum topics, organisations and the bodies of swapped states.
"""

from __future__ import annotations

import functools
import re

from kg.evaluate.metamorphic.forms import (
    CASES,
    Swap,
    _adjective_parse,
    name_paradigm,
    noun_class,
    noun_forms,
)
from kg.evaluate.metamorphic.plan import _entities, _meetings, _mentions, _names_of, _Plan
from kg.evaluate.metamorphic.vocabularies import (
    _ACRONYM,
    _ENGLISH_TOPICS,
    _TOPICS,
    _graph,
    _labels,
    organisation_russian_names,
    organisations,
)
from kg.nlp.text import is_cyrillic

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
            forms[alias] = new_ru if is_cyrillic(alias) else new_en
        elif not _mentions(text, [alias]):
            forms.setdefault(alias, new_name)  # a name the text does not use: the new organisation's
        elif not is_cyrillic(alias):
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
        spelt = [n for n in _names_of(org) if is_cyrillic(n) and not _ACRONYM.match(n) and _mentions(plan.body, [n])]
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
        russian = [a for a in agency.get("aliases") or [] if is_cyrillic(a)]
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
