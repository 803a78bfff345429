"""Chairs and heads of delegation written in other ways: initials before or after the surname, a particle
opening a two-word surname, a title before the name, the second head in an elliptical clause, a chair's
post after «под председательством»; each chair with the state they speak for."""

import pytest

from tests.helpers import extract, only_meeting

# The surname is found whatever stands around it; checked in the first meeting of the text.
SURNAME_CASES = [
    ("Консультации возглавили заместитель Министра иностранных дел Российской Федерации С.А.Рябков и "
     "заместитель министра иностранных дел Индии Р.Кумар. Консультации состоялись 3 июня в Нью-Дели.", "ru",
     "Рябков"),
    ("Сопредседателями заседания выступили Лавров С.В. и министр иностранных дел Вьетнама. "
     "Заседание прошло 2 июля в Ханое.", "ru", "Лавров"),
    ("15 марта в Гаване состоялись межведомственные консультации по вопросам обеспечения международной "
     "информационной безопасности. Российскую делегацию возглавил директор Департамента МИД России "
     "А.А.Иванов. Кубинскую делегацию возглавил заместитель министра иностранных дел Республики Куба "
     "Херардо Пеньяльвер Порталь.", "ru", "Пеньяльвер Порталь"),
]


@pytest.mark.parametrize("text, lang, surname", SURNAME_CASES)
def test_a_chairs_surname_is_found_with_initials_before_or_after_it(text, lang, surname):
    m = extract(text, lang)["meetings"][0]
    natives = [c["name_native"] or "" for c in m["chairs"]]
    assert any(surname in n for n in natives), natives


NATIVE_NAME_CASES = [
    # a particle opens a two-word surname after initials
    ("18 апреля в Каире состоялись консультации России и Египта по вопросам международной информационной "
     "безопасности. Египетскую делегацию возглавил помощник министра иностранных дел Египта Х.Абдель Халим.",
     "ru", "Абдель Халим Х."),
]


@pytest.mark.parametrize("text, lang, name_native", NATIVE_NAME_CASES)
def test_a_chair_is_named_surname_first_in_the_native_name(text, lang, name_native):
    m = only_meeting(extract(text, lang))
    assert name_native in {c["name_native"] for c in m["chairs"]}, m["chairs"]


def field(chair, name):
    """A chair's field; "surname" is the last word of the English name."""
    return chair["name"].split()[-1] if name == "surname" else chair[name]


