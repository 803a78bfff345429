"""Documents of a meeting on the shapes real pages take: fragments that are no title (a plural topic word, a title
cut mid-word where a page ends), titles that end where their style of capitals ends, the announcement that is
itself the statement, and acts told of another event (a reminder, an act earlier that day, a tally to date).

The same golden `(text, expected)` rows as tests/test_relate_documents.py; every sentence is written for
these tests."""

import pytest
from helpers import extract, only_meeting
from test_relate_documents import ANY, EN_MEETING, check

# --------------------------------------------------------------------------- where a title starts and ends

BOUNDS = [
    # a complement in capitals ends where a phrase with an article and lower-case words starts
    (EN_MEETING + "Members agreed to put the Protocol on Cyber Hygiene on the agenda of future meetings given "
     "its growing relevance.", "en", None,
     {"docs": [("Protocol on Cyber Hygiene", "referenced", None, None)], "only": True}),
    (EN_MEETING + "The following is the Statement of the Chair at the close of the meeting:", "en", None,
     {"docs": [("Statement of the Chair", ANY, None, None)], "only": True}),
    # an indefinite article is not the title's
    (EN_MEETING + "A Regional Strategy for the coming three years was discussed.", "en", None,
     {"docs": [("Regional Strategy for the coming three years", ANY, None, None)], "only": True}),
    # "and" before a bare head starts a second title
    (EN_MEETING + "The Forum meets under the auspices of the Nordic Framework Arrangement on Cyber Cooperation "
     "and Plan of Action 2024-2028 for a deeper and broader partnership.", "en", None,
     {"docs": [("Nordic Framework Arrangement on Cyber Cooperation", ANY, None, None),
               ("Plan of Action 2024-2028", ANY, None, None)], "only": True}),
]


def _run(text, lang, published, expected):
    check(only_meeting(extract(text, lang, published)), expected)


@pytest.mark.parametrize("text,lang,published,expected", BOUNDS)
def test_relate_document_fragments_title_bounds(text, lang, published, expected):
    _run(text, lang, published, expected)


