"""Cutting a text into meetings: a second meeting of another forum, the next day, or later the same day."""

import pytest

from kg.ingest import default_resources
from kg.records import Announcement
from kg.relate.meeting_reports import reports_meeting
from kg.understand import understand
from tests.helpers import extract, only_meeting


def test_the_next_day_opens_a_meeting_dated_the_day_after():
    facts = extract(
        "12 марта в Лусаке состоялась церемония подписания соглашения между правительствами России и Замбии. "
        "На следующий день в замбийской столице прошло первое заседание Российско-замбийской рабочей группы по "
        "вопросам кибербезопасности.", "ru", published="2025-03-14")
    dates = [m["date"] for m in facts["meetings"]]
    assert dates == ["2025-03-12", "2025-03-13"]
    second = facts["meetings"][1]
    assert second["forum"]["name"].startswith("Российско-замбийская рабочая группа")
    assert (second["kind"], second["ordinal"], second["location"]) == ("working-group", 1, "Lusaka")


def test_later_the_same_day_a_meeting_of_another_forum_is_a_second_meeting():
    facts = extract(
        "On 3 May 2024 the Ministers held the second Kenya-Japan Foreign Ministers' Strategic Dialogue in Nairobi. "
        "Later the same day, the two Ministers co-chaired the inaugural Kenya-Japan Cyber Policy Dialogue.",
        "en", published="2024-05-04")
    names = [m["forum"]["name"] for m in facts["meetings"]]
    assert names == ["Kenya-Japan Foreign Ministers' Strategic Dialogue", "Kenya-Japan Cyber Policy Dialogue"]
    assert [m["ordinal"] for m in facts["meetings"]] == [2, 1]


def test_a_background_event_of_another_year_is_not_a_meeting_of_the_text():
    facts = extract(
        "On 15 February 2018 Delhi hosted the second round of India-Russia consultations on ICT security. The two "
        "countries hold these consultations under an agreement concluded on 15 October 2016 in Goa, where the 8th "
        "BRICS Summit was taking place.", "en")
    assert len(facts["meetings"]) == 1


@pytest.mark.parametrize("text, lang, published", [
    ("IMPACS will convene the second meeting of the Caribbean Cyber Working Group on 14 and 15 May 2025 in "
     "Bridgetown.", "en", "2025-04-28"),
    ("В Минске 20 мая состоится третье заседание Белорусско-кенийской рабочей группы по кибербезопасности.",
     "ru", "2025-05-02"),
    ("The third Kenya-Japan Cyber Dialogue was held in Nairobi on 14 May 2025.", "en", "2025-04-28"),
])
def test_a_meeting_still_to_come_is_not_reported_as_held(text, lang, published):
    assert extract(text, lang, published=published)["meetings"] == []


def test_a_meeting_held_is_kept_whatever_it_announces():
    facts = extract("The third Kenya-Japan Cyber Dialogue was held in Nairobi on 14 May 2025. The fourth round "
                    "will be held in Tokyo next year.", "en", published="2025-05-15")
    assert [m["ordinal"] for m in facts["meetings"]] == [3]


def test_talks_of_december_reported_in_january_are_held():
    facts = extract("20 декабря в Москве прошли российско-кенийские консультации по вопросам МИБ.", "ru",
                    published="2025-01-10")
    assert len(facts["meetings"]) == 1


def test_a_forum_named_in_the_follow_up_is_not_the_meetings_forum():
    [m] = extract("On 4 March 2025 the third round of Australia-Fiji consultations on cyber affairs was held in Suva. "
                  "The sides will hold the 4th Australia-Fiji Cyber Dialogue in Canberra next year.", "en",
                  published="2025-03-05")["meetings"]
    assert m["forum"]["name"].startswith("Australia-Fiji consultations")
    assert (m["ordinal"], m["next_meeting"]) == (3, {"when": "next year", "format": "in-person"})


def test_the_states_a_forums_name_pairs_take_part():
    [m] = extract("The 3rd Japan-Philippines Cyber Dialogue was held in Manila on 12 June 2025.", "en")["meetings"]
    assert set(m["states"]) == {"JPN", "PHL"}


