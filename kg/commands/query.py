"""`ictkg query`, `ictkg sparql`, `ictkg who`, `ictkg reason`, `ictkg export`: asking the graph."""

from __future__ import annotations

import dataclasses
import sys

import click

from kg.commands.common import opened, store_options
from kg.commands.output import Table, escape, format_option, write
from kg.errors import Errors


def _params(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for item in values:
        if "=" not in item:
            raise click.BadParameter(Errors.E205.format(item=item), param_hint="--param")
        key, value = item.split("=", 1)
        out[key.strip()] = value
    return out


@click.command("query")
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
              help="A query parameter; entity parameters take an IRI, a CURIE (id:state/RUS) or a name.")
@click.option("--list", "list_only", is_flag=True, help="List the named queries and their parameters.")
@format_option
@store_options
def query_command(name, params, fmt, list_only, where):
    """Run a named competency query from queries/*.rq (NAME or its prefix, e.g. cq4).

    Example: ictkg query cq1_agency_participation --param agency="ФСО России" --format csv
    """
    from kg.queries import QueryError, list_queries
    from kg.use.names import AmbiguousName, NameNotFound
    from kg.use.sparql import ask_named

    if list_only or not name:
        for q in list_queries():
            click.echo(f"{q.name}: {q.title}")
            click.echo(f"    {q.answers}")
            for p in q.params:
                click.echo(f"    --param {p.name}=…  ({p.kind}, {'required' if p.required else 'optional'}) "
                           f"{p.help}")
        return
    given = _params(params)
    with opened(where, read_only=True, fails={QueryError: Errors.E201, NameNotFound: "{detail}",
                                              AmbiguousName: "{detail}"}) as store:
        answer = ask_named(store, name, given)
    for note in answer.notes:
        click.echo(note, err=True)
    write(fmt, Table(answer.columns, answer.rows, title=answer.title))


@click.command("sparql")
@click.argument("sparql", required=False)
@click.option("-f", "--file", "path", type=click.Path(exists=True, dir_okay=False), help="Read the query from FILE.rq.")
@format_option
@store_options
def sparql_command(sparql, path, fmt, where):
    """Run a SPARQL SELECT, ASK or CONSTRUCT over the union of all graphs (the store opens read-only).

    The shared prefixes (ict:, id:, skos:, prov:, dcterms:, schema:, org:, ...) are predeclared, and
    IRIs may be written as docs/graph-model.md writes them (id:state/RUS, id:graph/vocab). ASK prints
    true or false (an `answer` column in CSV and TSV); CONSTRUCT and DESCRIBE print Turtle, or
    subject, predicate, object rows in CSV, TSV and JSON.

    Example: ictkg sparql 'SELECT ?m WHERE { ?m ict:hasParticipant id:state/RUS } LIMIT 5'
    """
    from pathlib import Path

    from kg.use.sparql import NotAQuery, ask, turtle

    if path:
        sparql = Path(path).read_text(encoding="utf-8")
    if not sparql:
        raise click.UsageError(Errors.E204)
    with opened(where, read_only=True) as store:
        try:
            answer = ask(store, sparql)
        except NotAQuery:
            raise click.ClickException(Errors.E203) from None
        except (SyntaxError, ValueError) as exc:
            raise click.ClickException(Errors.E202.format(detail=str(exc).splitlines()[0] if str(exc) else exc)) \
                from None
    table = Table(answer.columns, answer.rows if answer.form != "ASK" else [{"answer": answer.boolean}])
    if answer.form == "ASK":
        write(fmt, table, document=answer.boolean, human=lambda: click.echo("true" if answer.boolean else "false"))
    elif answer.form == "SELECT":
        write(fmt, table)
    else:
        write(fmt, table, human=lambda: click.echo(turtle(answer.triples)))


WHO_COLUMNS = ["date", "meeting", "forum", "delegation", "role", "processes", "sources", "sentences"]


@click.command("who")
@click.argument("name")
@format_option
@store_options
def who_command(name, fmt, where):
    """Every meeting a state agency (or state, organisation or person) took part in, with the sources that say so.

    NAME may be in Russian or English, in any case form, with or without its
    state, or an acronym: "ФСО России", "Федеральной службы охраны",
    "Ministry of Foreign Affairs of India", "Минобороны". Exits 1 with the
    closest known names when NAME is unknown, or with the candidates when it
    names several agencies (add the state). CSV and TSV give one row per meeting,
    its sources and their sentences; JSON the whole report.

    Example: ictkg who "ФСО России"
    """
    from kg.use.names import AmbiguousName, NameNotFound
    from kg.use.who import who_named

    with opened(where, read_only=True, fails={NameNotFound: "{detail}", AmbiguousName: "{detail}"}) as store:
        report, note = who_named(store, name)
    if note:
        click.echo(note, err=True)
    write(fmt, Table(WHO_COLUMNS, [_who_row(m) for m in report.meetings]), document=dataclasses.asdict(report),
          human=lambda: _print_who(report))


