"""An analyst's own SPARQL: the shared prefixes and shorthand IRIs expanded, run read-only, answered as data.

`ictkg sparql` prints what `ask` returns; nothing here builds query text from user input beyond
expanding the prefixes the user wrote.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.namespaces import PREFIXES
from kg.queries import expand_shorthand
from kg.store import to_ox
from kg.store.sparql_text import query_form

READ_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


class NotAQuery(ValueError):
    """An update (or anything but SELECT, ASK, CONSTRUCT, DESCRIBE): the graph changes another way."""


@dataclass
class Answer:
    """A query's answer: rows (SELECT; CONSTRUCT and DESCRIBE as subject, predicate, object rows),
    or a boolean (ASK); `triples` holds what a CONSTRUCT or DESCRIBE made."""

    form: str
    columns: list[str] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)
    boolean: bool | None = None
    triples: list = field(default_factory=list)


def ask(store, text: str) -> Answer:
    """Run `text` over the union of all graphs. Raises NotAQuery for an update, and the store's
    SyntaxError or ValueError for text that is not SPARQL."""
    text = expand_shorthand(text)
    form = query_form(text)
    if form not in READ_FORMS:
        raise NotAQuery(form)
    if form == "ASK":
        return Answer(form, ["answer"], boolean=store.ask(text))
    if form == "SELECT":
        columns, rows = store.select(text)
        return Answer(form, columns, rows)
    triples = sorted(store.construct(text), key=lambda t: tuple(str(x) for x in t))
    return Answer(form, ["subject", "predicate", "object"],
                  [{"subject": s, "predicate": p, "object": o} for s, p, o in triples], triples=triples)


def turtle(triples) -> str:
    """Triples as Turtle with the shared prefixes."""
    data = ox.serialize((ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples),
                        format=ox.RdfFormat.TURTLE, prefixes={k: str(v) for k, v in PREFIXES.items()})
    return data.decode("utf-8")


@dataclass
class NamedAnswer:
    """A named query's answer, with the notes on names its parameters could mean otherwise."""

    title: str
    columns: list[str]
    rows: list[dict]
    notes: list[str]


def ask_named(store, name: str, given: dict[str, str]) -> NamedAnswer:
    """Run the named query `name` (or its prefix) with the parameters `given` as text. Raises QueryError,
    NameNotFound or AmbiguousName."""
    from kg.queries import bind_params, choice_notes, load_query, run_query

    query = load_query(name)
    notes = list(choice_notes(store, query, given, bind_params(store, query, given)))
    columns, rows = run_query(store, query.name, given)
    return NamedAnswer(query.title, columns, rows, notes)
