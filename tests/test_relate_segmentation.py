"""Cutting a text into meetings: how many it reports (none for a text with no meeting), and which facts
go to which of them (talks on the sidelines, an earlier session recalled, a second day with a person
met before)."""

import pytest

from tests.helpers import extract

NO_MEETING = ("Президент Российской Федерации утвердил Основы государственной политики в области "
              "международной информационной безопасности.")

SIDELINES = (
    "On 12 April 2022, Tashkent hosted the meeting of Secretaries of Security Councils of SCO Member States. "
    "Kazakhstan was represented by the Secretary of its Security Council. On the sidelines of the meeting, "
    "the Russian Security Council Secretary held talks with the Secretary of the Security Council of "
    "Uzbekistan.")

UFA = ("18 июня в Уфе Секретарь Совета Безопасности Российской Федерации Николай Патрушев принял участие в X "
       "Международной встрече высоких представителей, курирующих вопросы безопасности. В работе встречи приняли "
       "участие делегации 120 государств, а также представители ООН, ОДКБ, ШОС и СНГ.\n\n"
       "19 июня Николай Патрушев встретился с Секретарем Высшего совета национальной безопасности Ирана Али "
       "Шамхани. Обсуждены вопросы противодействия киберугрозам.")

OEWG_2019 = (
    "NEW YORK — The Open-ended Working Group on Developments in the Field of Information and Telecommunications "
    "in the Context of International Security on 4 December 2019 concluded a three-day informal intersessional "
    "consultative meeting with representatives of business and academia, held in New York from 2 to 4 December. "
    "The consultations followed the Working Group's first substantive session, which Member States held in New "
    "York from 9 to 13 September 2019, under the chairmanship of Ambassador Jürg Lauber of Switzerland.")

PRECEDED = ("On 12 May 2024 the Cybercrime Convention Committee held its 30th plenary in Strasbourg. The plenary "
            "session preceded the Cyber Policy Conference (14-16 May).")

