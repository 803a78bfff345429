"""Documents of a meeting on the shapes real pages take: fragments that are no title (a plural topic word, a title
cut mid-word where a page ends), titles that end where their style of capitals ends, the announcement that is
itself the statement, and acts told of another event (a reminder, an act earlier that day, a tally to date).

The same golden `(text, expected)` rows as tests/test_relate_documents.py; every sentence is written for
these tests."""

import pytest
from helpers import extract, only_meeting
from test_relate_documents import ANY, EN_MEETING, RU_MEETING, check

# --------------------------------------------------------------------------- fragments that name no document

FRAGMENTS = [
    # a lower-case genre word in the plural is a topic, not a title
    (RU_MEETING + "Участники подробно обсудили планы и задачи, стоящие перед ведомствами связи.", "ru", None,
     {"only": True}),
    (RU_MEETING + "По заявлениям самих участников совещания, такая встреча прошла впервые.", "ru", None,
     {"only": True}),
    # a title cut mid-word where the page ends: the cut complement goes, and what is left must still be a title
    (RU_MEETING + "Ранее министры согласовали новый план сотрудничес", "ru", None, {"only": True}),
    (EN_MEETING + "The Kenyan delegation presented the draft resolution of the Second Committee of the 80th sessi",
     "en", None, {"docs": [("draft resolution of the Second Committee", "presented", ANY, None)], "only": True}),
    # a head that modifies a lower-case noun names a process ("Treaty negotiations"), not a document
    (EN_MEETING + "Delegates also discussed the Data Protection Treaty negotiations.", "en", None, {"only": True}),
]

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
    # an abbreviation in the genitive before «и» does not end the title: the nouns around «и» agree
    (RU_MEETING + "Стороны отметили проекты, выполненные в рамках Программы сотрудничества между правительством "
     "РФ и правительством Кубы в области связи, подписанной в 2015 г.", "ru", None,
     {"docs": [("Программа сотрудничества между правительством РФ и правительством Кубы в области связи",
                "referenced", None, 2015)], "only": True}),
    # the nominative after «стал» is the subject, not a description of a document named before
    (RU_MEETING + "Главным итогом заседания стал проект концепции сотрудничества в сфере защиты данных.", "ru",
     None, {"docs": [("концепция сотрудничества в сфере защиты данных (draft)", ANY, None, None)],
            "only": True}),
    # a participle after a comma that agrees with the noun before it, not with the head, stays in the title
    (RU_MEETING + "Министры одобрили проект концепции сотрудничества в борьбе с преступлениями, совершаемыми с "
     "использованием сетей связи.", "ru", None,
     {"docs": [("концепция сотрудничества в борьбе с преступлениями, совершаемыми с использованием сетей связи "
                "(draft)", "adopted", None, None)], "only": True}),
    # a report with its quoted name
    (RU_MEETING + "Министр выступил с докладом «Защита данных: опыт Беларуси».", "ru", None,
     {"docs": [("Защита данных: опыт Беларуси", "presented", ANY, None)], "only": True}),
]


def _run(text, lang, published, expected):
    check(only_meeting(extract(text, lang, published)), expected)


@pytest.mark.parametrize("text,lang,published,expected", FRAGMENTS)
def test_relate_document_fragments_name_no_document(text, lang, published, expected):
    _run(text, lang, published, expected)


@pytest.mark.parametrize("text,lang,published,expected", BOUNDS)
def test_relate_document_fragments_title_bounds(text, lang, published, expected):
    _run(text, lang, published, expected)


