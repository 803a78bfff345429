"""One announcement rewritten with its key, checked; a corpus rewritten and written out.
"""

from __future__ import annotations

import copy
import hashlib
import json
import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.evaluate.corpus import announcement_for, answer_keys
from kg.evaluate.metamorphic.bodies import _swap_agencies, _swap_forum_topics, _swap_organisations
from kg.evaluate.metamorphic.dates import _shift_dates
from kg.evaluate.metamorphic.ordinals import _shift_ordinals
from kg.evaluate.metamorphic.people import _swap_people
from kg.evaluate.metamorphic.places import _swap_cities, _swap_states
from kg.evaluate.metamorphic.plan import _map_key, _meetings, _mentions, _Plan

GOLD_SUFFIX = ".gold.json"


# --------------------------------------------------------------------------- results


@dataclass
class Rewrite:
    """One rewritten announcement and its rewritten answer key."""

    name: str  # file name of the rewritten text, e.g. "ru-x.meta1.txt"
    source: str  # the announcement it was made from
    text: str
    key: dict
    swaps: list[str] = field(default_factory=list)  # "Гавана → Сана", "ordinal +2", "dates +14 days"
    skipped: list[str] = field(default_factory=list)  # entities left as they were, with the reason


@dataclass
class RewriteReport:
    rewrites: list[Rewrite] = field(default_factory=list)
    skipped_files: list[tuple[str, str]] = field(default_factory=list)  # (file, why)

    @property
    def skipped_entities(self) -> int:
        return sum(len(r.skipped) for r in self.rewrites)

    def summary(self) -> dict:
        return {"rewritten": len(self.rewrites), "skipped_announcements": len(self.skipped_files),
                "skipped_entities": self.skipped_entities,
                "swaps": sum(len(r.swaps) for r in self.rewrites),
                "skipped": [{"file": f, "why": why} for f, why in self.skipped_files]}


class SkipAnnouncement(Exception):
    """The announcement cannot be rewritten with confidence; the message says why."""


# --------------------------------------------------------------------------- putting it together


def _rename_entities(plan: _Plan, key: dict) -> dict:
    """Codes, cities and the English names the swaps decided, after the string rewrite."""
    for meeting in _meetings(key):
        meeting["states"] = [plan.codes.get(c, c) for c in meeting.get("states") or []]
        for item in (*(meeting.get("chairs") or []), *(meeting.get("agencies") or [])):
            if isinstance(item, dict) and item.get("state") in plan.codes:
                item["state"] = plan.codes[item["state"]]
        if meeting.get("location") in plan.city:
            meeting["location"] = plan.city[meeting["location"]]
    return key


def _aliases(key: dict) -> list[list[str]]:
    """The alias lists of the key's named things, in a fixed order (the rewrite keeps the structure)."""
    lists = []
    for meeting in _meetings(key):
        forum = meeting.get("forum")
        items = [forum] if isinstance(forum, dict) else []
        for field_name in ("organizations", "agencies", "processes", "documents"):
            items += [v for v in meeting.get(field_name) or [] if isinstance(v, dict)]
        lists += [[a for a in item.get("aliases") or [] if isinstance(a, str)] for item in items]
    return lists


def check_rewrite(text: str, key: dict, new_text: str, new_key: dict, old_forms: Iterable[str]) -> None:
    """Raise SkipAnnouncement unless the rewritten key still describes the rewritten text.

    Every alias that stood in the old text must stand, rewritten, in the new text; and no
    form of a swapped name may be left in the new text.
    """
    for old_list, new_list in zip(_aliases(key), _aliases(new_key), strict=True):
        for old, new in zip(old_list, new_list, strict=True):
            if old in text and new not in new_text:
                raise SkipAnnouncement(f"the key's alias «{new}» (was «{old}») is not in the rewritten text")
    for form in old_forms:
        if len(form) > 2 and _mentions(new_text, [form]):
            raise SkipAnnouncement(f"«{form}» is still in the text after the rewrite")


def rewrite_announcement(text: str, key: dict, rng: random.Random, name: str) -> Rewrite:
    """One metamorphic variant of an announcement and its key; raise SkipAnnouncement when unsure."""
    plan = _Plan(text, key, rng)
    _swap_forum_topics(plan)
    _swap_organisations(plan)
    _swap_states(plan)
    _swap_agencies(plan)
    _swap_cities(plan)
    _swap_people(plan)
    # Phrases first (forum topics, organisations, agencies: whole aliases), then names.
    order = sorted(plan.swaps, key=lambda s: not s.label.startswith(("forum", "agency", "organisation")))
    new_text, new_key = text, copy.deepcopy(key)
    for swap in order:
        new_text = swap.apply(new_text)  # the front matter's title too: the extractor reads it
        new_key = _map_key(new_key, swap.apply)
    new_key = _rename_entities(plan, new_key)
    new_text, new_key = _shift_ordinals(plan, new_text, new_key)
    new_text, new_key = _shift_dates(plan, new_text, new_key)
    if not plan.swaps:
        why = "; ".join(plan.skipped[:3]) if plan.skipped else "the key names no state, city, person, forum, " \
            "organisation or agency (no meeting)"
        raise SkipAnnouncement(f"no name could be swapped with confidence: {why}")
    check_rewrite(text, key, new_text, new_key,
                  [old for swap in order for old, new in swap.forms.items() if old not in new
                   and not any(old in other for other in swap.forms.values())])
    new_key["document"] = name
    return Rewrite(name, key.get("document") or name, new_text, new_key,
                   [s.label for s in plan.swaps] + plan.notes, plan.skipped)


def _seed(seed: int, name: str, variant: int) -> int:
    return int.from_bytes(hashlib.sha256(f"{seed}:{name}:{variant}".encode()).digest()[:8], "big")


def rewrite_corpus(folder: str | Path, variants: int = 1, seed: int = 0) -> RewriteReport:
    """Rewrite every annotated announcement of `folder` into `variants` metamorphic variants."""
    report = RewriteReport()
    for key_path in answer_keys(Path(folder)):
        try:
            key = json.loads(key_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            report.skipped_files.append((key_path.name, f"answer key is not readable JSON ({exc})"))
            continue
        source = announcement_for(key_path, key) if isinstance(key, dict) else None
        if source is None or source.suffix != ".txt":
            report.skipped_files.append((key_path.name, "no plain-text announcement next to the key"))
            continue
        text = source.read_text(encoding="utf-8")
        for variant in range(1, variants + 1):
            name = f"{source.stem}.meta{variant}.txt"
            try:
                rewrite = rewrite_announcement(text, key, random.Random(_seed(seed, source.name, variant)), name)
            except SkipAnnouncement as exc:
                report.skipped_files.append((f"{source.name} (variant {variant})", str(exc)))
                continue
            report.rewrites.append(rewrite)
    return report


def write_rewrites(report: RewriteReport, out: str | Path) -> list[Path]:
    """Write each rewrite as NAME.metaN.txt and NAME.metaN.gold.json, plus a REWRITES.json summary."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for rewrite in report.rewrites:
        text_path = out / rewrite.name
        text_path.write_text(rewrite.text, encoding="utf-8")
        key_path = out / (rewrite.name[: -len(".txt")] + GOLD_SUFFIX)
        key_path.write_text(json.dumps(rewrite.key, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written += [text_path, key_path]
    summary = report.summary() | {"files": [{"file": r.name, "from": r.source, "swaps": r.swaps,
                                             "skipped": r.skipped} for r in report.rewrites]}
    (out / "REWRITES.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return written
