"""`ictkg query`, `ictkg sparql`, `ictkg who`, `ictkg reason`, `ictkg export`: asking the graph."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import sys
from pathlib import Path

import click
from rdflib import Literal, URIRef

from kg.commands.common import open_from_options, store_options
from kg.namespaces import PREFIXES

FORMATS = ("table", "csv", "tsv", "json")


def _curie(term) -> str:
    text = str(term)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
        if isinstance(term, URIRef) and text.startswith(str(ns)):
            return f"{prefix}:{text[len(str(ns)):]}"
    return text


def _cell(term, short: bool) -> str:
    if term is None:
        return ""
    return _curie(term) if short else str(term)


def _json_value(term):
    if term is None:
        return None
    if isinstance(term, Literal) and isinstance(term.toPython(), (bool, int, float)):
        return term.toPython()
    return str(term)


def print_rows(columns: list[str], rows: list[dict], fmt: str, title: str | None = None) -> None:
    """Print query results as a rich table, CSV, TSV or JSON (a list of objects)."""
    if fmt == "json":
        click.echo(json.dumps([{c: _json_value(r.get(c)) for c in columns} for r in rows],
                              ensure_ascii=False, indent=2))
        return
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns)
        for r in rows:
            writer.writerow([_cell(r.get(c), short=False) for c in columns])
        click.echo(buf.getvalue(), nl=False)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        # rich reads "[...]" as markup; announcement text must show as written
        table.add_row(*[_escape(_cell(r.get(c), short=True)) for c in columns])
    Console().print(table)
    click.echo(f"{len(rows)} row(s)", err=True)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def _params(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for item in values:
        if "=" not in item:
            raise click.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="--param")
        key, value = item.split("=", 1)
        out[key.strip()] = value
    return out


@click.command("query")
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
              help="A query parameter; entity parameters take an IRI, a CURIE (id:state/RUS) or a name.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--list", "list_only", is_flag=True, help="List the named queries and their parameters.")
@store_options
def query_command(name, params, fmt, list_only, store_path, endpoint):
    """Run a named competency query from queries/*.rq (NAME or its prefix, e.g. cq4).

    Example: ictkg query cq1_agency_participation --param agency="ФСО России" --format csv
    """
    from kg.queries import QueryError, bind_params, choice_notes, list_queries, load_query, run_query
    from kg.use.names import AmbiguousName, NameNotFound

    if list_only or not name:
        for q in list_queries():
            click.echo(f"{q.name}: {q.title}")
            click.echo(f"    {q.answers}")
            for p in q.params:
                click.echo(f"    --param {p.name}=…  ({p.kind}, {'required' if p.required else 'optional'}) "
                           f"{p.help}")
        return
    store = open_from_options(store_path, endpoint, read_only=True)
    try:
        q = load_query(name)
        given = _params(params)
        for note in choice_notes(store, q, given, bind_params(store, q, given)):
            click.echo(note, err=True)
        columns, rows = run_query(store, q.name, given)
    except (QueryError, NameNotFound, AmbiguousName) as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    print_rows(columns, rows, fmt, title=q.title)


@click.command("sparql")
@click.argument("sparql", required=False)
@click.option("-f", "--file", "path", type=click.Path(exists=True, dir_okay=False), help="Read the query from FILE.rq.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@store_options
def sparql_command(sparql, path, fmt, store_path, endpoint):
    """Run a SPARQL SELECT, ASK or CONSTRUCT over the union of all graphs (the store opens read-only).

    The shared prefixes (ict:, id:, skos:, prov:, dcterms:, schema:, org:, ...) are predeclared, and
    IRIs may be written as docs/graph-model.md writes them (id:state/RUS, id:graph/vocab).

    Example: ictkg sparql 'SELECT ?m WHERE { ?m ict:hasParticipant id:state/RUS } LIMIT 5'
    """
    from kg.queries import expand_shorthand
    from kg.sparql_text import query_form

    if path:
        sparql = Path(path).read_text(encoding="utf-8")
    if not sparql:
        raise click.UsageError("give a query, or -f FILE.rq")
    sparql = expand_shorthand(sparql)
    store = open_from_options(store_path, endpoint, read_only=True)
    try:
        form = query_form(sparql)
        if form == "ASK":
            click.echo("true" if store.ask(sparql) else "false")
        elif form in ("CONSTRUCT", "DESCRIBE"):
            from rdflib import Graph

            g = Graph()
            for prefix, ns in PREFIXES.items():
                g.bind(prefix, ns)
            for t in store.construct(sparql):
                g.add(t)
            click.echo(g.serialize(format="turtle"))
        elif form == "SELECT":
            columns, rows = store.select(sparql)
            print_rows(columns, rows, fmt)
        else:
            raise click.ClickException("only SELECT, ASK, CONSTRUCT and DESCRIBE run here; "
                                       "the graph changes through `ictkg ingest` and `ictkg reason`")
    except (SyntaxError, ValueError) as exc:
        raise click.ClickException(f"the query is not valid SPARQL: {exc}".splitlines()[0]) from None
    finally:
        store.close()


@click.command("who")
@click.argument("name")
@click.option("--format", "fmt", type=click.Choice(("table", "json", "csv")), default="table", show_default=True)
@store_options
def who_command(name, fmt, store_path, endpoint):
    """Every meeting a state agency (or state, organisation or person) took part in, with the sources that say so.

    NAME may be in Russian or English, in any case form, with or without its
    state, or an acronym: "ФСО России", "Федеральной службы охраны",
    "Ministry of Foreign Affairs of India", "Минобороны". Exits 1 with the
    closest known names when NAME is unknown, or with the candidates when it
    names several agencies (add the state).

    Example: ictkg who "ФСО России"
    """
    from kg.use.names import (
        AmbiguousName,
        NameNotFound,
        also_named,
        choice_note,
        name_index,
        resolve_participant,
    )
    from kg.use.who import grouped_sources, who

    store = open_from_options(store_path, endpoint, read_only=True)
    try:
        chosen = resolve_participant(store, name)
        note = choice_note(name, chosen, name_index(store).label(chosen), also_named(store, name, chosen, "body"))
        if note:
            click.echo(note, err=True)
        report = who(store, chosen)
    except (NameNotFound, AmbiguousName) as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    if fmt == "json":
        click.echo(json.dumps(dataclasses.asdict(report), ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        # one row per meeting: its sources, and their sentences, "; " and " | " between them
        writer.writerow(["date", "meeting", "forum", "delegation", "role", "processes", "sources", "sentences"])
        for m in report.meetings:
            groups = grouped_sources(m)
            writer.writerow([m.date or "", m.meeting, m.forum_label or "", m.delegation or "", ";".join(m.roles),
                             ";".join(m.processes), "; ".join(url or ann for ann, url, _ in groups),
                             " | ".join(sentence for _, _, sentences in groups for sentence in sentences)])
        return
    _print_who(report)


def _print_who(report) -> None:
    from rich.console import Console
    from rich.table import Table

    from kg.use.who import grouped_sources

    table = Table(title=f"{_escape(report.label)} — {len(report.meetings)} meeting(s)", show_lines=True)
    for c in ("date", "forum", "delegation", "role", "linked processes", "sources"):
        table.add_column(c, overflow="fold")
    for m in report.meetings:
        date = (m.date or "?") + (f" – {m.end_date}" if m.end_date else "")
        sources = "\n".join(f"{url or ann}" + "".join(f"\n  “{sentence}”" for sentence in sentences)
                            for ann, url, sentences in grouped_sources(m))
        table.add_row(*[_escape(x) for x in (date, m.forum_label or f"one-off meeting\n{m.meeting}", m.delegation or "",
                                              ", ".join(m.roles), "\n".join(m.processes), sources)])
    Console().print(table)


@click.command("reason")
@store_options
def reason_command(store_path, endpoint):
    """Rebuild the inferred links (graph id:graph/inferred) from the ontology's axioms, and the link
    strengths that CQ2 reads (graph id:graph/link-strengths); then keep the answers of the
    whole-graph queries (CQ2, CQ7) beside the embedded store.

    Example: ictkg reason --store out/store
    """
    from kg.kept_answers import keep_answers
    from kg.namespaces import GRAPH_INFERRED, GRAPH_STRENGTHS
    from kg.reason import materialise

    store = open_from_options(store_path, endpoint)
    try:
        n = materialise(store)
        links = store.query("SELECT (COUNT(?link) AS ?n) WHERE { ?link a ict:LinkStrength }")[0]["n"]
        kept = keep_answers(store)
    finally:
        store.close()
    click.echo(f"{n} inferred triples in {GRAPH_INFERRED}; {links} link strengths in {GRAPH_STRENGTHS}"
               + (f"; answers kept: {', '.join(kept)}" if kept else ""))


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(("ttl", "trig", "nq", "jsonld", "graphml", "gexf")),
              default="trig", show_default=True,
              help="RDF (ttl, trig, nq, jsonld) or the entity network for Gephi/Cytoscape (graphml, gexf).")
@click.option("--graph", "graph", metavar="IRI", default=None, help="Only this named graph (RDF formats).")
@click.option("--out", "out", type=click.Path(dir_okay=False), default=None, help="Write to FILE (default: stdout).")
@click.option("--with-vocabulary", is_flag=True,
              help="graphml/gexf: also every vocabulary body and process no announcement links to.")
@store_options
def export_command(fmt, graph, out, with_vocabulary, store_path, endpoint):
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
            raise click.BadParameter(str(exc), param_hint="--graph") from None
        if graph_iri is None:
            raise click.BadParameter(f"{graph!r} is not an IRI", param_hint="--graph")
        if fmt in NETWORK_EXPORTS:
            raise click.UsageError("--graph applies to the RDF formats only")
    store = open_from_options(store_path, endpoint, read_only=True)
    try:
        data = export(store, fmt, out, graph=graph_iri, with_vocabulary=with_vocabulary)
    finally:
        store.close()
    if out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        click.echo(f"wrote {out}", err=True)


COMMANDS = [query_command, sparql_command, who_command, reason_command, export_command]
