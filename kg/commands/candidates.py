"""`ictkg candidates`: the review queue of names no vocabulary knows, and the analyst's decisions on it."""

from __future__ import annotations

import click

from kg.commands.common import opened, store_options
from kg.commands.output import Table, format_option, write
from kg.curation import CurationError
from kg.errors import Errors

COLUMNS = ["count", "kind", "name", "state", "candidate", "announcements", "sentences", "suggestions"]
DECISION_COLUMNS = ["decision", "kind", "candidate", "entity", "names", "by", "at", "undone"]
_REFUSED = {CurationError: Errors.E403}  # a decision the curation refuses: one line saying why


@click.group("candidates", invoke_without_command=True)
@click.option("--limit", default=50, show_default=True, help="Show at most this many candidates.")
@click.option("--no-suggestions", is_flag=True, help="Do not look for known entities each may be.")
@format_option
@store_options
@click.pass_context
def candidates_cmd(ctx, limit, fmt, no_suggestions, where):
    """The review queue: names no vocabulary knows yet (forums, bodies, places), most frequent first.

    Each comes with how many announcements name it, their sentences, and up
    to three known entities it may be (with a similarity score out of 100).
    Decide with `accept`, `merge` or `reject`; `decisions` lists what was
    decided and `undo` takes a decision back (docs/curation.md). CSV and TSV give
    one row per candidate, several values " | " between them; JSON every detail.

    Example: ictkg candidates --store out/store --format csv
    """
    if ctx.invoked_subcommand:
        return
    from kg.curation.queue import candidate_queue

    with opened(where, read_only=True) as store:
        queue = candidate_queue(store, suggest=not no_suggestions)[:limit]
    write(fmt, Table(COLUMNS, [_flat(e) for e in queue]), document=[e.as_dict() for e in queue],
          human=lambda: _print_queue(queue))


def _print_queue(queue) -> None:
    if not queue:
        click.echo("no candidate entities: every name found is in the vocabularies or decided")
    for e in queue:
        _print_entry(e)


def _flat(e) -> dict:
    return {"count": str(e.count), "kind": e.kind, "name": e.name, "state": e.state or "", "candidate": e.iri,
            "announcements": " | ".join(e.announcements.values()), "sentences": " | ".join(e.sentences),
            "suggestions": " | ".join(f"{s.name} <{s.iri}> {s.score:.0f}" for s in e.suggestions)}


def _print_entry(e) -> None:
    state = f" ({e.state})" if e.state and e.kind == "body" else ""
    click.echo(f"{e.count:4d}  {e.name}{state}  [{e.kind}]  {e.iri}")
    click.echo(f"      in: {', '.join(e.announcements.values())}")
    for s in e.sentences[:3]:
        click.echo(f"      e.g. {s[:160]}{' ...' if len(s) > 160 else ''}")
    for s in e.suggestions:
        click.echo(f"      may be: {s.name}  {s.iri}  ({s.score:.0f})")


def _report(d, what: str) -> None:
    click.echo(f"decision {d.id}: {what} (by {d.by}, {d.at}); undo with `ictkg candidates undo {d.id}`")


_BY = click.option("--by", default=None, help="Who decides (default: the user name).")
_NO_REASON = click.option("--no-reason", is_flag=True,
                          help="Do not rebuild the inferred links and kept answers afterwards.")


@candidates_cmd.command("accept")
@click.argument("candidate")
@click.option("--name-en", default=None, help="The English name (needed when the text gave a Russian one).")
@click.option("--name-ru", default=None, help="The Russian name, in the nominative.")
@click.option("--state", default=None, metavar="ISO3", help="The state a body belongs to (or a place lies in).")
@_BY
@_NO_REASON
@store_options
def accept_cmd(candidate, name_en, name_ru, state, by, no_reason, where):
    """Make a candidate an entity of the analyst vocabulary; the announcements naming it link to it.

    CANDIDATE is its IRI as the queue shows it (or `id:candidate/...`).

    Example: ictkg candidates accept id:candidate/process/dialog-rossiya-sovet-sotrudnichestvo-po-vopros-mib --name-en "Russia – GCC Dialogue on ICT security"
    """
    from kg.curation.decisions import accept

    with opened(where, fails=_REFUSED) as store:
        d = accept(store, candidate, name_en=name_en, name_ru=name_ru, state=state, by=by, reason=not no_reason)
    _report(d, f"accepted as {d.entity}")


@candidates_cmd.command("merge")
@click.argument("candidate")
@click.argument("into")
@_BY
@_NO_REASON
@store_options
def merge_cmd(candidate, into, by, no_reason, where):
    """Say a candidate is a known entity (INTO, an IRI): its names become that entity's aliases.

    Example: ictkg candidates merge id:candidate/agency/kaz-ministerstvo-tsifrovoy-innovatsiya-i-aerokosmi-c7808c5c id:agency/KAZ/digital-development
    """
    from kg.curation.decisions import merge

    with opened(where, fails=_REFUSED) as store:
        d = merge(store, candidate, into, by=by, reason=not no_reason)
    _report(d, f"merged into {d.entity}")


@candidates_cmd.command("reject")
@click.argument("candidate")
@_BY
@_NO_REASON
@store_options
def reject_cmd(candidate, by, no_reason, where):
    """Say a candidate is not an entity: it leaves the graph and is not proposed again.

    Example: ictkg candidates reject id:candidate/agency/rus-upravlenie
    """
    from kg.curation.decisions import reject

    with opened(where, fails=_REFUSED) as store:
        d = reject(store, candidate, by=by, reason=not no_reason)
    _report(d, "rejected")


@candidates_cmd.command("undo")
@click.argument("decision", type=int)
@_BY
@_NO_REASON
@store_options
def undo_cmd(decision, by, no_reason, where):
    """Take a decision back: the graph returns exactly to what it was before it.

    Example: ictkg candidates undo 2
    """
    from kg.curation.decisions import undo

    with opened(where, fails=_REFUSED) as store:
        d = undo(store, decision, by=by, reason=not no_reason)
    click.echo(f"decision {d.id} ({d.kind} {d.candidate}) undone by {d.undone_by}")


@candidates_cmd.command("decisions")
@format_option
@store_options
def decisions_cmd(fmt, where):
    """List the decisions kept in the store, oldest first, with who made them and when.

    Example: ictkg candidates decisions --store out/store
    """
    from kg.curation.decisions import list_decisions

    with opened(where, read_only=True) as store:
        found = list_decisions(store)
    rows = [{"decision": str(d.id), "kind": d.kind, "candidate": d.candidate, "entity": d.entity or "",
             "names": " | ".join(d.names), "by": d.by, "at": d.at,
             "undone": f"{d.undone_at} by {d.undone_by}" if d.undone_at else ""} for d in found]
    write(fmt, Table(DECISION_COLUMNS, rows), document=[d.as_dict() for d in found],
          human=lambda: _print_decisions(rows))


def _print_decisions(rows: list[dict]) -> None:
    if not rows:
        click.echo("no decisions yet")
    for r in rows:
        undone = f"  UNDONE {r['undone']}" if r["undone"] else ""
        click.echo(f"{r['decision']:>4}  {r['at']}  {r['by']}  {r['kind']} {r['candidate']}"
                   f"{' -> ' + r['entity'] if r['entity'] else ''}{undone}")
        click.echo(f"      names: {r['names']}")


COMMANDS = [candidates_cmd]
