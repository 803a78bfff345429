"""A corpus of announcements with answer keys (NAME.gold.json), scored file by file.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from kg.evaluate.results import ANNOUNCEMENT_SUFFIXES, GOLD_SUFFIX, Report
from kg.evaluate.score import score


def answer_keys(folder: Path) -> list[Path]:
    """The answer keys (NAME.gold.json) in a folder, sorted by name."""
    return sorted(p for p in Path(folder).glob(f"*{GOLD_SUFFIX}") if p.is_file())


def announcement_for(key_path: Path, gold: dict) -> Path | None:
    """The announcement an answer key describes: its `document`, else NAME.txt/.md/.html/... next to it."""
    document = gold.get("document")
    if isinstance(document, str) and document and Path(document).name == document:
        candidate = key_path.parent / document
        if candidate.is_file():
            return candidate
    stem = key_path.name[: -len(GOLD_SUFFIX)]
    for suffix in ANNOUNCEMENT_SUFFIXES:
        candidate = key_path.parent / f"{stem}{suffix}"
        if candidate.is_file():
            return candidate
    return None


def evaluate_dir(folder: str | Path, extract_fn: Callable[[Path], dict]) -> Report:
    """Run `extract_fn` on the announcement of every answer key in `folder` and score it."""
    report = Report()
    for key_path in answer_keys(Path(folder)):
        try:
            gold = json.loads(key_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            report.problems.append(f"{key_path}: answer key is not readable JSON ({exc}); fix or remove it")
            continue
        if not isinstance(gold, dict):
            report.problems.append(f"{key_path}: answer key is not a JSON object; fix or remove it")
            continue
        source = announcement_for(key_path, gold)
        if source is None:
            report.problems.append(f"{key_path}: no announcement next to it "
                                   f"(looked for {gold.get('document') or key_path.stem}); add it or remove the key")
            continue
        gold.setdefault("document", source.name)
        try:
            predicted = extract_fn(source)
            if not isinstance(predicted, dict):
                raise TypeError(f"extraction returned {type(predicted).__name__}, not a facts dict")
            problem = None
        except Exception as exc:  # one failing announcement is scored as all-missed, not fatal
            predicted, problem = {"meetings": []}, f"{source}: extraction failed ({type(exc).__name__}: {exc})"
        result = score(gold, predicted)
        result.problem = problem
        report.files.append(result)
    return report
