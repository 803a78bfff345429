"""Documents: known ones linked to the vocabulary in any case form, resolutions by number, bare genre words
resolved to the document named before, and roles that follow the act at this meeting, not an earlier one.

Texts are written for these tests; each asserts what an analyst would record.
"""

import pytest
from helpers import extract, only_meeting


def docs_by_title(m: dict) -> dict[str, dict]:
    return {d["title"]: d for d in m["documents"]}


def doc_names(m: dict) -> list[str]:
    """Every name of every document of the meeting: titles and aliases."""
    return [a for d in m["documents"] for a in [d["title"], *d["aliases"]]]


@pytest.mark.parametrize("text,lang,title", [
    ("3 марта в Женеве состоялись консультации России и Бразилии по вопросам международной информационной "
     "безопасности. Стороны обсудили ход реализации резолюции ГА ООН 76/19.", "ru",
     "UN General Assembly resolution 76/19"),
    ("On 3 March, Russia and Brazil held consultations on international information security in Geneva. "
     "They discussed the implementation of A/RES/76/19.", "en", "UN General Assembly resolution 76/19"),
    # a resolution the vocabulary does not list still gets the General Assembly's naming
    ("3 марта в Женеве состоялись консультации России и Бразилии по вопросам международной информационной "
     "безопасности. Стороны обсудили резолюцию 80/105.", "ru", "UN General Assembly resolution 80/105"),
])
def test_a_resolution_is_named_by_its_number_whatever_the_wording(text, lang, title):
    m = only_meeting(extract(text, lang))
    assert title in docs_by_title(m), m["documents"]


def test_two_resolution_numbers_after_one_noun_are_two_resolutions():
    m = only_meeting(extract(
        "On 7 June, the Group of Experts met in Vienna. Speakers recalled resolutions 73/27 and 73/266.", "en"))
    titles = set(docs_by_title(m))
    assert {"UN General Assembly resolution 73/27", "UN General Assembly resolution 73/266"} <= titles


@pytest.mark.parametrize("text,lang", [
    ("12 апреля в Москве прошли консультации России и Индии по вопросам безопасности в сфере использования "
     "ИКТ. Индийская сторона рассказала о подготовке к присоединению к Будапештской конвенции.", "ru"),
    ("On 12 April, Russia and India held consultations on security in the use of ICTs in Moscow. India "
     "described its preparations to accede to the Budapest Convention.", "en"),
])
def test_a_known_document_in_any_case_form_takes_its_english_title(text, lang):
    m = only_meeting(extract(text, lang))
    d = docs_by_title(m).get("Convention on Cybercrime")
    assert d is not None, m["documents"]
    assert "ETS No. 185" in d["aliases"]
    assert d["role"] == "referenced"


def test_the_protocol_named_again_is_the_protocol_named_before_and_carries_the_signing():
    m = only_meeting(extract(
        "Paris, 4 June 2024 – A conference on electronic evidence took place at the OECD in Paris. "
        "The Second Additional Protocol to the Convention on Cybercrime was discussed by the delegates. "
        "At the end of the day three more states signed the Protocol.", "en", published="2024-06-04"))
    titles = docs_by_title(m)
    protocol = [t for t in titles if t.startswith("Second Additional Protocol")]
    assert len(protocol) == 1 and titles[protocol[0]]["role"] == "signed"
    assert "Protocol" not in titles


def test_a_participle_describes_an_earlier_adoption_not_one_at_this_meeting():
    m = only_meeting(extract(
        "18 мая в Вене открылась сессия Спецкомитета ООН. Делегаты напомнили о резолюции 74/247, принятой "
        "по инициативе России.", "ru"))
    assert docs_by_title(m)["UN General Assembly resolution 74/247"]["role"] != "adopted"


def test_a_resolution_that_set_up_another_forum_is_only_referenced():
    m = only_meeting(extract(
        "5 сентября в Женеве состоялись консультации экспертов государств – членов ШОС. Напомним, что "
        "Рабочая группа ООН открытого состава учреждена резолюцией 75/240.", "ru"))
    d = docs_by_title(m)["UN General Assembly resolution 75/240"]
    assert d["role"] == "referenced"


