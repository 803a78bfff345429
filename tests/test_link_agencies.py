"""A body takes the state the text gives it, even where the vocabulary knows that name only for another."""

import pytest

from tests.helpers import extract, only_meeting

CASES = [
    # a name the vocabulary lists for one state, given here to another: a candidate of the other
    ("On 3 May 2024 Kenya and Brazil held security consultations in Nairobi. Kenya's Institutional Security "
     "Office took part.", "en", ("KEN", "Institutional Security Office")),
    ("On 3 May 2024 the Pacific Cyber Network held its annual meeting online. The Samoa Computer Emergency Response Team presented a "
     "toolkit.", "en", ("WSM", "Samoa Computer Emergency Response Team")),  # the state's name is part of it
    # a name many states' bodies carry, as their own or another name, is the English name of this state's
    # body, whatever most of them are called themselves
    ("3 мая в Найроби прошли российско-кенийские консультации. В них участвовали представители Министерства "
     "обороны Кении.", "ru", ("KEN", "Ministry of Defence")),
    # a post names its body: «Генпрокурор», «замминистра …», "the Interior Minister"
    ("3 мая 2024 года в Душанбе прошло заседание Координационного совета генеральных прокуроров. В нем участвовал "
     "Генпрокурор Кении.", "ru", ("KEN", "Prosecutor General's Office")),
    ("3 мая 2024 года в Найроби прошли российско-кенийские консультации. Кенийскую сторону представляла "
     "замминистра иностранных дел Кении.", "ru", ("KEN", "Ministry of Foreign Affairs")),
    ("On 3 May 2024 the interior ministers of the Gulf states met in Doha. Kuwaiti Interior Minister Ahmed Nasser "
     "spoke.", "en", ("KWT", "Ministry of Internal Affairs")),
    # the vocabulary's own body of that state
    ("2 мая в Москве прошли российско-кенийские консультации. В них участвовал российский МИД.", "ru",
     ("RUS", "Ministry of Foreign Affairs")),
]


@pytest.mark.parametrize("text, lang, body", CASES)
def test_body_belongs_to_the_state_named_before_it(text, lang, body):
    m = only_meeting(extract(text, lang, published="2024-05-04"))
    assert body in {(a["state"], a["name"]) for a in m["agencies"]}, m["agencies"]


def test_one_body_named_for_a_list_of_states_is_each_states_body():
    m = only_meeting(extract(
        "29 мая 2025 года в Минске состоялось заседание Совета министров внутренних дел государств – участников СНГ. "
        "В нем приняли участие министры внутренних дел Республики Армения, Республики Казахстан и Кыргызской "
        "Республики.", "ru"))
    # known ones by the vocabulary's name, the others as candidates named in Russian
    states = {a["state"] for a in m["agencies"] if a["name"] == "Ministry of Internal Affairs"
              or "внутренних дел" in a["name"]}
    assert {"ARM", "KAZ", "KGZ"} <= states


def test_central_asia_is_no_centre():
    m = only_meeting(extract("3 июня 2025 года в Бурабае прошло заседание Экспертного диалога «Центральная Азия – "
                             "Россия» по вопросам МИБ. Центральная Азия и Россия обсудили угрозы.", "ru"))
    assert not [a for a in m["agencies"] if "Центральн" in a["name"]]


@pytest.mark.parametrize("text, lang", [
    ("Заседание прошло во вторник в Бишкеке, пишет Интерфакс-Казахстан.", "ru"),
    ("The meeting took place in Bishkek on Tuesday, Reuters-Japan reported.", "en"),
])
def test_a_state_hyphened_to_a_news_agencys_name_takes_no_part(text, lang):
    m = only_meeting(extract(text, lang, published="2024-05-04"))
    assert not {"KAZ", "JPN"} & set(m["states"]), m["states"]


# A state after a body is not its owner across a closing bracket, nor where a comma opens a list of states.
NOT_OWNER_CASES = [
    ("On 3 May 2024 the ARF study group on ICTs met online, co-chaired by Kenya (Mr John Mwangi, Director of Cyber "
     "Division, Ministry of Foreign Affairs), Chile and Peru.", set()),
    ("Experts of 25 countries, among them the permanent members of the Security Council, Canada, Germany and "
     "Kenya, met in New York on 3 May 2024 for the first session of the Group of Governmental Experts.", set()),
]


@pytest.mark.parametrize("text, bodies", NOT_OWNER_CASES)
def test_a_state_after_a_body_that_does_not_own_it(text, bodies):
    m = only_meeting(extract(text, "en", published="2024-05-04"))
    assert {(a["state"], a["name"]) for a in m["agencies"]} == bodies



@pytest.mark.parametrize("url, home", [("https://news.example.uz/2024/05/03/ikt", "UZB"),
                                       ("https://report.example.az/ru/news/1", "AZE"),
                                       ("https://tass.example.ru/news/1", "RUS")])
def test_a_russian_page_of_another_states_press_is_that_states_home(url, home):
    from kg.ingest import default_resources
    from kg.records import Announcement
    from kg.understand import home_state, understand

    doc = understand(Announcement("a.txt", "3 мая 2024 года в Ташкенте прошла встреча.", "a.txt", lang="ru", url=url),
                     default_resources())
    assert home_state(doc) == home


# A state that qualifies a delegation, a side or officials heads the next phrase: it owns no body before it,
# so the bodies that phrase lists are that side's.
SIDE_AFTER_A_BODY_CASES = [
    ("On 3 May 2024 Kenya and Chile held cyber consultations in Nairobi. Besides the Ministry of Foreign Affairs, the "
     "Japan delegation included officials from the Departments of Mining and Transport.", "en",
     {("JPN", "Department of Mining"), ("JPN", "Department of Transport")}),
    ("On 3 May 2024 Japan and Ghana held cyber consultations in Accra. Apart from the State Department, the US "
     "team brought experts of the Harbour Data Commission.", "en", {("USA", "Harbour Data Commission")}),
    ("On 3 May 2024 Japan and Ghana held cyber consultations in Accra. Next to the Foreign Ministry, the India "
     "side included officials of the National Signals Bureau.", "en", {("IND", "National Signals Bureau")}),
]


@pytest.mark.parametrize("text, lang, bodies", SIDE_AFTER_A_BODY_CASES)
def test_a_state_opening_a_sides_phrase_owns_no_body_before_it(text, lang, bodies):
    m = only_meeting(extract(text, lang, published="2024-05-04"))
    assert bodies <= {(a["state"], a["name"]) for a in m["agencies"]}, m["agencies"]


@pytest.mark.parametrize("text, lang, bodies", [
    # one body named for a list of states: each state's, "the" before a later state included
    ("On 3 May 2024 the Gulf interior ministers met in Doha. A memorandum was signed between the ministries of the "
     "interior of Qatar and the UAE.", "en", {"QAT", "ARE"}),
    ("On 3 May 2024 Kenya and Chile held cyber consultations in Nairobi, joined by the ministries of defence of "
     "Kenya, Chile and the Philippines.", "en", {"KEN", "CHL", "PHL"}),
])
def test_one_body_for_a_list_of_states_is_each_states(text, lang, bodies):
    m = only_meeting(extract(text, lang, published="2024-05-04"))
    assert bodies <= {a["state"] for a in m["agencies"]}, m["agencies"]
