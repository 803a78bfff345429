"""Documents of a meeting: the role follows the verb next to the title (signed, referenced, basis,
adopted); a title ends before another phrase; a treaty word inside an organisation's name, or a process's
name referred back to, is no document."""

import pytest

from tests.helpers import extract, only_meeting

ROLE_CASES = [
    ("10 июня в Минске прошли консультации по вопросам информационной безопасности. По итогам стороны подписали "
     "Соглашение о сотрудничестве в области обеспечения международной информационной безопасности.",
     "ru", "Соглашение о сотрудничестве", "signed"),
    ("10 июня в Минске прошли консультации по вопросам информационной безопасности. Проект соглашения о "
     "взаимной правовой помощи может быть подписан в следующем году.", "ru", "соглашения о взаимной правовой помощи",
     "referenced"),
    ("On 2 May, the Ad Hoc Committee held its third session in New York. The Committee was established by "
     "General Assembly resolution 74/247.", "en", "resolution 74/247", "basis"),
    ("On 2 May, the Working Group met in Geneva and adopted its Final Report on ICT security by consensus.",
     "en", "Final Report on ICT security", "adopted"),
]


@pytest.mark.parametrize("text, lang, title_part, role", ROLE_CASES)
def test_document_roles_follow_the_verb_next_to_the_title(text, lang, title_part, role):
    m = only_meeting(extract(text, lang))
    docs = [d for d in m["documents"] if any(title_part in a for a in [d["title"], *d["aliases"]])]
    assert docs, m["documents"]
    assert docs[0]["role"] == role


# All the documents of the meeting, by title.
TITLES_CASES = [
    # the first words of a process's name referring back to it are no document
    ("12 марта в Женеве прошли консультации России и Бразилии по вопросам международной информационной "
     "безопасности. Стороны обсудили Программу действий в сфере ИКТ. Участники отметили, что инициатива "
     "Программы действий пользуется широкой поддержкой.", "ru", []),
    # a treaty word inside an organisation's name is no document; a title ends before another phrase
    ("25 мая в Москве Секретарь Совета Безопасности Российской Федерации Николай Патрушев провел встречу "
     "с Генеральным секретарем Организации Договора о коллективной безопасности Станиславом Засем. "
     "Стороны обсудили реализацию Стратегии коллективной безопасности ОДКБ на период до 2025 года и "
     "подготовку к заседанию Совета коллективной безопасности ОДКБ, которое состоится в ноябре в Ереване.", "ru",
     ["Стратегия коллективной безопасности ОДКБ на период до 2025 года"]),
]


@pytest.mark.parametrize("text, lang, titles", TITLES_CASES)
def test_the_documents_of_the_meeting(text, lang, titles):
    m = only_meeting(extract(text, lang))
    assert [d["title"] for d in m["documents"]] == titles, m["documents"]


# A document named by its body's name is among the meeting's documents.
TITLE_AMONG_CASES = [
    ("On 3 October, the ARF Inter-Sessional Meeting on Security of and in the Use of ICTs met in Manila. "
     "Delegates recalled the 2015 report of the United Nations Group of Governmental Experts.", "en",
     "Report of the UN Group of Governmental Experts 2015"),
]


@pytest.mark.parametrize("text, lang, title", TITLE_AMONG_CASES)
def test_a_report_named_by_its_body_is_a_document(text, lang, title):
    m = only_meeting(extract(text, lang))
    assert title in {d["title"] for d in m["documents"]}
