"""Extraction on announcements written for these tests: other words orders, cases, agencies, forums.

Each case is a short text and the facts a careful analyst takes from it.
"""

import pytest
from helpers import extract, only_meeting


def agency_names(m):
    return {(a["state"], a["name"]) for a in m["agencies"]}


def test_russian_genitive_agency_list_links_each_agency_to_russia():
    m = only_meeting(extract(
        "5 марта в Москве состоялись консультации по вопросам международной информационной безопасности. "
        "В состав делегации вошли представители ФСБ России, Минцифры России и Генеральной прокуратуры "
        "Российской Федерации.", "ru"))
    names = {n for s, n in agency_names(m) if s == "RUS"}
    assert {"Federal Security Service"} <= names
    assert len(names) == 3
    assert m["location"] == "Moscow" and m["format"] == "in-person"
    assert m["date"] == "--03-05"


def test_year_comes_from_published_metadata_only_for_relative_year():
    text = "12 мая с.г. в режиме видеоконференции прошло заседание Рабочей группы БРИКС по вопросам безопасности в сфере использования ИКТ."
    m = only_meeting(extract(text, "ru", published="2022-05-13"))
    assert m["date"] == "2022-05-12"
    assert m["format"] == "online"
    assert "BRICS" in m["forum"]["name"]


def test_no_year_anywhere_gives_month_and_day():
    m = only_meeting(extract("14 октября в Пекине прошло заседание Группы экспертов ШОС по международной "
                             "информационной безопасности.", "ru"))
    assert m["date"] == "--10-14"
    assert m["location"] == "Beijing"


@pytest.mark.parametrize("text,surname", [
    ("Консультации возглавили заместитель Министра иностранных дел Российской Федерации С.А.Рябков и "
     "заместитель министра иностранных дел Индии Р.Кумар. Консультации состоялись 3 июня в Нью-Дели.", "Рябков"),
    ("Сопредседателями заседания выступили Лавров С.В. и министр иностранных дел Вьетнама. "
     "Заседание прошло 2 июля в Ханое.", "Лавров"),
])
def test_chairs_found_with_initials_before_or_after_the_surname(text, surname):
    m = extract(text, "ru")["meetings"][0]
    natives = [c["name_native"] or "" for c in m["chairs"]]
    assert any(surname in n for n in natives), natives


def test_english_release_with_delegation_heads_and_ordinal():
    m = only_meeting(extract(
        "On 4 April 2019, Beijing hosted the third round of China-Russia consultations on international "
        "information security. The Russian delegation was headed by Mr Andrey Krutskikh, Special "
        "Representative of the President of the Russian Federation for International Cooperation in the "
        "Field of Information Security. The Chinese side was led by Mr Wang Lei, Coordinator for Cyber Affairs "
        "of the Ministry of Foreign Affairs of China.", "en"))
    assert m["date"] == "2019-04-04"
    assert m["ordinal"] == 3
    assert m["location"] == "Beijing"
    assert set(m["states"]) == {"RUS", "CHN"}
    assert {c["name"].split()[-1] for c in m["chairs"]} == {"Krutskikh", "Lei"}


def test_announcement_without_meeting_has_none():
    facts = extract("Президент Российской Федерации утвердил Основы государственной политики в области "
                    "международной информационной безопасности.", "ru")
    assert facts["meetings"] == []


def test_follow_up_is_not_the_meetings_own_format():
    m = only_meeting(extract(
        "10 ноября в формате видеоконференции прошел первый раунд консультаций Россия-АСЕАН. Стороны "
        "договорились провести следующую встречу в 2022 году в очном формате.", "ru"))
    assert m["format"] == "online"
    assert m["next_meeting"] == {"when": "2022", "format": "in-person"}


def test_topic_country_is_not_a_participant():
    m = only_meeting(extract(
        "On 9 September, the SCO Group of Experts on International Information Security met in Tashkent. "
        "Kazakhstan was represented by its Security Council. The experts discussed the situation in "
        "Afghanistan.", "en"))
    assert "AFG" not in m["states"]
    assert "KAZ" in m["states"]