# The chairs' fields: a set when their order is not checked, a list when it is (and so their number).
CHAIR_CASES = [
    ("On 4 April 2019, Beijing hosted the third round of China-Russia consultations on international "
     "information security. The Russian delegation was headed by Mr Andrey Krutskikh, Special "
     "Representative of the President of the Russian Federation for International Cooperation in the "
     "Field of Information Security. The Chinese side was led by Mr Wang Lei, Coordinator for Cyber Affairs "
     "of the Ministry of Foreign Affairs of China.", "en", "surname", {"Krutskikh", "Lei"}),
    # consultations outside the vocabulary: the two heads of delegation chair them
    ("15 марта в Гаване состоялись межведомственные консультации по вопросам обеспечения международной "
     "информационной безопасности. Российскую делегацию возглавил директор Департамента МИД России "
     "А.А.Иванов. Кубинскую делегацию возглавил заместитель министра иностранных дел Республики Куба "
     "Херардо Пеньяльвер Порталь.", "ru", "state", {"RUS", "CUB"}),
    # the other delegation led by, in an English ellipsis, co-chairs
    ("The third India-Japan Cyber Dialogue was held in New Delhi on 27 November 2019. The Indian delegation "
     "was led by Mr. Upender Singh Rawat, Joint Secretary, Ministry of External Affairs, and the Japanese "
     "delegation by Mr. Takeshi Akahori, Ambassador in charge of Cyber Policy, Ministry of Foreign Affairs of "
     "Japan.", "en", "state", {"IND", "JPN"}),
    # the second head of delegation in an elliptical clause co-chairs
    ("11 марта в режиме видеоконференции состоялся третий раунд консультаций между Россией и Вьетнамом по "
     "вопросам безопасности в сфере использования ИКТ. Российскую делегацию возглавил заместитель Секретаря "
     "Совета Безопасности Российской Федерации О.В.Храмов, вьетнамскую – заместитель министра общественной "
     "безопасности СРВ Лыонг Там Куанг.", "ru", ("name_native", "state"),
     {("Храмов О.В.", "RUS"), ("Лыонг Там Куанг", "VNM")}),
    # a title before the name
    ("On 29 July 2022 the Open-ended Working Group on security of and in the use of ICTs 2021–2025 concluded "
     "its third substantive session in New York. Chair Burhan Gafoor of Singapore said the report reflected "
     "a shared commitment.", "en", ("name", "state"), [("Burhan Gafoor", "SGP")]),
    # honorifics are no part of the name; one person's two posts joined by "and" are both hers
    ("The Canadian Minister of Foreign Affairs and Minister for Trade, Senator the Hon Anne Leclerc, and "
     "Kenya's Cabinet Secretary for Foreign Affairs, Dr P. Mwangi, met in Ottawa on 3 May 2024 for the annual "
     "Canada-Kenya Strategic Dialogue.", "en", ("name", "state"),
     {("Anne Leclerc", "CAN"), ("P. Mwangi", "KEN")}),
    # "led for X by", "on the Y side by": the state is the cue's
    ("The first Canada-Kenya Cyber Dialogue was held in Nairobi on 3 May 2024. The Dialogue was led for Kenya "
     "by Jane Wanjiru, Director, Ministry of Foreign Affairs, and on the Canadian side by Paul Tremblay, "
     "Director General, Global Affairs Canada.", "en", ("name", "state"),
     {("Jane Wanjiru", "KEN"), ("Paul Tremblay", "CAN")}),
    # a coordinated subject co-chairs, whatever its posts hold ("U.S." ends no clause)
    ("On 3 May 2024 the sixth EU-Chile Cyber Dialogue was held in Santiago. Carlos Soto, Director for "
     "Security Affairs, Ministry of Foreign Affairs of Chile, and Hans Berg, Acting Head of Division, European "
     "External Action Service, co-chaired the dialogue.", "en", ("name", "state"),
     {("Carlos Soto", "CHL"), ("Hans Berg", None)}),
    # "X and Y led the U.S. delegation"; "Z led for Chile"; an ambassador is not of the state he is sent to
    ("The United States and Chile held their inaugural Cyber Dialogue on 3 May 2024. Deputy Assistant "
     "Secretary of State John Miller and U.S. Ambassador to the Republic of Chile Anne Baker led the U.S. "
     "delegation. Ambassador for Cyber Affairs Carlos Soto led for Chile.", "en", ("name", "state"),
     {("John Miller", "USA"), ("Anne Baker", "USA"), ("Carlos Soto", "CHL")}),
    # initials in an English translation; the other delegation in an ellipsis after a dash
    ("On 3 May 2024 the first Russian-Chilean consultations on ICT security were held in Santiago. On the "
     "Russian side, the consultations were chaired by the Special Representative of the President of the "
     "Russian Federation, Ambassador A.V. Ivanov, the delegation of the Republic of Chile – Ambassador for "
     "Cyber Affairs C.Soto.", "en", ("name", "state"), {("A.V. Ivanov", "RUS"), ("C. Soto", "CHL")}),
    # «под руководством X и Y»: both
    ("3 мая 2024 года в Москве прошли российско-чилийские межведомственные консультации. Консультации прошли "
     "под руководством заместителя секретаря Совета Безопасности Российской Федерации Ивана Петрова и "
     "заместителя министра иностранных дел Чили Карлоса Сото.", "ru", "state", {"RUS", "CHL"}),
    # a person the sentence goes on to say attended is no co-chair
    ("The third ASEAN Ministerial Conference on Cybersecurity met in Singapore on 19 September 2018. The "
     "Conference was chaired by Mr S Iswaran, Singapore's Minister for Communications and Information, and "
     "attended by the Secretary-General of ASEAN, Dato Lim Jock Hoi.", "en", "surname", {"Iswaran"}),
    # a relative clause after the post is not part of it
    ("On 3 May 2024, Ivan Petrov, Secretary of the Security Council of the Russian Federation, who is in "
     "Santiago for a BRICS meeting, held Russian-Chilean consultations with Ana Soto, Minister of the "
     "Interior of Chile.", "en", ("post", "state"),
     {("Secretary of the Security Council of the Russian Federation", "RUS"), ("Minister of the Interior of Chile", "CHL")}),
    # a second co-chair after a long lower-case post ending in a ministry: the post ends at the next person
    ("The fourth Kenya-Canada cyber dialogue was held in Nairobi on 3 May 2024. The dialogue was co-chaired "
     "by Jane Wanjiru, joint secretary in the cyber division of the Kenyan foreign ministry and Paul Tremblay, "
     "director of cyber policy at Global Affairs Canada.", "en", ("name", "state"),
     {("Jane Wanjiru", "KEN"), ("Paul Tremblay", "CAN")}),
    # the bracket after a name says who headed a delegation; "led the engagement" as "led the delegation"
    ("The fifth Chile-Peru cyber policy consultation was held in Lima on 3 May 2024. Participants from the "
     "Chilean side: Ambassador for Cyber Affairs Ana Soto (head of the Chilean delegation) and officials of "
     "the foreign ministry. Participants from the Peruvian side: Director General Luis Ramos (head of the "
     "Peruvian delegation).", "en", ("name", "state"), {("Ana Soto", "CHL"), ("Luis Ramos", "PER")}),
    ("The Chile-Peru cyber dialogue was held in Lima on 3 May 2024. Ana Soto, Ambassador for Digital Affairs, "
     "led the engagement for Chile. Luis Ramos, Director General for Multilateral Affairs, led the Peruvian "
     "delegation.", "en", ("name", "state"), {("Ana Soto", "CHL"), ("Luis Ramos", "PER")}),
    # the post ends before the sentence's verb; the state is the one the engagement was led for
    ("The Chile-Peru cyber dialogue was held in Lima on 3 May 2024. Ana Soto, Ambassador for Digital Affairs, "
     "led the engagement for the Government of Chile, with experts of the Ministry of the Interior.", "en",
     ("name", "post", "state"), [("Ana Soto", "Ambassador for Digital Affairs", "CHL")]),
    # "under the chairmanship of" a person makes a chair; of a state, none
    ("Under the chairmanship of Ambassador Ana Soto of Chile, the Working Group on Cyber Measures held its "
     "seventh meeting in Santiago on 3 May 2024.", "en", ("name", "state"), [("Ana Soto", "CHL")]),
    ("Under the chairmanship of Peru, Minister Luis Ramos opened the seventh meeting of the Working Group on "
     "Cyber Measures in Lima on 3 May 2024.", "en", "name", []),
    # the side's adjective before «… делегацию возглавил» gives the chair's state
    ("3 мая 2024 года в Москве прошли российско-кенийские консультации. Российскую межведомственную делегацию "
     "возглавил директор департамента И.И.Петров.", "ru", ("state",), [("RUS",)]),
    # a clause set off by commas between «делегацию» and «возглавил» (a participle, «в состав которой вошли»)
    ("4 мая 2024 года в Лиме прошли перуанско-чилийские консультации. Делегацию Перу, включавшую экспертов "
     "министерства обороны и национальной полиции, возглавил вице-министр иностранных дел Перу Луис Рамос.", "ru",
     ("surname", "state"), [("Ramos", "PER")]),
    ("Межведомственную делегацию Чили, в состав которой вошли представители МВД и министерства обороны, "
     "возглавил посол Карлос Сото. Консультации с Перу прошли 4 мая 2024 года в Сантьяго.", "ru",
     ("surname", "state"), [("Soto", "CHL")]),
    # "the X side was represented by A, …, and the Y side by B": each side's head, the post before "and" only
    ("Japan and Kenya held the first Japan-Kenya Cyber Policy Dialogue on 3 May 2024 in Tokyo. The Japanese side "
     "was represented by Mr. SATO Kenji, Ambassador in charge of Cyber Policy, and the Kenyan side by Ms. Jane "
     "Wanjiru, Director for Cyber Affairs.", "en", ("name", "post", "state"),
     {("Kenji Sato", "Ambassador in charge of Cyber Policy", "JPN"),
      ("Jane Wanjiru", "Director for Cyber Affairs", "KEN")}),
    # a chair's post after «под председательством» is only the post
    ("30 ноября 2017 года в Минске под председательством Президента Республики Беларусь А.Г.Лукашенко "
     "состоялась сессия Совета коллективной безопасности ОДКБ.", "ru", ("post", "state"),
     [("Президента Республики Беларусь", "BLR")]),
]


