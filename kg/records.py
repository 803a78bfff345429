"""The record types that flow between stages (read -> understand -> link -> relate).

Only plain data here: no library types leak across stages.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Announcement:
    """One announcement as read from a file, a JSONL line or standard input."""

    id: str  # file name (e.g. "seed-ru-asean-2021.txt") or JSONL `id`
    text: str  # body text, front matter removed
    source: str  # where it came from, for messages: a path, "path:line", or "<stdin>"
    title: str | None = None
    published: str | None = None  # ISO date "YYYY-MM-DD" (or "YYYY-MM" / "YYYY") when known
    url: str | None = None
    publisher: str | None = None
    lang: str | None = None  # "ru" or "en"; None until detected
    # Issues that did not stop the reading (unknown front-matter key, invalid date), each a
    # whole line naming the input, ready to print.
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReadProblem:
    """An input that could not be read, with one line saying why and what to do."""

    source: str
    message: str
    # The pipeline stage that failed on it (a bug to report, not bad input); None when the input
    # itself cannot be used.
    stage: str | None = None

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass
class ReadResult:
    announcements: list[Announcement] = field(default_factory=list)
    problems: list[ReadProblem] = field(default_factory=list)