@pytest.mark.parametrize("text,lang,title_part,role", [
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
])
def test_document_roles_follow_the_verb_next_to_the_title(text, lang, title_part, role):
    m = only_meeting(extract(text, lang))
    docs = [d for d in m["documents"] if any(title_part in a for a in [d["title"], *d["aliases"]])]
    assert docs, m["documents"]
    assert docs[0]["role"] == role


def test_consultations_outside_the_vocabulary_are_named_after_the_two_states():
    m = only_meeting(extract(
        "15 марта в Гаване состоялись межведомственные консультации по вопросам обеспечения международной "
        "информационной безопасности. Российскую делегацию возглавил директор Департамента МИД России "
        "А.А.Иванов. Кубинскую делегацию возглавил заместитель министра иностранных дел Республики Куба "
        "Херардо Пеньяльвер Порталь.", "ru"))
    assert m["forum"]["name"] == "Russia-Cuba consultations on international information security"
    assert m["kind"] == "consultations"
    assert {c["state"] for c in m["chairs"]} == {"RUS", "CUB"}
    assert any("Пеньяльвер Порталь" in (c["name_native"] or "") for c in m["chairs"])


def test_a_country_named_as_the_venue_is_the_location_when_no_city_is():
    m = only_meeting(extract(
        "The 5th ARF Inter-Sessional Meeting on Security of and in the Use of ICTs was held in Singapore on "
        "20-21 March 2023. Delegations from Australia, China and the European Union attended.", "en"))
    assert m["location"] == "Singapore" and m["format"] == "in-person"
    assert m["date"] == "2023-03-20/2023-03-21"
    assert m["ordinal"] == 5
    assert "European Union" in {o["name"] for o in m["organizations"]}


def test_talks_on_the_sidelines_are_a_second_meeting_in_the_same_place():
    facts = extract(
        "On 12 April 2022, Tashkent hosted the meeting of Secretaries of Security Councils of SCO Member States. "
        "Kazakhstan was represented by the Secretary of its Security Council. On the sidelines of the meeting, "
        "the Russian Security Council Secretary held talks with the Secretary of the Security Council of "
        "Uzbekistan.", "en")
    first, second = facts["meetings"]
    assert first["location"] == second["location"] == "Tashkent"
    assert second["forum"] is None and second["kind"] == "other" and second["chairs"] == []
    assert second["format"] == "in-person"
    assert any("Secretaries of Security Councils" in p["name"] for p in second["processes"])


def test_the_date_in_a_dateline_is_not_the_meetings_date():
    m = only_meeting(extract(
        "Strasbourg, 12 May 2022 – The Second Additional Protocol to the Convention on Cybercrime was opened for "
        "signature at a conference held at the Council of Europe in Strasbourg on 12 and 13 May.", "en",
        published="2022-05-12"))
    assert m["date"] == "2022-05-12/2022-05-13"


def test_the_next_meeting_follows_the_latest_meeting_reported():
    facts = extract(
        "On 4 December 2019 the Working Group on Digital Cooperation of the ARF concluded informal consultations "
        "held in Bangkok from 2 to 4 December. The consultations followed the Group's first meeting, which was "
        "held in Hanoi from 9 to 13 September 2019 under the same chair. The Group will hold its next meeting in "
        "Manila from 10 to 14 February 2020.", "en")
    ups = [m for m in facts["meetings"] if m["next_meeting"]]
    assert len(ups) == 1 and ups[0]["date"].startswith("2019-12"), facts["meetings"]


def test_on_site_and_online_attendance_is_hybrid_and_online_safety_is_a_topic():
    m = only_meeting(extract(
        "The annual meeting of the Internet Governance Forum closed today in Riyadh, Saudi Arabia, on 19 December "
        "2024. Participants took part both on site and online and discussed online safety.", "en"))
    assert m["format"] == "hybrid"


def test_an_organisation_listed_after_a_number_of_countries_takes_part():
    m = only_meeting(extract(
        "Ministers of twenty countries and the European Union met in Rome on 5 March 2024 for the first meeting "
        "of the Counter Ransomware Initiative.", "en"))
    assert "European Union" in {o["name"] for o in m["organizations"]}