@pytest.mark.parametrize("text, lang, fields, expected", CHAIR_CASES)
def test_the_chairs(text, lang, fields, expected):
    m = only_meeting(extract(text, lang))
    if isinstance(fields, str):
        got = [field(c, fields) for c in m["chairs"]]
    else:
        got = [tuple(field(c, f) for f in fields) for c in m["chairs"]]
    if isinstance(expected, set):
        got = set(got)
    assert got == expected, m["chairs"]


def test_the_two_ministers_named_again_chair_the_next_meeting():
    facts = extract(
        "The Canadian Minister of Foreign Affairs, Anne Leclerc, and Kenya's Cabinet Secretary for Foreign "
        "Affairs, Peter Mwangi, met in Ottawa on 3 May 2024 for the annual Canada-Kenya Strategic Dialogue. "
        "Later the same day, the two Ministers co-chaired the inaugural Canada-Kenya Cyber Dialogue.", "en")
    first, second = facts["meetings"]
    assert {c["name"] for c in first["chairs"]} == {"Anne Leclerc", "Peter Mwangi"}
    assert {(c["name"], c["state"]) for c in second["chairs"]} == {("Anne Leclerc", "CAN"), ("Peter Mwangi", "KEN")}
    assert {"CAN", "KEN"} <= set(second["states"])
