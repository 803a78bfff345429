"""What the server holds: the store, its settings, the query workers and caches rebuilt after writes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rdflib import URIRef

from kg.namespaces import ANNOUNCEMENT_GRAPH_PREFIX, ICT, ONTOLOGY_IRI, PREFIXES
from kg.serve.limits import ThreadRunner, too_large
from kg.serve.oxigraph import raw_oxigraph
from kg.serve.query_text import screen
from kg.serve.tasks import TASKS
from kg.serve.workers import WorkerPool
from kg.use.network import entity_counts, meeting_titles

DEFAULT_TIME_LIMIT = 30.0
DEFAULT_MAX_RESULTS = 100_000
DEFAULT_WORKERS = 4


@dataclass
class ServeConfig:
    """Settings of one server: limits, query workers, the endpoints a query may call (none unless
    listed), and whether (and with which bearer token) it accepts writes."""

    time_limit: float = DEFAULT_TIME_LIMIT
    max_results: int = DEFAULT_MAX_RESULTS
    allow_update: bool = False
    token: str | None = None
    workers: int = DEFAULT_WORKERS
    allow_service: frozenset[str] = frozenset()
    max_abandoned: int = 4  # in-memory stores only (limits.ThreadRunner)

    def __post_init__(self):
        if self.allow_update and not self.token:
            raise ValueError("writes need a bearer token: give one with --token-file or $ICTKG_SERVE_TOKEN")
        if self.time_limit <= 0 or self.max_results <= 0 or self.workers <= 0:
            raise ValueError("the time limit, the result limit and the number of workers must be positive")
        self.allow_service = frozenset(self.allow_service)


def _client() -> str:
    """The address of the client of the request being answered (whose share of the workers it uses)."""
    from flask import has_request_context, request

    return (request.remote_addr or "") if has_request_context() else ""


@dataclass
class Labels:
    """Display names of every labelled node, built in one query instead of one per node."""

    en: dict[str, str] = field(default_factory=dict)
    ru: dict[str, str] = field(default_factory=dict)
    state_code: dict[str, str] = field(default_factory=dict)

    def known(self, iri) -> bool:
        return str(iri) in self.en or str(iri) in self.ru

    def of(self, iri, lang: str = "en", with_state: bool = True) -> str:
        key = str(iri)
        first, second = (self.en, self.ru) if lang == "en" else (self.ru, self.en)
        text = first.get(key) or second.get(key) or key.rstrip("/").rsplit("/", 1)[-1]
        code = self.state_code.get(key) if with_state else None
        return f"{text} ({code})" if code else text


_LABELS = """
SELECT ?n ?p ?l WHERE { ?n ?p ?l . VALUES ?p { skos:prefLabel ict:nameLatin ict:nameNative } }"""
_AGENCY_STATES = "SELECT ?a ?code WHERE { ?a ict:agencyOf ?s . ?s ict:iso3 ?code }"


def load_labels(store) -> Labels:
    labels = Labels()
    rank = {str(PREFIXES["skos"]) + "prefLabel": 0, str(ICT.nameLatin): 1, str(ICT.nameNative): 2}
    best: dict[tuple[str, str], int] = {}
    for r in store.query(_LABELS):
        lang = getattr(r["l"], "language", None) or ("en" if str(r["p"]) == str(ICT.nameLatin) else "")
        if lang not in ("en", "ru"):
            lang = "en"
        key, level = (str(r["n"]), lang), rank[str(r["p"])]
        if level < best.get(key, 99) or (level == best.get(key) and str(r["l"]) < getattr(labels, lang)[key[0]]):
            best[key] = level
            getattr(labels, lang)[key[0]] = str(r["l"])
    for r in store.query(_AGENCY_STATES):
        labels.state_code[str(r["a"])] = str(r["code"])
    # Meetings carry no label of their own: every page and link names them by their readable title
    # (forum, number, date, place), never by the IRI's slug.
    for meeting, titles in meeting_titles(store).items():
        labels.en.setdefault(meeting, titles["en"])
        labels.ru.setdefault(meeting, titles["ru"])
    return labels


_COUNTS = """
SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {
  VALUES ?class { ict:Announcement ict:Meeting }
  ?x a ?class } GROUP BY ?class"""
_PLURAL = {"state": "states", "organisation": "organisations", "agency": "agencies", "process": "processes",
           "person": "persons", "document": "documents"}
_VERSION = """
SELECT ?version ?info WHERE { OPTIONAL { ?o owl:versionIRI ?version } OPTIONAL { ?o owl:versionInfo ?info } }"""


class Workbench:
    """The store being served, with its settings and the caches the pages share."""

    def __init__(self, store, config: ServeConfig):
        self.store = store
        self.config = config
        self.ox = raw_oxigraph(store)
        self.prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
        if getattr(store, "path", None) is not None:
            self.runner = WorkerPool(store.path, config.workers, config.time_limit, config.max_results)
        else:  # an in-memory store cannot be opened by another process
            self.runner = ThreadRunner(store, TASKS, config.time_limit, config.max_results, config.max_abandoned)
        self.generation = 0
        self._cache: dict[str, Any] = {}
        self._lock = threading.RLock()
        self._building: dict[str, threading.Lock] = {}

    def cached(self, name: str, build: Callable[[], Any]) -> Any:
        """`build()` once per generation of the store; concurrent requests wait for one build."""
        with self._lock:
            if name in self._cache:
                return self._cache[name]
            lock = self._building.setdefault(name, threading.Lock())
        with lock:
            with self._lock:
                if name in self._cache:
                    return self._cache[name]
                generation = self.generation
            value = build()
            with self._lock:
                if generation == self.generation:
                    self._cache[name] = value
            return value

    def changed(self) -> None:
        """Forget every cache after a write through the endpoint."""
        from kg.use.names import name_index

        with self._lock:
            self.generation += 1
            self._cache.clear()
        self.runner.restart()
        name_index(self.store, refresh=True)

    def close(self) -> None:
        """Stop the query workers, whatever they are running."""
        self.runner.close()

    def query(self, text: str, *, default_graphs: list[str] | None = None, named_graphs: list[str] | None = None,
              bindings: dict | None = None):
        """A user's query (results.Result), screened (query_text.Refused) and run by a worker under the limits."""
        screened = screen(text, self.config.allow_service, self.prefixes)
        return self.runner.call("evaluate", text, default_graphs, named_graphs, screened.names_dataset, bindings,
                                client=_client())

    def screen_update(self, text: str) -> None:
        """Refuse an update that would LOAD from an endpoint the operator has not allowed."""
        screen(text, self.config.allow_service, self.prefixes)

    def check_size(self, count: int) -> None:
        """ResultTooLarge when `count` rows pass the server's result-size limit."""
        if count > self.config.max_results:
            raise too_large(self.config.max_results)

    def network_view(self, iri: str, depth: int, lang: str) -> dict | None:
        return self.runner.call("network_view", iri, depth, lang, client=_client())

    def matrix(self) -> dict:
        return self.runner.call("matrix", "en", client=_client())

    def labels(self) -> Labels:
        return self.cached("labels", lambda: load_labels(self.store))

    def meta(self) -> dict:
        """Counts of announcements, meetings and entities, triples and graphs; the ontology's version."""
        return self.cached("meta", self._meta)

    def _meta(self) -> dict:
        counts = {str(r["class"]).rsplit("#", 1)[-1]: int(r["n"]) for r in self.store.query(_COUNTS)}
        version = self.store.query(_VERSION, {"o": ONTOLOGY_IRI})
        graphs = self.store.graphs()
        return {
            "announcements": counts.get("Announcement", 0),
            "meetings": counts.get("Meeting", 0),
            # Observed (named by an announcement) and listed by the vocabularies, counted apart: the
            # vocabularies list every state on earth, which no one should read as states taking part.
            "entities": {_PLURAL[kind]: n for kind, n in entity_counts(self.store).items()},
            "triples": len(self.store),
            "graphs": len(graphs),
            "announcement_graphs": sum(1 for g in graphs if str(g).startswith(ANNOUNCEMENT_GRAPH_PREFIX)),
            "ontology": {"iri": str(ONTOLOGY_IRI),
                         "version_iri": str(version[0]["version"]) if version and version[0]["version"] else None,
                         "version": str(version[0]["info"]) if version and version[0]["info"] else None},
        }

    def is_entity(self, iri: str) -> bool:
        return bool(self.store.ask("ASK { { ?e ?p ?o } UNION { ?s ?p ?e } }", {"e": URIRef(iri)}))
