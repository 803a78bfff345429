"""`ictkg`: the command line. Each command parses, calls one library function, formats.

The commands live in `kg/commands/`, one module per area, so that each area
keeps its own options and help next to its code.
"""

from __future__ import annotations

import click

from kg import __version__
from kg.commands import analysis, candidates, evaluate, ingest, query, serve, validate, vocab


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="ictkg")
def cli() -> None:
    """Build and question a knowledge graph of international ICT-security forums.

    Announcements (Russian or English; .txt/.md, .html, .jsonl) go in with
    `ictkg ingest`; analysts ask with `ictkg who`, `ictkg query`, `ictkg sparql`,
    look with `ictkg viz` and `ictkg analyze`, and check with `ictkg validate`.

    Example: ictkg demo examples/announcements --out out
    """


for module in (ingest, candidates, vocab, evaluate, query, validate, analysis, serve):
    for command in module.COMMANDS:
        cli.add_command(command)


def main() -> None:
    cli(prog_name="ictkg")


if __name__ == "__main__":
    main()
