"""Sentences end where the text does, not at an abbreviation's dot before a number; English dates are read
with or without the comma before the year, never taking a count for a year."""

import pytest

from kg.nlp.dates import find_dates
from kg.nlp.text import sentences

SENTENCE_CASES = [
    ("Oct. 11 — Ministers of ten states agreed to cooperate. The conference closed.",
     ["Oct. 11 — Ministers of ten states agreed to cooperate.", "The conference closed."]),
    ("Permanent Council Decision No. 1039 set up the group. It met twice.",
     ["Permanent Council Decision No. 1039 set up the group.", "It met twice."]),
    ("The talks ended in Oct. The next round is planned.", ["The talks ended in Oct.", "The next round is planned."]),
    # a bracketed abbreviation ends no sentence
    ("It was led by Major General (Ret.) John Omondi, Head of the Agency. It met twice.",
     ["It was led by Major General (Ret.) John Omondi, Head of the Agency.", "It met twice."]),
]


@pytest.mark.parametrize("text, expected", SENTENCE_CASES)
def test_an_abbreviation_before_a_number_ends_no_sentence(text, expected):
    assert [s.text for s in sentences(text)] == expected


DATE_CASES = [
    ("The dialogue was held on Oct 11 2018 in Tokyo.", (10, 11, 2018, None)),
    ("The dialogue was held on October 11, 2018 in Tokyo.", (10, 11, 2018, None)),
    ("It met on Dec. 3-4 2019 in Accra.", (12, 3, 2019, 4)),
    ("It met on May 20 1000 delegates strong.", (5, 20, None, None)),  # a count is no year
    ("On February 7th and 8th, the two delegations met in Paris.", (2, 7, None, 8)),
]


@pytest.mark.parametrize("text, expected", DATE_CASES)
def test_english_month_day_year(text, expected):
    [d] = find_dates(text)
    assert (d.month, d.day, d.year, d.end_day) == expected
