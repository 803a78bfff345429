"""Linked processes are taken in their era: the meeting's year, or the year of what names them."""

import pytest

from tests.helpers import extract

OEWG_2019 = "UN Open-Ended Working Group on developments in the field of ICTs in the context of international security 2019-2021"
OEWG_2021 = "UN Open-Ended Working Group on security of and in the use of ICTs 2021-2025"

CASES = [
    ("On 5 March 2024 Russia and India held consultations on ICT security in Moscow. The sides recalled "
     "resolution 73/27, by which the General Assembly set up the Open-ended Working Group.", OEWG_2019),
    ("On 5 March 2024 Russia and India held consultations on ICT security in Moscow. The sides discussed the "
     "work of the Open-ended Working Group.", OEWG_2021),
    ("On 5 March 2020 Russia and India held consultations on ICT security in Moscow. The sides discussed the "
     "work of the Open-ended Working Group.", OEWG_2019),
]


@pytest.mark.parametrize("text, process", CASES)
def test_process_of_its_time(text, process):
    [m] = extract(text, "en")["meetings"]
    oewg = [p["name"] for p in m["processes"] if "Open-Ended" in p["name"]]
    assert oewg == [process]


def test_a_forum_no_vocabulary_lists_is_a_candidate_process_the_meeting_links_to():
    [m] = extract("On 5 March 2024 Kenya and India held consultations on ICT security in Nairobi. The sides agreed "
                  "to coordinate within the Indian Ocean Cyber Resilience Initiative.", "en")["meetings"]
    assert "Indian Ocean Cyber Resilience Initiative" in {p["name"] for p in m["processes"]}


@pytest.mark.parametrize("text", [
    # a post, not a process
    "On 5 March 2024 Kenya and India held consultations on ICT security in Nairobi. The Executive Director of the "
    "Kenya National Cybersecurity Centre spoke.",
    # a venue
    "On 5 March 2024 Kenya and India held consultations on ICT security at the Kenyatta International Centre in "
    "Nairobi.",
    # the two states' own dialogue again
    "5 марта 2024 года в Москве прошли российско-кенийские консультации по вопросам МИБ. Стороны высоко оценили "
    "российско-кенийский диалог в сфере безопасности.",
])
def test_what_is_not_a_linked_process(text):
    [m] = extract(text, "ru" if "Москве" in text else "en")["meetings"]
    assert not [p for p in m["processes"] if "Centre" in p["name"] or "диалог" in p["name"]]


def test_at_a_states_initiative_is_no_process():
    [m] = extract("5 марта 2024 года в Москве прошли российско-кенийские консультации по вопросам МИБ. Стороны "
                  "обсудили резолюцию, принятую по инициативе России.", "ru")["meetings"]
    assert not [p for p in m["processes"] if "инициатив" in p["name"].lower()]


# Processes named in a clause about something else than the meeting are still linked.
LINKED_CASES = [
    # another forum's session to come, in a relative clause: the sentence still reports this meeting
    ("5 марта 2024 года в Алма-Ате прошли консультации России и Казахстана по вопросам МИБ. Стороны обменялись "
     "мнениями о работе в Рабочей группе ООН открытого состава, заключительная сессия которой пройдет в июле.",
     "ru", "UN Open-Ended Working Group on security of and in the use of ICTs 2021-2025"),
    # the event on whose sidelines the meeting was held; the name ends before the next clause's subject
    ("5 марта 2024 года в Казани на полях третьего саммита Россия – Океания Министр иностранных дел России "
     "провел переговоры с коллегой из Фиджи.", "ru", "саммит Россия – Океания"),
]


@pytest.mark.parametrize("text, lang, process", LINKED_CASES)
def test_processes_named_around_the_meeting_are_linked(text, lang, process):
    [m] = extract(text, lang)["meetings"]
    assert process.lower() in {p["name"].lower() for p in m["processes"]}


def test_a_session_to_come_of_the_meetings_own_forum_stays_a_follow_up():
    [m] = extract("5 марта 2024 года в Нью-Йорке прошла организационная сессия Рабочей группы ООН открытого "
                  "состава. Прочие вопросы будут решены на первой сессии Группы, которая пройдет 13–17 декабря в "
                  "Нью-Йорке.", "ru")["meetings"]
    assert m["next_meeting"] and m["next_meeting"]["when"] == "2024-12-13/2024-12-17"


@pytest.mark.parametrize("text, lang, process", [
    ("5 марта 2024 года в Минске прошло заседание Совета глав администраций связи. Обсуждена подготовка к "
     "Ассамблее радиосвязи МСЭ и участие в 5-м Чрезвычайном конгрессе Всемирного почтового союза.", "ru",
     "Чрезвычайный конгресс Всемирного почтового союза"),
    ("5 марта 2024 года в Минске прошло заседание Совета глав администраций связи. Обсуждена подготовка к "
     "Ассамблее радиосвязи МСЭ.", "ru", "Ассамблея радиосвязи МСЭ"),
    ("On 5 March 2024 the Pacific Telecommunications Council met in Suva. Members prepared for the ITU "
     "Radiocommunication Assembly.", "en", "ITU Radiocommunication Assembly"),
])
def test_assemblies_and_congresses_are_linked_processes(text, lang, process):
    [m] = extract(text, lang)["meetings"]
    assert process in {p["name"] for p in m["processes"]}


def test_an_organisation_opening_a_process_name_is_not_linked_on_its_own():
    [m] = extract("On 5 March 2024 Kenya and India held consultations on ICT security in Nairobi. The sides discussed "
                  "the United Nations Global Mechanism on ICT security.", "en")["meetings"]
    assert "United Nations" not in {p["name"] for p in m["processes"]}
