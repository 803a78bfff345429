"""`ictkg vocab`: the analyst vocabulary a store holds, shared within a team as Turtle."""

from __future__ import annotations

import click

from kg.commands.common import opened, store_options
from kg.curation import CurationError
from kg.errors import Errors


@click.group("vocab")
def vocab_cmd():
    """The analyst vocabulary: entities and aliases decided with `ictkg candidates`.

    It lives with the store (graph id:graph/analyst-vocab) and every later
    ingest into that store uses it; export it to share it, import it into
    another store, or fold it into ontology/vocab/ (docs/curation.md).

    Example: ictkg vocab export --out team-vocab.ttl --store out/store
    """


@vocab_cmd.command("export")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="The Turtle file to write.")
@store_options
def export_cmd(out, where):
    """Write the store's analyst vocabulary as Turtle; refused when it fails the shapes.

    Example: ictkg vocab export --out team-vocab.ttl --store out/store
    """
    from kg.curation.vocabulary import analyst_vocabulary, export_vocabulary, shape_problems

    with opened(where, read_only=True) as store:
        problems = shape_problems(analyst_vocabulary(store))
        if problems:
            raise click.ClickException(Errors.E404.format(problems="\n  ".join(problems)))
        n = export_vocabulary(store, out)
    click.echo(f"wrote {n} triples to {out}; they pass the shapes")


@vocab_cmd.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--no-reason", is_flag=True, help="Do not rebuild the inferred links and kept answers afterwards.")
@store_options
def import_cmd(file, no_reason, where):
    """Add an exported analyst vocabulary to this store's (checked against the shapes first).

    Later ingests into the store link its names; announcements stored before
    keep their candidates, which the queue then suggests matching to it.

    Example: ictkg vocab import team-vocab.ttl --store out/store
    """
    from kg.curation.vocabulary import import_vocabulary

    with opened(where, fails={CurationError: Errors.E403}) as store:
        n = import_vocabulary(store, file, reason=not no_reason)
    click.echo(f"imported {file}: the analyst vocabulary now holds {n} triples")


COMMANDS = [vocab_cmd]