def test_the_first_words_of_a_process_name_named_before_refer_back_to_it():
    m = only_meeting(extract(
        "12 марта в Женеве прошли консультации России и Бразилии по вопросам международной информационной "
        "безопасности. Стороны обсудили Программу действий в сфере ИКТ. Участники отметили, что инициатива "
        "Программы действий пользуется широкой поддержкой.", "ru"))
    assert m["documents"] == [], m["documents"]
    assert any("Programme of Action" in p["name"] for p in m["processes"] + ([m["forum"]] if m["forum"] else []))


def test_a_body_named_only_inside_a_document_title_is_not_a_linked_process():
    m = only_meeting(extract(
        "On 3 October, the ARF Inter-Sessional Meeting on Security of and in the Use of ICTs met in Manila. "
        "Delegates recalled the 2015 report of the United Nations Group of Governmental Experts.", "en"))
    assert "United Nations" not in {p["name"] for p in m["processes"]}
    assert "Report of the UN Group of Governmental Experts 2015" in {d["title"] for d in m["documents"]}


def test_the_last_word_of_an_english_name_after_a_preposition_is_not_its_short_form():
    m = only_meeting(extract(
        "The ASEAN Ministerial Conference on Cybersecurity met in Singapore on 19 September 2018. Ministers "
        "discussed Cybersecurity capacity building with Japan.", "en"))
    mentions_amcc = [p for p in m["processes"] if "Ministerial Conference" in p["name"]]
    assert mentions_amcc == []  # the forum itself, not a process linked to it
    assert m["forum"]["name"] == "ASEAN Ministerial Conference on Cybersecurity"


def test_an_unknown_forum_with_a_proper_name_is_kept_as_a_candidate_forum():
    m = only_meeting(extract(
        "The 9th Nordic-Baltic Cyber Diplomacy Dialogue was held in Riga on 14 May 2024. Delegations from "
        "Estonia, Finland and Latvia attended.", "en"))
    assert m["forum"]["name"] == "Nordic-Baltic Cyber Diplomacy Dialogue"
    assert m["kind"] == "dialogue" and m["ordinal"] == 9


def test_a_genre_with_one_capitalised_word_is_not_a_forum_name():
    m = only_meeting(extract(
        "The Annual Meeting was held in Riga on 14 May 2024 with Estonia and Latvia.", "en"))
    assert m["forum"] is None


def test_a_month_and_year_is_not_a_day_of_that_month():
    m = only_meeting(extract(
        "NEW YORK, 29 July 2022 — The Open-ended Working Group on security of and in the use of ICTs 2021–2025 "
        "today concluded its third substantive session. The fourth substantive session will be held in "
        "March 2023.", "en"))
    assert m["next_meeting"]["when"] == "2023-03"


def test_organisations_whose_representatives_took_part_are_participants():
    m = only_meeting(extract(
        "On 29 July 2022 the Open-ended Working Group on security of and in the use of ICTs 2021–2025 concluded "
        "its third substantive session in New York. Representatives of the European Union, the African Union "
        "and the Organization of American States also took part.", "en"))
    orgs = {o["name"] for o in m["organizations"]}
    assert {"European Union", "African Union"} <= orgs, orgs
    assert not orgs & {p["name"] for p in m["processes"]}


def test_a_chair_named_with_the_title_before_the_name_chairs():
    m = only_meeting(extract(
        "On 29 July 2022 the Open-ended Working Group on security of and in the use of ICTs 2021–2025 concluded "
        "its third substantive session in New York. Chair Burhan Gafoor of Singapore said the report reflected "
        "a shared commitment.", "en"))
    assert [(c["name"], c["state"]) for c in m["chairs"]] == [("Burhan Gafoor", "SGP")]


ZAS_MEETING = ("25 мая в Москве Секретарь Совета Безопасности Российской Федерации Николай Патрушев провел встречу "
               "с Генеральным секретарем Организации Договора о коллективной безопасности Станиславом Засем. "
               "Стороны обсудили реализацию Стратегии коллективной безопасности ОДКБ на период до 2025 года и "
               "подготовку к заседанию Совета коллективной безопасности ОДКБ, которое состоится в ноябре в Ереване.")


