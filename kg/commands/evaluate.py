"""`ictkg eval`: score the extraction against a folder of answer keys."""

from __future__ import annotations

from pathlib import Path

import click

from kg.commands.output import Table, format_option, write
from kg.errors import Errors
from kg.evaluate import FIELDS, Counts, Report, answer_keys, evaluate_dir, evaluate_rewrites

SCORE_COLUMNS = ["corpus", "by", "name", "precision", "recall", "f1", "support", "extra"]


def _load_extractor():
    """The extractor eval scores (a seam: tests give their own)."""
    from kg.extract import facts_for_file

    return facts_for_file


def _score_rows(report: Report, corpus: str) -> list[dict]:
    """One row per field, the micro total, and one row per announcement, as numbers."""
    def row(by: str, name: str, counts: Counts) -> dict:
        return {"corpus": corpus, "by": by, "name": name, "precision": round(counts.precision, 4),
                "recall": round(counts.recall, 4), "f1": round(counts.f1, 4), "support": counts.support,
                "extra": counts.fp}

    fields = report.fields
    return ([row("field", name, fields[name]) for name in FIELDS] + [row("total", "micro total", report.total)]
            + [row("announcement", score.document, score.total) for score in report.files])


def _fmt(value: float) -> str:
    return f"{value:.3f}"


def _row(label: str, counts: Counts) -> list[str]:
    return [label, _fmt(counts.precision), _fmt(counts.recall), _fmt(counts.f1),
            str(counts.support), str(counts.fp)]


