"""Checks that the ontology, the vocabularies and the stored graph are well formed.

Three kinds of check, each turned into one readable line per problem:
- SHACL (`ontology/shapes.ttl`, run with pyshacl, the ontology as `ont_graph`);
- SPARQL quality checks (`ontology/checks/*.rq`): any result row is a failure;
- OWL 2 DL consistency with HermiT (through owlready2; needs Java).

`hermit_infer` is also the reference reasoner that the SPARQL rules of
`kg/reason.py` are tested against.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH
from rdflib.term import Node

from kg import ontology_files
from kg.namespaces import PREFIXES
from kg.store import open_store

ONTOLOGY_DIR = ontology_files.ONTOLOGY_DIR

_META_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
               OWL.Ontology, OWL.NamedIndividual, OWL.Restriction, OWL.AllDisjointClasses,
               OWL.AllDifferent, RDFS.Datatype, RDF.Property, OWL.Thing}


@dataclass(frozen=True)
class Problem:
    """One failed expectation: which check, on which node and property, and why."""

    check: str
    focus: str
    path: str
    message: str

    def line(self) -> str:
        where = f"{self.focus} {self.path}".strip() if self.path else self.focus
        return f"[{self.check}] {where}: {self.message}"


@dataclass
class Report:
    """What ran (`passed`), what could not run (`skipped`) and every problem found."""

    problems: list[Problem] = field(default_factory=list)
    passed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def record(self, check: str, problems: Iterable[Problem]) -> None:
        found = list(problems)
        self.problems.extend(found)
        if not found:
            self.passed.append(check)

    def lines(self) -> list[str]:
        out = [p.line() for p in self.problems]
        out += [f"skipped {s}" for s in self.skipped]
        summary = f"{len(self.passed)} checks passed, {len(self.problems)} problems"
        return out + [summary]

    def __str__(self) -> str:
        return "\n".join(self.lines())


def compact(term: Node | None) -> str:
    """A short readable form of a term: `ict:Meeting`, `id:agency/RUS/mfa`, `"text"@ru`."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        best = ""
        for prefix, ns in PREFIXES.items():
            if str(term).startswith(str(ns)) and len(str(ns)) > len(best):
                best, name = str(ns), f"{prefix}:{str(term)[len(str(ns)):]}"
        return name if best else f"<{term}>"
    if isinstance(term, BNode):
        return "[]"
    return term.n3()


# ---------------------------------------------------------------- SHACL

def shacl_problems(data: Graph, shapes: Graph, ontology: Graph, check: str = "shacl") -> list[Problem]:
    """Validate `data` against `shapes`; one Problem per SHACL result (violations and warnings)."""
    from pyshacl import validate

    _conforms, results, _text = validate(data, shacl_graph=shapes, ont_graph=ontology,
                                         inference="none", abort_on_first=False, meta_shacl=False)
    problems = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        if message is None:
            component = results.value(result, SH.sourceConstraintComponent)
            message = f"fails {compact(component)}"
        problems.append(Problem(check, compact(results.value(result, SH.focusNode)),
                                compact(path) if isinstance(path, URIRef) else "", str(message)))
    return sorted(problems, key=lambda p: (p.focus, p.path, p.message))


# ---------------------------------------------------------------- SPARQL checks

def check_rows_to_problems(name: str, rows: list[dict[str, Node | None]]) -> list[Problem]:
    """Turn the result rows of one check into Problems; the first column is the focus."""
    problems = []
    for row in rows:
        values = list(row.items())
        focus = compact(values[0][1]) if values else ""
        detail = ", ".join(f"?{k}={compact(v)}" for k, v in values[1:])
        problems.append(Problem(f"check:{name}", focus, "", detail or "result row"))
    return problems


def run_checks(graph: Graph, checks: list[Path] | None = None) -> dict[str, list[Problem]]:
    """Run every SPARQL check (default: `ontology/checks/*.rq`) over an rdflib graph.

    The graph is copied into an in-memory Oxigraph store first: rdflib's own SPARQL
    takes seconds on the alias joins that Oxigraph answers at once.
    """

    store = open_store(memory=True)
    store.replace_graph(URIRef("urn:ictsec:validate"), graph)
    return run_store_checks(store, checks)


def run_store_checks(store, checks: list[Path] | None = None) -> dict[str, list[Problem]]:
    """Run the SPARQL checks over the union of all graphs of a kg.store.Store."""
    out = {}
    for path in checks if checks is not None else ontology_files.checks_paths():
        rows = store.query(path.read_text(encoding="utf-8"))
        out[path.stem] = check_rows_to_problems(path.stem, rows)
    return out


