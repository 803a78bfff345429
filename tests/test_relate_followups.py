"""The next meeting a text announces: its own date and format, only for the meeting it follows, and not
the next meeting of another forum."""

import pytest

from tests.helpers import extract, only_meeting

ZAS_MEETING = ("25 мая в Москве Секретарь Совета Безопасности Российской Федерации Николай Патрушев провел встречу "
               "с Генеральным секретарем Организации Договора о коллективной безопасности Станиславом Засем. "
               "Стороны обсудили реализацию Стратегии коллективной безопасности ОДКБ на период до 2025 года и "
               "подготовку к заседанию Совета коллективной безопасности ОДКБ, которое состоится в ноябре в Ереване.")

NEXT_MEETING_CASES = [
    ("10 ноября в формате видеоконференции прошел первый раунд консультаций Россия-АСЕАН. Стороны "
     "договорились провести следующую встречу в 2022 году в очном формате.", "ru",
     {"when": "2022", "format": "in-person"}),
    # the session of another forum to come is not this meeting's follow-up
    (ZAS_MEETING, "ru", None),
    # committing or deciding to hold the next one is agreeing it
    ("The United States and Kenya held the third U.S.-Kenya Cyber Dialogue in Nairobi on May 3, 2024. The two "
     "countries committed to hold the fourth dialogue in Washington in 2025.", "en",
     {"when": "2025", "format": "in-person"}),
    ("The United States and Kenya held the third U.S.-Kenya Cyber Dialogue in Nairobi on May 3, 2024. Both sides "
     "also decided to hold the next USKCD in Washington in 2025.", "en", {"when": "2025", "format": "in-person"}),
]


@pytest.mark.parametrize("text, lang, next_meeting", NEXT_MEETING_CASES)
def test_the_next_meeting(text, lang, next_meeting):
    m = only_meeting(extract(text, lang))
    assert m["next_meeting"] == next_meeting


WHEN_CASES = [
    # a month and year is not a day of that month
    ("NEW YORK, 29 July 2022 — The Open-ended Working Group on security of and in the use of ICTs 2021–2025 "
     "today concluded its third substantive session. The fourth substantive session will be held in "
     "March 2023.", "en", "2023-03"),
    # a part of a year stays as narrow as the text says
    ("The third Kenya-Chile Cyber Dialogue was held in Nairobi on 3 May 2024. Chile will host the next dialogue "
     "in the first half of 2025.", "en", "first half of 2025"),
    ("3 мая в Найроби состоялся третий раунд кенийско-чилийских консультаций. Стороны договорились провести "
     "очередной раунд в Сантьяго в первом полугодии 2025 года.", "ru", "first half of 2025"),
]


@pytest.mark.parametrize("text, lang, when", WHEN_CASES)
def test_when_the_next_meeting_is_held(text, lang, when):
    m = only_meeting(extract(text, lang))
    assert m["next_meeting"]["when"] == when


# In a text of several meetings, the follow-up belongs to the latest one reported.
LATEST_CASES = [
    ("On 4 December 2019 the Working Group on Digital Cooperation of the ARF concluded informal consultations "
     "held in Bangkok from 2 to 4 December. The consultations followed the Group's first meeting, which was "
     "held in Hanoi from 9 to 13 September 2019 under the same chair. The Group will hold its next meeting in "
     "Manila from 10 to 14 February 2020.", "en", "2019-12"),
]


@pytest.mark.parametrize("text, lang, month", LATEST_CASES)
def test_the_next_meeting_follows_the_latest_meeting_reported(text, lang, month):
    facts = extract(text, lang)
    ups = [m for m in facts["meetings"] if m["next_meeting"]]
    assert len(ups) == 1 and ups[0]["date"].startswith(month), facts["meetings"]
