"""`ictkg analyze`, `ictkg path`, `ictkg viz`, `ictkg report`: networks, pictures and the overview page."""

from __future__ import annotations

from pathlib import Path

import click

from kg.commands.common import opened, store_options
from kg.commands.output import Table, format_option, write
from kg.errors import Errors
from kg.use.analysis import TABLES

LANG = click.Choice(["en", "ru"])


def _echo_table(title: str, rows: list[dict], columns: list[str], limit: int) -> None:
    click.echo(f"\n{title}")
    if not rows:
        click.echo("  (none)")
        return
    shown = rows[:limit]
    widths = {c: min(60, max(len(c), *(len(str(r[c])) for r in shown))) for c in columns}
    click.echo("  " + "  ".join(c.ljust(widths[c]) for c in columns))
    for r in shown:
        click.echo("  " + "  ".join(str(r[c])[:widths[c]].ljust(widths[c]) for c in columns))
    if len(rows) > limit:
        click.echo(f"  ... {len(rows) - limit} more rows in the CSV/JSON files")


def _print_summary(tables: dict[str, list[dict]]) -> None:
    cent = tables["centrality"]
    for kind in ("state", "agency", "organisation", "forum", "process", "person"):
        rows = sorted((r for r in cent if r["type"] == kind), key=lambda r: -r["betweenness"])
        if rows:
            _echo_table(f"Centrality: {kind}", rows, ["label", "degree", "betweenness", "eigenvector"], 5)
    _echo_table("Top bodies per process", tables["top_bodies"], ["process_label", "rank", "body_label", "meetings"], 20)
    n_comm = len({r["community"] for r in tables["communities"]})
    click.echo(f"\nCommunities (Louvain): {n_comm}")
    _echo_table("Participation by forum and year", tables["participation_by_year"],
                ["forum_label", "year", "meetings", "states", "agencies"], 20)


@click.command()
@store_options
@click.option("--out", "out_dir", default="out/analysis", show_default=True, type=click.Path(file_okay=False),
              help="Folder for the CSV and JSON tables.")
@click.option("--top", default=5, show_default=True, type=click.IntRange(1), help="Bodies listed per process.")
@click.option("--lang", default="en", show_default=True, type=LANG, help="Language of the labels.")
@click.option("--table", "table_name", type=click.Choice(list(TABLES)), default="centrality", show_default=True,
              help="The table --format csv or tsv prints (json prints them all).")
@format_option
def analyze(where, out_dir, top, lang, table_name, fmt):
    """Measure the network: centrality by type, top bodies per process, communities, yearly participation.

    Reads the graph (asserted facts only; inferred links are not needed), prints a
    summary and writes centrality, top_bodies, communities, participation_by_year and
    agency_coparticipation as CSV and JSON under --out. Betweenness is sampled (k=200)
    above 500 nodes; Louvain communities are seeded, so reruns give the same result.
    With --format csv or tsv it prints the --table instead of the summary; with json, every table.

    Example: ictkg analyze --store out/store --out out/analysis
    """
    from kg.use.analysis import analyze as run

    with opened(where, read_only=True) as store:
        tables = run(store, Path(out_dir), top=top, lang=lang)
    write(fmt, Table(TABLES[table_name], tables[table_name]), document=tables, human=lambda: _print_summary(tables))
    click.echo(f"\nTables written to {out_dir}/", err=fmt != "table")


@click.command()
@store_options
@click.argument("a")
@click.argument("b")
@click.option("--max", "limit", default=3, show_default=True, type=click.IntRange(1), help="Chains to show.")
@click.option("--lang", default="en", show_default=True, type=LANG, help="Language of the labels.")
def path(where, a, b, limit, lang):
    """Show the shortest chains linking two entities, each hop with its evidence and source.

    A and B are names, acronyms, ISO3 codes or IRIs ("МИД", "BSSN", "RUS").

    Example: ictkg path "МИД России" OEWG --store out/store
    """
    from kg.use.chains import NotInNetwork, chains_between
    from kg.use.names import AmbiguousName

    with opened(where, read_only=True, fails={NotInNetwork: "{detail}", AmbiguousName: "{detail}"}) as store:
        found = chains_between(store, a, b, limit=limit, lang=lang)
    for note in found.notes:
        click.echo(note, err=True)
    if not found.chains:
        click.echo(f"No chain links {found.labels[0]} and {found.labels[1]}.")
        return
    for i, chain in enumerate(found.chains, 1):
        click.echo(f"Chain {i} ({len(chain)} hops):")
        for hop in chain:
            click.echo(f"  {hop['from_label']} —[{hop['relation']}]→ {hop['to_label']}")
            if hop["sentence"]:
                click.echo(f"      “{hop['sentence']}”")
            src = hop["source"] or {}
            if src.get("iri") == "vocabulary":
                click.echo("      source: reference vocabulary")
            elif src:
                click.echo(f"      source: {src.get('name') or src.get('iri')} {src.get('url', '')}".rstrip())


@click.command()
@store_options
@click.option("--out", "out_file", default="out/graph.html", show_default=True, type=click.Path(dir_okay=False),
              help="The HTML page to write.")
@click.option("--focus", metavar="NAME", default=None, help="Only entities near this one (name, acronym, IRI).")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(1), help="Links from --focus to keep.")
@click.option("--forum", multiple=True, metavar="NAME", help="Only meetings of this forum (repeatable).")
@click.option("--state", multiple=True, metavar="NAME", help="Only meetings this state or its agencies attended "
              "(ISO3 or name; repeatable).")
@click.option("--since", type=int, metavar="YEAR", default=None, help="Only meetings from this year on.")
@click.option("--lang", default="en", show_default=True, type=LANG, help="Language of the labels.")
def viz(where, out_file, focus, depth, forum, state, since, lang):
    """Write an interactive network page (one self-contained HTML file that works offline).

    Nodes are coloured and shaped by type (see the legend), sized by their number of
    links; hover or click a node for its names in both languages, dates and sources.
    Graphs above 2,500 nodes start with a precomputed layout and physics off.

    Example: ictkg viz --focus OEWG --depth 2 --lang ru --out out/oewg.html
    """
    from kg.use.names import AmbiguousName
    from kg.use.viz import write_graph_page

    notes: list[str] = []
    with opened(where, read_only=True, fails={AmbiguousName: "{detail}", ValueError: Errors.E208}) as store:
        written = write_graph_page(store, out_file, focus=focus, depth=depth, forum=forum, state=state,
                                   since=since, lang=lang, notes=notes)
    for note in notes:
        click.echo(note, err=True)
    click.echo(f"Wrote {written}")


@click.command()
@store_options
@click.option("--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Folder for report.html and its pictures.")
@click.option("--lang", default="en", show_default=True, type=LANG, help="Language of the labels.")
def report(where, out_dir, lang):
    """Write the overview page report.html with graph.html, the heatmap (HTML and CSV) and the timeline PNG.

    Example: ictkg report --store out/store --out out
    """
    from kg.use.report import write_overview

    with opened(where, read_only=True) as store:
        written = write_overview(store, out_dir, lang=lang)
    click.echo(f"Wrote {written}")


COMMANDS = [analyze, path, viz, report]
