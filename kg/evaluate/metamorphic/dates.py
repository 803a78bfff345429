"""Dates shifted by whole weeks (so weekdays stay true), never across a year.
"""

from __future__ import annotations

import copy
import datetime as dt
import re

from kg.evaluate.metamorphic.plan import _map_key, _meetings, _Plan

# --------------------------------------------------------------------------- dates


_RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
_EN_SHORT = {m[:3]: i for i, m in enumerate(_EN_MONTHS)} | {"Sept": 8}
_RANGE_SEP = r"\s*[–—-]\s*|\s+(?:и|по|and|to)\s+"
_DATE_PATTERNS = (
    re.compile(rf"(?<!\d)(?P<d1>\d{{1,2}})(?:(?P<sep>{_RANGE_SEP})(?P<d2>\d{{1,2}}))?\s+(?P<ru>{'|'.join(_RU_MONTHS)})"
               rf"(?P<year>\s+\d{{4}})?(?![а-я])"),
    re.compile(rf"(?<!\d)(?P<d1>\d{{1,2}})(?:(?P<sep>{_RANGE_SEP})(?P<d2>\d{{1,2}}))?\s+"
               rf"(?P<en>{'|'.join(_EN_MONTHS)}|(?:{'|'.join(_EN_SHORT)})\.?)(?P<year>,?\s+\d{{4}})?(?![a-z])"),
    re.compile(rf"(?<![A-Za-z])(?P<en>{'|'.join(_EN_MONTHS)})\s+(?P<d1>\d{{1,2}})(?!\d)"
               rf"(?:(?P<sep>{_RANGE_SEP})(?P<d2>\d{{1,2}})(?!\d))?(?P<year>,?\s+\d{{4}})?"),
    re.compile(r"(?<![\d-])(?P<iso>\d{4}-\d{2}-\d{2})(?![\d-])"),
)
_MONTH_NEAR_NUMBER = re.compile(
    rf"(?<![A-Za-zА-Яа-я])(?:{'|'.join(_RU_MONTHS + _EN_MONTHS)})(?![a-zа-я])", re.I)


def _month_of(match: re.Match) -> int:
    if match.group("ru") if "ru" in match.re.groupindex else None:
        return _RU_MONTHS.index(match.group("ru")) + 1
    word = match.group("en").rstrip(".")
    return (_EN_MONTHS.index(word) if word in _EN_MONTHS else _EN_SHORT[word[:4] if word == "Sept" else word[:3]]) + 1


def _date_matches(text: str) -> list[re.Match]:
    found, taken = [], []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                found.append(m)
                taken.append(m.span())
    return sorted(found, key=lambda m: m.start())


def _shift(year: int, month: int, day: int, days: int) -> dt.date | None:
    try:
        old = dt.date(year, month, day)
    except ValueError:
        return None
    new = old + dt.timedelta(days=days)
    return new if new.year == old.year else None


def shift_dates(text: str, days: int) -> str | None:
    """Every day-and-month date of the text moved by `days`; None if one would leave its year."""
    out, last = [], 0
    for m in _date_matches(text):
        if m.groupdict().get("iso"):
            y, mo, d = (int(x) for x in m.group("iso").split("-"))
            new = _shift(y, mo, d, days)
            if new is None:
                return None
            replacement = new.isoformat()
        else:
            year = int(re.sub(r"\D", "", m.group("year"))) if m.group("year") else 2001
            month = _month_of(m)
            first = _shift(year, month, int(m.group("d1")), days)
            second = _shift(year, month, int(m.group("d2")), days) if m.group("d2") else None
            if first is None or (m.group("d2") and second is None):
                return None
            replacement = _render_date(m, first, second)
        out.append(text[last:m.start()] + replacement)
        last = m.end()
    return "".join(out) + text[last:]


def _render_date(m: re.Match, first: dt.date, second: dt.date | None) -> str:
    russian = "ru" in m.re.groupindex and m.group("ru")
    year = m.group("year") or ""
    if russian:
        month = lambda d: _RU_MONTHS[d.month - 1]  # noqa: E731
    else:
        word = m.group("en")
        short = word.rstrip(".") not in _EN_MONTHS
        month = lambda d: (_EN_MONTHS[d.month - 1][:4 if word.startswith("Sept") else 3] +  # noqa: E731
                           ("." if word.endswith(".") else "")) if short else _EN_MONTHS[d.month - 1]
    month_first = m.re is _DATE_PATTERNS[2]
    if second is None:
        return f"{month(first)} {first.day}{year}" if month_first else f"{first.day} {month(first)}{year}"
    sep = m.group("sep")
    if first.month == second.month:
        if month_first:
            return f"{month(first)} {first.day}{sep}{second.day}{year}"
        return f"{first.day}{sep}{second.day} {month(first)}{year}"
    if month_first:
        return f"{month(first)} {first.day}{sep}{month(second)} {second.day}{year}"
    return f"{first.day} {month(first)}{sep}{second.day} {month(second)}{year}"


def shift_iso(value, days: int):
    """An ISO date, month-day or interval of the key moved by `days`; coarser dates stay."""
    if not isinstance(value, str):
        return value
    if "/" in value:
        return "/".join(shift_iso(part, days) for part in value.split("/"))
    full = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    if full:
        return _shift(*(int(x) for x in full.groups()), days).isoformat()
    partial = re.fullmatch(r"--(\d{2})-(\d{2})", value)
    if partial:
        new = _shift(2001, int(partial.group(1)), int(partial.group(2)), days)
        return f"--{new.month:02d}-{new.day:02d}"
    return value


def _dates_in_key(key: dict) -> list[str]:
    values = [key.get("published")]
    for meeting in _meetings(key):
        values.append(meeting.get("date"))
        nxt = meeting.get("next_meeting")
        if isinstance(nxt, dict):
            values.append(nxt.get("when"))
    return [v for part in values if isinstance(part, str) for v in part.split("/")]


def _shift_dates(plan: _Plan, text: str, key: dict) -> tuple[str, dict]:
    # A month named next to a number that no pattern reads would keep its old day: leave dates alone.
    covered = [m.span() for m in _date_matches(text)]
    for m in _MONTH_NEAR_NUMBER.finditer(text):
        near = text[max(0, m.start() - 12):m.end() + 6]
        if re.search(r"\d", near) and not any(a <= m.start() < b for a, b in covered):
            if not re.search(rf"{re.escape(m.group(0))}\s+\d{{4}}", near) or re.search(r"\d\s*$", text[:m.start()]):
                plan.skip(f"dates: «{near.strip()}» is a date form the rewrite does not read")
                return text, key
    for weeks in plan.rng.sample([-3, -2, -1, 1, 2, 3], 6):
        days = 7 * weeks  # whole weeks keep "on Wednesday" and «в среду» true
        new_text = shift_dates(text, days)
        if new_text is None:
            continue
        if any(shift_iso(v, days) is None for v in _dates_in_key(key)):
            continue
        try:
            new_key = copy.deepcopy(key)
            for meeting in _meetings(new_key):
                meeting["date"] = shift_iso(meeting.get("date"), days)
                nxt = meeting.get("next_meeting")
                if isinstance(nxt, dict):
                    nxt["when"] = shift_iso(nxt.get("when"), days)
            new_key["published"] = shift_iso(new_key.get("published"), days)
        except AttributeError:  # a shifted day left its year
            continue
        new_key = _map_key(new_key, lambda s, d=days: shift_dates(s, d) or s)
        plan.notes.append(f"dates {days:+d} days")
        return new_text, new_key
    plan.skip("dates: every shift of 1 to 3 weeks moves a date into another year")
    return text, key
