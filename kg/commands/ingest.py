"""`ictkg ingest`, `extract`, `demo` and `forget`: announcements into the graph."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from kg.commands.common import open_from_options, store_options


def _progress_ingest(paths: list[str], store, workers: int, max_mb: float):
    """Ingest with a progress bar on standard error; returns the report, whose `skipped` lists the
    files of folders that were left out as not announcements, with why."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from kg.ingest import ingest
    from kg.sources import announcement_files, read_paths

    total = 0
    for p in paths:
        path = Path(p)
        total += len(announcement_files(path)) if path.is_dir() else 1
    with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  transient=True, disable=not sys.stderr.isatty() and total < 2) as bar:
        task = bar.add_task("ingest", total=total or None)
        seen: set[str] = set()

        def tick(source: str) -> None:
            f = source.split(":")[0]
            if f not in seen:
                seen.add(f)
                bar.update(task, completed=len(seen))

        skipped: list[tuple[str, str]] = []
        report = ingest(read_paths(paths, max_bytes=int(max_mb * 1024 * 1024),
                                   on_skip=lambda path, why: skipped.append((path, why))),
                        store, workers=workers, on_item=tick)
        report.skipped = skipped
        return report


def _print_skipped(skipped: list[tuple[str, str]]) -> None:
    """One line per reason: a folder of announcements and their answer keys skips one key per
    announcement, and a line for each would bury the errors."""
    by_reason: dict[str, list[str]] = {}
    for path, why in skipped:
        by_reason.setdefault(why, []).append(path)
    for why, files in by_reason.items():
        if len(files) == 1:
            click.echo(f"skipped: {files[0]}: {why}", err=True)
        else:
            click.echo(f"skipped {len(files)} files, {why}: {', '.join(files)}", err=True)


def _print_problems(report) -> None:
    _print_skipped(report.skipped)
    for w in report.warnings:
        click.echo(f"warning: {w}", err=True)
    for p in report.problems:
        click.echo(f"error: {p}", err=True)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--workers", default=1, show_default=True, help="Processes that extract in parallel.")
@click.option("--max-mb", default=10.0, show_default=True, help="Refuse input files larger than this.")
@click.option("--no-reason", is_flag=True, help="Skip materialising the inferred links afterwards.")
@store_options
def ingest_cmd(paths, workers, max_mb, no_reason, store_path, endpoint):
    """Add announcements (files, folders, or - for standard input) to the graph.

    Reads .txt/.md (with optional front matter), .html and .jsonl; each
    announcement replaces its own named graph, so re-running is safe. In a
    folder, files that are not announcements (answer keys, READMEs, Markdown
    documentation without front matter, other types) are skipped, one line
    each saying why. Inputs that cannot be read are reported one line each;
    the rest go on, and the exit code is 1 when any input failed.

    Example: ictkg ingest examples/announcements --store out/store
    """
    store = open_from_options(store_path, endpoint)
    try:
        report = _progress_ingest(list(paths), store, workers, max_mb)
        if not no_reason:
            _reason(store, report.new_graphs)
    except OSError as exc:  # the store failed mid-way (a SPARQL server killed): one line, exit 1
        raise click.ClickException(f"{exc}; the announcements stored before it are kept: run the same command "
                                   "again once the store answers, and it stores the rest") from None
    finally:
        store.close()  # releases the writer's lock for the next command
    _print_problems(report)
    click.echo(f"read {report.read} announcements: {report.ingested} stored, {report.unchanged} unchanged, "
               f"{report.meetings} meetings, {len(report.problems)} failed, "
               f"{len(report.skipped)} files skipped as not announcements, in {report.seconds:.1f} s")
    sys.exit(1 if report.problems else 0)


def _reason(store, new_graphs: list) -> str:
    try:
        from kg.reason import materialise
    except ImportError:
        return "inference not available in this build (kg.reason missing)"
    from kg.kept_answers import keep_answers

    n = materialise(store, added=new_graphs)
    kept = keep_answers(store)
    return f"{n} inferred triples" + (f"; answers kept: {', '.join(kept)}" if kept else "")


LARGE_INPUT = 1_000_000  # bytes: an extraction long enough to say it started


