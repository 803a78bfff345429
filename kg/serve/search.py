"""The search box: names in any language, case form or acronym, listed by type.

The best matches come from `kg.use.names.find_entities` (the resolver of `ictkg who`:
lemmatised Russian, acronyms, a trailing state name such as "России" or "of
India"); around them, every entity whose name contains the words of the query
(compared as lemmas, so "Федеральной службы" finds "Федеральная служба ...").
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib.namespace import SKOS

from kg.namespaces import ICT
from kg.nlp.morph import surname_nominative
from kg.nlp.spelling import person_key
from kg.nlp.text import is_cyrillic
from kg.serve.entities import KIND_OF_CLASS, KIND_ORDER, facts
from kg.use.names import find_entities, name_key, suggest

_ENTITIES = """
SELECT DISTINCT ?e ?t WHERE {
  VALUES ?t { ict:State ict:InternationalOrganization ict:GovernmentAgency ict:Process ict:Person ict:Document }
  ?e a ?t
}"""
_NAME_PROPERTIES = [SKOS.prefLabel, SKOS.altLabel, ICT.acronym, ICT.officialName, ICT.nameNative, ICT.nameLatin]


@dataclass
class Name:
    iri: str
    kind: str
    label: str
    folded: str
    key: tuple[str, ...]
    spelled: frozenset[str] = frozenset()  # a person's name as spelling-key words (kg.nlp.spelling)


def name_table(store) -> list[Name]:
    """Every name of every searchable entity, with its lemma key (built once, cached by the workbench)."""
    kinds = {str(c): k for c, k in KIND_OF_CLASS.items()}
    kind_of: dict[str, str] = {}
    for r in store.query(_ENTITIES):
        kind = kinds[str(r["t"])]
        e = str(r["e"])
        # An agency kept as a candidate may carry a broader type as well; the specific one wins.
        if e not in kind_of or KIND_ORDER.index(kind) < KIND_ORDER.index(kind_of[e]):
            kind_of[e] = kind
    # Names read per entity (facts), not joined to the types: see entities.facts on duplicated facts.
    out = []
    for e, props in facts(store, kind_of, _NAME_PROPERTIES).items():
        for label in sorted({str(v) for values in props.values() for v in values}):
            spelled = frozenset(person_key(label).split("-")) - {""} if kind_of[e] == "person" else frozenset()
            out.append(Name(e, kind_of[e], label, label.casefold(), name_key(label), spelled))
    return out


def _surnames_nominative(query: str) -> str:
    """Capitalised Russian words as surnames in the nominative («Сеитовой» -> «Сеитова»), for the surnames
    the dictionary does not know, whose lemma would otherwise not meet the name as the graph holds it."""
    return " ".join(surname_nominative(w) if w[:1].isupper() and is_cyrillic(w) else w for w in query.split())


def _contains(key: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(key[i:i + n] == part for i in range(len(key) - n + 1))


def search(store, names: list[Name], query: str, per_kind: int = 50) -> dict:
    """{"best": [IRI], "groups": [(kind, [{"iri", "matched"}])], "suggestions": [label]} for a query."""
    query = query.strip()
    if not query:
        return {"best": [], "groups": [], "suggestions": []}
    best = [str(e) for e in find_entities(store, query, "entity")]
    folded = query.casefold()
    keys = {k for k in (name_key(query), name_key(_surnames_nominative(query))) if k}
    # a person's name in another spelling: "Sok Putivut" finds "Sok Puthyvuth" and «Сок Пхутхивут»
    spelled = {frozenset(person_key(q).split("-")) - {""} for q in (query, _surnames_nominative(query))} - {frozenset()}
    hits: dict[str, tuple[int, str, str]] = {}  # iri -> (rank, kind, matched name)
    for iri in best:
        hits[iri] = (0, "", "")
    for n in names:
        if n.folded == folded or n.key in keys or n.spelled in spelled:
            rank = 1
        elif n.folded.startswith(folded):
            rank = 2
        elif folded in n.folded or any(_contains(n.key, key) for key in keys) or (
                n.kind == "person" and any(set(key) <= set(n.key) for key in keys)) or (  # «Д.А. Сеитовой»
                n.spelled and any(words <= n.spelled for words in spelled)):  # "Patrushev", «Патрушева»
            rank = 3
        else:
            continue
        old = hits.get(n.iri)
        if old is None or rank < old[0] or (old[0] == 0 and not old[2]):
            hits[n.iri] = (min(rank, old[0]) if old else rank, n.kind, n.label)
    kinds = {n.iri: n.kind for n in names}
    groups: dict[str, list[dict]] = {}
    for iri, (_rank, kind, matched) in sorted(hits.items(), key=lambda kv: (kv[1][0], kv[1][2].casefold(), kv[0])):
        kind = kind or kinds.get(iri, "other")
        group = groups.setdefault(kind, [])
        if len(group) < per_kind:
            group.append({"iri": iri, "matched": matched, "best": iri in best})
    ordered = [(k, groups[k]) for k in KIND_ORDER + ["other"] if k in groups]
    return {"best": best, "groups": ordered,
            "suggestions": [] if hits else suggest(store, query, "entity")}
