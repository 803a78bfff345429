"""Names to entities: the one resolver of every command, page and named query.

A name in any language, case form or acronym ("ФСО России", "Федеральной службы
охраны", "Ministry of Foreign Affairs of Russia") is matched against the labels
of the vocabularies: lower-cased, punctuation dropped, Russian words lemmatised
with pymorphy3 (the analyser of kg.nlp.morph, built once), and a trailing state
name ("России", "of the Russian Federation"; state names come from the vocabulary
graph) taken off and used to pick the agency of that state. Persons are found by
their names in any case form. `resolve_node` resolves a name among the nodes of a
drawn network (kg.use.network) with the same keys, then asks the store.
"""

from __future__ import annotations

import difflib
import functools
import re
import weakref
from dataclasses import dataclass, field

from rdflib import URIRef

from kg.errors import Errors
from kg.namespaces import ICT
from kg.nlp.morph import lemma_ru, surname_nominative
from kg.nlp.spelling import person_key
from kg.nlp.text import is_cyrillic
from kg.store.sparql_text import bind_one_of
from kg.use.network import KINDS, Network, node_label

KIND_CLASSES = {
    "agency": [ICT.GovernmentAgency],
    "state": [ICT.State],
    "org": [ICT.InternationalOrganization],
    "process": [ICT.Process],
    "forum": [ICT.Process],
    "body": [ICT.State, ICT.InternationalOrganization, ICT.GovernmentAgency],
    "entity": [ICT.State, ICT.InternationalOrganization, ICT.GovernmentAgency, ICT.Process],
}

_WORD = re.compile(r"[\w]+", re.UNICODE)
_ENGLISH_FILLERS = {"the"}


class NameNotFound(LookupError):
    """No entity has this name; `suggestions` holds the closest known names."""

    def __init__(self, name: str, suggestions: list[str]):
        self.name, self.suggestions = name, suggestions
        hint = f"; closest known names: {', '.join(suggestions)}" if suggestions else ""
        super().__init__(Errors.E101.format(name=name, hint=hint))


class AmbiguousName(LookupError, ValueError):
    """Several entities share this name; `candidates` holds (IRI, label) pairs. A ValueError too: a
    name that fits several is a bad value for a parameter that takes one."""

    def __init__(self, name: str, candidates: list[tuple[URIRef, str]],
                 hint: str = "add the state, e.g. \"... of Russia\" or \"... России\""):
        self.name, self.candidates = name, candidates
        listed = "; ".join(f"{label} <{iri}>" for iri, label in candidates)
        super().__init__(Errors.E102.format(name=name, count=len(candidates), listed=listed, hint=hint))


@functools.lru_cache(maxsize=100_000)
def _lemma(word: str) -> str:
    return lemma_ru(word) if is_cyrillic(word) else word


def name_key(text: str) -> tuple[str, ...]:
    """A name as a tuple of lemmas: case, punctuation and Russian inflection do not matter."""
    words = _WORD.findall(text.lower().replace("ё", "е"))
    return tuple(_lemma(w) for w in words if w not in _ENGLISH_FILLERS)


@dataclass
class NameIndex:
    """Every label of every entity, keyed by its lemmas, plus the state names to strip."""

    by_key: dict[tuple[str, ...], set[URIRef]] = field(default_factory=dict)
    kinds: dict[URIRef, set[URIRef]] = field(default_factory=dict)
    state_of: dict[URIRef, URIRef] = field(default_factory=dict)
    display: dict[URIRef, str] = field(default_factory=dict)
    state_keys: dict[tuple[str, ...], URIRef] = field(default_factory=dict)
    labels: dict[str, set[URIRef]] = field(default_factory=dict)

    def add(self, entity: URIRef, label: str) -> None:
        key = name_key(label)
        if key:
            self.by_key.setdefault(key, set()).add(entity)
            self.labels.setdefault(label.lower(), set()).add(entity)

    def label(self, entity: URIRef) -> str:
        text = self.display.get(entity, str(entity))
        state = self.state_of.get(entity)
        return f"{text} ({self.display.get(state, state)})" if state else text