def test_the_founding_resolution_of_the_meetings_own_forum_is_its_basis():
    m = only_meeting(extract(
        "On 14 March, the Open-ended Working Group on security of and in the use of ICTs 2021-2025 opened its "
        "fourth session in New York. Delegations referred to resolution 75/240 throughout the debate.", "en"))
    assert docs_by_title(m)["UN General Assembly resolution 75/240"]["role"] == "basis"


def test_opened_for_signature_today_is_a_signing_and_an_old_opening_is_a_reference():
    m = only_meeting(extract(
        "Strasbourg, 9 October 2023 – The Additional Protocol to the Convention on Cybercrime, concerning the "
        "criminalisation of acts of a racist and xenophobic nature committed through computer systems was "
        "opened for signature today at a conference held at the Council of Europe. The Convention on Cybercrime itself was opened for signature in "
        "Budapest in 2001.", "en", published="2023-10-09"))
    titles = docs_by_title(m)
    first = [d for t, d in titles.items() if t.startswith("Additional Protocol")]
    assert first and first[0]["role"] == "signed"
    assert titles["Convention on Cybercrime"]["role"] == "referenced"


def test_two_documents_in_one_russian_list_are_two_documents():
    m = only_meeting(extract(
        "30 ноября в Душанбе состоялась сессия Совета коллективной безопасности ОДКБ. Главы государств приняли "
        "совместное заявление о мерах по противодействию киберугрозам и декларацию в связи с 30-летием "
        "Организации.", "ru"))
    names = doc_names(m)
    assert any(n.startswith("совместное заявление о мерах по противодействию киберугрозам") and "декларац" not in n
               for n in names), names
    assert any(n.startswith("декларацию в связи с 30-летием") for n in names), names
    assert all(d["role"] == "adopted" for d in m["documents"])


def test_a_committee_named_after_a_convention_is_not_a_document():
    m = only_meeting(extract(
        "On 20 June, the Cybercrime Convention Committee (T-CY) held its plenary in Strasbourg.", "en"))
    assert m["documents"] == []


def test_a_draft_of_a_known_document_is_kept_apart_from_the_document():
    m = only_meeting(extract(
        "On 8 August, the Ad Hoc Committee concluded its session in New York and adopted the draft United "
        "Nations Convention against Cybercrime.", "en"))
    titles = docs_by_title(m)
    assert "United Nations Convention against Cybercrime (draft)" in titles
    assert titles["United Nations Convention against Cybercrime (draft)"]["role"] == "adopted"


def test_an_adoption_in_another_month_belongs_to_another_meeting():
    m = only_meeting(extract(
        "On 12 October 2019, the ministers met in Bangkok and recalled the Bangkok Statement on Digital Trust, "
        "which their leaders adopted in June.", "en"))
    assert [d["role"] for d in m["documents"]] == ["referenced"], m["documents"]


def test_a_statement_issued_at_the_meeting_is_adopted_there():
    m = only_meeting(extract(
        "On 3 May 2022, ministers of the Digital Trust Partnership met in Lisbon. At the close of the meeting the "
        "participants issued a Joint Statement on cyber resilience.", "en"))
    assert m["documents"][0]["role"] == "adopted", m["documents"]


def test_a_numbered_conference_resolution_is_a_document():
    m = only_meeting(extract(
        "The ITU Plenipotentiary Conference closed in Bucharest on 7 October 2022. Among the resolutions it "
        "revised was Resolution 179 on child online protection.", "en"))
    names = doc_names(m)
    assert any(n.startswith("Resolution 179") for n in names), m["documents"]


def test_a_noun_ending_like_a_verb_does_not_cut_a_russian_title():
    m = only_meeting(extract(
        "12 мая в Ереване прошла сессия Совета коллективной безопасности ОДКБ. Главы государств приняли "
        "заявление о мерах по наращиванию кадрового потенциала государств-членов.", "ru"))
    names = doc_names(m)
    assert any(n.endswith("кадрового потенциала государств-членов") for n in names), names


def test_a_road_map_approved_at_the_session_is_an_adopted_document():
    m = only_meeting(extract(
        "16 января в Вене открылась сессия Спецкомитета ООН по киберпреступности. Спецкомитет одобрил дорожную "
        "карту подготовки конвенции.", "ru"))
    docs = [d for d in m["documents"] if "дорожн" in d["title"] + " ".join(d["aliases"])]
    assert docs and docs[0]["role"] == "adopted", m["documents"]