# ---------------------------------------------------------------- OWL with HermiT

def _load_world(graph: Graph):
    """A fresh owlready2 World holding `graph` (owlready2 reads N-Triples, not Turtle)."""
    import owlready2

    fd, name = tempfile.mkstemp(suffix=".nt")
    with os.fdopen(fd, "wb") as out:
        out.write(graph.serialize(format="nt", encoding="utf-8"))
    world = owlready2.World()
    try:
        onto = world.get_ontology(Path(name).as_uri()).load(format="ntriples")
    finally:
        os.unlink(name)
    return world, onto


def _run_hermit(world, onto, infer_property_values: bool) -> None:
    import owlready2

    # owlready2 prints HermiT's progress even with debug=0 in some versions; keep stdout clean.
    with contextlib.redirect_stdout(io.StringIO()), onto:
        owlready2.sync_reasoner_hermit(world, infer_property_values=infer_property_values, debug=0,
                                       ignore_unsupported_datatypes=True)


def _world_graph(world) -> Graph:
    fd, name = tempfile.mkstemp(suffix=".nt")
    os.close(fd)
    try:
        world.save(name, format="ntriples")
        return Graph().parse(name, format="nt")
    finally:
        os.unlink(name)


def hermit_consistency(graph: Graph) -> tuple[bool, str]:
    """Is `graph` (ontology plus data) consistent for HermiT, with no unsatisfiable class?

    Returns (ok, message); the message names asserted type clashes when it can.
    """
    import owlready2

    world, onto = _load_world(graph)
    try:
        _run_hermit(world, onto, infer_property_values=False)
    except owlready2.OwlReadyInconsistentOntologyError:
        clashes = disjointness_clashes(graph)
        hint = "; ".join(f"{compact(x)} is both {compact(a)} and {compact(b)}" for x, a, b in clashes[:10])
        return False, "HermiT: inconsistent" + (f" ({hint})" if hint else "")
    except owlready2.OwlReadyJavaError as exc:
        first = str(exc).strip().splitlines()[-1] if str(exc).strip() else "no message"
        return False, f"HermiT could not run (is Java 11+ on PATH?): {first}"
    unsatisfiable = sorted(c.iri for c in world.inconsistent_classes())
    if unsatisfiable:
        return False, "HermiT: unsatisfiable classes: " + ", ".join(compact(URIRef(i)) for i in unsatisfiable)
    return True, "HermiT: consistent"


def hermit_infer(graph: Graph) -> Graph:
    """Triples HermiT entails from `graph` that it does not state: object property values
    between named individuals and the types of named individuals.

    HermiT reports a property value under the most specific property only, and owlready2
    keeps one direction of an inverse pair; both are completed here from the graph's own
    rdfs:subPropertyOf and owl:inverseOf axioms so the result can be compared with
    forward-chaining rules. Raises owlready2's error when the graph is inconsistent.
    """
    world, onto = _load_world(graph)
    _run_hermit(world, onto, infer_property_values=True)
    reasoned = _world_graph(world)
    object_props = set(graph.subjects(RDF.type, OWL.ObjectProperty))
    schema_nodes = {s for s, o in graph.subject_objects(RDF.type) if o in _META_TYPES - {OWL.NamedIndividual}}
    classes = set(graph.subjects(RDF.type, OWL.Class))

    def individual(node: Node) -> bool:
        return isinstance(node, URIRef) and node not in schema_nodes

    links = {(s, p, o) for s, p, o in reasoned if p in object_props and individual(s) and individual(o)}
    links = _close_links(links, graph)
    types = {(s, RDF.type, o) for s, o in reasoned.subject_objects(RDF.type)
             if individual(s) and o in classes and isinstance(o, URIRef) and o not in _META_TYPES}
    inferred = Graph()
    for triple in links | types:
        if triple not in graph:
            inferred.add(triple)
    return inferred


def _close_links(links: set[tuple], graph: Graph) -> set[tuple]:
    """Add the super-property and inverse statements that OWL entails trivially."""
    supers: dict[Node, set[Node]] = {}
    for p in set(graph.subjects(RDF.type, OWL.ObjectProperty)):
        supers[p] = set(graph.transitive_objects(p, RDFS.subPropertyOf)) - {p}
    inverse: dict[Node, set[Node]] = {}
    for a, b in graph.subject_objects(OWL.inverseOf):
        inverse.setdefault(a, set()).add(b)
        inverse.setdefault(b, set()).add(a)
    closed, todo = set(links), list(links)
    while todo:
        s, p, o = todo.pop()
        derived = [(s, q, o) for q in supers.get(p, ())] + [(o, q, s) for q in inverse.get(p, ())]
        for triple in derived:
            if triple not in closed:
                closed.add(triple)
                todo.append(triple)
    return closed