def test_a_two_state_adjective_gives_both_states_and_the_consultations_their_english_name():
    [m] = extract("14 марта в Эр-Рияде состоялись российско-саудовские консультации по вопросам МИБ.", "ru",
                  published="2025-03-15")["meetings"]
    assert set(m["states"]) == {"RUS", "SAU"}
    assert m["forum"]["name"].startswith("Russia-Saudi Arabia consultations")
    assert "российско-саудовские консультации по вопросам МИБ" in m["forum"]["aliases"]
    assert m["location"] == "Riyadh"


@pytest.mark.parametrize("text, lang, when", [
    ("The third Kenya-Japan Cyber Dialogue was held in Nairobi on 14 May 2025. The sides agreed to convene the "
     "next round at a mutually convenient date.", "en", "at a mutually convenient date"),
    ("14 мая 2025 года в Найроби состоялось третье заседание Кенийско-японского диалога по вопросам МИБ. "
     "Следующее заседание Диалога проведет японская сторона в согласованные сроки.", "ru",
     "at a mutually agreed time"),
])
def test_a_next_meeting_left_to_the_parties_keeps_that_phrase(text, lang, when):
    [m] = extract(text, lang, published="2025-05-15")["meetings"]
    assert m["next_meeting"]["when"] == when


# A joint sitting of two forums is a meeting of each, with its own forum and number.
JOINT_CASES = [
    ("12 марта 2024 года в Бишкеке состоялось совместное 14-е заседание Совета руководителей органов связи "
     "государств – участников ЕАЭС и 7-е заседание Координационного совета по кибербезопасности при ЕАЭС.", "ru",
     [14, 7], "Координационный совет по кибербезопасности при ЕАЭС"),
    ("On 12 March 2024 a joint meeting of the Pacific Telecommunications Council and the 7th meeting of the "
     "Pacific Cyber Coordination Committee was held in Suva.", "en",
     [None, 7], "Pacific Cyber Coordination Committee"),
]


@pytest.mark.parametrize("text, lang, ordinals, second_forum", JOINT_CASES)
def test_a_joint_sitting_is_a_meeting_of_each_forum(text, lang, ordinals, second_forum):
    meetings = extract(text, lang)["meetings"]
    assert [m["ordinal"] for m in meetings] == ordinals
    assert meetings[1]["forum"]["name"] == second_forum
    assert meetings[0]["date"] == meetings[1]["date"] == "2024-03-12"
    assert meetings[0]["location"] == meetings[1]["location"]
    assert second_forum not in {p["name"] for p in meetings[0]["processes"]}


def test_two_officials_signing_on_another_day_is_a_second_one_off_meeting():
    meetings = extract(
        "3 мая 2024 года в Казани на полях третьего саммита Россия – Океания Министр иностранных дел Российской "
        "Федерации С.В.Лавров и Министр связи Республики Фиджи Т.Нату подписали Соглашение о сотрудничестве. "
        "На следующий день, 4 мая, С.В.Лавров и Министр иностранных дел Королевства Тонга Ф.Фуа скрепили "
        "подписями Меморандум о взаимопонимании.", "ru")["meetings"]
    assert [m["date"] for m in meetings] == ["2024-05-03", "2024-05-04"]
    assert [m["forum"] for m in meetings] == [None, None]
    assert "TON" in meetings[1]["states"]


@pytest.mark.parametrize("text, lang", [
    ("3 мая 2024 года в Казани на полях третьего саммита Россия – Океания состоялась встреча министров "
     "иностранных дел России и Фиджи.", "ru"),
    ("On 3 May 2024, on the sidelines of the 5th Pacific Islands Summit, the foreign ministers of Japan and Fiji "
     "met in Tokyo.", "en"),
])
def test_the_number_of_the_event_around_a_meeting_is_not_its_own(text, lang):
    [m] = extract(text, lang)["meetings"]
    assert m["ordinal"] is None


