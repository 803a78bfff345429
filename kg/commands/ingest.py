"""`ictkg ingest`, `extract`, `demo` and `forget`: announcements into the graph."""

from __future__ import annotations

import contextlib
import sys
import time
from pathlib import Path

import click

from kg.commands.common import opened, store_options
from kg.commands.output import Table, format_option, write
from kg.errors import Errors


@contextlib.contextmanager
def _progress():
    """A progress bar on standard error, as (on_total, on_item) callbacks for kg.pipeline; it shows
    once the total is known, and not at all when standard error is not a terminal."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  transient=True, disable=not sys.stderr.isatty()) as bar:
        task = bar.add_task("ingest", total=None)
        seen: set[str] = set()

        def on_total(total: int) -> None:
            bar.update(task, total=total or None)

        def on_item(source: str) -> None:
            f = source.split(":")[0]
            if f not in seen:
                seen.add(f)
                bar.update(task, completed=len(seen))

        yield on_total, on_item


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
def ingest_cmd(paths, workers, max_mb, no_reason, where):
    """Add announcements (files, folders, or - for standard input) to the graph.

    Reads .txt/.md (with optional front matter), .html and .jsonl; each
    announcement replaces its own named graph, so re-running is safe. In a
    folder, files that are not announcements (answer keys, READMEs, Markdown
    documentation without front matter, other types) are skipped, one line
    each saying why. Inputs that cannot be read are reported one line each;
    the rest go on, and the exit code is 1 when any input failed.

    Example: ictkg ingest examples/announcements --store out/store
    """
    from kg.pipeline import ingest_paths

    # the store failing mid-way (a SPARQL server killed) is one line and exit 1
    with opened(where, fails={OSError: Errors.E004}) as store, _progress() as (on_total, on_item):
        report, _ = ingest_paths(list(paths), store, workers=workers, max_bytes=_bytes(max_mb),
                                 reasoning=not no_reason, on_total=on_total, on_item=on_item)
    _print_problems(report)
    click.echo(f"read {report.read} announcements: {report.ingested} stored, {report.unchanged} unchanged, "
               f"{report.meetings} meetings, {len(report.problems)} failed, "
               f"{len(report.skipped)} files skipped as not announcements, in {report.seconds:.1f} s")
    sys.exit(1 if report.problems else 0)


def _bytes(megabytes: float) -> int:
    return int(megabytes * 1024 * 1024)


LARGE_INPUT = 1_000_000  # bytes: an extraction long enough to say it started
FACT_COLUMNS = ["date", "forum", "kind", "format", "location", "ordinal", "chairs", "states", "organizations",
                "agencies", "processes", "documents"]


@click.command("extract")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@format_option(json_flag=True)
def extract_cmd(file, fmt):
    """Extract the facts of one announcement without storing them.

    The facts are read back from the RDF graph the ingester builds, so they
    show exactly what `ictkg ingest` would store. JSON is the FORMAT.md shape
    (`--json` is the same as `--format json`); CSV and TSV give one row per
    meeting, several values "; " between them.

    Example: ictkg extract examples/announcements/ru-csto-minsk-2017.txt --json
    """
    from kg.extract import facts_for_file

    size = Path(file).stat().st_size if file != "-" else 0
    started = time.monotonic()
    if size >= LARGE_INPUT:  # about 12 s a megabyte on this machine: say so rather than print nothing
        click.echo(f"extracting {file} ({size / 1e6:.1f} MB, about {max(1, round(size / 1e6 * 12))} s) …", err=True)
    try:
        facts = facts_for_file(file, on_progress=_running_line(started) if size >= LARGE_INPUT else None)
    except ValueError as exc:
        raise click.ClickException(Errors.E301.format(detail=exc)) from None
    if size >= LARGE_INPUT:
        click.echo(f"extracted {len(facts['meetings'])} meetings in {time.monotonic() - started:.1f} s", err=True)
    write(fmt, Table(FACT_COLUMNS, [_fact_row(m) for m in facts["meetings"]]), document=facts,
          human=lambda: _print_facts(facts))


def _running_line(started: float):
    """Where a long extraction has got, on standard error: one line rewritten in place on a terminal, one line
    per step otherwise (a log keeps every step)."""
    terminal = click.get_text_stream("stderr").isatty()

    def tell(step: str) -> None:
        line = f"  {time.monotonic() - started:6.1f} s  {step}"
        click.echo(f"\r{line:<60}" if terminal else line, err=True, nl=not terminal)

    return tell


def _fact_row(m: dict) -> dict:
    """One meeting's facts as one row: names for entities, several values "; " between them."""
    return {"date": m["date"] or "", "forum": m["forum"]["name"] if m["forum"] else "", "kind": m["kind"] or "",
            "format": m["format"] or "", "location": m["location"] or "", "ordinal": m.get("ordinal"),
            "chairs": "; ".join(f"{c['name']} ({c['state'] or '?'})" for c in m["chairs"]),
            "states": "; ".join(m["states"]),
            "organizations": "; ".join(o["name"] for o in m["organizations"]),
            "agencies": "; ".join(f"{a['state']} {a['name']}" for a in m["agencies"]),
            "processes": "; ".join(p["name"] for p in m["processes"]),
            "documents": "; ".join(f"{d['title']} ({d['role']})" for d in m["documents"])}


