"""Meeting dates: a date or range written in full, a year taken from the release only for a relative
year (month and day alone otherwise), and a weekday or "today" dated from the release or its dateline."""

import pytest

from tests.helpers import extract, only_meeting

# A date written in the text, even beside another one: the dateline's day is not the meeting's.
WRITTEN_CASES = [
    ("On 4 April 2019, Beijing hosted the third round of China-Russia consultations on international "
     "information security. The Russian delegation was headed by Mr Andrey Krutskikh, Special "
     "Representative of the President of the Russian Federation for International Cooperation in the "
     "Field of Information Security. The Chinese side was led by Mr Wang Lei, Coordinator for Cyber Affairs "
     "of the Ministry of Foreign Affairs of China.", "en", None, "2019-04-04"),
    ("The 5th ARF Inter-Sessional Meeting on Security of and in the Use of ICTs was held in Singapore on "
     "20-21 March 2023. Delegations from Australia, China and the European Union attended.", "en", None,
     "2023-03-20/2023-03-21"),
    ("Strasbourg, 12 May 2022 – The Second Additional Protocol to the Convention on Cybercrime was opened for "
     "signature at a conference held at the Council of Europe in Strasbourg on 12 and 13 May.", "en",
     "2022-05-12", "2022-05-12/2022-05-13"),
    # a date in a clause about what came before is that event's; "shortly after" starts no meeting of its own
    ("On 11 November 2024, the European Union and Chile held their sixth Cyber Dialogue in Santiago. The "
     "dialogue took place shortly after the launch of the EU-Chile Digital Partnership at the EU-Chile "
     "Association Council on 1 November 2024.", "en", None, "2024-11-11"),
    # a dateline with the country in brackets gives no date of the meeting
    ("Nairobi [Kenya], October 5 : Kenya and Chile discussed cyber cooperation during the third Kenya-Chile "
     "Cyber Dialogue held in Nairobi.", "en", "2023-10-05", None),
    # one day named twice is that day, not a range
    ("Oct. 11 — Ministers of ten states agreed on Oct. 11 to cooperate, closing the first Andean Cyber "
     "Conference in Lima.", "en", None, "--10-11"),
    # a yearless date takes no year from a background date further on in the text
    ("Сегодня, 6 сентября, в Казани начал работу экспертный форум ОДКБ по кибербезопасности. Решение о его "
     "проведении было принято на сессии Совета коллективной безопасности ОДКБ 16 сентября 2021 года.", "ru",
     None, "--09-06"),
    # a heading's date (the statement's) yields to the sentence that reports the meeting
    ("Joint Statement on the Third EU-Chile Cyber Dialogue 21.06.2019 The following statement was released by "
     "Chile and the European Union. On 24 May 2019, Chile hosted the European Union for the third EU-Chile Cyber "
     "Dialogue in Santiago.", "en", None, "2019-05-24"),
    # the same days written in full further on give the year
    ("The annual meeting of the Andean Cyber Group took place in Lima on 22 and 23 May. The Ministry of Foreign "
     "Affairs hosted the annual meeting of the Andean Cyber Group on 22 and 23 May 2025.", "en", None,
     "2025-05-22/2025-05-23"),
    # a day written as an ordinal
    ("The third Kenya-Chile Cyber Dialogue was held in Nairobi on the 3rd of May 2024.", "en", None, "2024-05-03"),
    ("The third Kenya-Chile Cyber Dialogue was held in Nairobi on 3rd and 4th May 2024.", "en", None,
     "2024-05-03/2024-05-04"),
    ("Третий раунд кенийско-чилийских консультаций состоялся в Найроби 3-го мая 2024 года.", "ru", None,
     "2024-05-03"),
]


@pytest.mark.parametrize("text, lang, published, date", WRITTEN_CASES)
def test_a_date_written_in_the_text(text, lang, published, date):
    m = only_meeting(extract(text, lang, published))
    assert m["date"] == date