@pytest.mark.parametrize("text, lang, dates", [
    ("4 мая 2024 года в Сантьяго прошли российско-чилийские консультации по вопросам безопасности. Накануне "
     "секретаря Совбеза принял президент Чили.", "ru", ["2024-05-04", "2024-05-03"]),
    ("On 4 May 2024 Japan and Chile held cyber consultations in Santiago. The day before, the President of Chile "
     "received the Japanese delegation.", "en", ["2024-05-04", "2024-05-03"]),
    # a greeting at the airport the day before is no meeting
    ("4 мая 2024 года в Сантьяго прошли российско-чилийские консультации по вопросам безопасности. Накануне в "
     "аэропорту делегацию встретил посол России.", "ru", ["2024-05-04"]),
])
def test_a_reception_the_day_before_is_a_meeting_of_that_day(text, lang, dates):
    assert [m["date"] for m in extract(text, lang)["meetings"]] == dates


def test_an_earlier_sitting_told_in_passing_is_its_own_meeting_and_the_text_returns_to_the_main_one():
    meetings = extract(
        "From 4 to 6 June 2024, Vilnius hosted the 9th edition of the Baltic Cyber Conference. It was preceded on "
        "2 and 3 June, at the same venue, by the plenary of the Nordic-Baltic Cyber Committee. Opening remarks at "
        "the conference were given by Jonas Petraitis, Deputy Minister of National Defence of Lithuania.", "en",
        published="2024-06-07")["meetings"]
    by_date = {m["date"]: m for m in meetings}
    assert set(by_date) == {"2024-06-04/2024-06-06", "2024-06-02/2024-06-03"}
    conference = by_date["2024-06-04/2024-06-06"]
    assert conference["ordinal"] == 9
    assert "LTU" in conference["states"] and "LTU" not in by_date["2024-06-02/2024-06-03"]["states"]


@pytest.mark.parametrize("text, lang, fmt", [
    # what the meeting discussed is online, not the meeting
    ("On 4 June 2024 the Baltic Cyber Conference met in Vilnius. Workshops covered online child sexual "
     "exploitation and online fraud.", "en", "in-person"),
    ("On 4 June 2024 the Baltic Cyber Dialogue was held online.", "en", "online"),
    ("4 июня 2024 года в Вильнюсе прошел балтийский форум по кибербезопасности. Участники обсудили, как отражать "
     "онлайн-атаки и онлайн-мошенничество.", "ru", "in-person"),
    ("4 июня 2024 года прошло заседание Балтийской рабочей группы по кибербезопасности в онлайн-формате.", "ru",
     "online"),
    # "virtually all" is "almost all"; "held virtually" is online
    ("On 4 June 2024 the Baltic Cyber Conference met in Vilnius. Representatives of virtually all delegations "
     "spoke.", "en", "in-person"),
    ("On 4 June 2024 the Baltic Cyber Dialogue was held virtually.", "en", "online"),
    # one speaker joining by video: the meeting sat somewhere, with a remote guest
    ("On 4 June 2024 the Deputy Secretary-General spoke via video link at a plenary session of the Baltic Cyber "
     "Conference in Vilnius.", "en", "hybrid"),
    ("4 июня 2024 года заместитель генерального секретаря выступил в режиме видеоконференции на пленарном заседании "
     "Балтийской конференции по кибербезопасности в Вильнюсе.", "ru", "hybrid"),
])
def test_online_is_the_meetings_format_only_when_said_of_the_meeting(text, lang, fmt):
    [m] = extract(text, lang)["meetings"]
    assert m["format"] == fmt