def test_a_draft_resolution_the_assembly_adopts_is_the_numbered_resolution():
    m = only_meeting(extract(
        "20 декабря Генеральная Ассамблея ООН на пленарном заседании приняла проект резолюции «О защите "
        "критической инфраструктуры». Резолюция 81/150 призывает государства к сотрудничеству.", "ru"))
    titles = {d["title"]: d["role"] for d in m["documents"]}
    assert titles == {"UN General Assembly resolution 81/150": "adopted"}, m["documents"]


def test_drafts_named_in_the_plural_get_a_singular_russian_name():
    m = only_meeting(extract(
        "14 декабря в Джакарте состоялись консультации России и Индонезии по вопросам безопасности. Отмечено, что "
        "проекты Декларации о стратегическом партнерстве и соглашения о визовом режиме могут быть подписаны.",
        "ru"))
    names = doc_names(m)
    assert "проект Декларации о стратегическом партнерстве" in names, names
    assert any(n.startswith("соглашени") and "визовом режиме" in n for n in names), names
    assert {d["role"] for d in m["documents"]} == {"referenced"}


@pytest.mark.parametrize("text,lang,published,title", [
    ("On 5 June 2024 the ASEAN Regional Forum Inter-Sessional Meeting on Security of and in the Use of ICTs met "
     "in Vientiane. Delegates discussed the norms in the 2015 report of the UN Group of Governmental Experts.",
     "en", None, "Report of the UN Group of Governmental Experts 2015"),
    # no year in the sentence: the group's latest report before the announcement
    ("5 июня 2024 года в Вьентьяне состоялось межсессионное совещание АРФ по безопасности ИКТ. Участники "
     "обсудили доклад Группы правительственных экспертов ООН.", "ru", "2024-06-06",
     "Report of the Group of Governmental Experts on Advancing Responsible State Behaviour in Cyberspace in the "
     "Context of International Security"),
])
def test_a_report_named_through_its_group_is_the_groups_report(text, lang, published, title):
    m = only_meeting(extract(text, lang, published))
    assert title in docs_by_title(m), m["documents"]


def test_a_report_cannot_be_cited_before_it_was_written():
    m = only_meeting(extract(
        "On 29 June 2021 the Security Council held an open debate on cyber security in New York. Speakers "
        "welcomed the final report of the Open-ended Working Group.", "en"))
    assert not any(d["year"] and d["year"] > 2021 for d in m["documents"]), m["documents"]


def test_an_adoption_last_season_is_not_an_adoption_at_this_meeting():
    m = only_meeting(extract(
        "1 июня 2021 года прошла организационная сессия Рабочей группы ООН открытого состава. Сессия продолжила "
        "работу, отмеченную весной принятием Конвенции об обеспечении международной информационной "
        "безопасности.", "ru"))
    assert {d["role"] for d in m["documents"]} == {"referenced"}, m["documents"]


def test_words_inside_an_agency_name_are_not_a_document():
    m = only_meeting(extract(
        "The 17th ASEAN-Japan Cybersecurity Policy Meeting was held in Tokyo on 5 June 2024, co-chaired by "
        "Japan's National center of Incident readiness and Strategy for Cybersecurity.", "en"))
    assert m["documents"] == [], m["documents"]


def test_a_draft_with_adjectives_before_its_genre_is_presented_by_the_state_named():
    m = only_meeting(extract(
        "1 октября в Москве прошло заседание Рабочей группы БРИКС по вопросам безопасности в сфере "
        "использования ИКТ. Состоялась презентация российского проекта межправительственного соглашения БРИКС "
        "о сотрудничестве в области обеспечения безопасности в сфере использования ИКТ.", "ru"))
    docs = [d for d in m["documents"] if "межправительственного соглашения" in d["title"] + " ".join(d["aliases"])]
    assert docs and docs[0]["role"] == "presented" and docs[0]["by"] == "RUS", m["documents"]