@click.command("extract")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="Print the facts in the FORMAT.md JSON shape.")
def extract_cmd(file, as_json):
    """Extract the facts of one announcement without storing them.

    The facts are read back from the RDF graph the ingester builds, so they
    show exactly what `ictkg ingest` would store.

    Example: ictkg extract examples/announcements/ru-csto-minsk-2017.txt --json
    """
    from kg.ingest import facts_for_file

    size = Path(file).stat().st_size if file != "-" else 0
    started = time.monotonic()
    if size >= LARGE_INPUT:  # about 12 s a megabyte on this machine: say so rather than print nothing
        click.echo(f"extracting {file} ({size / 1e6:.1f} MB, about {max(1, round(size / 1e6 * 12))} s) …", err=True)
    try:
        facts = facts_for_file(file)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    if size >= LARGE_INPUT:
        click.echo(f"extracted {len(facts['meetings'])} meetings in {time.monotonic() - started:.1f} s", err=True)
    if as_json:
        click.echo(json.dumps(facts, ensure_ascii=False, indent=2))
        return
    for m in facts["meetings"]:
        forum = m["forum"]["name"] if m["forum"] else "(no forum)"
        click.echo(f"{m['date'] or 'undated'}  {forum}  [{m['kind']}, {m['format'] or 'format?'}, "
                   f"{m['location'] or 'place?'}]")
        for c in m["chairs"]:
            click.echo(f"  chair: {c['name']} ({c['state'] or '?'}) {c['post'] or ''}")
        click.echo(f"  states: {', '.join(m['states']) or '-'}")
        for a in m["agencies"]:
            click.echo(f"  agency: {a['state']} {a['name']}")
        for o in m["organizations"]:
            click.echo(f"  organisation: {o['name']}")
        for p in m["processes"]:
            click.echo(f"  process: {p['name']}")
        for d in m["documents"]:
            click.echo(f"  document ({d['role']}): {d['title']}")
    if not facts["meetings"]:
        click.echo("no meeting reported")


@click.command("demo")
@click.argument("folder", type=click.Path(exists=True, file_okay=False), default="examples/announcements")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="out", show_default=True)
def demo_cmd(folder, out_dir):
    """The main job: build the graph from FOLDER and write the pages.

    Creates OUT/store (embedded Oxigraph), runs inference, and writes
    OUT/graph.html, OUT/report.html and OUT/ictsec.trig.

    Example: ictkg demo examples/announcements --out out
    """
    from kg.ingest import count_of
    from kg.namespaces import ICT
    from kg.store import open_store

    t0 = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    store = open_store(out / "store")
    report = _progress_ingest([folder], store, 1, 10.0)
    _print_problems(report)
    steps = [f"inference: {_reason(store, report.new_graphs)}"]
    try:
        from kg.use.viz import write_graph_page

        steps.append(f"graph page: {write_graph_page(store, out / 'graph.html')}")
    except ImportError as exc:
        steps.append(f"graph page: not built yet ({exc})")
    try:
        from kg.use.report import write_report

        steps.append(f"report: {write_report(store, out)}")
    except ImportError as exc:
        steps.append(f"report: not built yet ({exc})")
    store.dump(out / "ictsec.trig", "trig")
    steps.append(f"export: {out / 'ictsec.trig'}")
    for s in steps:
        click.echo(s)
    click.echo(
        f"documents read: {report.read}  meetings: {count_of(store, ICT.Meeting)}  "
        f"agencies: {_count_agencies(store)}  triples: {len(store)}  "
        f"time: {time.perf_counter() - t0:.1f} s")
    store.close()
    sys.exit(1 if report.problems else 0)


def _count_agencies(store) -> int:
    rows = store.query("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?m a ict:Meeting ; ict:hasParticipant ?a . "
                       "?a a ict:GovernmentAgency }")
    return int(rows[0]["n"]) if rows else 0


@click.command("forget")
@click.argument("announcements", nargs=-1)
@click.option("--list", "list_stored", is_flag=True, help="List the stored announcements by name and stop.")
@click.option("--no-reason", is_flag=True, help="Do not rebuild the inferred links and kept answers afterwards.")
@store_options
def forget_cmd(announcements, list_stored, no_reason, store_path, endpoint):
    """Remove announcements, and everything derived from them, from the graph.

    Name each by its file name (or a path to it), its JSONL id or its IRI.
    Its named graph goes; facts other announcements also state stay; the
    inferred links, link strengths and kept answers are rebuilt from what is
    left. If any name is not in the store nothing is removed and the exit
    code is 1.

    Example: ictkg forget ru-csto-minsk-2017.txt --store out/store
    """
    from kg.ingest import forget, stored_announcements

    if not announcements and not list_stored:
        raise click.UsageError("name the announcements to remove, or give --list to see them")
    store = open_from_options(store_path, endpoint, read_only=list_stored)
    try:
        if list_stored:
            for name, (_graph, iri) in sorted(stored_announcements(store).items()):
                click.echo(f"{name}  {iri}")
            return
        try:
            report = forget(store, announcements, reason=not no_reason)
        except LookupError as exc:
            raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    click.echo(f"forgot {len(report.forgotten)} announcements: {', '.join(report.forgotten)}")
    if not no_reason:
        kept = f"; answers kept: {', '.join(report.kept)}" if report.kept else ""
        click.echo(f"inference: {report.inferred} inferred triples{kept}")


COMMANDS = [ingest_cmd, extract_cmd, demo_cmd, forget_cmd]
