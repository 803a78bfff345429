"""The number of a meeting in its series ("third round", "5th", "eighteenth annual meeting"), also from a
sentence about the forum without a date; "first" of a kind of debate is no number."""

import pytest

from tests.helpers import extract, only_meeting

CASES = [
    ("On 4 April 2019, Beijing hosted the third round of China-Russia consultations on international "
     "information security. The Russian delegation was headed by Mr Andrey Krutskikh, Special "
     "Representative of the President of the Russian Federation for International Cooperation in the "
     "Field of Information Security. The Chinese side was led by Mr Wang Lei, Coordinator for Cyber Affairs "
     "of the Ministry of Foreign Affairs of China.", "en", None, 3),
    ("The 5th ARF Inter-Sessional Meeting on Security of and in the Use of ICTs was held in Singapore on "
     "20-21 March 2023. Delegations from Australia, China and the European Union attended.", "en", None, 5),
    ("The 9th Nordic-Baltic Cyber Diplomacy Dialogue was held in Riga on 14 May 2024. Delegations from "
     "Estonia, Finland and Latvia attended.", "en", None, 9),
    # an ordinal right before a known forum's name
    ("Russia and ASEAN held consultations in Jakarta on 3 May 2024, during the fifth Russia-ASEAN Dialogue on "
     "ICT Security.", "en", None, 5),
    # a Russian numeral ordinal with its ending after a hyphen
    ("3 мая 2024 года в Казани прошла 8-я научная конференция Международного консорциума по кибербезопасности.",
     "ru", None, 8),
    # the ordinal in an undated sentence about the forum counts
    ("Internet Governance Forum 2023 concludes in Kyoto\n\nThe eighteenth annual meeting of the Internet "
     "Governance Forum closed today in Kyoto. Hosted by the Government of Japan from 8 to 12 October 2023, "
     "the Forum brought together 9,000 participants.", "en", "2023-10-12", 18),
    # the number of a dialogue's round, with words between it and the noun
    ("The sixth cyber dialogue between Kenya and Chile was held in Nairobi on 3 May 2024.", "en", None, 6),
    # a compound ordinal: tens, then an ordinal word
    ("10 апреля 2015 года в Найроби состоялось очередное двадцать шестое заседание Совета Восточноафриканской "
     "полицейской организации.", "ru", None, 26),
    ("The twenty-sixth meeting of the Kenya-Chile Cyber Dialogue was held in Nairobi on 3 May 2024.", "en", None,
     26),
    # "the sixth edition of" numbers the meeting
    ("The sixth edition of the Kenya-Chile Cyber Dialogue was hosted by Kenya on 14 December 2020.", "en", None,
     6),
    # a second sentence reporting the same meeting on its day numbers it
    ("Секретари советов безопасности стран Африканского союза приняли участие в очередной встрече в Найроби. "
     "В Найроби 5 ноября состоялась 13-я встреча секретарей советов безопасности стран Африканского союза.",
     "ru", "2024-11-06", 13),
    # a first debate on a topic is a first of its kind, not an ordinal
    ("On 29 June 2021 the Security Council held its first open debate on cyber security in New York.", "en",
     None, None),
    # a forum that met for the Nth time, named by its head noun, with no meeting noun in the sentence
    ("The Kenya-Ghana Joint Commission on Cybersecurity met for the third time in Nairobi last week.", "en", None, 3),
    ("Кенийско-ганская межправительственная комиссия по кибербезопасности собралась в третий раз в Найроби.", "ru",
     None, 3),
    # the host's first turn is no number of the forum's
    ("For the first time, Kenya hosted the Africa Cyber Defence Forum in Nairobi on 2 May 2024.", "en", None, None),
]


@pytest.mark.parametrize("text, lang, published, ordinal", CASES)
def test_the_meetings_number_in_its_series(text, lang, published, ordinal):
    m = only_meeting(extract(text, lang, published))
    assert m["ordinal"] == ordinal
