"""Chairs and heads of delegation in the positions and phrasings texts use, in both languages."""

import pytest

from tests.helpers import extract, only_meeting

CASES = [
    ("12 мая в Москве прошли российско-аргентинские консультации по вопросам МИБ. Российскую делегацию "
     "возглавил директор Департамента МИБ МИД России А.В.Крутских, аргентинскую делегацию возглавил посол "
     "Х.Перес.", "ru", {"Крутских", "Перес"}),
    ("3 июня состоялось заседание Экспертного диалога Россия – Монголия по вопросам МИБ. Заседание прошло под "
     "сопредседательством заместителя министра иностранных дел Монголии Б.Батцэцэг и директора Департамента "
     "МИД России А.А.Смирновой.", "ru", {"Батцэцэг", "Смирнова"}),
    ("On 4 March 2025 the third Canada-Japan Cyber Dialogue took place in Ottawa. Heads of delegation were "
     "Anne Leclerc, Director General for International Security at Global Affairs Canada, and Kenji Sato, "
     "Ambassador for Cyber Policy of Japan.", "en", {"Leclerc", "Sato"}),
    ("Experts met in Lusaka on 2 May 2024 for the inaugural meeting of the Southern Africa Cyber Expert Group. "
     "Its members elected Ms Grace Banda, a Zambian lawyer, as Chair.", "en", {"Banda"}),
    ("The fifth session of the Working Group on Digital Trust opened in Geneva on 7 July 2025. Maria Lopez of "
     "Chile, the Group's Chair, presented the draft report.", "en", {"Lopez"}),
    # a long post set off by a comma before the name, then "presided"
    ("On 4 May 2025 the Cyber Working Group of the Andean Community met in Lima. Peru, which chairs the Group, "
     "hosted the meeting, and the country's Ambassador for Cyber Affairs at the Ministry of Foreign Affairs, "
     "Rosa Quispe, presided.", "en", {"Quispe"}),
    # who held a round of consultations led a side of it; with whom, the other
    ("Секретарь Совета Безопасности Российской Федерации Н.П.Патрушев провел в среду в Сантьяго "
     "российско-чилийские консультации по вопросам безопасности.", "ru", {"Патрушев"}),
    ("On 4 May 2025 Kenji Sato, Ambassador for Cyber Policy of Japan, held bilateral cyber consultations with "
     "Anne Leclerc, Director General at Global Affairs Canada, in Ottawa.", "en", {"Sato", "Leclerc"}),
    # under the chairmanship of a state's official, named by the post that state owns
    ("The third meeting of the African Cyber Experts Group was held in Lusaka on 3 May 2024 under the chairmanship "
     "of Zambia's Cyber Ambassador, Grace Banda.", "en", {"Banda"}),
    ("The 38th meeting of the Gulf Interior Ministers was held in Manama on 3 May 2024 under the presidency of "
     "Kuwait's Interior Minister and president of the current session General Shaikh Salem bin Ali Al Sabah.",
     "en", {"Sabah"}),
    # each side's head: «С кенийской стороны их провел X, с чилийской – Y»
    ("3 мая в Найроби состоялись кенийско-чилийские консультации по кибербезопасности. С кенийской стороны их "
     "провел посол Джон Мвангиа, с чилийской – координатор МИД Чили Ана Сото.", "ru", {"Мвангиа", "Сото"}),
]


@pytest.mark.parametrize("text, lang, surnames", CASES)
def test_chairs_in_any_phrasing(text, lang, surnames):
    m = only_meeting(extract(text, lang, published="2025-07-08"))
    found = set()
    for c in m["chairs"]:  # "Leclerc", "Anne Leclerc", "Крутских А.В.", "А.В.Крутских"
        for name in (c["name"], c["name_native"] or ""):
            found |= {w.split(".")[-1] for w in name.split()}
    assert surnames <= found, m["chairs"]


def test_the_chairman_of_a_state_body_met_is_no_chair_of_the_meeting():
    m = only_meeting(extract("Министр общественной безопасности Кении Джон Мбугуа в понедельник встретился с "
                             "председателем Комитета государственной безопасности Республики Беларусь Иваном "
                             "Петровым.", "ru", published="2025-07-08"))
    assert m["chairs"] == []
    assert m["date"] == "2025-07-07"  # the Monday before the release


def test_a_deputy_head_of_government_meeting_a_delegation_chairs_nothing():
    m = only_meeting(extract("Заместитель Председателя Правительства Кении Джон Мбугуа провёл встречу с делегацией "
                             "Секретариата ООН по вопросу проведения в Кении Форума ООН по управлению интернетом.",
                             "ru", published="2025-07-08"))
    assert (m["chairs"], m["forum"], m["kind"]) == ([], None, "other")


def test_a_speaker_who_opens_is_no_chair():
    m = only_meeting(extract("On 2 May 2024 the Regional Cyber Forum met in Accra. The Minister of Communications, "
                             "Kofi Mensah, opened the meeting.", "en"))
    assert m["chairs"] == []


def test_the_head_of_an_organisations_delegation_to_a_dialogue_cochairs_it():
    m = only_meeting(extract("12 марта в Аддис-Абебе прошло второе заседание Диалога Россия – Африканский союз по "
                             "вопросам МИБ. Делегацию Африканского союза возглавил комиссар Б.Сесе.", "ru",
                             published="2025-03-13"))
    assert [c["name_native"] for c in m["chairs"]] == ["Сесе Б."]
