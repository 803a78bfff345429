"""When a meeting took place: the date a sentence gives it (not a dateline's, not another event's in an
after/before clause), a weekday or "today" dated from the release, a yearless date's year from another full
date of that month in the text, and the arithmetic of dates the segmentation needs."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from kg.understand import Doc, SentenceInfo


def days_apart(a: str, b: str) -> int:
    def parse(iso: str):
        iso = iso.split("/")[0]
        if iso.startswith("--"):
            iso = "2000" + iso[1:]
        if len(iso) != 10:
            return None
        return date.fromisoformat(iso)

    da, db = parse(a), parse(b)
    return abs((db - da).days) if da and db else 999


def month_of(iso: str) -> int:
    return int(iso[2:4]) if iso.startswith("--") else int(iso[5:7])


def within(date: str, span: str) -> bool:
    if "/" not in span:
        return False
    a, b = span.split("/")
    return a <= date.split("/")[0] <= b


TODAY = re.compile(r"\b(today|this morning|сегодня)\b", re.I)
# "yesterday", «вчера», a bare «накануне» (not «накануне саммита», the eve of another event)
YESTERDAY = re.compile(r"\b(?:yesterday|вчера)\b|\b[Нн]акануне(?=\s*[,.;]|\s+(?:в|во|на|с|со)\s)", re.I)
_OPEN_CLOSE = re.compile(r"(open|clos|end|conclud|начал|открыл|открыт|завершил|закрыл)", re.I)


def date_in_dateline(si: SentenceInfo, d) -> bool:
    """ "Strasbourg, 12 May 2022 – ...", "Nairobi [Kenya], May 3 :": the date of the release, not of the
    meeting."""
    before = si.sentence.text[: d.start - si.sentence.start]
    after = si.sentence.text[d.end - si.sentence.start :]
    return bool(re.fullmatch(r"\s*(?:[A-ZА-ЯЁ][\w.'-]*\s*){1,4}(?:[\[(][^\])]{1,30}[\])]\s*)?,\s*", before)
                and re.match(r"\s*(?:\([^)]{1,30}\)\s*)?[–—:-]", after))  # "Seoul, 10 December 2021 (TDI):"


_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
             "понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5, "воскресенье": 6}
# "on Tuesday", and in news style "met Thursday"
WEEKDAY = re.compile(r"(?:\bon\s+|(?<=[a-z]\s))(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’]s)|"
                      r"\bво?\s+(?:минувш\w+\s+|прошедш\w+\s+)?(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b", re.I)


# a verb of reporting right before the weekday
_REPORT_DAY = re.compile(r"\b(?:said|says|announced|reported|stated|told\s+\w+|сообщ\w+|заяв\w+|переда[её]т|"
                         r"рассказал\w*|написал\w*)\s*$", re.I)


def _day_before(day: str) -> str | None:
    try:
        return (date.fromisoformat(day) - timedelta(days=1)).isoformat()
    except ValueError:
        return None


def _last_weekday(published: str, name: str) -> str | None:
    """The latest day named `name` on or before the release's date."""
    try:
        day = date.fromisoformat(published)
    except ValueError:
        return None
    back = (day.weekday() - _WEEKDAYS[name.lower()]) % 7
    return (day - timedelta(days=back)).isoformat()


def date_of(si: SentenceInfo, doc: Doc, fallback_year: int | None) -> str | None:
    """The meeting's date as the sentence gives it; a single day that ends or opens an event said to last N
    days ("a three-day workshop … concluded on Thursday") is the range of those days."""
    day = _date_of(si, doc, fallback_year)
    if day is None or not re.fullmatch(r"(?:\d{4}|-)-\d\d-\d\d", day):
        return day
    text = si.sentence.text
    here = _years_by_month(doc)[1].get(id(si), 0)  # the sentence's index, and the one before it
    # the length may be told in the sentence before or after ("… concluded on May 29. The three-day dialogue …")
    lasting = _DURATION.search(text) or (_DURATION.search(doc.sents[here - 1].sentence.text) if here else None) or (
        _DURATION.search(doc.sents[here + 1].sentence.text) if here + 1 < len(doc.sents) else None)
    if not lasting:
        return day
    n = _DAYS.get(lasting[1].lower()[:3], 0) if lasting[1] else _DAYS.get(lasting[2].lower()[:3], 0)
    if n < 2:
        return day
    yearless = day.startswith("--")
    first = date.fromisoformat("2001" + day[1:] if yearless else day)  # 2001: any year with no 29 February

    def written(d: date) -> str:
        return "-" + d.isoformat()[4:] if yearless else d.isoformat()

    if _ENDED.search(text):
        return f"{written(first - timedelta(days=n - 1))}/{day}"
    if _OPENED.search(text):
        return f"{day}/{written(first + timedelta(days=n - 1))}"
    return day


_DURATION = re.compile(r"\b(two|three|four|five|[2-5])[- ]day\b|\b(двух|тр[её]х|четыр[её]х|пяти)дневн", re.I)
_DAYS = {"two": 2, "thr": 3, "fou": 4, "fiv": 5, "2": 2, "3": 3, "4": 4, "5": 5, "дву": 2, "тре": 3, "трё": 3,
         "чет": 4, "пят": 5}
_ENDED = re.compile(r"\b(?:concluded|ended|closed|wrapped\s+up|completed|завершил\w*|закрыл\w*)\b", re.I)
_OPENED = re.compile(r"\b(?:opened|began|started|kicked\s+off|открыл\w*|начал\w*|стартовал\w*)\b", re.I)


