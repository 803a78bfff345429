"""Whole answers of the named queries that read the whole graph, kept beside the store.

CQ2 (every body-process link) and CQ7 (every state's forums) have one answer per
state of the graph when they are asked without parameters, and it can be large:
184,687 rows for CQ2 on the uniform benchmark graph of 1M triples, which Oxigraph
takes 2.6 s to produce from disk and the store 4.1 s to hand over as sorted rows.
Read back from a kept copy (file read, checked, rows built) they take 0.46 s
(bench/store_bench.py). A query file says that its answer is kept with a
`# kept: yes` header line.

The answers are computed after each reasoning run of `ictkg ingest` and `ictkg
reason` (`keep_answers`) and written into the store's folder. Each names the
reasoning run it follows (`kg.reason.marks.reasoning_run`) and the text of its query. Any
write since that run (a graph replaced, dropped or added, quads added, a bulk load,
a workbench update) means the store no longer holds that run's results, so the
answer is not used and the query runs in the engine again until the next
reasoning run keeps a new one. A server store (`--endpoint`) keeps nothing: other
clients can change it without our knowing.
"""

from __future__ import annotations

import gc
import hashlib
import json
import sys
from contextlib import contextmanager
from dataclasses import dataclass

from rdflib import BNode, URIRef

from kg.named_queries import NamedQuery, list_queries
from kg.reason.marks import reasoning_run
from kg.store import from_json

FORMAT = 2  # of the kept file; a file of another format is not read


def kept_queries() -> list[NamedQuery]:
    return [q for q in list_queries() if q.kept]


def keep_answers(store) -> list[str]:
    """Run every kept query without parameters and keep its answer; the names of those kept.

    Nothing is kept unless the store holds the results of a reasoning run (`reasoning_run`)."""
    run = reasoning_run(store)
    if run is None:
        return []
    kept = []
    for query in kept_queries():
        columns, rows = store.select(query.text)
        try:
            store.keep_file(_file_name(query), _encode(run, query, columns, rows))
        except OSError as exc:  # the graph is whole without it: the engine answers until a later run keeps one
            print(f"warning: cannot keep the answer of {query.name} in {store.path} ({exc}); "
                  "it is answered from the graph", file=sys.stderr)
            continue
        kept.append(query.name)
    return kept


@dataclass
class KeptAnswer:
    """A kept answer: its rows index a table of the distinct terms in them."""

    columns: list[str]
    terms: list  # rdflib terms, then None (index -1: unbound)
    rows: list[list[int]]

    def dict_rows(self) -> list[dict]:
        """Rows as `Store.select` gives them: dicts of rdflib terms."""
        with _collector_paused():
            return [dict(zip(self.columns, map(self.terms.__getitem__, row), strict=True)) for row in self.rows]

    def tuple_rows(self, convert) -> list[tuple]:
        """Rows as tuples of `convert(rdflib term)` (the workbench: `kg.store.to_ox`)."""
        terms = [*map(convert, self.terms[:-1]), None]
        with _collector_paused():
            return [tuple(map(terms.__getitem__, row)) for row in self.rows]


@contextmanager
def _collector_paused():
    """Hundreds of thousands of small objects are made at once: the cyclic collector would scan
    them again and again as they come (0.55 s instead of 0.25 s for CQ2's 184,687 rows), and they
    hold no cycles."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def kept_answer(store, query: NamedQuery) -> KeptAnswer | None:
    """The kept answer of `query` without parameters, if it is still the store's answer; else None."""
    if not query.kept:
        return None
    data = store.kept_file(_file_name(query))
    if data is None:
        return None
    try:
        with _collector_paused():
            kept = json.loads(data)
        if kept.get("format") != FORMAT or kept.get("query") != _digest(query.text):
            return None
        if kept.get("run") != reasoning_run(store):
            return None
        answer = KeptAnswer(kept["columns"], [*map(from_json, kept["terms"]), None], kept["rows"])
        _check(answer)
        return answer
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        print(f"warning: the kept answer of {query.name} in {store.path} cannot be read ({exc}); "
              "answering from the graph. `ictkg reason` writes it again.", file=sys.stderr)
        return None


def _check(answer: KeptAnswer) -> None:
    """Raise ValueError unless every row has one known term per column."""
    width = len(answer.columns)
    if not all(len(row) == width for row in answer.rows):
        raise ValueError(f"a row without {width} columns")
    cells = [i for row in answer.rows for i in row]
    if cells and (min(cells) < -1 or max(cells) >= len(answer.terms) - 1):
        raise ValueError("a row names a term the file does not hold")


def _file_name(query: NamedQuery) -> str:
    return f"{query.name}.json"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _encode(run: str, query: NamedQuery, columns: list[str], rows: list[dict]) -> bytes:
    """Rows as indexes into a table of their distinct terms: aggregates repeat the same bodies and
    labels on many rows, so the file is small and each term is built once when read."""
    index: dict = {None: -1}
    terms: list[dict] = []

    def at(term) -> int:
        i = index.get(term)
        if i is None:
            i = index[term] = len(terms)
            terms.append(_json_term(term))
        return i

    table = [[at(row.get(c)) for c in columns] for row in rows]
    return json.dumps({"format": FORMAT, "run": run, "query": _digest(query.text), "columns": columns,
                       "terms": terms, "rows": table}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _json_term(term) -> dict:
    """An rdflib term as a SPARQL 1.1 JSON results term, the shape `kg.store.from_json` reads."""
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if term.language:
        return {"type": "literal", "value": str(term), "xml:lang": term.language}
    if term.datatype:
        return {"type": "literal", "value": str(term), "datatype": str(term.datatype)}
    return {"type": "literal", "value": str(term)}
