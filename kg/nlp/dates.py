"""Dates of meetings, in Russian and English officialese, as FORMAT.md's ISO strings.

A year is taken only from the date itself ("16 апреля 2024 года", "15 February
2018") or, when the text gives none, from the announcement's `published` date;
it is never guessed. Without either the date is `--MM-DD`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS_RU = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
MONTHS_EN = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
_RU_MONTH = r"(январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь])"
_EN_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_DASH = r"\s*(?:[-–—‑]|по|to|until|through|and|и)\s*"
_YEAR_RU = r"(?:\s+(\d{4})\s*(?:года|год|г\.?)?)?"
_YEAR_EN = r"(?:,?\s+(\d{4}))?"
# "the 3rd of May", "3rd and 4th May", «3-го мая»: a day written as an ordinal
_EN_DAY_END = r"(?:st|nd|rd|th)?(?:\s+of)?"
_RU_DAY_END = r"(?:-?(?:го|е))?"

# "16–17 апреля 2024 года", "с 7 по 11 июля", "23 сентября"
RU_RANGE_SAME = re.compile(rf"(?:с\s+)?(\d{{1,2}}){_RU_DAY_END}{_DASH}(\d{{1,2}}){_RU_DAY_END}\s+{_RU_MONTH}{_YEAR_RU}", re.I)
# "29 июля – 9 августа 2024 г."
RU_RANGE_CROSS = re.compile(rf"(?:с\s+)?(\d{{1,2}})\s+{_RU_MONTH}{_YEAR_RU}{_DASH}(\d{{1,2}})\s+{_RU_MONTH}{_YEAR_RU}", re.I)
RU_DAY = re.compile(rf"(\d{{1,2}}){_RU_DAY_END}\s+{_RU_MONTH}{_YEAR_RU}", re.I)
# "15–16 February 2018", "from 7 to 11 July"
EN_RANGE_SAME = re.compile(rf"(?:from\s+)?(\d{{1,2}}){_EN_DAY_END}{_DASH}(\d{{1,2}}){_EN_DAY_END}\s+{_EN_MONTH}{_YEAR_EN}", re.I)
EN_RANGE_CROSS = re.compile(rf"(?:from\s+)?(\d{{1,2}})\s+{_EN_MONTH}{_YEAR_EN}{_DASH}(\d{{1,2}})\s+{_EN_MONTH}{_YEAR_EN}", re.I)
EN_DAY = re.compile(rf"(\d{{1,2}}){_EN_DAY_END}\s+{_EN_MONTH}{_YEAR_EN}", re.I)
# "September 17, 2020", "July 7 to 11"
# (a day is one or two digits, not the start of a year: "in March 2023" has no day)
# "October 11, 2018" and "October 11 2018" (no comma)
EN_MDY_RANGE = re.compile(rf"{_EN_MONTH}\s+(\d{{1,2}})(?!\d)(?:st|nd|rd|th)?{_DASH}(\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:,\s*(\d{{4}})|\s+((?:19|20)\d\d)(?!\d))?", re.I)
EN_MDY = re.compile(rf"{_EN_MONTH}\s+(\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:,\s*(\d{{4}})|\s+((?:19|20)\d\d)(?!\d))?", re.I)
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
DOTTED = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
RELATIVE_YEAR = re.compile(r"(с\.\s?г\.|текущего года|текущем году|этого года|сего года|this year)", re.I)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    month: int
    day: int
    year: int | None
    end_month: int | None = None
    end_day: int | None = None
    end_year: int | None = None

    def iso(self, fallback_year: int | None) -> str:
        y = self.year or self.end_year or fallback_year
        start = _fmt(y, self.month, self.day)
        if self.end_day is None:
            return start
        ey = self.end_year or y
        return f"{start}/{_fmt(ey, self.end_month or self.month, self.end_day)}"


def _fmt(year: int | None, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _month_ru(word: str) -> int:
    w = word.lower()
    for stem, n in MONTHS_RU.items():
        if w.startswith(stem) and (stem != "ма" or w in ("мая", "май")):
            return n
    return 0


def _month_en(word: str) -> int:
    return MONTHS_EN.get(word.lower().rstrip("."), 0)


def month_number(word: str) -> int:
    """1-12 for a month's name in English or Russian (any case form: "апреле", "May"), else 0."""
    w = word.lower()
    if w in ("мае", "маю", "маем"):
        return 5
    return _month_en(w) or _month_ru(w)


def _y(s: str | None) -> int | None:
    return int(s) if s else None


def _valid(m: int, d: int, year: int | None = None) -> bool:
    """A real calendar day ("31 февраля" is not); without a year, 29 February counts."""
    import calendar

    if not 1 <= m <= 12:
        return False
    return 1 <= d <= calendar.monthrange(year or 2000, m)[1]


_DIGIT = re.compile(r"\d")


def find_dates(text: str) -> list[DateMention]:
    """Every calendar date in `text`, ranges first, with offsets into `text`."""
    if not _DIGIT.search(text):
        return []  # every date pattern has a day or year in digits
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(m, dm: DateMention | None):
        if dm is None or any(a < m.end() and m.start() < b for a, b in taken):
            return
        if not _valid(dm.month, dm.day, dm.year or dm.end_year) or (
                dm.end_day and not _valid(dm.end_month or dm.month, dm.end_day, dm.end_year or dm.year)):
            return
        taken.append((m.start(), m.end()))
        found.append(dm)

    for m in RU_RANGE_CROSS.finditer(text):
        add(m, DateMention(m.start(), m.end(), _month_ru(m[2]), int(m[1]), _y(m[3]),
                           _month_ru(m[5]), int(m[4]), _y(m[6])))
    for m in RU_RANGE_SAME.finditer(text):
        mo = _month_ru(m[3])
        add(m, DateMention(m.start(), m.end(), mo, int(m[1]), _y(m[4]), mo, int(m[2]), None))
    for m in EN_RANGE_CROSS.finditer(text):
        add(m, DateMention(m.start(), m.end(), _month_en(m[2]), int(m[1]), _y(m[3]),
                           _month_en(m[5]), int(m[4]), _y(m[6])))
    for m in EN_RANGE_SAME.finditer(text):
        mo = _month_en(m[3])
        add(m, DateMention(m.start(), m.end(), mo, int(m[1]), _y(m[4]), mo, int(m[2]), None))
    for m in EN_MDY_RANGE.finditer(text):
        mo = _month_en(m[1])
        add(m, DateMention(m.start(), m.end(), mo, int(m[2]), _y(m[4] or m[5]), mo, int(m[3]), None))
    for m in RU_DAY.finditer(text):
        add(m, DateMention(m.start(), m.end(), _month_ru(m[2]), int(m[1]), _y(m[3])))
    for m in EN_DAY.finditer(text):
        add(m, DateMention(m.start(), m.end(), _month_en(m[2]), int(m[1]), _y(m[3])))
    for m in EN_MDY.finditer(text):
        add(m, DateMention(m.start(), m.end(), _month_en(m[1]), int(m[2]), _y(m[3] or m[4])))
    for m in ISO.finditer(text):
        add(m, DateMention(m.start(), m.end(), int(m[2]), int(m[3]), int(m[1])))
    for m in DOTTED.finditer(text):
        add(m, DateMention(m.start(), m.end(), int(m[2]), int(m[1]), int(m[3])))
    return sorted(found, key=lambda d: d.start)


def published_year(published: str | None) -> int | None:
    if published and re.match(r"^\d{4}", published):
        return int(published[:4])
    return None


YEAR_IN = re.compile(r"(?:в|in)\s+(\d{4})\s*(?:году|г\.|year)?", re.I)