# «с.г.» (this year) takes the year of the release; with no year anywhere, only month and day are known.
YEAR_CASES = [
    ("12 мая с.г. в режиме видеоконференции прошло заседание Рабочей группы БРИКС по вопросам безопасности в "
     "сфере использования ИКТ.", "ru", "2022-05-13", "2022-05-12"),
    ("5 марта в Москве состоялись консультации по вопросам международной информационной безопасности. "
     "В состав делегации вошли представители ФСБ России, Минцифры России и Генеральной прокуратуры "
     "Российской Федерации.", "ru", None, "--03-05"),
    ("14 октября в Пекине прошло заседание Группы экспертов ШОС по международной "
     "информационной безопасности.", "ru", None, "--10-14"),
]


@pytest.mark.parametrize("text, lang, published, date", YEAR_CASES)
def test_the_year_comes_from_the_release_only_for_a_relative_year(text, lang, published, date):
    m = only_meeting(extract(text, lang, published))
    assert m["date"] == date


# "today" is the dateline's day; a weekday is a day of the week of the release.
RELATIVE_DAY_CASES = [
    ("NEW YORK, 6 December 2021 — The General Assembly today adopted without a vote a resolution on "
     "developments in the field of information and telecommunications, sponsored by the Russian Federation "
     "and the United States.", "en", "2021-12-07", "2021-12-06"),
    ("Prime Minister Kaja Kallas on Tuesday chaired an open debate of the United Nations Security Council on "
     "cyber security, held as a video teleconference.", "en", "2021-06-30", "2021-06-29"),
    ("Во вторник в Женеве состоялись консультации России и Швейцарии по вопросам международной "
     "информационной безопасности.", "ru", "2021-06-29", "2021-06-29"),
    # a day that ends or opens an event of N days gives the range of those days
    ("Kenya says it has completed a three-day cyber workshop for East Africa. The workshop concluded in Nairobi on "
     "Thursday.", "en", "2024-05-11", "2024-05-07/2024-05-09"),
    ("3 мая в Найроби открылся двухдневный семинар по кибербезопасности для стран Восточной Африки.", "ru",
     "2024-05-06", "2024-05-03/2024-05-04"),
    ("The East African Cyber Forum concluded in Nairobi on 9 May 2024. The three-day forum gathered 300 experts.",
     "en", "2024-05-10", "2024-05-07/2024-05-09"),
    # "yesterday" is the day before the release or its dateline; a bare «накануне» too, «накануне саммита» not
    # (that row a guard)
    ("The third Kenya-Chile Cyber Dialogue was held in Nairobi yesterday.", "en", "2024-05-06", "2024-05-05"),
    ("Nairobi, 4 May 2024 - The third Kenya-Chile Cyber Dialogue was held yesterday in Nairobi.", "en",
     "2024-05-06", "2024-05-03"),
    ("Накануне в Найроби состоялся третий раунд кенийско-чилийских консультаций.", "ru", "2024-05-06",
     "2024-05-05"),
    ("Накануне саммита в Найроби состоялся третий раунд кенийско-чилийских консультаций.", "ru", "2024-05-06",
     None),
    ("В минувшую пятницу в Найроби состоялся третий раунд кенийско-чилийских консультаций.", "ru", "2024-05-06",
     "2024-05-03"),
    # news style: "met Thursday", after a dateline with the agency in brackets
    ("NAIROBI, May 10 (KNA) -- Delegates from Ghana met Thursday with Kenyan officials in Nairobi for the second "
     "Kenya-Ghana Cyber Dialogue.", "en", "2024-05-10", "2024-05-09"),
    # a weekday right after a verb of reporting is the report's day, not the meeting's
    ("Как сообщает во вторник агентство, об этом президент заявил на саммите Восточноафриканского сообщества в "
     "Аруше.", "ru", "2024-05-08", None),
    ("The minister spoke at the summit of the East African Community in Arusha, the agency reported on Tuesday.",
     "en", "2024-05-08", None),
]


@pytest.mark.parametrize("text, lang, published, date", RELATIVE_DAY_CASES)
def test_a_relative_day_is_dated_from_the_release(text, lang, published, date):
    m = only_meeting(extract(text, lang, published))
    assert m["date"] == date
