"""`ictkg validate`: check the ontology, shapes and vocabularies, and optionally a stored graph."""

from __future__ import annotations

from pathlib import Path

import click

from kg.commands.common import opened, store_options
from kg.errors import Errors


@click.command()
@store_options
@click.option("--skip-owl", is_flag=True, help="Skip the HermiT consistency check (needs Java; takes seconds).")
def validate(where, skip_owl: bool) -> None:
    """Check that the ontology, its shapes and vocabularies (and a stored graph) are well formed.

    Without --store: parses ontology/ictsec.ttl, shapes.ttl and vocab/*.ttl, runs the
    SPARQL quality checks (ontology/checks/*.rq), the SHACL shapes on the vocabularies and
    on examples/valid.ttl (must pass) and examples/invalid.ttl (must fail), and HermiT's
    consistency check. With --store (or --endpoint) it also runs the shapes and the checks
    on every graph in the store. Prints one line per problem and exits 1 if there is any.

    Example: ictkg validate --store out/store --skip-owl
    """
    from kg.validate import validate_ontology, validate_store

    report = validate_ontology(skip_owl=skip_owl)
    if where.path or where.endpoint:
        if where.path and not where.endpoint and not Path(where.path).is_dir():
            raise click.ClickException(Errors.E003.format(path=where.path))
        with opened(where, read_only=True) as store:  # validating never writes
            stored = validate_store(store)
        report.problems += stored.problems
        report.passed += stored.passed
        report.skipped += stored.skipped
    for line in report.lines():
        click.echo(line)
    if not report.ok:
        raise SystemExit(1)


COMMANDS = [validate]
