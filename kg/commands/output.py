"""The one `--format table|csv|tsv|json` option and its writers, shared by every command that prints results.

The same on every command: `table` is for reading (a table, or the command's own layout, never meant
to be parsed); `csv` and `tsv` print one table, a header line and then one line per record, with full
IRIs; `json` prints the command's whole result as one JSON document (a list of objects when the result
is rows). Text from announcements is printed as written: rich markup in it is escaped.
"""

from __future__ import annotations

import csv
import functools
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import click
from rdflib import Literal, URIRef

from kg.errors import Errors
from kg.namespaces import PREFIXES

FORMATS = ("table", "csv", "tsv", "json")
_AS_ROWS = object()  # `write`'s default document: the table's rows as JSON objects


@dataclass
class Table:
    """Rows of one kind: `columns` in order, each row a dict by column (text, numbers, RDF terms or None)."""

    columns: list[str]
    rows: list[dict] = field(default_factory=list)
    title: str | None = None


def format_option(func=None, *, json_flag: bool = False):
    """Add `--format` to a command (passed on as `fmt`); with `json_flag`, also `--json`, the same as
    `--format json` (kept for the scripts and tests written when it was the only choice)."""

    def decorate(command):
        @functools.wraps(command)
        def wrapper(*args, fmt: str, json_flag_given: bool = False, **kwargs):
            if json_flag_given:
                if fmt not in ("table", "json"):
                    raise click.UsageError(Errors.E601.format(fmt=fmt))
                fmt = "json"
            return command(*args, fmt=fmt, **kwargs)

        if json_flag:
            wrapper = click.option("--json", "json_flag_given", is_flag=True,
                                   help="The same as --format json.")(wrapper)
        return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                            help="table to read; csv or tsv (one line per record) or json to process.")(wrapper)

    return decorate(func) if func is not None else decorate


def write(fmt: str, table: Table, *, document: Any = _AS_ROWS, human: Callable[[], None] | None = None) -> None:
    """Print a command's result in `fmt`: json prints `document` (by default the table's rows as
    objects), csv and tsv the table, and table calls `human` (by default a rich table of the rows)."""
    if fmt == "json":
        rows = [{c: json_value(r.get(c)) for c in table.columns} for r in table.rows]
        click.echo(json.dumps(rows if document is _AS_ROWS else document, ensure_ascii=False, indent=2,
                              default=str))
    elif fmt in ("csv", "tsv"):
        click.echo(delimited(table, "," if fmt == "csv" else "\t"), nl=False)
    elif human is not None:
        human()
    else:
        print_table(table)


def delimited(table: Table, delimiter: str) -> str:
    """The table as CSV (or TSV): a header line, then one line per row, full IRIs."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    writer.writerow(table.columns)
    for r in table.rows:
        writer.writerow([_text(r.get(c)) for c in table.columns])
    return buf.getvalue()


def print_table(table: Table, *, count: bool = True) -> None:
    """A rich table for reading, IRIs shortened to CURIEs; the row count goes to standard error."""
    from rich.console import Console
    from rich.table import Table as RichTable

    shown = RichTable(title=escape(table.title) if table.title else None, show_lines=False)
    for c in table.columns:
        shown.add_column(c, overflow="fold")
    for r in table.rows:
        shown.add_row(*[escape(_text(r.get(c), short=True)) for c in table.columns])
    Console().print(shown)
    if count:
        click.echo(f"{len(table.rows)} row(s)", err=True)


def escape(text: str) -> str:
    """Text that rich prints as written: "[...]" in an announcement is not markup."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def curie(term) -> str:
    """An IRI as prefix:name when a shared prefix covers it (the table format's short form)."""
    text = str(term)
    if isinstance(term, URIRef):
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
            if text.startswith(str(ns)):
                return f"{prefix}:{text[len(str(ns)):]}"
    return text


def _text(value, short: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return curie(value) if short else str(value)


def json_value(value):
    """A cell as JSON: numbers and booleans stay so (typed literals too), everything else is text."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, Literal) and isinstance(value.toPython(), (bool, int, float)):
        return value.toPython()
    return str(value)
