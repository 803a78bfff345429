"""Documents of a meeting on the shapes real pages take: fragments that are no title (a plural topic word, a title
cut mid-word where a page ends), titles that end where their style of capitals ends, the announcement that is
itself the statement, and acts told of another event (a reminder, an act earlier that day, a tally to date).

The same golden `(text, expected)` rows as tests/test_relate_documents.py; every sentence is written for
these tests."""

import pytest
from helpers import extract, only_meeting
from test_relate_documents import ANY, EN_MEETING, RU_MEETING, check

from kg.extract import facts_json
from kg.ingest import default_resources, process
from kg.records import Announcement

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

# --------------------------------------------------------------------------- one document named twice

NAMED_AGAIN = [
    # a shorter title inside the full one named before is that document
    (EN_MEETING + "Delegates welcomed accessions to the Additional Protocol on Cyber Hygiene committed through "
     "computer systems. They urged all States to ratify the Protocol on Cyber Hygiene.", "en", None,
     {"docs": [("Additional Protocol on Cyber Hygiene committed through computer systems", ANY, None, None)],
      "only": True}),
]

# --------------------------------------------------------------------------- what happened to it, and where

ROLES = [
    # the announcement is the statement it says follows
    ("The text of the following statement was released by the Governments of Kenya and Ghana on the occasion of "
     "the third Kenya-Ghana Cyber Dialogue.\nOn 3 May 2024 in Nairobi, Kenya and Ghana held the third "
     "Kenya-Ghana Cyber Dialogue.", "en", None,
     {"docs": [("statement", "adopted", None, ANY)], "only": True}),
    # the date of the report ("said May 9") does not make the act an earlier one
    ("Following the third Kenya-Ghana Cyber Dialogue held in Nairobi on May 3, the two countries issued a joint "
     "statement, the ministry said May 9.", "en", None,
     {"docs": [("joint statement", "adopted", None, ANY)], "only": True}),
    # an act the participle puts at this meeting
    ("1 сентября в Астане состоялось заседание Совета глав государств – членов ШОС. Лидеры выступают против "
     "гонки вооружений, говорится в Астанинской декларации, принятой по итогам заседания.", "ru", None,
     {"docs": [("Астанинская декларация", "adopted", None, None)], "only": True}),
    # the outcome of the meeting was the signing
    (RU_MEETING + "Итогом заседания стало подписание его участниками Соглашения о сотрудничестве в области "
     "защиты данных.", "ru", None,
     {"docs": [("Соглашение о сотрудничестве в области защиты данных", "signed", None, None)], "only": True}),
    # each mention of a basis is weighed on its own: the second says it of the forum
    ("On 3 May 2024 the inaugural Ghana-EU Digital Dialogue took place in Accra, with the EU Delegation held "
     "under the Ghana-EU Partnership Agreement. The Dialogue is held under the Ghana-EU Partnership Agreement.",
     "en", None, {"docs": [("Ghana-EU Partnership Agreement", "basis", None, None)], "only": True}),
    # "under the auspices of" a document: the forum stands on it
    (EN_MEETING + "The Forum meets under the auspices of the Nordic Framework Arrangement on Cyber Cooperation.",
     "en", None, {"docs": [("Nordic Framework Arrangement on Cyber Cooperation", "basis", None, None)],
                  "only": True}),
]

ELSEWHERE = [
    # a reminder tells of an earlier event
    ("3 мая 2024 года в Минске генеральные прокуроры России и Анголы провели встречу. Напомним, церемония "
     "подписания Конвенции о защите данных прошла в Вене.", "ru", None,
     {"docs": [("Конвенция о защите данных", "referenced", None, None)], "only": True}),
    ("On 3 May 2024 the Prosecutors General of Russia and Angola met in Minsk. As previously reported, the "
     "Convention on Data Protection was signed by both governments.", "en", None,
     {"docs": [("Convention on Data Protection", "referenced", None, None)], "only": True}),
    # an act earlier that day is another event's
    ("3 мая 2024 года в Вене министр принял директора агентства. Министр поздравил его с проведением церемонии "
     "подписания Конвенции о защите данных, состоявшейся ранее в тот же день.", "ru", None,
     {"docs": [("Конвенция о защите данных", "referenced", None, None)], "only": True}),
    # a tally to date is no act of the meeting
    ("3 мая 2024 года в Минске генеральные прокуроры России и Анголы провели встречу. Более 70 государств на "
     "сегодняшний день подписали Конвенцию о защите данных.", "ru", None,
     {"docs": [("Конвенция о защите данных", "referenced", None, None)], "only": True}),
    ("On 3 May 2024 the Prosecutors General of Russia and Angola met in Minsk. More than 70 States have signed "
     "the Convention on Data Protection to date.", "en", None,
     {"docs": [("Convention on Data Protection", "referenced", None, None)], "only": True}),
]


def _run(text, lang, published, expected):
    check(only_meeting(extract(text, lang, published)), expected)


@pytest.mark.parametrize("text,lang,published,expected", FRAGMENTS)
def test_relate_document_fragments_name_no_document(text, lang, published, expected):
    _run(text, lang, published, expected)


@pytest.mark.parametrize("text,lang,published,expected", BOUNDS)
def test_relate_document_fragments_title_bounds(text, lang, published, expected):
    _run(text, lang, published, expected)


@pytest.mark.parametrize("text,lang,published,expected", NAMED_AGAIN)
def test_relate_document_fragments_named_again(text, lang, published, expected):
    _run(text, lang, published, expected)


@pytest.mark.parametrize("text,lang,published,expected", ROLES)
def test_relate_document_fragments_role(text, lang, published, expected):
    _run(text, lang, published, expected)


@pytest.mark.parametrize("text,lang,published,expected", ELSEWHERE)
def test_relate_document_fragments_act_of_another_event(text, lang, published, expected):
    _run(text, lang, published, expected)


def test_relate_document_fragments_the_following_statement_is_the_headlines():
    """A page headed by a statement's title that says "the following statement was released" is that statement,
    adopted."""
    ann = Announcement("variant.txt", "The following statement was released by the Governments of Kenya and Ghana."
                       "\nOn 3 May 2024 in Nairobi, Kenya and Ghana held the third Kenya-Ghana Cyber Dialogue.",
                       "variant.txt", title="Joint Statement on the Third Kenya-Ghana Cyber Dialogue", lang="en")
    m = only_meeting(facts_json(process(ann, default_resources()), default_resources()))
    check(m, {"docs": [("Joint Statement on the Third Kenya-Ghana Cyber Dialogue", "adopted", None, ANY)],
              "only": True})

