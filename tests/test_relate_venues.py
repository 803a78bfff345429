"""Where and how a meeting is held: its location (a city, or a country named as the venue when no city is)
and its format (in-person, online, hybrid), not those of a follow-up or of a representative's post.

`ANY` marks a fact the row does not check."""

from unittest.mock import ANY

import pytest

from tests.helpers import extract, only_meeting

CASES = [
    ("5 марта в Москве состоялись консультации по вопросам международной информационной безопасности. "
     "В состав делегации вошли представители ФСБ России, Минцифры России и Генеральной прокуратуры "
     "Российской Федерации.", "ru", None, "Moscow", "in-person"),
    ("14 октября в Пекине прошло заседание Группы экспертов ШОС по международной "
     "информационной безопасности.", "ru", None, "Beijing", ANY),
    ("On 4 April 2019, Beijing hosted the third round of China-Russia consultations on international "
     "information security. The Russian delegation was headed by Mr Andrey Krutskikh, Special "
     "Representative of the President of the Russian Federation for International Cooperation in the "
     "Field of Information Security. The Chinese side was led by Mr Wang Lei, Coordinator for Cyber Affairs "
     "of the Ministry of Foreign Affairs of China.", "en", None, "Beijing", ANY),
    # an online meeting sits nowhere: the city of an earlier signing is not its place (the Russian row a guard)
    ("The third Kenya-Chile Cyber Policy Dialogue was held virtually on 2 September 2020. It built on the "
     "Partnership Agreement signed by the two Foreign Ministers in Nairobi on 10 February 2020.", "en", None,
     None, "online"),
    ("2 сентября 2020 года в режиме видеоконференции прошел третий раунд кенийско-чилийских консультаций. "
     "Стороны отметили значение соглашения, подписанного министрами в Найроби 10 февраля.", "ru", None, None,
     "online"),
    # "in the capital of Kenya" in Russian word order: the state in the genitive after the noun
    ("НАЙРОБИ, 4 мая. /ТАСС/. Третий раунд кенийско-чилийских консультаций состоялся в столице Кении в пятницу.",
     "ru", "2024-05-06", "Nairobi", ANY),
    # a city no vocabulary lists, as the subject that hosts (GeoNames' cities)
    ("Mombasa hosted on 4-5 April 2019 the third round of Kenya-Russia consultations on ICT security.", "en",
     None, "Mombasa", "in-person"),
    ("4 апреля Момбаса приняла третий раунд кенийско-российских консультаций по вопросам безопасности ИКТ.",
     "ru", None, "Mombasa", "in-person"),
    # an earlier meeting's place, in a clause about it, is not this one's
    ("On 7 and 8 February 2024 Chile and Kenya held a cyber dialogue in Nairobi. This meeting builds on the "
     "inaugural Chile-Kenya cyber dialogue, which was held in Santiago in September 2022.", "en", None,
     "Nairobi", ANY),
    ("On 7 and 8 February 2024 Chile and Kenya held a whole of government cyber dialogue. This meeting builds on "
     "the inaugural Chile-Kenya cyber dialogue, which was held in Santiago in September 2022.", "en", None, None, ANY),
    # a lead sentence before the report places the meeting
    ("Вопросы информационной безопасности обсудило в Казани руководство советов безопасности Беларуси и "
     "России. Межведомственные консультации прошли под руководством заместителей секретарей советов.", "ru",
     None, "Kazan", "in-person"),
    # «им. М. В. Ломоносова»: a person's initials, not «в» before a town of that name
    ("3 мая 2024 года в филиале МГУ им. М. В. Ломоносова прошла научная конференция по кибербезопасности.",
     "ru", None, None, ANY),
    # a country named as the venue is the location when no city is
    ("The 5th ARF Inter-Sessional Meeting on Security of and in the Use of ICTs was held in Singapore on "
     "20-21 March 2023. Delegations from Australia, China and the European Union attended.", "en", None,
     "Singapore", "in-person"),
    # a city in a representative's title is not the venue
    ("1 июня прошла организационная сессия Рабочей группы ООН открытого состава. Председателем избран "
     "Постоянный представитель Сингапура при ООН в Нью-Йорке Бурхан Гафур.", "ru", None, None, ANY),
    ("12 мая с.г. в режиме видеоконференции прошло заседание Рабочей группы БРИКС по вопросам безопасности в "
     "сфере использования ИКТ.", "ru", "2022-05-13", ANY, "online"),
    # the follow-up's format is not the meeting's own
    ("10 ноября в формате видеоконференции прошел первый раунд консультаций Россия-АСЕАН. Стороны "
     "договорились провести следующую встречу в 2022 году в очном формате.", "ru", None, ANY, "online"),
    ("On 29 June 2021 the United Nations Security Council held an open debate on cyber security, held as a "
     "video teleconference.", "en", None, ANY, "online"),
    # on site and online is hybrid; "online safety" is a topic, not a format
    ("The annual meeting of the Internet Governance Forum closed today in Riyadh, Saudi Arabia, on 19 December "
     "2024. Participants took part both on site and online and discussed online safety.", "en", None, ANY,
     "hybrid"),
    # the state that hosts is the place when no city is named; a country alone says nothing of the format
    ("The fifth India-Kenya cyber dialogue, hosted by Kenya, was held on 3 May 2024.", "en", None, "Kenya", None),
    ("3 мая 2024 года Кения приняла пятое заседание Восточноафриканской группы по кибербезопасности.", "ru", None,
     "Kenya", None),
    # a city in apposition to "the capital of X"
    ("3 мая 2024 года XVII форум по кибербезопасности прошел в столице Эфиопии Аддис-Абебе.", "ru", None, "Addis Ababa",
     "in-person"),
    # a release's dateline is no venue, in capitals or not; an organisation's headquarters is in its seat
    ("NAIROBI, 3 May 2024 — The Regional Cyber Expert Group concluded its eighth session today.", "en", None, None,
     None),
    ("Nairobi, 3 May 2024 – The Regional Cyber Expert Group concluded its eighth session today.", "en", None, None,
     None),
    ("Nairobi, 3 May 2024 – The Regional Cyber Expert Group held its inaugural meeting at the headquarters of the "
     "African Union Commission.", "en", None, "Addis Ababa", "in-person"),
    # held in a state body's building: that state's capital
    ("The third Kenya-Chile cyber dialogue was held at the Ministry of Foreign Affairs of Kenya on 3 May 2024.",
     "en", None, "Nairobi", "in-person"),
    ("3 мая 2024 года в особняке МИД Кении состоялась конференция по кибербезопасности.", "ru", None, "Nairobi",
     "in-person"),
]


@pytest.mark.parametrize("text, lang, published, location, format_", CASES)
def test_location_and_format_of_the_meeting(text, lang, published, location, format_):
    m = only_meeting(extract(text, lang, published))
    assert (m["location"], m["format"]) == (location, format_)