def test_a_long_official_title_is_one_signed_document():
    m = only_meeting(extract(
        "13 сентября в Ханое Министр цифрового развития, связи и массовых коммуникаций Российской Федерации "
        "М.И.Шадаев провел переговоры с Министром информации и коммуникаций Вьетнама. По итогам встречи стороны "
        "подписали Меморандум о взаимопонимании между Министерством цифрового развития, связи и массовых "
        "коммуникаций Российской Федерации и Министерством информации и коммуникаций Социалистической "
        "Республики Вьетнам о сотрудничестве в области цифровой трансформации.", "ru"))
    memo = [d for d in m["documents"] if d["title"].startswith("Меморандум о взаимопонимании")]
    assert memo and memo[0]["role"] == "signed" and memo[0]["title"].endswith("цифровой трансформации")


def test_the_programme_of_a_visit_is_not_a_document():
    m = only_meeting(extract(
        "10 ноября в Каире состоялись переговоры Секретаря Совета Безопасности Российской Федерации с "
        "Президентом Египта. Программа визита включает встречи с руководством силовых ведомств.", "ru"))
    assert m["documents"] == [], m["documents"]


def test_a_document_approved_together_with_another_shares_the_act():
    m = only_meeting(extract(
        "On 8 August 2024 the Ad Hoc Committee concluded its session in New York. It approved the draft text of "
        "a United Nations Convention against Cybercrime, together with a draft General Assembly resolution (A/AC.291/L.16) for its adoption.", "en"))
    roles = {d["title"]: d["role"] for d in m["documents"]}
    assert roles.get("draft General Assembly resolution") == "adopted", roles
    assert "A/AC.291/L.16" in [a for d in m["documents"] for a in d["aliases"]]


@pytest.mark.parametrize("text,lang", [
    ("On 6 December 2021 the General Assembly met in New York. It welcomed the Convention on Cybercrime, "
     "adopted earlier by the Council of Europe.", "en"),
    ("6 декабря в Нью-Йорке прошло заседание Генеральной Ассамблеи ООН. Делегаты напомнили о ранее принятой "
     "Будапештской конвенции.", "ru"),
])
def test_a_document_adopted_earlier_is_only_referenced(text, lang):
    m = only_meeting(extract(text, lang))
    assert {d["role"] for d in m["documents"]} == {"referenced"}, m["documents"]


def test_the_first_working_groups_report_is_the_2019_2021_groups():
    m = only_meeting(extract(
        "1 июня 2021 года прошла организационная сессия Рабочей группы ООН открытого состава по вопросам "
        "безопасности в сфере использования ИКТ и самих ИКТ 2021–2025. Участники высоко оценили итоговый доклад "
        "первой Рабочей группы открытого состава.", "ru"))
    assert any(d["year"] == 2021 and "A/75/816" in d["aliases"] for d in m["documents"]), m["documents"]


@pytest.mark.parametrize("sentence, title", [
    ("The delegations welcomed the Accra Call for Cyber Resilient Development.",
     "Accra Call for Cyber Resilient Development"),
    ("The experts recalled the Lomé Declaration on Cybersecurity and the Fight against Cybercrime.",
     "Lomé Declaration on Cybersecurity and the Fight against Cybercrime"),
    ("The sides issued the Joint Statement on the Second U.S.-Ukraine Cybersecurity Dialogue.",
     "Joint Statement on the Second U.S.-Ukraine Cybersecurity Dialogue"),
])
def test_english_titles_of_other_genres_and_with_inner_capitals(sentence, title):
    m = only_meeting(extract("On 3 May 2024 the Regional Cyber Forum met in Nairobi. " + sentence, "en"))
    assert title in {d["title"] for d in m["documents"]}


@pytest.mark.parametrize("sentence, title", [
    ("The talks were held under the EU-UK Trade and Cooperation Agreement.", "EU-UK Trade and Cooperation Agreement"),
    ("Ghana signed the Accra Call for Cyber Resilient Development on Ghana's behalf.",
     "Accra Call for Cyber Resilient Development"),
])
def test_english_titles_with_and_inside_and_a_clause_after(sentence, title):
    m = only_meeting(extract("On 3 May 2024 the Regional Cyber Forum met in Nairobi. " + sentence, "en"))
    assert title in {d["title"] for d in m["documents"]}
