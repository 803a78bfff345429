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
    # co-chairs named in the present tense
    ("The fourth Ghana-Sweden Cyber Dialogue opens in Accra on 3 May 2025. The dialogue co-chairs are Maria Lind, "
     "Director for Cyber Policy at the Swedish Foreign Ministry, and Kofi Owusu, Ambassador for Cyber Affairs of "
     "Ghana.", "en", {"Lind", "Owusu"}),
    # the verb left out of the second clause: "…, and the delegation of X – by Y"
    ("On 3 May 2025 Sweden and Ghana held cyber consultations in Accra. The Swedish delegation was headed by the "
     "Special Envoy of the Government of Sweden for Digital Matters and Cyber Diplomacy, Ambassador at Large M.Lind, "
     "and the delegation of the Republic of Ghana – by Director of Cyber Affairs of the Ministry of Communications "
     "K.Owusu.", "en",
     {"Lind", "Owusu"}),
    # initials and a surname at the end of a long post whose capitalised words run up to them
    ("On 3 May 2025 Kenya and Chile held cyber consultations in Nairobi. The Kenyan side was led by Ambassador "
     "J.Mwangi, the delegation of the Republic of Chile – Ambassador-at-Large for Cyber Security and Digital "
     "Affairs of the Ministry of Foreign Affairs of the Republic of Chile A.Soto.", "en", {"Mwangi", "Soto"}),
    # long posts written before each name, joined by "and"
    ("The fifth Chile-Kenya Cyber Consultations took place in Nairobi on 3 May 2025. They were chaired by Chilean "
     "Deputy Director for International Security Affairs in the Chilean Ministry of Foreign Affairs’ Division of "
     "Digital and Emerging Technology Policy Ana Soto and Kenya Ministry of Information Principal Secretary for "
     "Cyber and Digital Affairs John Mwangi.", "en", {"Soto", "Mwangi"}),
    # «возглавил заседание», «во главе делегации»: who heads the meeting, or one side of a bilateral round
    ("3 мая в Ереване прошло заседание рабочей группы по кибербезопасности. Министр цифрового развития Армении "
     "Гайк Саакян возглавил заседание.", "ru", {"Саакян"}),
    ("3 мая в Найроби прошли кенийско-чилийские консультации по кибербезопасности. Посол Чили Ана Сото прибыла в "
     "Найроби во главе делегации МИД Чили.", "ru", {"Сото"}),
    # elected to the chair, or taking it up
    ("On 3 May 2025 the expert group on cyber norms met in Vienna. Ana Silva, Deputy Director at the Ministry of "
     "Justice of Portugal, was elected as the chairperson of the meeting.", "en", {"Silva"}),
    ("On 3 May 2025 the Inter-American cyber committee met in Lima. Ambassador Peter Moll, Permanent "
     "Representative of Austria, assumed the Chair of the meeting.", "en", {"Moll"}),
    ("3 мая в Вене прошло заседание экспертной группы по киберпреступности. Посол Австрии П.Молль был избран "
     "председателем заседания.", "ru", {"Молль"}),
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


def test_words_of_a_post_joined_by_and_are_no_chair():
    m = only_meeting(extract("The third Chile-EU Cyber Dialogue was held in Santiago on 3 May 2025. The co-chairs "
                             "are Ana Soto, Director for Cyber Affairs at the Chilean Foreign Ministry, and Lena "
                             "Berg, Head of Crisis Planning and Conflict Prevention for the European External Action "
                             "Service.", "en", published="2025-07-08"))
    assert sorted(c["name"] for c in m["chairs"]) == ["Ana Soto", "Lena Berg"], m["chairs"]


@pytest.mark.parametrize("text", [
    "3 мая 2025 года в Бишкеке прошло заседание Совета министров обороны ОДКБ. В нем участвовал Председатель "
    "Национального банка Киргизии Иван Петров.",
    "3 мая 2025 года в Ташкенте состоялось заседание рабочей группы по кибербезопасности. В заседании принял "
    "участие Председатель Исполнительного комитета – Исполнительный секретарь Содружества Асет Нуров.",
])
def test_the_chairman_of_a_body_named_by_its_shape_chairs_no_meeting(text):
    m = only_meeting(extract(text, "ru", published="2025-07-08"))
    assert m["chairs"] == [], m["chairs"]


def test_capitalised_words_of_a_body_are_no_chair():
    m = only_meeting(extract("On 3 May 2025 the second Chile-Kenya Cyber Dialogue was held in Nairobi. Ana Soto, "
                             "the chairperson of the National Road Safety Commission, led the Chilean delegation.",
                             "en", published="2025-07-08"))
    assert [c["name"] for c in m["chairs"]] == ["Ana Soto"], m["chairs"]