_LABELS = """
SELECT ?e ?type ?label ?lang ?pref WHERE {
  VALUES ?type { ict:State ict:GovernmentAgency ict:InternationalOrganization ict:Process }
  ?e a ?type .
  { ?e skos:prefLabel ?label BIND(true AS ?pref) }
  UNION { ?e skos:altLabel|ict:acronym|ict:officialName ?label BIND(false AS ?pref) }
  BIND(LANG(?label) AS ?lang)
}"""
_STATES = """
SELECT ?s ?label WHERE {
  GRAPH <https://w3id.org/ictsec/id/graph/vocab> { ?s a ict:State ; skos:prefLabel|skos:altLabel|ict:officialName ?label }
}"""
_AGENCY_STATES = "SELECT ?a ?s WHERE { ?a a ict:GovernmentAgency ; ict:agencyOf ?s }"

_INDEXES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def name_index(store, refresh: bool = False) -> NameIndex:
    """The store's name index, built once per store object (pass refresh=True after writing)."""
    if not refresh and store in _INDEXES:
        return _INDEXES[store]
    index = NameIndex()
    for row in store.query(_LABELS):
        entity = row["e"]
        index.kinds.setdefault(entity, set()).add(row["type"])
        index.add(entity, str(row["label"]))
        if row["pref"].toPython() and (str(row["lang"]) == "en" or entity not in index.display):
            index.display[entity] = str(row["label"])
    for row in store.query(_STATES):
        key = name_key(str(row["label"]))
        if key:
            index.state_keys[key] = row["s"]
    for row in store.query(_AGENCY_STATES):
        index.state_of[row["a"]] = row["s"]
    _INDEXES[store] = index
    return index


def _readings(key: tuple[str, ...], index: NameIndex):
    """(name without the state, state or None) readings of a name, the whole name first."""
    yield key, None
    for state_key, state in index.state_keys.items():
        n = len(state_key)
        if len(key) > n and key[-n:] == state_key:
            rest = key[:-n]
            if rest and rest[-1] == "of":
                rest = rest[:-1]
            if rest:
                yield rest, state


def find_entities(store, name: str, kind: str = "entity") -> list[URIRef]:
    """Every entity of `kind` that `name` can mean (empty when none)."""
    index = name_index(store)
    wanted = set(KIND_CLASSES[kind])
    key = name_key(name)
    for rest, state in _readings(key, index):
        found = {e for e in index.by_key.get(rest, ()) if index.kinds.get(e, set()) & wanted}
        if state is not None:
            found = {e for e in found if index.state_of.get(e) == state}
        if found:
            return sorted(found)
    if len(key) >= 2:
        # The start of a longer name, in any case form: «Диалог Россия-АСЕАН» for «Диалог Россия-АСЕАН по
        # вопросам безопасности ИКТ». Only when no name matches whole; several such entities are ambiguous.
        n = len(key)
        found = {e for label_key, entities in index.by_key.items() if len(label_key) > n and label_key[:n] == key
                 for e in entities if index.kinds.get(e, set()) & wanted}
        return sorted(found)
    return []


def suggest(store, name: str, kind: str = "entity", n: int = 5) -> list[str]:
    """The known names closest to `name` (difflib), for error messages."""
    index = name_index(store)
    wanted = set(KIND_CLASSES[kind])
    names = [label for label, entities in index.labels.items()
             if any(index.kinds.get(e, set()) & wanted for e in entities)]
    out: list[str] = []
    for close in difflib.get_close_matches(name.lower(), names, n=3 * n, cutoff=0.5):
        for e in sorted(index.labels[close]):
            if index.label(e) not in out:
                out.append(index.label(e))
    return out[:n]


def resolve_name(store, name: str, kind: str = "entity") -> URIRef:
    """The one entity of `kind` that `name` means; raises NameNotFound or AmbiguousName."""
    found = find_entities(store, name, kind)
    if not found:
        raise NameNotFound(name, suggest(store, name, kind))
    if len(found) > 1:
        index = name_index(store)
        # Russian officialese names a Russian body without its state ("Минцифры", "МИД"): a Cyrillic
        # name that fits a Russian agency among others means that one.
        russian = [e for e in found if str(index.state_of.get(e, "")).endswith("/state/RUS")]
        if len(russian) == 1 and is_cyrillic(name) and not _names_a_state(name, index):
            return russian[0]
        raise AmbiguousName(name, [(e, index.label(e)) for e in found])
    return found[0]