@pytest.mark.parametrize("text, lang", [
    ("Глава Агентства кибербезопасности Кении в понедельник на встрече с заместителем министра связи Чили "
     "Хуаном Пересом предложил обмениваться данными об атаках, передает агентство. Оба участвуют в проходящем в "
     "Сантьяго III Форуме цифрового сотрудничества.", "ru"),
    ("Предложение озвучил в понедельник на встрече с заместителем министра связи Чили Хуаном Пересом глава "
     "Агентства кибербезопасности Кении, принимающий участие в проходящей в Сантьяго IV Международной "
     "конференции по цифровому сотрудничеству.", "ru"),
    ("On 3 May 2024 in Nairobi, the Director of the Kenyan Cyber Agency met with his counterpart from Chile "
     "during the 3rd Digital Cooperation Forum.", "en"),
    ("At a meeting with Deputy Minister Juan Perez on Monday, the Director of the Kenyan Cyber Agency proposed "
     "to share attack data. Both take part in the third Digital Cooperation Forum in Santiago.", "en"),
])
def test_a_meeting_with_a_person_is_one_off_talks_not_the_conference_around_it(text, lang):
    (m,) = extract(text, lang, published="2024-11-20")["meetings"]
    assert (m["forum"], m["kind"], m["ordinal"], m["chairs"]) == (None, "other", None, [])


@pytest.mark.parametrize("text, lang, org", [
    ("БИШКЕК, 3 мая. Угрозы обсуждались на совещании руководителей (начальников) служб кибербезопасности "
     "государств - участников СНГ.", "ru", "Commonwealth of Independent States"),
    ("The conclusion was drawn at the meeting of heads of the cyber police units of the SCO member states.",
     "en", "Shanghai Cooperation Organisation"),
    ("The conclusion was drawn at the meeting of heads of the cyber police units of the SCO countries.",
     "en", "Shanghai Cooperation Organisation"),
])
def test_the_organisation_whose_members_bodies_meet_takes_part_and_is_no_process(text, lang, org):
    m = only_meeting(extract(text, lang))
    assert [o["name"] for o in m["organizations"]] == [org]
    assert m["processes"] == []


def test_a_body_of_the_arf_meets_with_the_arf_as_its_organisation():
    # FORMAT.md: the organisation whose body meets takes part ("the ARF for its study group")
    m = only_meeting(extract("The ARF Inter-Sessional Meeting on Security of and in the Use of ICTs met in Bangkok "
                             "on 3 May 2024.", "en"))
    assert [o["name"] for o in m["organizations"]] == ["ASEAN Regional Forum"]
    assert m["processes"] == []


@pytest.mark.parametrize("text, lang", [
    ("Министр иностранных дел Кении А.Мутуа и министр иностранных дел Ганы С.Аблаква подписали "
     "межправительственное соглашение о сотрудничестве в области кибербезопасности.", "ru"),
    ("Kenyan Foreign Minister Julius Mutua and Ghanaian Foreign Minister Samuel Ablakwa inked an agreement on "
     "cooperation in cybersecurity.", "en"),
])
def test_two_signatories_named_make_an_undated_signing_a_meeting(text, lang):
    [m] = extract(text, lang)["meetings"]
    assert m["forum"] is None
    assert [d["role"] for d in m["documents"]] == ["signed"]


@pytest.mark.parametrize("text, lang", [
    # «по итогам …» tells what came of a meeting, so it was held, whatever the tense of the rest
    ("Об этом говорится в совместном заявлении по итогам встречи министров иностранных дел Кении и Ганы.", "ru"),
    # a quotation's future tense is what was said, not the report's
    ('"Убежден, что это соглашение позволит нашим странам сотрудничать", - сказал министр Кении на встрече в '
     "Найроби с министром Ганы.", "ru"),
    # a round table, named by two words, with a past participle of taking place
    ("Инициатива прозвучала в ходе круглого стола МИД Кении в Аккре, проходившего в рамках недели цифровой "
     "экономики.", "ru"),
    ("Some 300 experts from 70 countries participated in the 2019 edition of the conference in Accra.", "en"),
])
def test_a_meeting_told_by_what_came_of_it_or_who_took_part_is_held(text, lang):
    [m] = extract(text, lang, published="2025-05-15")["meetings"]
    assert m["location"] in (None, "Nairobi", "Accra")


