"""The analyst vocabulary graph of a store: read for ingest, exported and imported as Turtle."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, URIRef

from kg.curation import GRAPH_ANALYST_VOCAB, CurationError
from kg.curation.decisions import apply_changes, refresh_answers
from kg.namespaces import PREFIXES
from kg.ontology_files import load_ontology_graph, load_shapes_graph
from kg.validate import compact, shacl_problems
from kg.vocab import load_vocab_graph


def analyst_vocabulary(store) -> Graph:
    """The store's analyst vocabulary as an rdflib Graph (empty when no decision made one)."""
    g = Graph()
    for t in store.triples_in(GRAPH_ANALYST_VOCAB):
        g.add(t)
    return g


def shape_problems(vocabulary: Graph) -> list[str]:
    """What the shapes (ontology/shapes.ttl) find wrong with the analyst's entities, one line each.

    Validated together with the shipped vocabularies, since an analyst's body belongs to a state
    they define; only problems of the analyst's own nodes are reported."""

    own = {compact(s) for s in vocabulary.subjects() if isinstance(s, URIRef)}
    problems = shacl_problems(load_vocab_graph() + vocabulary, load_shapes_graph(), load_ontology_graph())
    return [p.line() for p in problems if p.focus in own]


def export_vocabulary(store, out: str | Path) -> int:
    """Write the analyst vocabulary as Turtle; the number of triples written."""

    g = analyst_vocabulary(store)
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    Path(out).write_text(g.serialize(format="turtle"), encoding="utf-8")
    return len(g)


def read_vocabulary_file(path: str | Path) -> Graph:
    """Parse an exported analyst vocabulary; CurationError naming the file and the problem."""
    path = Path(path)
    g = Graph()
    try:
        g.parse(path, format="turtle")
    except FileNotFoundError:
        raise CurationError(f"{path}: no such file; export one with `ictkg vocab export --out {path}`") from None
    except Exception as exc:  # rdflib raises several parser errors; the user needs the line, not the class
        first = " ".join(str(exc).split())[:300]
        raise CurationError(f"{path}: not valid Turtle ({first})") from None
    return g


def import_vocabulary(store, path: str | Path, *, reason: bool = True) -> int:
    """Add the entities and aliases of an exported analyst vocabulary to the store's own (refused
    whole, naming each problem, when it fails the shapes); the number of triples it now holds."""

    incoming = read_vocabulary_file(path)
    merged = analyst_vocabulary(store) + incoming
    problems = shape_problems(merged)
    if problems:
        raise CurationError(f"{path}: fails the shapes, nothing imported:\n  " + "\n  ".join(problems))
    current = set(store.triples_in(GRAPH_ANALYST_VOCAB))
    added = set(incoming) - current
    if added:
        apply_changes(store, {GRAPH_ANALYST_VOCAB: (added, set())})
        if reason:
            refresh_answers(store)
    return len(merged)