COUNT_CASES = [
    # a workshop held is a meeting
    ("The United States says it has completed a three-day cyber capacity-building workshop for the Pacific that "
     "concluded in Fiji on Thursday.", "en", 1),
    # officials named by their posts signing somewhere; a council summing up its sitting; only the heading
    # names the session the text belongs to
    ("Проект соглашения о сотрудничестве главы МИДов государств – участников СНГ подписали вчера в Казахстане.",
     "ru", 1),
    ("В Киргизии подводят итоги заседания Совета министров обороны СНГ. На встрече были согласованы пять "
     "документов.", "ru", 1),
    ("Выступление представителя российской делегации в ходе четвертой сессии Специального комитета ООН "
     "(9–20 января)\n\nГ-жа Председатель, уважаемые коллеги!", "ru", 1),
    # a forum that "began its work" is held; a later sentence about "this conference", dated otherwise, is its
    # background, not another meeting
    ("Сегодня, 3 мая 2024 года, в Казани начал работу экспертный форум по кибербезопасности ОДКБ. Отметим, что "
     "инициатива проведения данной конференции была выдвинута на саммите ОДКБ 10 ноября 2023 года.", "ru", 1),
    # a preview in the future tense reports no meeting held
    ("Участие в предстоящей встрече примут представители более ста стран. Участники встречи обсудят вопросы "
     "информационной безопасности.", "ru", 0),
    # a ceremony held is a meeting; so are people meeting somewhere, though the text gives no date
    ("Министр юстиции Чили подписал конвенцию. Торжественная церемония прошла в субботу в Сантьяго.", "ru", 1),
    ("В штаб-квартире ОБСЕ в Вене делегация Чили под руководством заместителя министра Карлоса Сото на встрече "
     "с генеральным секретарем ОБСЕ передала проект декларации.", "ru", 1),
    (NO_MEETING, "ru", 0),
    # something done at, during or after a meeting says it took place, undated as it is
    ("During the third Kenya-Chile cyber dialogue in Santiago on Monday, the two sides also agreed to share "
     "threat information.", "en", 1),
    ("The Deputy Minister spoke about ransomware at the plenary session of the regional cyber forum.", "en", 1),
    ("Об этом сообщили в пресс-службе Секретариата по итогам заседания рабочей группы экспертов по "
     "кибербезопасности.", "ru", 1),
    ("Такое решение было принято на совещании руководителей служб реагирования на компьютерные инциденты.",
     "ru", 1),
    # … but not a building named after a conference, several earlier meetings recalled together, or a
    # meeting still to be held
    ("The ministry's experts work at the National Conference Centre in Nairobi.", "en", 0),
    ("At their first and second consultations, the three countries exchanged views on cyber threats.", "en", 0),
    ("Участники конференции обсудят на пленарном заседании вопросы информационной безопасности.", "ru", 0),
    # officials named by their posts who met or talked somewhere
    ("Секретари советов безопасности государств Содружества обсудили в Душанбе проект соглашения.", "ru", 1),
    ("Cyber officials of Kenya and Chile met in Nairobi to review their cooperation.", "en", 1),
    # undated meetings of two different weekdays are two meetings
    ("Эксперты Кении и Чили во вторник провели в Найроби встречу по вопросам кибербезопасности. Кроме того, в "
     "среду в Найроби состоялась аналогичная встреча экспертов Кении и Перу.", "ru", 2),
    ("Kenyan and Chilean experts held a meeting on cyber security in Nairobi on Tuesday. On Wednesday, a similar "
     "meeting of Kenyan and Peruvian experts took place there.", "en", 2),
    # two people of two sides signing met to sign, dated or not; one official signing a decree met no one (guard);
    # an official "and his counterpart" signing is a meeting too
    ("Министр связи Кении Джон Мбугуа и министр цифрового развития Чили Ана Сото подписали соглашение о "
     "сотрудничестве в сфере кибербезопасности.", "ru", 1),
    ("The Kenyan Minister of ICT and his Chilean counterpart on 4 March inked a memorandum on cyber security.",
     "en", 1),
    ("Президент Кении Уильям Руто подписал указ от 4 марта 2024 г. о национальной стратегии кибербезопасности.",
     "ru", 0),
    # «по итогам встречи подписаны …»: a short participle in the past tense says the meeting was held
    ("По итогам встречи подписаны соглашение о сотрудничестве и план консультаций между министерствами "
     "иностранных дел Кении и Чили.", "ru", 1),
    # an agreement of two states "signed today" is a signing ceremony
    ("Сегодня подписано Соглашение о сотрудничестве в области информационной безопасности между Кенией и "
     "Чили.", "ru", 1),
    # a visit made is one-off talks with the hosts
    ("Делегация Совета безопасности Кении во главе с его секретарем завершила визит в Чили.", "ru", 1),
    ("По завершении своей трехдневной поездки в Сантьяго министр внутренних дел Кении заявил о договоренности "
     "с чилийской стороной.", "ru", 1),
    ("The Kenyan Interior Minister paid a three-day visit to Santiago to discuss cooperation against "
     "cybercrime.", "en", 1),
    # a person met on a weekday: the weekday dates the meeting from the release
    ("Министр общественной безопасности Кении в понедельник встретился с государственным секретарем Совета "
     "безопасности Чили Карлосом Сото.", "ru", 1),
    # a preview: the sentence tying the coming dialogue to an earlier visit reports nothing held (guard)
    ("The second Kenya-Chile Cyber Dialogue will be held in Nairobi on 22 July 2025. This dialogue follows "
     "President Ruto's recent visit to Santiago in April 2025, during which both leaders reaffirmed their "
     "commitment to cooperation.", "en", 0),
    # a session that "commenced" is held
    ("The fifth substantive session of the Open-ended Working Group on ICT security commenced with a focus on "
     "threats.", "en", 1),
    # an official receiving another state's official is a call, a one-off meeting
    ("The Kenyan Foreign Minister received the Chilean Ambassador for Cyber Affairs in Nairobi on Monday.", "en",
     1),
    ("Министр иностранных дел Кении принял в Найроби посла Чили по вопросам киберпространства.", "ru", 1),
    ("Министр иностранных дел Кении принял решение о назначении посла по кибервопросам.", "ru", 0),  # guard
    # officials exchanging views by video link met
    ("Эксперты Кении и Чили в режиме видеоконференции обменялись мнениями по вопросам программ-вымогателей.", "ru",
     1),
    # talks on the sidelines are a second meeting
    (SIDELINES, "en", 2),
    # an informal meeting and the session it followed
    (OEWG_2019, "en", 2),
    # the meeting set before another event, as its subject: that event is context
    (PRECEDED, "en", 1),
    # the passive may go on to report the other event, as its own meeting (guard)
    ("On 14 May 2024 the Cyber Policy Conference opened in Strasbourg. It was preceded on 12 and 13 May by the "
     "plenary of the Cybercrime Convention Committee, which adopted its work plan.", "en", 2),
]