def test_a_summit_numbered_in_roman_figures_is_named_without_the_quoted_motto_after_it():
    [m] = extract('Об этом говорится в совместном заявлении по итогам XV кенийско-ганского саммита "Кения-Гана: '
                  'надежное партнерство", текст которого опубликован на сайте президента.', "ru")["meetings"]
    assert (m["kind"], m["ordinal"]) == ("summit", 15)
    assert m["forum"]["name"] == "кенийско-ганский саммит"
    assert sorted(m["states"]) == ["GHA", "KEN"]


@pytest.mark.parametrize("text, lang", [
    ("Саммит ШОС\n\nЛидеры государств ШОС договорились противодействовать киберпреступности, указано в "
     "декларации, опубликованной на сайте организации.", "ru"),
    ("Results of the conference on cyber resilience in Nairobi are summarised in the key messages. Some 200 "
     "experts from 40 countries took part.", "en"),
])
def test_a_text_that_names_its_meeting_without_saying_it_was_held_is_still_about_it(text, lang):
    assert len(extract(text, lang)["meetings"]) == 1


def test_a_preview_that_names_a_meeting_reports_none_held():
    text = ("From 3 to 5 June 2025, the members of the Cyber Resilience Initiative will convene in Nairobi for the "
            "group's annual gathering. Results of the previous conference are summarised in the key messages.")
    assert extract(text, "en", published="2025-05-20")["meetings"] == []



@pytest.mark.parametrize("text, lang", [
    ("В Найроби проходит пятое заседание Совета руководителей органов безопасности стран Восточной Африки.", "ru"),
    ("Пятое заседание Совета руководителей органов безопасности стран Восточной Африки проходит в Найроби.", "ru"),
])
def test_a_sitting_under_way_as_the_release_is_written_is_reported_as_held(text, lang):
    doc = understand(Announcement("variant.txt", text, "variant.txt", lang=lang), default_resources())
    assert reports_meeting(doc.sents[0])


def test_a_gathering_is_a_meeting_noun_and_its_participle_clause_places_it():
    facts = extract("Kenya recently hosted the third meeting of the East African Cybercrime Committee. Held in Nairobi, "
                    "this gathering brought together police chiefs from across the region.", "en")
    assert [m["location"] for m in facts["meetings"]] == ["Nairobi"]


def test_a_lead_in_to_a_list_after_a_dateline_reports_the_meeting_it_names():
    # a first line ending in a colon opens a list: it is no headline, and "On the occasion of …" after the
    # dateline, with a verb in the past, reports the meeting
    m = extract("Nairobi, Kenya - On the occasion of the inaugural meeting of the Kenya-Ghana Cyber Dialogue "
                "in Nairobi, the participants jointly agreed on the following:\n\n"
                "They welcomed the results of the Global Internet Meeting held in Berlin.", "en")["meetings"][0]
    assert (m["forum"]["name"], m["ordinal"], m["location"]) == ("Kenya-Ghana Cyber Dialogue", 1, "Nairobi")


def test_a_dateline_with_the_agency_in_brackets_gives_neither_place_nor_date():
    m = only_meeting(extract("Nairobi, 10 May 2024 (KNA): The inaugural dialogue on the Kenya-Ghana Cyber and Critical "
                             "Technology Policy Dialogue was held online on 9 May 2024.", "en"))
    assert (m["date"], m["location"], m["format"], m["ordinal"]) == ("2024-05-09", None, "online", 1)


def test_papers_exchanged_at_a_forum_and_a_numbered_dialogue_later_are_two_meetings():
    facts = extract("Kenya and Ghana have stepped up their cyber cooperation. Nairobi and Accra exchanged a memorandum "
                    "on defence cooperation on 3 June 2024, at the Africa Security Forum in Kigali. Two weeks later, "
                    "Nairobi and Accra held the first Kenya-Ghana cyber dialogue between 19 and 20 June 2024 in "
                    "Nairobi. This memorandum is based upon the joint statement released by the two presidents after "
                    "their summit meeting on 10 April 2024.", "en", published="2024-06-29")
    exchange, dialogue = facts["meetings"]  # the summit behind the memorandum is background
    # the capitals that exchanged stand for their states; the forum it happened at is not the act's own
    assert (exchange["date"], exchange["location"], exchange["forum"], exchange["kind"]) == (
        "2024-06-03", "Kigali", None, "other")
    assert (dialogue["date"], dialogue["location"], dialogue["ordinal"]) == ("2024-06-19/2024-06-20", "Nairobi", 1)


