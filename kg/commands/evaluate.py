"""`ictkg eval`: score the extraction against a folder of answer keys."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kg.evaluate import FIELDS, Counts, Report, answer_keys, evaluate_dir


def _load_extractor():
    try:
        from kg.extract import facts_for_file
    except ImportError as exc:
        raise click.ClickException(
            f"the extractor is not available ({exc}); kg.extract.facts_for_file is needed to run eval"
        ) from None
    return facts_for_file


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


def _floor_message(f1: float, floor: float) -> str:
    shown, floor_shown = f"{f1:.2f}", f"{floor:.2f}"
    if shown == floor_shown:  # 0.8996 vs 0.90 must not read "0.90 is below 0.90"
        shown, floor_shown = f"{f1:.4f}", f"{floor:.4f}"
    return f"micro-F1 {shown} is below the floor {floor_shown}"


@click.command("eval")
@click.argument("folder", metavar="DIR",
                type=click.Path(exists=True, file_okay=False, dir_okay=True, path_type=Path))
@click.option("--min", "floor", type=click.FloatRange(0.0, 1.0), default=None, metavar="F1",
              help="Exit with status 1 when the micro-averaged F1 is below this floor (0 to 1).")
@click.option("--diff", "show_diff", is_flag=True,
              help="List every missed and every extra fact (announcement, meeting, field, value).")
@click.option("--json", "as_json", is_flag=True, help="Print the whole report as JSON instead of tables.")
def eval_(folder: Path, floor: float | None, show_diff: bool, as_json: bool) -> None:
    """Score the extraction against the answer keys in DIR.

    For every NAME.gold.json in DIR, the announcement next to it (the key's
    `document`, else NAME.txt, .md, .html, .htm or .jsonl) is extracted and its
    facts are compared with the key field by field, as ../shared/corpus/FORMAT.md
    describes. Prints precision, recall, F1 and support per field and per
    announcement, and the micro-averaged total over all facts.

    Exit status: 0 when scored (and at or above --min), 1 when the micro-F1 is
    below --min, 2 when DIR holds no answer keys.

    Example: ictkg eval ../shared/corpus --min 0.5 --diff
    """
    if not answer_keys(folder):
        click.echo(f"no answer keys (*.gold.json) in {folder}; give the folder that holds the corpus", err=True)
        raise SystemExit(2)
    report = evaluate_dir(folder, _load_extractor())
    for problem in report.problems:
        click.echo(f"warning: {problem}", err=True)
    for score in report.files:
        if score.problem:
            click.echo(f"warning: {score.problem}; its facts count as missed", err=True)
    if not report.files:
        click.echo(f"none of the answer keys in {folder} could be scored", err=True)
        raise SystemExit(2)
    if as_json:
        payload = report.as_dict()
        if not show_diff:
            payload.pop("diff")
        payload["floor"] = floor
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        _print_report(report, show_diff)
    if floor is not None and report.total.f1 < floor:
        click.echo(_floor_message(report.total.f1, floor), err=True)
        raise SystemExit(1)


COMMANDS = [eval_]