def disjointness_clashes(graph: Graph) -> list[tuple[Node, Node, Node]]:
    """Individuals whose asserted types (with their superclasses) fall in two disjoint classes."""
    query = """
        SELECT DISTINCT ?x ?a ?b WHERE {
          { ?d a owl:AllDisjointClasses ; owl:members ?list .
            ?list rdf:rest*/rdf:first ?a . ?list rdf:rest*/rdf:first ?b . }
          UNION { ?a owl:disjointWith ?b }
          FILTER (STR(?a) < STR(?b))
          ?x a ?ta . ?ta rdfs:subClassOf* ?a .
          ?x a ?tb . ?tb rdfs:subClassOf* ?b .
        } ORDER BY ?x ?a ?b"""
    rows = graph.query(query, initNs={"owl": OWL, "rdf": RDF, "rdfs": RDFS})
    return [(r[0], r[1], r[2]) for r in rows]


# ---------------------------------------------------------------- entry points

def _load(report: Report, name: str, loader) -> Graph | None:
    try:
        graph = loader()
    except ontology_files.TurtleError as exc:
        report.problems.append(Problem("parse", name, "", f"does not parse as Turtle: {exc.reason}"))
        return None
    except OSError as exc:
        report.problems.append(Problem("parse", name, "", f"cannot read: {exc}"))
        return None
    report.passed.append(f"parse {name}")
    return graph


def validate_ontology(skip_owl: bool = False) -> Report:
    """Check the ontology, the shapes, the vocabularies and the shape examples.

    The quality checks run on ontology plus vocabularies; the shapes on the
    vocabularies and on `examples/valid.ttl` (must pass) and `examples/invalid.ttl`
    (must fail); HermiT checks that ontology plus vocabularies is consistent.
    """
    report = Report()
    ontology = _load(report, "ontology/ictsec.ttl", ontology_files.load_ontology_graph)
    shapes = _load(report, "ontology/shapes.ttl", ontology_files.load_shapes_graph)
    vocab = ontology_files.new_graph()
    for path in ontology_files.vocab_paths():  # one by one: a broken file must not hide the rest
        part = _load(report, f"ontology/vocab/{path.name}", lambda p=path: ontology_files.load_turtle(p))
        vocab += part if part is not None else Graph()
    examples = ontology_files.examples_dir()
    valid = _load(report, "examples/valid.ttl", lambda: ontology_files.load_turtle(examples / "valid.ttl"))
    invalid = _load(report, "examples/invalid.ttl",
                    lambda: ontology_files.load_turtle(examples / "invalid.ttl"))
    if ontology is None or shapes is None:
        return report
    merged = ontology + vocab
    for name, problems in run_checks(merged).items():
        report.record(f"check:{name}", problems)
    if len(vocab):
        report.record("shacl:vocab", shacl_problems(vocab, shapes, ontology, "shacl:vocab"))
    if valid is not None:
        report.record("shacl:examples/valid.ttl",
                      shacl_problems(valid, shapes, ontology, "shacl:examples/valid.ttl"))
    if invalid is not None:
        found = shacl_problems(invalid, shapes, ontology, "shacl:examples/invalid.ttl")
        report.record("shacl:examples/invalid.ttl", [] if found else [Problem(
            "shacl:examples/invalid.ttl", "examples/invalid.ttl", "",
            "passed the shapes, but every block in it breaks a rule: the shapes are too weak")])
    if skip_owl:
        report.skipped.append("OWL consistency (--skip-owl)")
    else:
        ok, message = hermit_consistency(merged)
        report.record("owl:consistency", [] if ok else [Problem("owl", "ontology + vocab", "", message)])
    return report


def store_graph(store) -> Graph:
    """Every triple of every named graph of a kg.store.Store, merged into one rdflib Graph."""
    graph = ontology_files.new_graph()
    for graph_iri in store.graphs():
        for triple in store.triples_in(graph_iri):
            graph.add(triple)
    return graph


def validate_store(store, ontology: Graph | None = None) -> Report:
    """Check a stored graph: the shapes on all its triples, and the SPARQL checks."""
    report = Report()
    ontology = ontology if ontology is not None else ontology_files.load_ontology_graph()
    shapes = ontology_files.load_shapes_graph()
    data = store_graph(store)
    report.record("shacl:store", shacl_problems(data, shapes, ontology, "shacl:store"))
    for name, problems in run_store_checks(store).items():
        report.record(f"check:{name} (store)", problems)
    return report

