"""Meetings as readers name them: readable dates, ordinals and titles, in English and Russian."""

from __future__ import annotations


def meeting_year(date: str | None) -> int | None:
    """The year of an xsd date-ish literal, or None when the year is unknown (`--09-23`)."""
    if not date or date.startswith("--") or len(date) < 4 or not date[:4].isdigit():
        return None
    return int(date[:4])


_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"),
}


def readable_date(iso: str | None, lang: str = "en") -> str:
    """An xsd date, gYearMonth, gYear or gMonthDay as a reader writes it; a date without its year
    says so ("23 Sep, year unknown"), so it is never read as the earliest."""
    if not iso:
        return "date unknown" if lang == "en" else "дата неизвестна"
    months = _MONTHS[lang]
    unknown = ", year unknown" if lang == "en" else ", год неизвестен"
    try:
        if iso.startswith("--"):  # --MM-DD
            return f"{int(iso[5:7])} {months[int(iso[2:4]) - 1]}{unknown}"
        if len(iso) == 4:
            return iso
        if len(iso) == 7:
            return f"{months[int(iso[5:7]) - 1]} {iso[:4]}" if lang == "en" else f"{iso[5:7]}.{iso[:4]}"
        return f"{int(iso[8:10])} {months[int(iso[5:7]) - 1]} {iso[:4]}"
    except (ValueError, IndexError):
        return iso


def ordinal_words(n: int | str | None, lang: str = "en", kind: str | None = None) -> str:
    """'10th meeting' / '10-е заседание' ('8th session' / '8-я сессия' for a session); empty when
    there is no number."""
    try:
        n = int(n)
    except (TypeError, ValueError):
        return ""
    if lang == "ru":
        return f"{n}-я сессия" if kind == "session" else f"{n}-е заседание"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} {'session' if kind == 'session' else 'meeting'}"


def meeting_title(forum: str, ordinal, date: str | None, place: str, lang: str = "en",
                  states: list[str] = (), kind: str | None = None) -> str:
    """A meeting's readable title: forum, number, date and place ("OEWG · 8th meeting · 8 Jul 2024 ·
    New York"); a meeting of no known forum is named by its states. Never an IRI's slug. The
    workbench's pages can call it with the labels they read."""
    if not forum:
        shown = ", ".join(states[:3]) + (f" +{len(states) - 3}" if len(states) > 3 else "")
        word = "Meeting" if lang == "en" else "Встреча"
        forum = f"{word} ({shown})" if shown else word
    parts = [forum, ordinal_words(ordinal, lang, kind), readable_date(date, lang), place]
    return " · ".join(p for p in parts if p)
