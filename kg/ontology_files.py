"""Where the files the tool reads at run time live, and loaders for them.

The ontology, the shapes, the vocabularies, the quality checks and the shape examples (the checkout's
ontology/ folder) are the package `kg.bundled.ontology`; the named queries (queries/) are
`kg.bundled.queries`; the page templates and scripts are kg/templates and kg/static. pyproject.toml
builds the first two into the wheel and maps them to the checkout's folders in an editable install,
so both read the same files, found here through importlib.resources. Every module that needs one of
them asks this module, so the layout is known in one place, and a file that is missing or unreadable
is a `MissingResource` error naming it and saying how to repair the installation.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import click
from rdflib import Graph

from kg.namespaces import PREFIXES

ONTOLOGY_PACKAGE = "kg.bundled.ontology"
QUERIES_PACKAGE = "kg.bundled.queries"

# Every file the tool reads at run time, as (package, glob). pyproject.toml's package-data says the
# same; tests/test_package_wheel.py checks that a built wheel holds each file these match in the checkout.
RUNTIME_FILES: dict[str, tuple[str, ...]] = {
    ONTOLOGY_PACKAGE: ("ictsec.ttl", "shapes.ttl", "vocab/*.ttl", "checks/*.rq", "examples/*.ttl"),
    QUERIES_PACKAGE: ("*.rq",),
    "kg": ("templates/*.j2", "templates/serve/*.j2", "static/*.js", "static/serve/*.js", "static/serve/*.css"),
}

REPAIR = ("the ictsec-kg installation is incomplete: reinstall it from a wheel built by `python -m build` "
          "(pip install --force-reinstall ictsec_kg-*.whl), or run `make venv` in a checkout")


class MissingResource(click.ClickException):
    """A file the tool reads at run time is missing or unreadable. A ClickException, so any command
    that meets it ends with this one line and exit code 1."""


def _installed_folder(package: str) -> Path:
    """The folder of a resource package; where it should be when the package cannot be found, so the
    first use reports the missing folder instead of the import failing here."""
    try:
        return Path(str(resources.files(package)))
    except ModuleNotFoundError:
        return Path(str(resources.files("kg"))).joinpath(*package.split(".")[1:])


ONTOLOGY_DIR = _installed_folder(ONTOLOGY_PACKAGE)
QUERIES_DIR = _installed_folder(QUERIES_PACKAGE)
TEMPLATES_DIR = _installed_folder("kg") / "templates"
STATIC_DIR = _installed_folder("kg") / "static"


def require_file(path: Path, what: str) -> Path:
    """`path` when it can be read; else MissingResource naming `what` and the path."""
    try:
        with open(path, "rb"):
            pass
    except OSError as exc:
        raise MissingResource(f"{what} cannot be read at {path} ({exc.strerror}); {REPAIR}") from None
    return path


def require_folder(folder: Path, pattern: str, what: str, at_least_one: bool = False) -> list[Path]:
    """The readable files of `folder` that match `pattern`, sorted by name; MissingResource when the
    folder is missing (or, with `at_least_one`, holds none of them) or a file cannot be read."""
    if not folder.is_dir():
        raise MissingResource(f"{what} are missing: no folder {folder}; {REPAIR}")
    files = sorted(folder.glob(pattern))
    if at_least_one and not files:
        raise MissingResource(f"{what} are missing: no {pattern} in {folder}; {REPAIR}")
    return [require_file(f, what) for f in files]


def ontology_path() -> Path:
    """The hand-edited OWL ontology (Turtle)."""
    return require_file(ONTOLOGY_DIR / "ictsec.ttl", "the ontology (ontology/ictsec.ttl)")


def shapes_path() -> Path:
    """The SHACL shapes (Turtle)."""
    return require_file(ONTOLOGY_DIR / "shapes.ttl", "the SHACL shapes (ontology/shapes.ttl)")


def vocab_paths(at_least_one: bool = False) -> list[Path]:
    """Every reference vocabulary file, sorted by name. The folder must exist; it may be empty
    unless `at_least_one` (extraction needs a vocabulary; validation checks whatever is there)."""
    return require_folder(ONTOLOGY_DIR / "vocab", "*.ttl", "the vocabularies (ontology/vocab/*.ttl)",
                          at_least_one)


def checks_paths() -> list[Path]:
    """The SPARQL quality checks: any result row of any of them is a failure."""
    return require_folder(ONTOLOGY_DIR / "checks", "*.rq", "the quality checks (ontology/checks/*.rq)")


def examples_dir() -> Path:
    """Example data for the shapes: `valid.ttl` must pass, `invalid.ttl` must fail."""
    folder = ONTOLOGY_DIR / "examples"
    for name in ("valid.ttl", "invalid.ttl"):
        require_file(folder / name, f"the shape examples (ontology/examples/{name})")
    return folder


def queries_dir() -> Path:
    """The folder of the named queries (queries/*.rq); it must hold at least one."""
    require_folder(QUERIES_DIR, "*.rq", "the named queries (queries/*.rq)", at_least_one=True)
    return QUERIES_DIR


def templates_dir() -> Path:
    """The jinja2 templates of the pages the tool writes and serves."""
    require_folder(TEMPLATES_DIR, "*.j2", "the page templates (kg/templates/*.j2)", at_least_one=True)
    return TEMPLATES_DIR


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
