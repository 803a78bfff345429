"""Where the ontology, the shapes and the vocabularies live, and loaders for them.

Every module that needs the ontology or the vocabularies as an rdflib Graph
imports it from here, so the folder layout is known in one place.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.namespaces import PREFIXES

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"


def ontology_path() -> Path:
    """The hand-edited OWL ontology (Turtle)."""
    return ONTOLOGY_DIR / "ictsec.ttl"


def shapes_path() -> Path:
    """The SHACL shapes (Turtle)."""
    return ONTOLOGY_DIR / "shapes.ttl"


def vocab_paths() -> list[Path]:
    """Every reference vocabulary file, sorted by name (the folder may be empty)."""
    return sorted((ONTOLOGY_DIR / "vocab").glob("*.ttl"))


def checks_paths() -> list[Path]:
    """The SPARQL quality checks: any result row of any of them is a failure."""
    return sorted((ONTOLOGY_DIR / "checks").glob("*.rq"))


def examples_dir() -> Path:
    """Example data for the shapes: `valid.ttl` must pass, `invalid.ttl` must fail."""
    return ONTOLOGY_DIR / "examples"


def new_graph() -> Graph:
    """An empty graph that knows the project's prefixes (for readable output)."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


class TurtleError(ValueError):
    """A Turtle file that does not parse; `reason` is rdflib's message on one line."""

    def __init__(self, path: Path, reason: str):
        self.path, self.reason = Path(path), reason
        super().__init__(f"{path}: does not parse as Turtle: {reason}; fix the syntax there")


def load_turtle(*paths: Path) -> Graph:
    """Parse Turtle files into one graph; the error names the file that does not parse."""
    g = new_graph()
    for path in paths:
        try:
            g.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises several unrelated types for bad syntax
            # rdflib appends a byte-string excerpt after "at ^ in:"; the line number and reason suffice.
            reason = " ".join(str(exc).split(" at ^ in:")[0].split())
            raise TurtleError(path, reason) from exc
    return g


def load_ontology_graph() -> Graph:
    """The ontology as a Graph."""
    return load_turtle(ontology_path())


def load_shapes_graph() -> Graph:
    """The SHACL shapes as a Graph."""
    return load_turtle(shapes_path())


def load_vocab_graph() -> Graph:
    """All vocabulary files merged into one Graph."""
    return load_turtle(*vocab_paths())
