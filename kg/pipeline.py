"""The pipeline run whole: announcements into the store, reasoning after, and the demo build (pages and export).

The commands `ingest`, `reason` and `demo` call these; they print, these do the work. Progress is
reported through callbacks, so a caller can draw a bar without walking the folders a second time.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.ingest import IngestReport, count_of, ingest
from kg.namespaces import ICT
from kg.read import DEFAULT_MAX_BYTES, announcement_files, read_file, read_paths
from kg.reason import materialise
from kg.reason.kept_answers import keep_answers

_LINK_STRENGTHS = "SELECT (COUNT(?link) AS ?n) WHERE { ?link a ict:LinkStrength }"
_AGENCIES_AT_MEETINGS = """SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {
  ?m a ict:Meeting ; ict:hasParticipant ?a . ?a a ict:GovernmentAgency }"""


@dataclass
class Reasoned:
    """What a reasoning run left: inferred triples, link strengths (when counted) and the kept answers."""

    inferred: int
    kept: list[str]
    link_strengths: int | None = None

    def summary(self) -> str:
        return f"{self.inferred} inferred triples" + (f"; answers kept: {', '.join(self.kept)}" if self.kept else "")


def announcements_of(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
                     on_skip: Callable[[str, str], None] | None = None) -> tuple[int, Iterator]:
    """(how many files, the announcements and read problems of `paths`): each folder is walked once, and
    the count (a file, standard input or a folder's announcement files) sizes a progress bar."""
    plan: list[tuple[str | None, list[Path]]] = []
    for given in paths:
        if given != "-" and Path(given).is_dir():
            plan.append((None, announcement_files(Path(given), on_skip=on_skip)))
        else:
            plan.append((given, []))

    def read() -> Iterator:
        for given, files in plan:
            if given is not None:
                yield from read_paths([given], max_bytes=max_bytes, on_skip=on_skip)
            for file in files:
                yield from read_file(file, max_bytes=max_bytes)

    return sum(len(files) if given is None else 1 for given, files in plan), read()


def reason(store, added: list | None = None) -> Reasoned:
    """Rebuild the inferred links (over the `added` graphs only, when the store can) and keep the answers
    of the whole-graph queries."""
    inferred = materialise(store, added=added) if added is not None else materialise(store)
    return Reasoned(inferred, keep_answers(store))


def reason_all(store) -> Reasoned:
    """`reason` over every graph, with the number of link strengths CQ2 reads."""
    done = reason(store)
    done.link_strengths = int(store.query(_LINK_STRENGTHS)[0]["n"])
    return done


def ingest_paths(paths: Iterable[str], store, *, workers: int = 1, max_bytes: int = DEFAULT_MAX_BYTES,
                 reasoning: bool = True, on_total: Callable[[int], None] | None = None,
                 on_item: Callable[[str], None] | None = None) -> tuple[IngestReport, Reasoned | None]:
    """Ingest the announcements of `paths`, then reason over the new graphs (unless `reasoning` is off).

    `on_total(n)` hears how many files will be read, `on_item(source)` each announcement as it is done;
    the report's `skipped` lists the files folders held that are not announcements, with why."""
    skipped: list[tuple[str, str]] = []
    total, items = announcements_of(paths, max_bytes=max_bytes, on_skip=lambda path, why: skipped.append((path, why)))
    if on_total:
        on_total(total)
    report = ingest(items, store, workers=workers, on_item=on_item)
    report.skipped = skipped
    return report, (reason(store, report.new_graphs) if reasoning else None)


@dataclass
class DemoBuild:
    """What `build_demo` wrote and counted."""

    ingested: IngestReport
    reasoned: Reasoned
    graph_page: Path
    report_page: Path
    export: Path
    meetings: int
    agencies: int
    triples: int
    seconds: float


def build_demo(folder: str, out_dir: str | Path, *, workers: int = 1, max_bytes: int = DEFAULT_MAX_BYTES,
               lang: str = "en", on_total: Callable[[int], None] | None = None,
               on_item: Callable[[str], None] | None = None) -> DemoBuild:
    """The main job: build OUT/store from the announcements in `folder`, reason, and write OUT/graph.html,
    OUT/report.html (with its pictures) and OUT/ictsec.trig."""
    from kg.store import open_store
    from kg.use.network import build_network
    from kg.use.report import GRAPH_NAME, write_report
    from kg.use.viz import write_graph_page

    started = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with open_store(out / "store") as store:
        ingested, reasoned = ingest_paths([folder], store, workers=workers, max_bytes=max_bytes,
                                          on_total=on_total, on_item=on_item)
        net = build_network(store)
        graph_page = write_graph_page(store, out / GRAPH_NAME, lang=lang, network=net)
        report_page = write_report(store, out, lang=lang, network=net)
        export = out / "ictsec.trig"
        store.dump(export, "trig")
        agencies = store.query(_AGENCIES_AT_MEETINGS)
        return DemoBuild(ingested, reasoned, Path(graph_page), Path(report_page), export,
                         meetings=count_of(store, ICT.Meeting), agencies=int(agencies[0]["n"]) if agencies else 0,
                         triples=len(store), seconds=time.perf_counter() - started)

