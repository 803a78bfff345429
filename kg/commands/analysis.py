"""`ictkg analyze`, `ictkg path`, `ictkg viz`, `ictkg report`: networks, pictures and the overview page."""

from __future__ import annotations

import contextlib
from pathlib import Path

import click

from kg.commands.common import open_from_options, store_options

LANG = click.Choice(["en", "ru"])


@contextlib.contextmanager
def _opened(store_path, endpoint):
    """The chosen store, closed afterwards so an embedded store's lock is released."""
    store = open_from_options(store_path, endpoint, read_only=True)
    try:
        yield store
    finally:
        close = getattr(store, "close", None)
        if close:
            close()


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


@click.command()
@store_options
@click.option("--out", "out_dir", default="out/analysis", show_default=True, type=click.Path(file_okay=False),
              help="Folder for the CSV and JSON tables.")
@click.option("--top", default=5, show_default=True, type=click.IntRange(1), help="Bodies listed per process.")
@click.option("--lang", default="en", show_default=True, type=LANG, help="Language of the labels.")
def analyze(store_path, endpoint, out_dir, top, lang):
    """Measure the network: centrality by type, top bodies per process, communities, yearly participation.

    Reads the graph (asserted facts only; inferred links are not needed), prints a
    summary and writes centrality, top_bodies, communities, participation_by_year and
    agency_coparticipation as CSV and JSON under --out. Betweenness is sampled (k=200)
    above 500 nodes; Louvain communities are seeded, so reruns give the same result.

    Example: ictkg analyze --store out/store --out out/analysis
    """
    from kg.use.analysis import analyze as run

    with _opened(store_path, endpoint) as store:
        tables = run(store, Path(out_dir), top=top, lang=lang)
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
    click.echo(f"\nTables written to {out_dir}/")


@click.command()
@store_options
@click.argument("a")
@click.argument("b")
@click.option("--max", "limit", default=3, show_default=True, type=click.IntRange(1), help="Chains to show.")
@click.option("--lang", default="en", show_default=True, type=LANG, help="Language of the labels.")
def path(store_path, endpoint, a, b, limit, lang):
    """Show the shortest chains linking two entities, each hop with its evidence and source.

    A and B are names, acronyms, ISO3 codes or IRIs ("МИД", "BSSN", "RUS").

    Example: ictkg path "МИД России" OEWG --store out/store
    """
    from kg.use.chains import shortest_chains
    from kg.use.names import node_choice_note, resolve_node
    from kg.use.network import build_network

    with _opened(store_path, endpoint) as store:
        net = build_network(store)
        ends = []
        for name in (a, b):
            try:
                iri = resolve_node(net, name, store)
            except ValueError as exc:
                raise click.ClickException(str(exc)) from None
            if not iri:
                raise click.ClickException(f"no entity named {name!r} in the graph; try its acronym, ISO3 code or IRI")
            note = node_choice_note(net, store, name, iri) if iri != name else ""
            if note:
                click.echo(note, err=True)
            ends.append(iri)
        chains = shortest_chains(store, net, ends[0], ends[1], limit=limit, lang=lang)
    if not chains:
        click.echo(f"No chain links {net.label(ends[0], lang)} and {net.label(ends[1], lang)}.")
        return
    for i, chain in enumerate(chains, 1):
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
def viz(store_path, endpoint, out_file, focus, depth, forum, state, since, lang):
    """Write an interactive network page (one self-contained HTML file that works offline).

    Nodes are coloured and shaped by type (see the legend), sized by their number of
    links; hover or click a node for its names in both languages, dates and sources.
    Graphs above 2,500 nodes start with a precomputed layout and physics off.

    Example: ictkg viz --focus OEWG --depth 2 --lang ru --out out/oewg.html
    """
    from kg.use.viz import write_graph_page

    notes: list[str] = []
    with _opened(store_path, endpoint) as store:
        try:
            written = write_graph_page(store, out_file, focus=focus, depth=depth, forum=forum, state=state,
                                       since=since, lang=lang, notes=notes)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from None
    for note in notes:
        click.echo(note, err=True)
    click.echo(f"Wrote {written}")


@click.command()
@store_options
@click.option("--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Folder for report.html and its pictures.")
@click.option("--lang", default="en", show_default=True, type=LANG, help="Language of the labels.")
def report(store_path, endpoint, out_dir, lang):
    """Write the overview page report.html with graph.html, the heatmap (HTML and CSV) and the timeline PNG.

    Example: ictkg report --store out/store --out out
    """
    from kg.use.network import build_network
    from kg.use.report import GRAPH_NAME, write_report
    from kg.use.viz import write_graph_page

    with _opened(store_path, endpoint) as store:
        net = build_network(store)
        write_graph_page(store, Path(out_dir) / GRAPH_NAME, lang=lang, network=net)
        click.echo(f"Wrote {write_report(store, out_dir, lang=lang, network=net)}")


COMMANDS = [analyze, path, viz, report]