def also_named(store, name: str, chosen, kind: str = "entity") -> list[tuple[URIRef, str]]:
    """Other entities of `kind` that `name` could mean besides `chosen`: those it names whole, and those
    whose name starts with it ("OEWG" -> "OEWG 2019-2021"). For the one-line note a command prints when it
    took one reading of a name that has others."""
    index = name_index(store)
    wanted = set(KIND_CLASSES[kind])
    key = name_key(name)
    if not key:
        return []
    n = len(key)
    others = {e for label_key, entities in index.by_key.items() if label_key[:n] == key
              for e in entities if index.kinds.get(e, set()) & wanted}
    others.update(find_entities(store, name, kind))
    others.discard(URIRef(str(chosen)))
    return [(e, index.label(e)) for e in sorted(others)]


def choice_note(name: str, chosen, chosen_label: str, others: list[tuple[URIRef, str]]) -> str:
    """'note: "OEWG" taken as X <iri>; it may also mean: Y <iri> (pass an IRI or a fuller name)', or ''."""
    if not others:
        return ""
    listed = "; ".join(f"{label} <{iri}>" for iri, label in others[:NOTE_LISTS])
    more = f" and {len(others) - NOTE_LISTS} more" if len(others) > NOTE_LISTS else ""
    return (f"note: {name!r} taken as {chosen_label} <{chosen}>; it may also mean: {listed}{more} "
            "(pass an IRI or a fuller name)")


NOTE_LISTS = 5  # other readings a note names before "and N more"


def _names_a_state(name: str, index: NameIndex) -> bool:
    return any(state is not None for _rest, state in _readings(name_key(name), index))


# ------------------------------------------------------------------ persons

# A person's Latin name stands in for an English label that no English announcement gave ("latin").
_LABEL = """
SELECT ?entity ?label ?lang WHERE {
  { ?entity skos:prefLabel ?label BIND(LANG(?label) AS ?lang) } UNION { ?entity ict:nameLatin ?label BIND("latin" AS ?lang) }
}"""

_PERSON_NAMES = """
SELECT ?e ?label WHERE { ?e a ict:Person ; skos:prefLabel|skos:altLabel|ict:nameNative|ict:nameLatin ?label }"""
_PERSON_INDEXES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _person_index(store) -> dict[URIRef, set[tuple[str, ...]]]:
    """Every person's names, each as its lemma key (`name_key`) and as its spelling key
    (kg.nlp.spelling.person_key, one element: `("~putivut-sok",)`), so a name is found in any case form
    and in any spelling ("Sok Puthyvuth", "Sok Pkhutkhivut", «Сок Пхутхивут»)."""
    if store not in _PERSON_INDEXES:
        index: dict[URIRef, set[tuple[str, ...]]] = {}
        for row in store.query(_PERSON_NAMES):
            label = str(row["label"])
            index.setdefault(row["e"], set()).update(k for k in (name_key(label), _spelled(label)) if k)
        _PERSON_INDEXES[store] = index
    return _PERSON_INDEXES[store]


def _spelled(name: str) -> tuple[str, ...]:
    """The spelling key of a name as a one-element key tuple, marked so it never equals a lemma key."""
    key = person_key(name)
    return (f"~{key}",) if key else ()


