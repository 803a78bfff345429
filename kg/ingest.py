"""The ingest pipeline: read -> understand -> link -> relate -> to RDF -> store.

Workers (processes) do everything up to the triples; the parent alone writes,
one announcement graph per transaction, so a crash leaves every earlier
announcement whole.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg.curation.vocabulary import analyst_vocabulary
from kg.language import detect_language
from kg.namespaces import ANNOUNCEMENT_GRAPH_PREFIX, GRAPH_ONTOLOGY, GRAPH_VOCAB, ICT, announcement_graph
from kg.ontology_files import ontology_path
from kg.rdf import announcement_triples
from kg.reason import materialise
from kg.reason.kept_answers import keep_answers
from kg.records import Announcement, ReadProblem
from kg.relate.meetings import find_meetings
from kg.store import nquads
from kg.understand import Resources, understand
from kg.vocab import vocab_files

SUPPORTED_LANGUAGES = ("ru", "en")


@dataclass
class Processed:
    announcement: Announcement
    key: str
    graph: URIRef
    ann_iri: URIRef
    triples: list
    meetings: int
    content_hash: str
    nquads: bytes | None = None  # set by workers instead of `triples`: cheaper to send between processes


@dataclass
class IngestReport:
    read: int = 0
    ingested: int = 0
    unchanged: int = 0
    meetings: int = 0
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    # Graphs that were not in the store before: reasoning can start from their facts alone
    # (kg/reason/added.py) when no graph was replaced.
    new_graphs: list = field(default_factory=list)
    # Files of the folders walked that were left out as not announcements, (path, why), set by the
    # caller that walked them (kg.read.read_paths reports them as it goes).
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def content_hash(ann: Announcement, extractor: str = "") -> str:
    """Same input and same extractor: same hash, so re-ingesting skips it. `extractor` fingerprints
    the extraction code and the vocabularies, so new rules or entries re-extract everything."""
    h = hashlib.sha1()
    for part in (extractor, ann.id, ann.text, ann.title, ann.published, ann.url, ann.publisher, ann.lang):
        h.update((part or "").encode("utf-8") + b"\x00")
    return h.hexdigest()


def with_language(ann: Announcement) -> Announcement | ReadProblem:
    """Detect the language when the input did not say; refuse anything but Russian and English."""
    lang = ann.lang
    if not lang:

        lang = detect_language(ann.text)
    if lang not in SUPPORTED_LANGUAGES:
        what = f"language '{lang}'" if lang else "an undetectable language"
        return ReadProblem(ann.source, f"{what} is not supported (only ru and en); skipped — "
                                       f"set `lang:` in the front matter if this is wrong")
    return replace(ann, lang=lang) if lang != ann.lang else ann


def process(ann: Announcement, res: Resources,
            on_progress: Callable[[str], None] | None = None) -> Processed | ReadProblem:
    """One announcement to the triples of its named graph; a clean problem instead of a crash, naming
    the stage that failed. `on_progress` hears each stage, and how far understanding a long text has got."""
    stage = "read (language detection)"
    tell = on_progress or (lambda _: None)
    try:
        checked = with_language(ann)
        if isinstance(checked, ReadProblem):
            return checked
        ann = checked
        stage = "understand (kg.understand)"
        tell("understanding")
        doc = understand(ann, res, on_progress)
        stage = "link and relate (kg.relate.meetings)"
        tell(f"relating {len(doc.sents):,} sentences")
        meetings = find_meetings(doc, res)
        stage = "to RDF (kg.rdf)"
        tell(f"writing RDF ({len(meetings)} meeting{'' if len(meetings) == 1 else 's'})")
        h = content_hash(ann, res.fingerprint)
        b = announcement_triples(ann, meetings, h)
    except Exception as exc:  # a bug in a rule must not stop the batch; say which input and stage hit it
        return ReadProblem(ann.source, f"extraction failed in {stage} ({type(exc).__name__}: {exc}); "
                                       "please report this input", stage=stage)
    return Processed(ann, b.key, announcement_graph(b.key), b.ann_iri, b.triples, len(meetings), h)


def load_reference_graphs(store) -> None:
    """Put the ontology and the vocabularies into their graphs when missing or changed."""

    for graph_iri, files in ((GRAPH_VOCAB, vocab_files()), (GRAPH_ONTOLOGY, [ontology_path()])):
        digest = hashlib.sha1(b"".join(f.read_bytes() for f in files)).hexdigest()
        marker = (graph_iri, ICT.contentHash)
        current = store.query("SELECT ?g ?h WHERE { GRAPH ?g { ?g ict:contentHash ?h } }", {"g": graph_iri})
        if current and str(current[0]["h"]) == digest:
            continue
        g = Graph()
        for f in files:
            g.parse(f, format="turtle")
        g.add((*marker, Literal(digest)))
        store.replace_graph(graph_iri, list(g))


def _stored_hash(store, ann_iri: URIRef) -> str | None:
    rows = store.query("SELECT ?a ?h WHERE { ?a ict:contentHash ?h }", {"a": ann_iri})
    return str(rows[0]["h"]) if rows else None


@lru_cache(maxsize=1)
def default_resources() -> Resources:
    """Resources for one-shot commands (extract, eval): built on first use, then shared."""
    return Resources.load()


_WORKER_RES: Resources | None = None
_WORKER_EXTRA: Graph | None = None  # the store's analyst vocabulary, set before the workers fork


def _worker_init() -> None:
    global _WORKER_RES
    _WORKER_RES = Resources.load(_WORKER_EXTRA)


def store_resources(store) -> Resources:
    """Resources for an ingest into `store`: the shipped vocabularies and the store's analyst
    vocabulary (kg/curation), so names an analyst accepted or merged link in any case form."""

    return Resources.load(analyst_vocabulary(store))


def _worker_process(ann: Announcement):
    result = process(ann, _WORKER_RES)
    if isinstance(result, Processed):

        result.nquads = nquads(result.graph, result.triples)
        result.triples = []
    return result


def ingest(items: Iterable[Announcement | ReadProblem], store, *, workers: int = 1,
           res: Resources | None = None, on_item: Callable[[str], None] | None = None) -> IngestReport:
    """Ingest announcements into `store`; problems are collected, the batch goes on."""
    t0 = time.perf_counter()
    report = IngestReport()
    load_reference_graphs(store)

    batch: list[bytes] = []  # new announcement graphs waiting for one shared transaction
    unflushed = 0  # announcements written since the store last flushed its log to its tables

    def flush_batch():
        nonlocal unflushed
        if batch:
            store.add_new_graphs(b"".join(batch))
            unflushed += len(batch)
            batch.clear()
        if unflushed >= FLUSH_EVERY:
            store.flush()
            unflushed = 0

    def handle(result):
        nonlocal unflushed
        if isinstance(result, ReadProblem):
            report.problems.append(str(result))
        else:
            report.read += 1
            report.warnings.extend(result.announcement.warnings)
            if _stored_hash(store, result.ann_iri) == result.content_hash:
                report.unchanged += 1
            elif not store.has_graph(result.graph):
                batch.append(result.nquads if result.nquads is not None else _nquads(result))
                report.new_graphs.append(result.graph)
                if len(batch) >= BATCH:
                    flush_batch()
                report.ingested += 1
            else:
                flush_batch()  # keep the order of writes
                triples = result.triples if result.nquads is None else _parse_nquads(result.nquads)
                store.replace_graph(result.graph, triples)
                unflushed += 1
                report.ingested += 1
            report.meetings += result.meetings
        if on_item:
            on_item(getattr(result, "source", None) or result.announcement.source)

    if workers <= 1:
        res = res or store_resources(store)
        for item in items:
            handle(item if isinstance(item, ReadProblem) else process(item, res))
    else:
        import multiprocessing as mp

        global _WORKER_EXTRA

        _WORKER_EXTRA = analyst_vocabulary(store)
        ctx = mp.get_context("fork")
        problems = []

        def announcements():
            for item in items:
                if isinstance(item, ReadProblem):
                    problems.append(item)
                else:
                    yield item

        with ctx.Pool(workers, initializer=_worker_init) as pool:
            for result in pool.imap(_worker_process, announcements(), chunksize=8):
                handle(result)
                while problems:
                    handle(problems.pop(0))
        for p in problems:
            handle(p)
    flush_batch()
    store.flush()
    report.seconds = time.perf_counter() - t0
    return report


# Announcements written per transaction: a crash loses at most the batch in flight, each of its
# announcements wholly; committing each one alone cost ~10 ms of RocksDB sync per announcement.
BATCH = 32
# Announcements written between flushes of the store's write-ahead log into its tables. Without
# them the log grows for the whole ingest, and every reader that opens a snapshot meanwhile
# (`ictkg who`) replays all of it: 3,000 announcements in, opening took up to 7 s (and over a minute
# with readers polling) instead of under 0.6 s with a flush every 256.
FLUSH_EVERY = 256


def _nquads(result: Processed) -> bytes:

    return nquads(result.graph, result.triples)


def _parse_nquads(data: bytes) -> list:
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(data=data.decode("utf-8"), format="nquads")
    return [(s, p, o) for s, p, o, _g in ds.quads()]


@dataclass
class ForgetReport:
    forgotten: list[str] = field(default_factory=list)  # source names of the announcements removed
    inferred: int = 0  # inferred triples after reasoning again
    kept: list[str] = field(default_factory=list)  # named queries whose answers were kept again


def stored_announcements(store) -> dict[str, tuple[URIRef, URIRef]]:
    """Every stored announcement by its source name (file name or JSONL id): (its graph, its IRI)."""
    rows = store.query("SELECT ?g ?a ?name WHERE { GRAPH ?g { ?a a ict:Announcement ; ict:sourceName ?name } }")
    return {str(r["name"]): (r["g"], r["a"]) for r in rows
            if str(r["g"]).startswith(ANNOUNCEMENT_GRAPH_PREFIX)}  # not the merged graph's copy


def resolve_announcements(store, names: Iterable[str]) -> list[tuple[str, URIRef]]:
    """(source name, graph) of each announcement named by its source name, a path to its file, its
    IRI or its graph's IRI. Raises LookupError naming every one that is not stored."""
    from pathlib import PurePath

    stored = stored_announcements(store)
    by_iri = {str(iri): name for name, (_g, iri) in stored.items()} | {str(g): name for name, (g, _a) in stored.items()}
    found, missing = [], []
    for given in names:
        name = given if given in stored else by_iri.get(given) or (
            PurePath(given).name if PurePath(given).name in stored else None)
        if name is None:
            missing.append(given)
        elif (name, stored[name][0]) not in found:
            found.append((name, stored[name][0]))
    if missing:
        raise LookupError(f"not in the store: {', '.join(missing)}; nothing was removed "
                          "(name an announcement by its file name, JSONL id or IRI; "
                          "`ictkg forget --list` shows them)")
    return found


def forget(store, names: Iterable[str], *, reason: bool = True) -> ForgetReport:
    """Remove announcements and everything derived from them: their named graphs (the merged graph
    loses the facts no other announcement states), then the inferred links, link strengths and kept
    answers made again from what is left. All names are resolved before anything is removed."""
    report = ForgetReport()
    for name, graph in resolve_announcements(store, names):
        store.drop_graph(graph)
        report.forgotten.append(name)
    if report.forgotten and reason:

        # A full run: removing facts can remove links, which reasoning over added graphs never does.
        report.inferred = materialise(store)
        report.kept = keep_answers(store)
    store.flush()
    return report


def count_of(store, cls) -> int:
    rows = store.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x <{RDF.type}> <{cls}> }}")
    return int(rows[0]["n"]) if rows else 0