def _print_facts(facts: dict) -> None:
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
@click.option("--workers", default=1, show_default=True, help="Processes that extract in parallel.")
@click.option("--max-mb", default=10.0, show_default=True, help="Refuse input files larger than this.")
@click.option("--lang", default="en", show_default=True, type=click.Choice(["en", "ru"]),
              help="Language of the pages' labels.")
def demo_cmd(folder, out_dir, workers, max_mb, lang):
    """The main job: build the graph from FOLDER and write the pages.

    Creates OUT/store (embedded Oxigraph), runs inference, and writes
    OUT/graph.html, OUT/report.html and OUT/ictsec.trig.

    Example: ictkg demo examples/announcements --out out
    """
    from kg.pipeline import build_demo

    with _progress() as (on_total, on_item):
        built = build_demo(folder, out_dir, workers=workers, max_bytes=_bytes(max_mb), lang=lang,
                           on_total=on_total, on_item=on_item)
    _print_problems(built.ingested)
    click.echo(f"inference: {built.reasoned.summary()}")
    click.echo(f"graph page: {built.graph_page}")
    click.echo(f"report: {built.report_page}")
    click.echo(f"export: {built.export}")
    click.echo(f"documents read: {built.ingested.read}  meetings: {built.meetings}  agencies: {built.agencies}  "
               f"triples: {built.triples}  time: {built.seconds:.1f} s")
    sys.exit(1 if built.ingested.problems else 0)


@click.command("forget")
@click.argument("announcements", nargs=-1)
@click.option("--list", "list_stored", is_flag=True, help="List the stored announcements by name and stop.")
@click.option("--no-reason", is_flag=True, help="Do not rebuild the inferred links and kept answers afterwards.")
@store_options
def forget_cmd(announcements, list_stored, no_reason, where):
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
        raise click.UsageError(Errors.E401)
    with opened(where, read_only=list_stored, fails={LookupError: Errors.E402}) as store:
        if list_stored:
            for name, (_graph, iri) in sorted(stored_announcements(store).items()):
                click.echo(f"{name}  {iri}")
            return
        report = forget(store, announcements, reason=not no_reason)
    click.echo(f"forgot {len(report.forgotten)} announcements: {', '.join(report.forgotten)}")
    if not no_reason:
        kept = f"; answers kept: {', '.join(report.kept)}" if report.kept else ""
        click.echo(f"inference: {report.inferred} inferred triples{kept}")


COMMANDS = [ingest_cmd, extract_cmd, demo_cmd, forget_cmd]
