"""Readable meeting titles and dates (kg.use.titles)."""

import pytest

from kg.use import titles


@pytest.mark.parametrize(("forum", "ordinal", "date", "place", "lang", "kind", "title"), [
    ("OEWG", 8, "2024-07-08", "New York", "en", "session", "OEWG · 8th session · 8 Jul 2024 · New York"),
    ("РГОС", 8, "2024-07-08", "Нью-Йорк", "ru", "session", "РГОС · 8-я сессия · 8 июля 2024 · Нью-Йорк"),
    ("ASEAN-Russia dialogue", 1, "--09-23", "", "en", None, "ASEAN-Russia dialogue · 1st meeting · 23 Sep, year unknown"),
    ("Диалог", None, "--09-23", "", "ru", None, "Диалог · 23 сентября, год неизвестен"),
    ("", None, None, "Cairo", "en", None, "Meeting (Egypt, Russia) · date unknown · Cairo"),
])
def test_meeting_titles_name_forum_number_date_and_place(forum, ordinal, date, place, lang, kind, title):
    states = ["Egypt", "Russia"] if not forum else []
    assert titles.meeting_title(forum, ordinal, date, place, lang, states, kind) == title