def test_the_next_meeting_of_another_forum_is_not_this_meetings_follow_up():
    m = only_meeting(extract(ZAS_MEETING, "ru"))
    assert m["next_meeting"] is None


def test_an_organisation_taking_part_is_not_also_a_linked_process():
    m = only_meeting(extract(ZAS_MEETING, "ru"))
    assert "Collective Security Treaty Organization" in {o["name"] for o in m["organizations"]}
    assert "Collective Security Treaty Organization" not in {p["name"] for p in m["processes"]}


def test_a_treaty_word_inside_an_organisations_name_is_not_a_document_and_a_title_ends_before_another_phrase():
    m = only_meeting(extract(ZAS_MEETING, "ru"))
    titles = [d["title"] for d in m["documents"]]
    assert titles == ["Стратегия коллективной безопасности ОДКБ на период до 2025 года"], titles


def test_the_second_head_of_delegation_in_an_elliptical_clause_co_chairs():
    m = only_meeting(extract(
        "11 марта в режиме видеоконференции состоялся третий раунд консультаций между Россией и Вьетнамом по "
        "вопросам безопасности в сфере использования ИКТ. Российскую делегацию возглавил заместитель Секретаря "
        "Совета Безопасности Российской Федерации О.В.Храмов, вьетнамскую – заместитель министра общественной "
        "безопасности СРВ Лыонг Там Куанг.", "ru"))
    assert {(c["name_native"], c["state"]) for c in m["chairs"]} == {("Храмов О.В.", "RUS"),
                                                                     ("Лыонг Там Куанг", "VNM")}


def test_a_particle_opens_a_two_word_surname_after_initials():
    m = only_meeting(extract(
        "18 апреля в Каире состоялись консультации России и Египта по вопросам международной информационной "
        "безопасности. Египетскую делегацию возглавил помощник министра иностранных дел Египта Х.Абдель Халим.",
        "ru"))
    assert "Абдель Халим Х." in {c["name_native"] for c in m["chairs"]}, m["chairs"]


@pytest.mark.parametrize("text,lang,forum", [
    ("10 февраля 2020 года в Нью-Йорке открылась вторая сессия РГОС.", "ru",
     "UN Open-Ended Working Group on developments in the field of ICTs in the context of international security "
     "2019-2021"),
    ("On 10 February 2020 the OEWG opened its second substantive session in New York.", "en",
     "UN Open-Ended Working Group on developments in the field of ICTs in the context of international security "
     "2019-2021"),
    ("On 6 March 2023 the OEWG opened its fourth substantive session in New York.", "en",
     "UN Open-Ended Working Group on security of and in the use of ICTs 2021-2025"),
])
def test_a_group_named_without_years_is_the_group_of_the_meetings_year(text, lang, forum):
    m = only_meeting(extract(text, lang))
    assert m["forum"]["name"] == forum


def test_the_other_delegation_led_by_in_an_english_ellipsis_co_chairs():
    m = only_meeting(extract(
        "The third India-Japan Cyber Dialogue was held in New Delhi on 27 November 2019. The Indian delegation "
        "was led by Mr. Upender Singh Rawat, Joint Secretary, Ministry of External Affairs, and the Japanese "
        "delegation by Mr. Takeshi Akahori, Ambassador in charge of Cyber Policy, Ministry of Foreign Affairs of "
        "Japan.", "en"))
    assert {c["state"] for c in m["chairs"]} == {"IND", "JPN"}, m["chairs"]


def test_a_deliberative_organ_acting_today_is_a_sitting_on_the_datelines_day():
    m = only_meeting(extract(
        "NEW YORK, 6 December 2021 — The General Assembly today adopted without a vote a resolution on "
        "developments in the field of information and telecommunications, sponsored by the Russian Federation "
        "and the United States.", "en", published="2021-12-07"))
    assert m["forum"]["name"] == "UN General Assembly"
    assert m["date"] == "2021-12-06"
    assert {"RUS", "USA"} <= set(m["states"])


