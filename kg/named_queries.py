"""The catalogue of named queries: the files `queries/*.rq` and their comment headers.

Apart from running them (kg/queries.py), so that the answers kept after reasoning
(kg/reason/kept_answers.py) can list the queries they keep without the query runner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg import ontology_files

QUERIES_DIR = ontology_files.QUERIES_DIR

_PARAM = re.compile(r"^param\s+(\w+)\s*\(\s*(\w+)\s*,\s*(required|optional)\s*\)\s*:\s*(.*)$")


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