def _within(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Are the words of `part` among those of `whole` ("Patrushev" in "Nikolai Patrushev")? Spelling
    keys compare by their words too ("~patrusev" in "~nikolai-patrusev")."""
    if part[:1] and part[0].startswith("~"):
        return bool(whole[:1]) and whole[0].startswith("~") and \
            set(part[0][1:].split("-")) <= set(whole[0][1:].split("-"))
    return set(part) <= set(whole)


def _surnames_nominative(name: str) -> str:
    return " ".join(surname_nominative(w) if w[:1].isupper() and is_cyrillic(w) else w
                    for w in name.split())


def find_persons(store, name: str) -> list[URIRef]:
    """Persons `name` can mean: a name of theirs in any case form («Сыромолотова», «Сеитовой») or any
    spelling ("Sok Putivut" for "Sok Puthyvuth" and «Сок Пхутхивут»), with or without the given name or
    initials, in any order ("Syromolotov", "О.В. Сыромолотов")."""
    nominative = _surnames_nominative(name)
    keys = {k for k in (name_key(name), name_key(nominative), _spelled(name), _spelled(nominative)) if k}
    index = _person_index(store)
    exact = sorted(e for e, names in index.items() if names & keys)
    if exact:
        return exact
    within = sorted(e for e, names in index.items() if any(_within(k, n) for k in keys for n in names))
    if within or _stems(name) == name:
        return within
    # a foreign surname pymorphy does not know, in an oblique case: «Пхутхивута» of «Сок Пхутхивут»
    stems = _spelled(_stems(name))
    return sorted(e for e, names in index.items() if stems and any(_within(stems, n) for n in names))


_OBLIQUE = re.compile(r"^([А-ЯЁ][а-яё]*[бвгджзклмнпрстфхцчшщ])(?:а|у|ом|е)$")


def _stems(name: str) -> str:
    """Capitalised Russian words with a masculine oblique ending taken off («Пхутхивута» -> «Пхутхивут»)."""
    return " ".join(m[1] if (m := _OBLIQUE.match(w)) else w for w in name.split())


def resolve_participant(store, name: str) -> URIRef:
    """The body `name` means, else the person; NameNotFound suggests close names of both."""
    try:
        return resolve_name(store, name, "body")
    except NameNotFound as exc:
        persons = find_persons(store, name)
        if len(persons) == 1:
            return persons[0]
        if persons:
            raise AmbiguousName(name, [(e, label_of(store, e)) for e in persons],
                                "pass one of the IRIs, or add the given name or initials") from None
        close = difflib.get_close_matches(name.lower(), {" ".join(k) for ks in _person_index(store).values()
                                                         for k in ks if not k[0].startswith("~")}, n=3, cutoff=0.6)
        people = [label_of(store, e) for k in close for e, ks in _person_index(store).items()
                  if tuple(k.split()) in ks]
        raise NameNotFound(name, list(dict.fromkeys(people + exc.suggestions))[:5]) from None


# ------------------------------------------------------------------ labels

def label_of(store, entity: URIRef, prefer: str = "en") -> str:
    """The entity's preferred label in `prefer` (English by default), else English, else a person's Latin
    name (a Russian announcement's transliteration), else Russian, else any language, else its IRI."""
    return labels_of(store, [entity], prefer)[str(entity)]


def labels_of(store, entities, prefer: str = "en") -> dict[str, str]:
    """`label_of` for many entities (IRIs, as terms or strings) in one query, by IRI string. Of two
    labels in one language (a person spelt two ways by two announcements) the first in order is shown."""
    iris = sorted({str(e) for e in entities})
    found: dict[str, dict] = {iri: {} for iri in iris}
    if iris:
        for r in store.text_rows(bind_one_of(_LABEL, "entity", [URIRef(i) for i in iris])):
            by_lang = found[r["entity"]]
            lang = r["lang"] or None
            if lang not in by_lang or r["label"] < by_lang[lang]:
                by_lang[lang] = r["label"]
    order = list(dict.fromkeys([prefer, "en", "latin", "ru"]))
    return {iri: next((by_lang[lang] for lang in order if by_lang.get(lang)), None)
            or next((by_lang[lang] for lang in sorted(by_lang, key=str) if by_lang[lang]), iri)
            for iri, by_lang in found.items()}


# ------------------------------------------------------------------ names in a drawn network


def _node_names(data: dict) -> set[str]:
    return {*data.get("aliases", []), data.get("label_en", ""), data.get("label_ru", "")} - {""}


def resolve_node(net: Network, name: str, store=None) -> str | None:
    """The node of the network that `name` means: the IRI itself, or a label, alias, acronym or ISO3 code
    in any case form (the keys of `name_key`); None when no node is called so.

    Bodies and forums come before meetings that share a forum's short name. When no node's name fits and
    a store is given, the store's names are asked (`resolve_name`), and its entity is taken when it is
    drawn. A name that fits several nodes of one kind raises AmbiguousName."""
    g = net.graph
    if name in g:
        return name
    key = name_key(name)
    hits = sorted(n for n, d in g.nodes(data=True) if key and any(name_key(x) == key for x in _node_names(d)))
    hits.sort(key=lambda n: (KINDS.index(g.nodes[n]["kind"]), n))
    best = [n for n in hits if g.nodes[n]["kind"] == g.nodes[hits[0]]["kind"]] if hits else []
    if len(best) > 1:
        raise AmbiguousName(name, [(URIRef(n), node_label(g, n)) for n in best], "pass one of the IRIs or a fuller name")
    if hits:
        return hits[0]
    if store is None:
        return None
    try:
        found = str(resolve_name(store, name))
    except NameNotFound:
        return None
    return found if found in g else None


def node_choice_note(net: Network, store, name: str, chosen: str) -> str:
    """`choice_note` for a name resolved among a network's nodes: which entity was taken, and the others
    it could mean (by the store's names), or '' when it means only that one."""
    others = [(iri, name_index(store).label(iri)) for iri, _ in also_named(store, name, chosen)]
    return choice_note(name, chosen, net.label(chosen), others)
