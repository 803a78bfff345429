"""Reasoning over new graphs only: the links their facts add, and the link strengths they change.

`ictkg ingest` adds announcements to a store that was reasoned over before. Rerunning every rule
on the whole graph then costs the same however few announcements came in (13 s for one
announcement at 1.4M triples). When the only change since the last run is new graphs (no graph
replaced or removed, no vocabulary change: `kg.reason.marks.REASONED_OVER` says so), the rules only
need to run from the new facts:

- Links: semi-naive evaluation of the same rules (`kg.reason.rules.RULES`, read from their SPARQL
  text). A rule fires only where one of its patterns matches a fact that is new this round; its
  other pattern is looked up in the merged graph, which already holds the new graphs and every
  link made before. Rules only add links (none negates), so nothing made before can become
  wrong by adding facts.
- Strengths: recounted, for every body that took part in a meeting a new fact is about, from
  the merged graph (the same counts as `kg.reason.rules.STRENGTHS`), replacing that body's old ones.

Everything is written in one transaction with the merged graph. Anything else (a replaced
graph, a first run, a server) goes through the full run in `kg.reason.run.materialise`.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass

import pyoxigraph as ox

from kg.namespaces import GRAPH_INFERRED, ICT, RDF
from kg.reason.marks import graphs_digest, reasoned_marks, reasoned_over
from kg.reason.rules import READ_PREDICATES, RULES, STRENGTH_IRI_BASE
from kg.store import DERIVED, MERGED, GraphChange

INFERRED, STRENGTHS = DERIVED
XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_ATOM = re.compile(r"\{\s*\?(\w+)\s+ict:(\w+)\s+\?(\w+)\s*\}")
_HEAD = re.compile(r"\?(\w+)\s+ict:(\w+)\s+\?(\w+)")


def _ict(name: str) -> ox.NamedNode:
    return ox.NamedNode(str(ICT[name]))


TOOK_PART_IN, OF_FORUM, LINKED_TO_PROCESS, REPORTS = map(_ict, ("tookPartIn", "ofForum", "linkedToProcess",
                                                                 "reports"))
ENGAGED_IN, ASSOCIATED_WITH = _ict("engagedIn"), _ict("associatedWith")
# the two kinds of link a strength counts, and the meeting's property each goes through
KINDS = ((ENGAGED_IN, OF_FORUM), (ASSOCIATED_WITH, LINKED_TO_PROCESS))


@dataclass(frozen=True)
class Pattern:
    subject: str  # variable names
    predicate: ox.NamedNode
    object: str


@dataclass(frozen=True)
class Rule:
    head: Pattern
    body: tuple[Pattern, ...]


def _pattern(match) -> Pattern:
    s, p, o = match.groups()
    return Pattern(s, _ict(p), o)


@functools.cache
def rules() -> tuple[Rule, ...]:
    """`kg.reason.rules.RULES` as patterns: one or two per body, the second sharing one variable with the first."""
    found = []
    for name, head, body in RULES:
        patterns = tuple(_pattern(m) for m in _ATOM.finditer(body))
        if len(patterns) not in (1, 2) or (len(patterns) == 2 and not _shared(*patterns)):
            raise ValueError(f"rule {name!r}: reason_added handles one pattern, or two sharing one variable")
        found.append(Rule(_pattern(_HEAD.fullmatch(head)), patterns))
    return tuple(found)


def _shared(a: Pattern, b: Pattern) -> str | None:
    common = {a.subject, a.object} & {b.subject, b.object}
    return common.pop() if len(common) == 1 else None


class Known:
    """What the store states or has derived (its merged graph), plus the links made by this run."""

    def __init__(self, store):
        self.store = store
        self.new: set[ox.Triple] = set()
        self._objects: dict[tuple, set] = defaultdict(set)
        self._subjects: dict[tuple, set] = defaultdict(set)

    def objects(self, subject, predicate) -> set:
        if isinstance(subject, ox.Literal):
            return set()
        stored = {q.object for q in self.store.match(subject, predicate, None, MERGED)}
        return stored | self._objects.get((subject, predicate), set())

    def subjects(self, predicate, obj) -> set:
        stored = {q.subject for q in self.store.match(None, predicate, obj, MERGED)}
        return stored | self._subjects.get((predicate, obj), set())

    def __contains__(self, t: ox.Triple) -> bool:
        return t in self.new or self.store.holds(ox.Quad(t.subject, t.predicate, t.object, MERGED))

    def add(self, t: ox.Triple) -> None:
        self.new.add(t)
        self._objects[(t.subject, t.predicate)].add(t.object)
        self._subjects[(t.predicate, t.object)].add(t.subject)


def _matches(rule: Rule, at: int, fact: ox.Triple, known: Known):
    """Variable bindings of `rule`'s body with pattern number `at` matching `fact`."""
    binding = {rule.body[at].subject: fact.subject, rule.body[at].object: fact.object}
    if len(rule.body) == 1:
        yield binding
        return
    other = rule.body[1 - at]
    if other.subject in binding:
        for o in known.objects(binding[other.subject], other.predicate):
            yield {**binding, other.object: o}
    else:
        for s in known.subjects(other.predicate, binding[other.object]):
            yield {**binding, other.subject: s}