def _print_report(report: Report, show_diff: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    table = Table(title="Facts by field", title_justify="left")
    for column in ("field", "P", "R", "F1", "support", "extra"):
        table.add_column(column, justify="left" if column == "field" else "right")
    fields = report.fields
    for name in FIELDS:
        table.add_row(*_row(name, fields[name]))
    table.add_section()
    table.add_row(*_row("micro total", report.total), style="bold")
    console.print(table)

    files = Table(title="Facts by announcement", title_justify="left")
    for column in ("announcement", "P", "R", "F1", "support", "extra"):
        files.add_column(column, justify="left" if column == "announcement" else "right")
    for score in report.files:
        files.add_row(*_row(score.document, score.total))
    console.print(files)

    if show_diff:
        # One unwrapped line per fact, so the list can be grepped; values come from
        # announcements and are printed literally, never as rich markup.
        for diff in report.diffs:
            click.echo(f"{diff.outcome:<6}  {diff.document}  {diff.meeting}  {diff.field}: {diff.value}")


def _print_metamorphic(plain: Report, report: Report, rewrites) -> None:
    from rich.console import Console
    from rich.table import Table

    summary = rewrites.summary()
    console = Console(highlight=False)
    table = Table(title=f"Metamorphic rewrite: {summary['rewritten']} announcements rewritten with other names "
                        f"({summary['swaps']} swaps and shifts), {summary['skipped_announcements']} skipped, "
                        f"{summary['skipped_entities']} names left as they were", title_justify="left")
    for column in ("field", "plain F1", "P", "R", "F1", "support", "extra"):
        table.add_column(column, justify="left" if column == "field" else "right")
    plain_fields, fields = plain.fields, report.fields
    for name in FIELDS:
        table.add_row(name, _fmt(plain_fields[name].f1), *_row(name, fields[name])[1:])
    table.add_section()
    table.add_row("micro total", _fmt(plain.total.f1), *_row("", report.total)[1:], style="bold")
    console.print(table)
    for item in summary["skipped"]:
        # Printed with click, not rich: the reason quotes announcement text.
        click.echo(f"not rewritten: {item['file']}: {item['why']}")


def _floor_message(f1: float, floor: float, what: str = "micro-F1") -> str:
    shown, floor_shown = f"{f1:.2f}", f"{floor:.2f}"
    if shown == floor_shown:  # 0.8996 vs 0.90 must not read "0.90 is below 0.90"
        shown, floor_shown = f"{f1:.4f}", f"{floor:.4f}"
    return Errors.E306.format(what=what, score=shown, floor=floor_shown)


def _payload(report: Report, rewritten: Report | None, rewrites, floor, metamorphic_floor, show_diff: bool) -> dict:
    """The whole report as JSON: scores, floors, the rewrite's summary, and the diff when asked for."""
    payload = report.as_dict()
    if not show_diff:
        payload.pop("diff")
    payload["floor"] = floor
    if rewritten is not None:
        payload["metamorphic"] = rewritten.as_dict() | {"rewrite": rewrites.summary(), "floor": metamorphic_floor}
        if not show_diff:
            payload["metamorphic"].pop("diff")
    return payload


def _print_all(report: Report, rewritten: Report | None, rewrites, show_diff: bool) -> None:
    _print_report(report, show_diff)
    if rewritten is not None:
        _print_metamorphic(report, rewritten, rewrites)
        if show_diff:
            for diff in rewritten.diffs:
                click.echo(f"{diff.outcome:<6}  {diff.document}  {diff.meeting}  {diff.field}: {diff.value}")


@click.command("eval")
@click.argument("folder", metavar="DIR",
                type=click.Path(exists=True, file_okay=False, dir_okay=True, path_type=Path))
@click.option("--min", "floor", type=click.FloatRange(0.0, 1.0), default=None, metavar="F1",
              help="Exit with status 1 when the micro-averaged F1 is below this floor (0 to 1).")
@click.option("--min-metamorphic", "metamorphic_floor", type=click.FloatRange(0.0, 1.0), default=None,
              metavar="F1", help="Exit with status 1 when the micro-F1 on the rewritten corpus is below this floor.")
@click.option("--metamorphic/--no-metamorphic", default=True, show_default=True,
              help="Also score the corpus rewritten with other names, ordinals and dates (kg/metamorphic.py).")
@click.option("--variants", type=click.IntRange(1, 20), default=1, show_default=True,
              help="Rewritten variants per announcement.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the rewrite (same seed, same rewrite).")
@click.option("--write-rewrites", "keep", default=None, metavar="OUT",
              type=click.Path(file_okay=False, dir_okay=True, path_type=Path),
              help="Keep the rewritten texts and keys in OUT (a new or empty folder), with REWRITES.json.")
@click.option("--diff", "show_diff", is_flag=True,
              help="List every missed and every extra fact (announcement, meeting, field, value).")
@format_option(json_flag=True)
def eval_(folder: Path, floor: float | None, metamorphic_floor: float | None, metamorphic: bool, variants: int,
          seed: int, keep: Path | None, show_diff: bool, fmt: str) -> None:
    """Score the extraction against the answer keys in DIR.

    For every NAME.gold.json in DIR, the announcement next to it (the key's
    `document`, else NAME.txt, .md, .html, .htm or .jsonl) is extracted and its
    facts are compared with the key field by field, as ../shared/corpus/FORMAT.md
    describes. Prints precision, recall, F1 and support per field and per
    announcement, and the micro-averaged total over all facts.

    Then the same announcements are rewritten with other real states, cities,
    people, organisations, forum topics and agencies, ordinals and dates shifted,
    their keys rewritten alike, and scored again (the metamorphic score); an
    announcement the rewrite cannot be sure of is skipped and listed.

    JSON is the whole report (`--json` is the same as `--format json`); CSV and TSV
    one row per field, total and announcement, for the corpus as written and rewritten.

    Exit status: 0 when scored (and at or above --min and --min-metamorphic), 1
    when a micro-F1 is below its floor, 2 when DIR holds no answer keys.

    Example: ictkg eval ../shared/corpus --min 0.5 --min-metamorphic 0.4 --diff
    """
    if not answer_keys(folder):
        click.echo(Errors.E302.format(folder=folder), err=True)
        raise SystemExit(2)
    if keep is not None and keep.exists() and any(keep.iterdir()):
        raise click.UsageError(Errors.E304.format(folder=keep))
    if metamorphic_floor is not None and not metamorphic:
        raise click.UsageError(Errors.E305)
    extract = _load_extractor()
    report = evaluate_dir(folder, extract)
    for problem in report.problems:
        click.echo(f"warning: {problem}", err=True)
    for score in report.files:
        if score.problem:
            click.echo(f"warning: {score.problem}; its facts count as missed", err=True)
    if not report.files:
        click.echo(Errors.E303.format(folder=folder), err=True)
        raise SystemExit(2)
    rewritten, rewrites = evaluate_rewrites(folder, extract, variants=variants, seed=seed, keep=keep) \
        if metamorphic else (None, None)
    rows = _score_rows(report, "as written") + (_score_rows(rewritten, "rewritten") if rewritten is not None else [])
    write(fmt, Table(SCORE_COLUMNS, rows), document=_payload(report, rewritten, rewrites, floor, metamorphic_floor,
                                                             show_diff),
          human=lambda: _print_all(report, rewritten, rewrites, show_diff))
    failed = False
    if floor is not None and report.total.f1 < floor:
        click.echo(_floor_message(report.total.f1, floor), err=True)
        failed = True
    if metamorphic_floor is not None:
        if not rewritten.files:
            click.echo(Errors.E307.format(folder=folder), err=True)
            failed = True
        elif rewritten.total.f1 < metamorphic_floor:
            click.echo(_floor_message(rewritten.total.f1, metamorphic_floor, "metamorphic micro-F1"), err=True)
            failed = True
    if failed:
        raise SystemExit(1)


COMMANDS = [eval_]