@pytest.mark.parametrize("text, lang, count", COUNT_CASES)
def test_how_many_meetings_a_text_reports(text, lang, count):
    meetings = extract(text, lang)["meetings"]
    assert len(meetings) == count, meetings


# (text, lang, which meeting, field, value)
FIELD_CASES = [
    # the talks on the sidelines are held in the same place, in person, with no forum or chair of their own
    (SIDELINES, "en", 0, "location", "Tashkent"),
    (SIDELINES, "en", 1, "location", "Tashkent"),
    (SIDELINES, "en", 1, "forum", None),
    (SIDELINES, "en", 1, "kind", "other"),
    (SIDELINES, "en", 1, "chairs", []),
    (SIDELINES, "en", 1, "format", "in-person"),
    # "on the margins of" a known forum's session: the forum is that event's, not the talks'
    ("Kenya's Cyber Ambassador met with her Chilean counterpart on the margins of the ITU Council in Geneva on "
     "3 May 2024.", "en", 0, "forum", None),
    # a Roman numeral numbers the meeting
    (UFA, "ru", 0, "ordinal", 10),
    # an informal intersessional meeting of a body that meets in sessions is "other"; the session is one
    (OEWG_2019, "en", 0, "kind", "other"),
    (OEWG_2019, "en", 1, "kind", "session"),
]


@pytest.mark.parametrize("text, lang, index, field, value", FIELD_CASES)
def test_each_meeting_has_its_own_facts(text, lang, index, field, value):
    m = extract(text, lang)["meetings"][index]
    assert m[field] == value


# The working group named again by its head words is the same forum, of the years of the session.
FORUM_CASES = [
    (OEWG_2019, "en", 1, "2019-2021"),
]


@pytest.mark.parametrize("text, lang, index, years", FORUM_CASES)
def test_a_forum_named_again_by_its_head_words_is_the_same_forum(text, lang, index, years):
    m = extract(text, lang)["meetings"][index]
    assert m["forum"] is not None and years in m["forum"]["name"]


# The meeting the talks flank is linked to the talks.
PROCESS_CASES = [
    (SIDELINES, "en", 1, "Secretaries of Security Councils"),
    (PRECEDED, "en", 0, "Cyber Policy Conference"),
]


@pytest.mark.parametrize("text, lang, index, part", PROCESS_CASES)
def test_talks_on_the_sidelines_link_the_meeting_they_flank(text, lang, index, part):
    m = extract(text, lang)["meetings"][index]
    assert any(part in p["name"] for p in m["processes"])


# Representatives named after the verb take part in their meeting.
ORGANISATION_CASES = [
    (UFA, "ru", 0, {"United Nations", "Shanghai Cooperation Organisation"}),
]


@pytest.mark.parametrize("text, lang, index, organisations", ORGANISATION_CASES)
def test_representatives_named_after_the_verb_take_part(text, lang, index, organisations):
    m = extract(text, lang)["meetings"][index]
    assert organisations <= {o["name"] for o in m["organizations"]}


# A person known from an earlier meeting brings his state to the next.
STATE_CASES = [
    (UFA, "ru", 1, {"RUS", "IRN"}),
]


@pytest.mark.parametrize("text, lang, index, states", STATE_CASES)
def test_a_person_known_from_an_earlier_meeting_brings_his_state(text, lang, index, states):
    m = extract(text, lang)["meetings"][index]
    assert set(m["states"]) == states