def _date_of(si: SentenceInfo, doc: Doc, fallback_year: int | None) -> str | None:
    published = doc.announcement.published
    dates = [d for d in si.dates if not date_in_dateline(si, d) and not _of_an_earlier_event(si, d)]
    if not dates and len(si.dates) > len([d for d in si.dates if date_in_dateline(si, d)]):
        return None  # "took place shortly after … at the Strategic Dialogue on 1 November": that event's date
    if not dates:
        # "met in Singapore today": the day of the release, its dateline's date first ("NEW YORK, 6 December
        # 2021 — The General Assembly today adopted ..."), else the published date
        if TODAY.search(si.sentence.text):
            dateline = [d for d in si.dates if date_in_dateline(si, d)]
            if dateline:
                return dateline[0].iso(fallback_year)
            if published and len(published) == 10:
                return published
        if YESTERDAY.search(si.sentence.text):
            dateline = [d for d in si.dates if date_in_dateline(si, d)]
            day = dateline[0].iso(fallback_year) if dateline else published
            if day and len(day) == 10 and day[:4].isdigit():
                return _day_before(day)
        weekday = WEEKDAY.search(si.sentence.text)
        if weekday and _REPORT_DAY.search(si.sentence.text[: weekday.start()]):
            weekday = None  # «как сообщает во вторник Trend», "the ministry said on Tuesday": the report's day
        if weekday and published and len(published) == 10:
            return _last_weekday(published, weekday[1] or weekday[2])  # "on Tuesday", in a release of that week
        return None
    d = dates[0]
    if len(dates) == 2 and not d.end_day and not dates[1].end_day and _OPEN_CLOSE.search(si.sentence.text):
        # "ended on 16 November ... after it opened on 29 October": the two ends of one event
        a, b = sorted(dates, key=lambda x: ((x.year or 0), x.month, x.day))
        if (a.month, a.day) != (b.month, b.day):  # "Oct. 11 … Oct. 11": one day named twice
            d = replace(a, end_month=b.month, end_day=b.day, end_year=b.year)
    year = fallback_year
    if not (d.year or d.end_year):
        # the year of another full date in the text with the same month ("on 11 July 2025 ... from 7 to 11 July"):
        # the nearest one before or in the same sentence; not a background date further on
        found = [y for month in (d.month, d.end_month) if month for y in [_year_near(doc, si, month)] if y]
        if found:
            year = max(found)
        else:  # "on 22 and 23 May" … "hosted … on 22 and 23 May 2025": the same days written in full later
            year = _year_of_same_days(doc, d) or year
    return d.iso(year)


def _year_of_same_days(doc: Doc, d) -> int | None:
    """The year of the one full date elsewhere in the text on the same day (and end day) as `d` (the text's
    full dates indexed once, not scanned for each yearless date)."""
    index = getattr(doc, "_years_by_days", None)
    if index is None:
        index = {}
        for s in doc.sents:
            for o in s.dates:
                if o.year:
                    index.setdefault((o.month, o.day, o.end_month, o.end_day), set()).add(o.year)
        doc._years_by_days = index
    years = index.get((d.month, d.day, d.end_month, d.end_day), set())
    return next(iter(years)) if len(years) == 1 else None


def _year_near(doc: Doc, si: SentenceInfo, month: int) -> int | None:
    by_month, index = _years_by_month(doc)
    here = index.get(id(si), 0)
    entries = by_month.get(month, [])
    before = [e for e in entries if e[0] <= here]
    return max(before)[2] if before else None


# "shortly after the launch … at the Association Council on 1 November", «после …»: a date in a
# clause about what came before or after the meeting is that other event's
_BEFORE_AFTER = re.compile(r"\b(?:shortly\s+|soon\s+|days?\s+|weeks?\s+)?(?:after|before|following|prior\s+to|ahead\s+of|"
                           r"вслед\s+за|после|накануне|в\s+преддверии)\b", re.I)


def _of_an_earlier_event(si: SentenceInfo, d) -> bool:
    """The date stands in an after/before clause that follows the sentence's own verb of the meeting."""
    text, at = si.sentence.text, d.start - si.sentence.start
    clause = re.split(r"[,;:—–]", text[:at])[-1]
    cue = _BEFORE_AFTER.search(clause)
    return cue is not None and bool(re.search(r"\b(?:took place|was held|were held|met|состоял\w*|прош(?:ел|ла|ли)\w*)\b",
                                              text[: at - len(clause) + cue.start()], re.I))


def _years_by_month(doc: Doc) -> tuple[dict[int, list[tuple[int, int, int]]], dict[int, int]]:
    """Month -> (sentence index, -position, year) of each sentence's first full date in that month, and each
    sentence's index; built once per text (asking every sentence for each yearless date grew with the square
    of the text)."""
    cached = getattr(doc, "_years_by_month", None)
    if cached is None:
        by_month: dict[int, list[tuple[int, int, int]]] = {}
        for i, s in enumerate(doc.sents):
            first: dict[int, tuple[int, int, int]] = {}
            for k, other in enumerate(s.dates):
                if other.year:
                    first.setdefault(other.month, (i, -k, other.year))
            for month, entry in first.items():
                by_month.setdefault(month, []).append(entry)
        cached = (by_month, {id(s): i for i, s in enumerate(doc.sents)})
        doc._years_by_month = cached
    return cached


def year_of(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def next_to(date: str, days: int) -> str | None:
    """The day `days` before the meeting's first day (negative) or after its last (positive); None for a
    date without a year."""
    import datetime as dt

    edge = date.split("/")[0 if days < 0 else -1]
    if len(edge) != 10:
        return None
    return (dt.date.fromisoformat(edge) + dt.timedelta(days=days)).isoformat()
