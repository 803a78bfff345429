"""The named queries in `queries/*.rq`: list them, read their headers, run them with parameters.

Each file starts with a comment header:

    # title: Forum timeline
    # answers: When did a forum meet ...
    # param forum (forum, required): the forum, by IRI or name
    # columns: forum, meeting, ...

A parameter's kind says how a value given on the command line becomes an RDF
term: `agency`, `state`, `org`, `process`, `forum`, `body`, `entity` name an
entity (an IRI, a CURIE such as `id:state/RUS`, or a name resolved through
`kg.use.names.resolve_name`); `iri` takes an IRI or CURIE; `string`, `int` and `year`
make literals. Values are always bound, never pasted into the query text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg import ontology_files
from kg.namespaces import PREFIXES
from kg.use.names import KIND_CLASSES, also_named, choice_note, name_index, resolve_name

QUERIES_DIR = ontology_files.QUERIES_DIR

_PARAM = re.compile(r"^param\s+(\w+)\s*\(\s*(\w+)\s*,\s*(required|optional)\s*\)\s*:\s*(.*)$")
_CURIE = re.compile(r"^([A-Za-z][\w-]*):(\S*)$")


class QueryError(ValueError):
    """A named query or one of its parameters cannot be used as given."""


@dataclass
class Param:
    name: str
    kind: str
    required: bool
    help: str


@dataclass
class NamedQuery:
    name: str
    path: Path
    text: str
    title: str = ""
    answers: str = ""
    columns: str = ""
    params: list[Param] = field(default_factory=list)
    kept: bool = False  # `# kept: yes`: its answer without parameters is kept beside the store


def parse_header(name: str, path: Path, text: str) -> NamedQuery:
    """Read the `# key: value` comment lines at the top of a query file."""
    q = NamedQuery(name=name, path=path, text=text)
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line.lstrip("#").strip()
        if m := _PARAM.match(body):
            q.params.append(Param(m.group(1), m.group(2), m.group(3) == "required", m.group(4)))
        elif ":" in body:
            key, value = (s.strip() for s in body.split(":", 1))
            if key in ("title", "answers", "columns"):
                setattr(q, key, value)
            elif key == "kept":
                q.kept = value.lower().startswith("yes")
    return q


def list_queries(folder: Path | None = None) -> list[NamedQuery]:
    """Every named query, sorted by name."""
    folder = folder or ontology_files.queries_dir()
    return [load_query(p.stem, folder) for p in sorted(folder.glob("*.rq"))]


def load_query(name: str, folder: Path | None = None) -> NamedQuery:
    """The named query `name` (file stem, e.g. `cq4_forum_timeline`, or just its prefix `cq4`)."""
    folder = folder or ontology_files.queries_dir()
    path = folder / f"{name}.rq"
    if not path.exists():
        matches = sorted(folder.glob(f"{name}_*.rq"))
        if len(matches) != 1:
            known = ", ".join(p.stem for p in sorted(folder.glob("*.rq")))
            raise QueryError(f"no query named {name!r}; known queries: {known}")
        path = matches[0]
    return parse_header(path.stem, path, path.read_text(encoding="utf-8"))


# Characters an IRI cannot hold (RFC 3987); a value that has them is refused, not passed on.
_NOT_IN_IRI = re.compile(r'[\s<>"{}|\\^`]')


def expand_iri(value: str) -> URIRef | None:
    """`value` as an IRI when it is one (`https://...`, `<...>`, or a CURIE with a known prefix).

    Raises QueryError for something that starts like an IRI but cannot be one (`http://x> y`)."""
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    if re.match(r"^(https?|urn|file):", value):
        if _NOT_IN_IRI.search(value):
            raise QueryError(f"{value!r} is not a valid IRI (it contains a space or one of <>\"{{}}|\\^`)")
        return URIRef(value)
    m = _CURIE.match(value)
    if m and m.group(1) in PREFIXES:
        return URIRef(str(PREFIXES[m.group(1)]) + m.group(2))
    return None


# `id:state/RUS`: the shorthand docs/graph-model.md and our outputs write. It is not a SPARQL prefixed
# name (a local name cannot hold "/"), so it is written out as the full IRI before the query is parsed.
_SHORTHAND = re.compile(r"(?<![\w?$:<\-])([A-Za-z][\w-]*):((?:[\w\-.%]*/)+[\w\-%]+(?:\.[\w\-%]+)*)")


def expand_shorthand(sparql: str) -> str:
    """`sparql` with every `prefix:path/with/slashes` of a known prefix written as its full `<IRI>`;
    comments, strings and IRIs are left as they are."""
    from kg.sparql_text import _blank_literals

    blank = _blank_literals(sparql)  # same length; literals, IRIs and comments are spaces
    out, last = [], 0
    for m in _SHORTHAND.finditer(blank):
        prefix, local = m.group(1), m.group(2)
        if prefix not in PREFIXES:
            continue
        out += [sparql[last:m.start()], f"<{PREFIXES[prefix]}{local}>"]
        last = m.end()
    return "".join(out) + sparql[last:]


def param_value(store, param: Param, value: str) -> Node:
    """The RDF term for a command-line value of `param`."""
    if param.kind in KIND_CLASSES:
        return expand_iri(value) or resolve_name(store, value, param.kind)
    if param.kind == "iri":
        iri = expand_iri(value)
        if iri is None:
            return resolve_name(store, value, "entity")
        return iri
    if param.kind in ("int", "year"):
        try:
            return Literal(int(value), datatype=XSD.integer)
        except ValueError:
            raise QueryError(f"--param {param.name} needs a whole number, not {value!r}") from None
    return Literal(value)


def bind_params(store, query: NamedQuery, given: dict[str, str]) -> dict[str, Node]:
    """Check the given values against the query's parameters and turn them into terms."""
    known = {p.name: p for p in query.params}
    unknown = sorted(set(given) - set(known))
    if unknown:
        names = ", ".join(known) or "none"
        raise QueryError(f"{query.name} has no parameter {', '.join(unknown)}; its parameters: {names}")
    for p in query.params:
        if p.required and p.name not in given:
            raise QueryError(f"{query.name} needs --param {p.name}=VALUE ({p.help})")
    return {name: param_value(store, known[name], value) for name, value in given.items()}


def choice_notes(store, query: NamedQuery, given: dict[str, str], bindings: dict[str, Node]) -> list[str]:
    """One note per parameter given as a name that others could be meant by ("OEWG": the 2021-2025
    group, not "OEWG 2019-2021"), saying which was taken and listing the others."""
    kinds = {p.name: p.kind for p in query.params}
    notes = []
    for name, value in given.items():
        kind = "entity" if kinds.get(name) == "iri" else kinds.get(name)
        if kind not in KIND_CLASSES or expand_iri(value) is not None or name not in bindings:
            continue
        chosen = bindings[name]
        note = choice_note(value, chosen, name_index(store).label(chosen), also_named(store, value, chosen, kind))
        if note:
            notes.append(f"--param {name}: {note}")
    return notes


def run_query(store, name: str, params: dict[str, str] | None = None) -> tuple[list[str], list[dict]]:
    """Run the named query with parameters given as strings: (columns, rows of rdflib terms).
    Without parameters, a query whose answer is kept beside the store is answered from it while the
    store still holds what it was computed from (kg/kept_answers.py)."""
    from kg.kept_answers import kept_answer

    query = load_query(name)
    bindings = bind_params(store, query, params or {})
    if not bindings and (kept := kept_answer(store, query)) is not None:
        return kept.columns, kept.dict_rows()
    return store.select(query.text, bindings)