def _who_row(m) -> dict:
    """One meeting: its sources and their sentences, "; " and " | " between them."""
    from kg.use.who import grouped_sources

    groups = grouped_sources(m)
    return {"date": m.date or "", "meeting": m.meeting, "forum": m.forum_label or "", "delegation": m.delegation or "",
            "role": ";".join(m.roles), "processes": ";".join(m.processes),
            "sources": "; ".join(url or ann for ann, url, _ in groups),
            "sentences": " | ".join(sentence for _, _, sentences in groups for sentence in sentences)}


def _print_who(report) -> None:
    from rich.console import Console
    from rich.table import Table as RichTable

    from kg.use.who import grouped_sources

    table = RichTable(title=f"{escape(report.label)} — {len(report.meetings)} meeting(s)", show_lines=True)
    for c in ("date", "forum", "delegation", "role", "linked processes", "sources"):
        table.add_column(c, overflow="fold")
    for m in report.meetings:
        date = (m.date or "?") + (f" – {m.end_date}" if m.end_date else "")
        sources = "\n".join(f"{url or ann}" + "".join(f"\n  “{sentence}”" for sentence in sentences)
                            for ann, url, sentences in grouped_sources(m))
        table.add_row(*[escape(x) for x in (date, m.forum_label or f"one-off meeting\n{m.meeting}", m.delegation or "",
                                             ", ".join(m.roles), "\n".join(m.processes), sources)])
    Console().print(table)


@click.command("reason")
@store_options
def reason_command(where):
    """Rebuild the inferred links (graph id:graph/inferred) from the ontology's axioms, and the link
    strengths that CQ2 reads (graph id:graph/link-strengths); then keep the answers of the
    whole-graph queries (CQ2, CQ7) beside the embedded store.

    Example: ictkg reason --store out/store
    """
    from kg.namespaces import GRAPH_INFERRED, GRAPH_STRENGTHS
    from kg.pipeline import reason_all

    with opened(where) as store:
        done = reason_all(store)
    click.echo(f"{done.inferred} inferred triples in {GRAPH_INFERRED}; {done.link_strengths} link strengths in "
               f"{GRAPH_STRENGTHS}" + (f"; answers kept: {', '.join(done.kept)}" if done.kept else ""))


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(("ttl", "trig", "nq", "jsonld", "graphml", "gexf")),
              default="trig", show_default=True,
              help="RDF (ttl, trig, nq, jsonld) or the entity network for Gephi/Cytoscape (graphml, gexf).")
@click.option("--graph", "graph", metavar="IRI", default=None, help="Only this named graph (RDF formats).")
@click.option("--out", "out", type=click.Path(dir_okay=False), default=None, help="Write to FILE (default: stdout).")
@click.option("--with-vocabulary", is_flag=True,
              help="graphml/gexf: also every vocabulary body and process no announcement links to.")
@store_options
def export_command(fmt, graph, out, with_vocabulary, where):
    """Export the graph as RDF or as a network of bodies, meetings and processes.

    The network formats hold what announcements state: each edge with its
    relation, weight and sources (the announcements stating it).

    Example: ictkg export --format gexf --out out/ictsec.gexf
    """
    from kg.queries import QueryError, expand_iri
    from kg.use.export import NETWORK_EXPORTS, export

    graph_iri = None
    if graph:
        try:
            graph_iri = expand_iri(graph)
        except QueryError as exc:
            raise click.BadParameter(Errors.E201.format(detail=exc), param_hint="--graph") from None
        if graph_iri is None:
            raise click.BadParameter(Errors.E206.format(graph=graph), param_hint="--graph")
        if fmt in NETWORK_EXPORTS:
            raise click.UsageError(Errors.E207)
    with opened(where, read_only=True) as store:
        data = export(store, fmt, out, graph=graph_iri, with_vocabulary=with_vocabulary)
    if out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        click.echo(f"wrote {out}", err=True)


COMMANDS = [query_command, sparql_command, who_command, reason_command, export_command]