def new_links(facts: set[ox.Triple], known: Known) -> set[ox.Triple]:
    """The links the rules make from `facts` (new, already in `known`) that the inferred graph lacks."""
    by_predicate = defaultdict(list)
    for rule in rules():
        for at, pattern in enumerate(rule.body):
            by_predicate[pattern.predicate].append((rule, at))
    made: set[ox.Triple] = set()
    frontier = set(facts)
    while frontier:
        heads = set()
        for fact in frontier:
            for rule, at in by_predicate.get(fact.predicate, ()):
                for b in _matches(rule, at, fact, known):
                    subject = b[rule.head.subject]
                    if not isinstance(subject, ox.Literal):  # SPARQL's INSERT skips such a triple too
                        heads.add(ox.Triple(subject, rule.head.predicate, b[rule.head.object]))
        frontier = set()
        for head in heads:
            if not known.store.holds(ox.Quad(head.subject, head.predicate, head.object, INFERRED)):
                made.add(head)
            if head not in known:  # new to the graph: what follows from it is new too
                known.add(head)
                frontier.add(head)
    return made


def link_iri(body, kind, process) -> ox.NamedNode:
    """The strength node `kg.reason.rules.STRENGTHS` names: MD5 of "body kind process"."""
    key = f"{body.value} {kind.value} {process.value}".encode()
    return ox.NamedNode(STRENGTH_IRI_BASE + hashlib.md5(key).hexdigest())


class Meetings:
    """Per meeting, what its links are counted from: the announcements reporting it, and its forums
    and processes by kind of link. Read once per meeting, as its participants share them."""

    def __init__(self, known: Known):
        self.known, self._seen = known, {}

    def __getitem__(self, meeting) -> tuple[set, list[tuple]]:
        if meeting not in self._seen:
            self._seen[meeting] = (self.known.subjects(REPORTS, meeting),
                                   [(process, kind) for kind, via in KINDS
                                    for process in self.known.objects(meeting, via)])
        return self._seen[meeting]


def strengths_of(body, known: Known, meetings_info: Meetings) -> set[ox.Triple]:
    """The strength triples of every link of `body`, counted as `kg.reason.rules.STRENGTHS` counts them."""
    counts: dict[tuple, tuple[set, set]] = defaultdict(lambda: (set(), set()))
    for meeting in known.objects(body, TOOK_PART_IN):
        sources, links = meetings_info[meeting]
        for key in links:
            meetings, reports = counts[key]
            meetings.add(meeting)
            reports.update(sources)
    triples = set()
    for (process, kind), (meetings, reports) in counts.items():
        link = link_iri(body, kind, process)
        triples |= {ox.Triple(link, ox.NamedNode(str(RDF.type)), _ict("LinkStrength")),
                    ox.Triple(link, _ict("strengthOf"), body), ox.Triple(link, _ict("strengthWith"), process),
                    ox.Triple(link, _ict("strengthKind"), kind),
                    ox.Triple(link, _ict("meetingCount"), ox.Literal(str(len(meetings)), datatype=XSD_INTEGER)),
                    ox.Triple(link, _ict("sourceCount"), ox.Literal(str(len(reports)), datatype=XSD_INTEGER))}
    return triples


def stored_strengths_of(body, store) -> set[ox.Triple]:
    links = {q.subject for q in store.match(None, _ict("strengthOf"), body, STRENGTHS)}
    return {q.triple for link in links for q in store.match(link, None, None, STRENGTHS)}


def reason_added(store, added: list) -> int | None:
    """Add the links and strengths that the new graphs `added` (rdflib or pyoxigraph names) bring,
    in one transaction; the number of inferred triples, or None when only a full run is right."""
    added = {ox.NamedNode(str(g)) for g in added}
    graphs = store.stated_graphs()
    if not store.merged_graph_ready() or reasoned_over(store) != graphs_digest(g for g in graphs if g not in added):
        return None  # never reasoned, a graph changed since, or graphs came in without reasoning
    predicates = [_ict(name) for name in READ_PREDICATES]
    facts = {q.triple for g in added & set(graphs) for p in predicates
             for q in store.match(None, p, None, g)}
    known = Known(store)
    links = new_links(facts, known)
    # Bodies whose strengths may change: those in any meeting a new fact or link is about.
    new = facts | links
    touched = {t.subject for t in new} | {t.object for t in new if isinstance(t.object, ox.NamedNode)}
    bodies = {b for m in touched for b in known.subjects(TOOK_PART_IN, m)}
    plus, minus = set(), set()
    meetings_info = Meetings(known)
    for body in bodies:
        now, before = strengths_of(body, known, meetings_info), stored_strengths_of(body, store)
        plus |= now - before
        minus |= before - now
    store.change_graphs({INFERRED: GraphChange(added=links), STRENGTHS: GraphChange(plus, minus)},
                        stamps=reasoned_marks(graphs_digest(graphs)))
    return store.count_in(GRAPH_INFERRED)
