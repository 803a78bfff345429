"""The results of scoring: the fields scored, counts per field, per file and in total, and the
facts missed and extra.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from kg import ontology_files

SCALAR_FIELDS = ("forum", "kind", "date", "format", "location", "ordinal")
LIST_FIELDS = ("chairs", "states", "organizations", "agencies", "processes", "documents")
NEXT_FIELDS = ("next_meeting.when", "next_meeting.format")
FIELDS = (*SCALAR_FIELDS, *LIST_FIELDS, "documents.role", *NEXT_FIELDS)

ANNOUNCEMENT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
GOLD_SUFFIX = ".gold.json"

STATES_TTL = ontology_files.ONTOLOGY_DIR / "vocab" / "states.ttl"


# --------------------------------------------------------------------------- results


@dataclass
class Counts:
    """True positives, false positives (extras) and false negatives (misses) of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def support(self) -> int:
        """How many gold facts there are."""
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "support": self.support,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass(frozen=True)
class FactDiff:
    """One fact that is missed (in the answer key only) or extra (in the extraction only)."""

    document: str
    meeting: str
    field: str
    value: str
    outcome: str  # "missed" | "extra"


@dataclass
class FileScore:
    document: str
    fields: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    diffs: list[FactDiff] = field(default_factory=list)
    problem: str | None = None  # e.g. extraction failed (then every gold fact is a miss)

    @property
    def total(self) -> Counts:
        return _sum(self.fields.values())

    def as_dict(self) -> dict:
        return {"document": self.document, "total": self.total.as_dict(),
                "fields": {k: v.as_dict() for k, v in self.fields.items()},
                "problem": self.problem}


@dataclass
class Report:
    files: list[FileScore] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # answer keys that could not be scored

    @property
    def fields(self) -> dict[str, Counts]:
        merged = {f: Counts() for f in FIELDS}
        for score in self.files:
            for name, counts in score.fields.items():
                merged[name].add(counts)
        return merged

    @property
    def total(self) -> Counts:
        """Micro-average: every fact of every field and file counted once."""
        return _sum(self.fields.values())

    @property
    def diffs(self) -> list[FactDiff]:
        return [d for score in self.files for d in score.diffs]

    def as_dict(self) -> dict:
        return {"total": self.total.as_dict(),
                "fields": {k: v.as_dict() for k, v in self.fields.items()},
                "files": [s.as_dict() for s in self.files],
                "diff": [d.__dict__ for d in self.diffs],
                "problems": self.problems}


def _sum(counts: Iterable[Counts]) -> Counts:
    total = Counts()
    for c in counts:
        total.add(c)
    return total