@pytest.mark.parametrize("text,lang,published,date", [
    ("Prime Minister Kaja Kallas on Tuesday chaired an open debate of the United Nations Security Council on "
     "cyber security, held as a video teleconference.", "en", "2021-06-30", "2021-06-29"),
    ("Во вторник в Женеве состоялись консультации России и Швейцарии по вопросам международной "
     "информационной безопасности.", "ru", "2021-06-29", "2021-06-29"),
])
def test_a_weekday_dates_the_meeting_in_the_week_of_the_release(text, lang, published, date):
    m = only_meeting(extract(text, lang, published))
    assert m["date"] == date


def test_a_video_teleconference_is_online():
    m = only_meeting(extract(
        "On 29 June 2021 the United Nations Security Council held an open debate on cyber security, held as a "
        "video teleconference.", "en"))
    assert m["format"] == "online"


def test_a_city_in_a_representatives_title_is_not_the_venue():
    m = only_meeting(extract(
        "1 июня прошла организационная сессия Рабочей группы ООН открытого состава. Председателем избран "
        "Постоянный представитель Сингапура при ООН в Нью-Йорке Бурхан Гафур.", "ru"))
    assert m["location"] is None


def test_the_ordinal_in_an_undated_sentence_about_the_forum_counts():
    m = only_meeting(extract(
        "Internet Governance Forum 2023 concludes in Kyoto\n\nThe eighteenth annual meeting of the Internet "
        "Governance Forum closed today in Kyoto. Hosted by the Government of Japan from 8 to 12 October 2023, "
        "the Forum brought together 9,000 participants.", "en", "2023-10-12"))
    assert m["ordinal"] == 18


def test_a_first_debate_on_a_topic_is_a_first_of_its_kind_not_an_ordinal():
    m = only_meeting(extract(
        "On 29 June 2021 the Security Council held its first open debate on cyber security in New York.", "en"))
    assert m["ordinal"] is None


UFA = ("18 июня в Уфе Секретарь Совета Безопасности Российской Федерации Николай Патрушев принял участие в X "
       "Международной встрече высоких представителей, курирующих вопросы безопасности. В работе встречи приняли "
       "участие делегации 120 государств, а также представители ООН, ОДКБ, ШОС и СНГ.\n\n"
       "19 июня Николай Патрушев встретился с Секретарем Высшего совета национальной безопасности Ирана Али "
       "Шамхани. Обсуждены вопросы противодействия киберугрозам.")


def test_a_roman_numeral_numbers_the_meeting_and_representatives_named_after_the_verb_take_part():
    first = extract(UFA, "ru")["meetings"][0]
    assert first["ordinal"] == 10
    assert {"United Nations", "Shanghai Cooperation Organisation"} <= {o["name"] for o in first["organizations"]}


def test_a_person_known_from_an_earlier_meeting_brings_his_state_to_the_next():
    second = extract(UFA, "ru")["meetings"][1]
    assert set(second["states"]) == {"RUS", "IRN"}


OEWG_2019 = (
    "NEW YORK — The Open-ended Working Group on Developments in the Field of Information and Telecommunications "
    "in the Context of International Security on 4 December 2019 concluded a three-day informal intersessional "
    "consultative meeting with representatives of business and academia, held in New York from 2 to 4 December. "
    "The consultations followed the Working Group's first substantive session, which Member States held in New "
    "York from 9 to 13 September 2019, under the chairmanship of Ambassador Jürg Lauber of Switzerland.")


def test_an_informal_intersessional_meeting_of_a_body_that_meets_in_sessions_is_other():
    first = extract(OEWG_2019, "en")["meetings"][0]
    assert first["kind"] == "other"


def test_the_working_group_named_again_by_its_head_words_is_the_same_forum():
    meetings = extract(OEWG_2019, "en")["meetings"]
    assert len(meetings) == 2
    second = meetings[1]
    assert second["forum"] is not None and "2019-2021" in second["forum"]["name"]
    assert second["kind"] == "session"


def test_a_chairs_post_after_under_the_chairmanship_of_is_only_the_post():
    m = only_meeting(extract(
        "30 ноября 2017 года в Минске под председательством Президента Республики Беларусь А.Г.Лукашенко "
        "состоялась сессия Совета коллективной безопасности ОДКБ.", "ru"))
    assert [(c["post"], c["state"]) for c in m["chairs"]] == [("Президента Республики Беларусь", "BLR")]
