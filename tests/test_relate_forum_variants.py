"""The forum a meeting belongs to and the kind of meeting: a vocabulary forum by its short name or its
name without years (the group of the meeting's year), a candidate forum by its proper name, consultations
outside the vocabulary named after the two states, and no forum for a genre word alone.

`ANY` marks a fact the row does not check; `Containing` a forum name checked by one of its words."""

from unittest.mock import ANY

import pytest

from tests.helpers import extract, only_meeting


class Containing:
    """Equal to any string that contains `part`."""

    def __init__(self, part):
        self.part = part

    def __eq__(self, other):
        return isinstance(other, str) and self.part in other

    def __repr__(self):
        return f"Containing({self.part!r})"


OEWG_2019 = ("UN Open-Ended Working Group on developments in the field of ICTs in the context of international "
             "security 2019-2021")
OEWG_2021 = "UN Open-Ended Working Group on security of and in the use of ICTs 2021-2025"

CASES = [
    ("12 мая с.г. в режиме видеоконференции прошло заседание Рабочей группы БРИКС по вопросам безопасности в "
     "сфере использования ИКТ.", "ru", "2022-05-13", Containing("BRICS"), ANY),
    ("15 марта в Гаване состоялись межведомственные консультации по вопросам обеспечения международной "
     "информационной безопасности. Российскую делегацию возглавил директор Департамента МИД России "
     "А.А.Иванов. Кубинскую делегацию возглавил заместитель министра иностранных дел Республики Куба "
     "Херардо Пеньяльвер Порталь.", "ru", None,
     "Russia-Cuba consultations on international information security", "consultations"),
    # the last word of an English name after a preposition is not its short form
    ("The ASEAN Ministerial Conference on Cybersecurity met in Singapore on 19 September 2018. Ministers "
     "discussed Cybersecurity capacity building with Japan.", "en", None,
     "ASEAN Ministerial Conference on Cybersecurity", ANY),
    # an unknown forum with a proper name is kept as a candidate forum
    ("The 9th Nordic-Baltic Cyber Diplomacy Dialogue was held in Riga on 14 May 2024. Delegations from "
     "Estonia, Finland and Latvia attended.", "en", None, "Nordic-Baltic Cyber Diplomacy Dialogue", "dialogue"),
    # a genre with one capitalised word is not a forum name
    ("The Annual Meeting was held in Riga on 14 May 2024 with Estonia and Latvia.", "en", None, None, ANY),
    # a group named without years is the group of the meeting's year
    ("10 февраля 2020 года в Нью-Йорке открылась вторая сессия РГОС.", "ru", None, OEWG_2019, ANY),
    ("On 10 February 2020 the OEWG opened its second substantive session in New York.", "en", None, OEWG_2019,
     ANY),
    ("On 6 March 2023 the OEWG opened its fourth substantive session in New York.", "en", None, OEWG_2021, ANY),
    # the event that brought a person to town, in a relative clause, is not the meeting reported
    ("On 3 May 2024, the Secretary of the Security Council of the Russian Federation, who is in Santiago for "
     "the meeting of BRICS High Representatives Responsible for Security, held Russian-Chilean consultations on "
     "security issues with the Minister of the Interior of Chile.", "en", None,
     "Russia-Chile consultations on security issues", "consultations"),
    ("3 мая 2024 года находящийся в Сантьяго для участия во встрече высоких представителей государств БРИКС, "
     "курирующих вопросы безопасности, Секретарь Совета Безопасности Российской Федерации провел "
     "российско-чилийские консультации по вопросам безопасности с министром внутренних дел Чили.", "ru", None,
     "Russia-Chile consultations on security issues", "consultations"),
    # consultations named by the two states in Russian, no other proper name in them
    ("3 мая 2024 года в Найроби состоялись консультации Кении и Чили по вопросам безопасности ИКТ.", "ru", None,
     "Chile-Kenya consultations on security in the use of ICTs", "consultations"),
    # a known forum inside a longer name on another head is part of that name: the longer one meets
    ("The Quad Senior Cyber Group Principals met in Tokyo on 3 May 2024 to discuss cybersecurity cooperation.",
     "en", None, "Quad Senior Cyber Group", "working-group"),
    ("3 мая 2024 года в Москве состоялось заседание временной Рабочей группы при Комитете секретарей советов "
     "безопасности ОДКБ.", "ru", None,
     "временная Рабочая группа при Комитете секретарей советов безопасности ОДКБ", "working-group"),
    # posts and names are no forum: consultations of the two states' bodies are the two states' consultations
    ("Consultations between the administrations of the Security Councils of Kazakhstan and Belarus took place "
     "on 21 October 2021 in Astana. Following the meeting Secretary of the Security Council of Kazakhstan Asset "
     "Issekeshev and State Secretary of the Security Council of Belarus Aleksandr Volfovich signed a plan.",
     "en", None, "Belarus-Kazakhstan consultations", "consultations"),
    # an organisation's body holding its session is the forum, a committee by its name
    ("The Eurasian Economic Commission held its twelfth session in Almaty on 3 May 2024 to discuss digital "
     "security.", "en", None, "Eurasian Economic Commission", ANY),
    # a date after the head is no longer name
    ("Chile and the Kingdom of Spain held their inaugural Cyber Dialogue May 20, 2024, in Madrid.", "en", None,
     "Chile-Spain Cyber Dialogue", "dialogue"),
    # "their sixth Cyber Dialogue": the two parties' dialogue
    ("On 3 May 2024 the European Union and Chile held their sixth Cyber Dialogue in Santiago.", "en", None,
     "EU-Chile Cyber Dialogue", "dialogue"),
    # lower-case consultations outside the vocabulary, in English: the pair and the noun as the text writes
    # them, without the number
    ("Kenya-UK sixth cyber dialogue focuses on ransomware\n\nThe dialogue between the two countries was held in "
     "Nairobi on 3 May 2024.", "en", None, "Kenya-UK cyber dialogue", "dialogue"),
    # a lead sentence names the forum that the report calls by its genre
    ("The following statement was released on the occasion of the 3rd Kenya-Chile Cyber Dialogue.\nOn 4 May "
     "2024, in Nairobi, Kenya and Chile concluded their third inter-agency dialogue on cyber issues.", "en", None,
     "Kenya-Chile Cyber Dialogue", "dialogue"),
    # a post is no forum name, though its organisation's head noun is a forum's ("Council")
    ("On 3 May 2024 the conference in Rome was opened by Anna Rossi, Secretary General of the Council of Europe.",
     "en", None, None, ANY),
    # a deliberative organ acting "today" sits
    ("NEW YORK, 6 December 2021 — The General Assembly today adopted without a vote a resolution on "
     "developments in the field of information and telecommunications, sponsored by the Russian Federation "
     "and the United States.", "en", "2021-12-07", "UN General Assembly", ANY),
]


@pytest.mark.parametrize("text, lang, published, forum, kind", CASES)
def test_forum_and_kind_of_the_meeting(text, lang, published, forum, kind):
    m = only_meeting(extract(text, lang, published))
    if forum is None:
        assert m["forum"] is None
    else:
        assert m["forum"]["name"] == forum
    assert m["kind"] == kind