@pytest.mark.parametrize("text, lang", [
    ("The 5th meeting of the East African Cyber Working Group was held in Kigali on 3 May 2024. On the sidelines of "
     "the meeting, the delegates were received by President Paul Kagame.", "en"),
    ("The 5th meeting of the East African Cyber Working Group was held in Kigali on 3 May 2024. The heads of "
     "delegation also paid a courtesy call on the Prime Minister of Rwanda.", "en"),
    ("3 мая 2024 года в Кигали состоялось пятое заседание Восточноафриканской рабочей группы по "
     "кибербезопасности. Участников заседания принял Президент Руанды Поль Кагаме.", "ru"),
])
def test_a_call_on_the_host_head_of_state_is_a_one_off_meeting_beside_the_forums(text, lang):
    sitting, call = extract(text, lang)["meetings"]
    assert (sitting["kind"], sitting["ordinal"]) == ("working-group", 5)
    assert (call["forum"], call["kind"], call["date"], call["location"]) == (None, "other", "2024-05-03", "Kigali")


def test_taking_part_beside_an_aide_to_the_president_is_no_call_on_him():
    facts = extract("3 мая в Кигали состоялось пятое заседание Восточноафриканской рабочей группы по "
                    "кибербезопасности. В заседании приняли участие помощник Президента Руанды и секретарь Совета "
                    "безопасности Кении.", "ru")
    assert len(facts["meetings"]) == 1


def test_two_states_signing_on_a_day_somewhere_is_a_signing_meeting():
    m = only_meeting(extract("Kenya and Ghana signed a memorandum on cybersecurity cooperation in Nairobi on "
                             "3 May 2024.", "en"))
    assert (m["forum"], m["date"], m["location"], sorted(m["states"])) == (None, "2024-05-03", "Nairobi",
                                                                         ["GHA", "KEN"])


@pytest.mark.parametrize("text, lang", [
    ("On the margins of the 79th session of the UN General Assembly in New York on 24 September 2024, the foreign "
     "ministers of Kenya and Ghana signed a memorandum on cyber cooperation.", "en"),
    ("На полях 79-й сессии Генеральной Ассамблеи ООН в Нью-Йорке 24 сентября 2024 года министры иностранных дел "
     "Кении и Ганы подписали меморандум о сотрудничестве в сфере кибербезопасности.", "ru"),
])
def test_a_signing_on_the_margins_of_a_session_is_the_two_sides_own_meeting(text, lang):
    m = only_meeting(extract(text, lang))
    assert (m["forum"], m["kind"], sorted(m["states"])) == (None, "other", ["GHA", "KEN"])


@pytest.mark.parametrize("text, lang, place", [
    # a dated visit to a city is the visitors' talks with their hosts
    ("At the invitation of the Kenyan Government, a delegation of Ghana's Cyber Security Authority visited Nairobi "
     "on 12-14 March 2024.", "en", "Nairobi"),
    ("12–14 марта 2024 года в Найроби с рабочим визитом находилась делегация Министерства связи Ганы.", "ru",
     "Nairobi"),
    # the country an envoy is posted to is not where he met
    ("14 марта 2024 года посол Кении в Гане провел встречу с министром связи Ганы.", "ru", None),
    # a delegation that «приняла участие» hosted nothing; an online sitting sits nowhere
    ("Делегация МИД Кении приняла участие в третьем заседании Региональной технической комиссии ЭКОВАС по "
     "кибербезопасности, прошедшем 12 марта 2024 года в онлайн-формате.", "ru", None),
])
def test_where_a_visit_or_a_call_took_place(text, lang, place):
    m = only_meeting(extract(text, lang, published="2024-03-20"))
    assert m["location"] == place
